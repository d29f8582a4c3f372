"""The reader's page cache: public pages, feeds and the sitemap, for readers who are not signed in.

A page is stored under the moment of the last public change (newsroom.content.querysets.last_public_change),
so every event that changes what a reader may see (publishing, unpublishing, an edit or correction
of a live item, a scheduled go-live or expiry by the clock, an actor or source edited) gives new
keys at once: no purge list to keep, and no worker. That same moment is the `Last-Modified`, so a
conditional request is answered 304 before anything is looked up or rendered.

Signed-in people (staff see drafts at public addresses) never get a stored page and never have
theirs stored. Browsers and shared caches may keep a page for `max-age` and serve it stale while
they revalidate: that is the documented bound of staleness outside our servers.

What a key holds, so that nobody can poison it or flood it:
- the scheme and host the page was asked for, since its absolute links (canonical, og:url, JSON-LD,
  feeds) name them: a page made for `Host: 127.0.0.1:6666` (Django's host check ignores the port)
  is only ever served to requests for that address. With NEWSROOM_SITE_URL set, only requests for
  the site's own address are stored at all.
- only the query parameters the page reads (PARAMETERS), in a fixed order. A request carrying any
  other, or one of them twice, is answered uncached and stores nothing: `?x=<random>` cannot fill
  the cache. A view that comes to read a new parameter adds it there (until then, it works uncached).
- only values the view found valid and answered by: the code that reads a parameter says so with
  `accept(name)` once its value passed (a kind it knows, a cursor that decodes to a position of the
  list); a page whose view did not accept every parameter it was asked with is answered uncached.
  `/?kind=<random>` (the home page reads no `kind`) or a cursor on a page that is not a list store
  nothing, and a value a view refuses is its 400 or 404, which is never stored.
The API's answers are keyed by the same rule (`stored_address`), with the parameters each of its
views reads.
The cache's memory is bounded where it lives: MAX_ENTRIES for local memory, `maxmemory` with an
`allkeys-` eviction policy for Redis (README, Production; /health/ says when it is missing).
"""

import contextvars
import hashlib
import math
from urllib.parse import urlencode

from django.conf import settings
from django.core import checks
from django.core.cache import cache
from django.http import HttpResponseNotModified
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.http import http_date, parse_http_date_safe

from newsroom.content.public_clock import last_public_change
from newsroom.core.paths import API_PREFIX, LIVE_PREFIX
from newsroom.edge.headers import browser_seconds

# Whatever is not the reader's site: the admin, the API (throttled per client), previews, files.
NOT_CACHED = ("/admin/", API_PREFIX, "/preview/", "/static/", "/media/", "/health/")

# The query parameters reader pages read, by the start of their path (the longest that matches);
# the rest of the site's pages read these (lists: `kind` and the cursors).
PARAMETERS = {
    "/search/": frozenset({"q", "kind", "tag", "actor", "after", "before", "page"}),
    "/sitemap": frozenset({"p"}),
    "/feed": frozenset(),
    "/fact-checks/": frozenset({"rating", "before", "after"}),
    "": frozenset({"kind", "before", "after"}),
}
_LONGEST_FIRST = sorted(PARAMETERS.items(), key=lambda item: -len(item[0]))


def _site(request):
    """The address this page was asked for, as its absolute links name it."""
    return f"{request.scheme}://{request.get_host()}"


def _is_site(request):
    """Whether a response to `request` may be stored: with NEWSROOM_SITE_URL, only at the site's own
    address (a foreign Host would make as many entries as an attacker sends names)."""
    return not settings.NEWSROOM_SITE_URL or _site(request) == settings.NEWSROOM_SITE_URL


def stored_address(request, known, repeatable=frozenset()):
    """The address a response to `request` is stored under: its scheme, host and path, and its query
    parameters in a fixed order of names (the values of a repeatable one as given); or None when it is
    not one to store: asked at another address than the site's, or carrying a parameter not in `known`,
    or one of them twice that is not `repeatable` (the API's ?tag=a&tag=b). The page cache and the API's
    cache (with the parameters each view reads) both key by it."""
    if not _is_site(request):
        return None
    pairs = []
    for name, values in request.GET.lists():
        if name not in known or (len(values) != 1 and name not in repeatable):
            return None
        pairs.extend((name, value) for value in values)
    return f"{_site(request)}{request.path}?{urlencode(sorted(pairs, key=lambda pair: pair[0]))}"


