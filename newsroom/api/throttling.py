import logging
import time

from django.conf import settings
from django.core.cache import DEFAULT_CACHE_ALIAS, cache, caches
from rest_framework.throttling import AnonRateThrottle

from newsroom.http.clients import client_address

logger = logging.getLogger(__name__)


class AnonymousThrottle(AnonRateThrottle):
    """Anonymous clients, limited by IP to NEWSROOM_API_ANON_RATE (read at request time, so settings can change it).

    Counted in fixed windows of the rate's period, one counter per client and window in the shared
    cache: DRF's own throttle keeps every request's time in a list that it reads, unpickles, extends
    and writes back on each request, so a busy client's request cost grew with its allowance (18,000
    times a minute under the benchmark). A client may send up to twice its allowance across the edge
    of two windows; it never gets more than that.
    """

    def get_rate(self):
        return settings.NEWSROOM_API_ANON_RATE

    def get_ident(self, request):
        # DRF's own rule trusts the whole X-Forwarded-For when NUM_PROXIES is unset; ours reads it
        # only from the proxies the settings name, the same rule as the sign-in lockout.
        return client_address(request)

    def allow_request(self, request, view):
        counted = getattr(request, "api_counted", None)
        if counted is not None and counted.throttle is not None:
            # Counted before DRF (newsroom.api.cache.before_drf), which did not answer: the same
            # verdict, not a second count; and what it read, if it is what the view would read.
            vars(self).update(counted.throttle)
            counted.hand_to(view)
            return counted.allowed
        self.rate = self.get_rate()  # the settings of this request, not of when the view was loaded
        self.num_requests, self.duration = self.parse_rate(self.rate)
        key = self.get_cache_key(request, view)
        if key is None or self.num_requests is None:
            return True
        self.now = time.time()
        window = int(self.now // self.duration)
        self.window_ends = (window + 1) * self.duration
        try:
            count = self._count(f"{key}:{window}", view)
        except Exception:  # a cache that is away lets clients through: it costs the limit, never a 500
            logger.warning("The API throttle's cache could not be reached; not counting.", exc_info=True)
            return True
        return count is None or count <= self.num_requests

    def _count(self, key, view=None):
        """This request counted in its window: how many the client has sent in it (None: the
        cache is away and nothing was counted).

        A view with an answer to look up in the same cache (`view.answer_key`: the API's stored
        answers, newsroom.api.cache) gets it read in the same round trip, after the count
        (`view.looked_up(found)`); the view answers only if the count lets the request through."""
        counter = getattr(caches[DEFAULT_CACHE_ALIAS], "count_in_window", None)
        if counter is not None:  # Redis (newsroom.dependencies.cache), degrading while it is away
            wanted = getattr(view, "answer_key", None)
            count, found = counter(key, self.duration + 1, also_get=wanted)
            if wanted is not None:  # the count and the look-up in one round trip
                view.looked_up(found)
            return count
        try:
            return cache.incr(key)
        except ValueError:  # the window's first request
            if cache.add(key, 1, self.duration + 1):
                return 1
            return cache.incr(key)  # another request started the window in between

    def wait(self):
        return max(1, self.window_ends - self.now)