def response_key(address, moment, media_type="text/html"):
    """The key a response is stored under: the moment of the last public change (a float, as
    `last_public_change().timestamp()`), the media type and the address (`stored_address`), the last
    two as a digest: an address can be longer than a cache key may."""
    digest = hashlib.sha256(f"{media_type} {address}".encode()).hexdigest()
    return f"newsroom:page:{moment!r}:{digest}"


def key_of(request, moment, known, repeatable=frozenset(), media_type="text/html"):
    """The key a response to `request` is stored under at `moment` (a float: the last public change's
    timestamp), or None when it is not one to store (`stored_address`). One rule for the reader's pages
    and the API's answers, made before DRF or by it (newsroom.api.cache)."""
    address = stored_address(request, known, repeatable)
    return None if address is None else response_key(address, moment, media_type)


# The parameters the current request's view accepted (None outside a request the page cache may store).
_accepted = contextvars.ContextVar("newsroom_page_parameters", default=None)


def accept(*names):
    """Say that the view read these query parameters, found their values valid and answers by them:
    a page is stored only when every parameter it was asked with was accepted."""
    accepted = _accepted.get()
    if accepted is not None:
        accepted.update(names)


def _cacheable_request(request):
    return (
        request.method in ("GET", "HEAD")
        and not request.path.startswith(NOT_CACHED)
        and not request.user.is_authenticated
        and _is_site(request)
    )


def _cacheable_response(response):
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.cookies
        and "private" not in cache_control
        and "no-store" not in cache_control
        and not getattr(response, "streaming", False)
    )


class ReaderPageCacheMiddleware:
    """After authentication in MIDDLEWARE: it needs to know who is asking."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _cacheable_request(request):
            return self.get_response(request)
        changed = last_public_change()
        moment = changed.timestamp() if changed else 0
        # HTTP dates are whole seconds: rounded up, a change later in the same second may be
        # answered 304 for under a second (the ETag, which follows the content, is exact).
        stamp = math.ceil(moment)
        since = parse_http_date_safe(request.headers.get("If-Modified-Since", ""))
        if changed and since is not None and since >= stamp and "If-None-Match" not in request.headers:
            return self._finish(HttpResponseNotModified(), stamp, path=request.path)
        known = next(names for prefix, names in _LONGEST_FIRST if request.path.startswith(prefix))
        key = key_of(request, moment, known)
        if key is None:
            return self.get_response(request)
        response = cache.get(key)
        if response is None:
            accepted = set()
            token = _accepted.set(accepted)
            try:
                response = self.get_response(request)
            finally:
                _accepted.reset(token)
            if not _cacheable_response(response) or not accepted.issuperset(request.GET):
                return response
            if hasattr(response, "render"):
                response.render()
            # One piece of content, not the thousand small writes a feed generator makes: those
            # are pickled and joined again on every hit.
            response.content = response.content
            self._finish(response, stamp, path=request.path)
            if settings.NEWSROOM_PAGE_CACHE_SECONDS > 0:  # 0 stores nothing: every page a miss
                cache.set(key, response, settings.NEWSROOM_PAGE_CACHE_SECONDS)
        etag = response.get("ETag")
        if etag and etag in request.headers.get("If-None-Match", ""):
            return self._finish(HttpResponseNotModified(), stamp, etag=etag, path=request.path)
        return response

    def _finish(self, response, stamp, etag=None, path=""):
        # A live page's updates name their page's own moment (newsroom.reading.live).
        if stamp and not (path.startswith(LIVE_PREFIX) and "Last-Modified" in response):
            response["Last-Modified"] = http_date(stamp)
        if etag:
            response["ETag"] = etag
        max_age, stale = browser_seconds(path)
        patch_cache_control(response, public=True, max_age=max_age, stale_while_revalidate=stale)
        patch_vary_headers(response, ["Cookie"])
        return response


def check_site_address(app_configs, **kwargs):
    """`manage.py check --deploy`: without NEWSROOM_SITE_URL, every Host a request names (Django's
    host check ignores the port) gets pages and API answers of its own in the cache."""
    if settings.NEWSROOM_SITE_URL:
        return []
    return [
        checks.Warning(
            "NEWSROOM_SITE_URL is not set: the page cache and the API's store a copy of each page for "
            "every host and port a request names, so anyone can fill the cache with them.",
            hint="Set NEWSROOM_SITE_URL to the site's address, e.g. https://news.example.org.",
            id="newsroom.W001",
        )
    ]
