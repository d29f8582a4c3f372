"""The cache in Redis, degrading instead of failing: when Redis is away, slow or full, the cache
answers as an empty one (a get misses, a set stores nothing) and the request goes on uncached.

Django's RedisCache raises on every call while Redis is unreachable, and every page, feed and API
list used it: one stopped Redis took the whole site down. Here each call is bounded by the socket
time-outs of CACHES' OPTIONS, and after a connection fails the process leaves Redis alone for
NEWSROOM_CACHE_RETRY_SECONDS, so a Redis that hangs costs one request a time-out, not every one.
(django-redis's IGNORE_EXCEPTIONS does the first half; it would replace Django's own backend, which
the rest of the site is written against, for one wrapper of ours.)
"""

import functools
import logging
import threading
import time
from dataclasses import dataclass

import redis
from django.conf import settings
from django.core.cache.backends.redis import RedisCache, RedisCacheClient

logger = logging.getLogger(__name__)


@dataclass
class Reachability:
    """What this process knows of one Redis server, shared by its threads (Django keeps a cache
    backend per thread)."""

    away_until: float = 0.0
    failure: str = ""
    failed_at: float | None = None

    def skipping(self):
        return time.monotonic() < self.away_until

    def failed(self, error):
        was_away = bool(self.failure)
        self.away_until = time.monotonic() + settings.NEWSROOM_CACHE_RETRY_SECONDS
        self.failure, self.failed_at = type(error).__name__, time.time()
        if not was_away:
            logger.warning("The cache is away (%s): pages are served uncached.", self.failure)

    def answered(self):
        if self.failure:
            logger.warning("The cache is back after %s.", self.failure)
        self.away_until, self.failure, self.failed_at = 0.0, "", None


_reachability = {}
_lock = threading.Lock()


def reachability(location):
    with _lock:
        return _reachability.setdefault(location, Reachability())


# What each call answers when Redis cannot: what an empty cache would.
def _empty_get(args, kwargs):
    return kwargs.get("default", args[1] if len(args) > 1 else None)


def _not_found(args, kwargs):
    raise ValueError(f"Key '{args[0]}' not found.")  # as incr() on an empty cache


EMPTY = {
    "add": lambda args, kwargs: False,
    "get": _empty_get,
    "set": lambda args, kwargs: None,
    "touch": lambda args, kwargs: False,
    "delete": lambda args, kwargs: False,
    "get_many": lambda args, kwargs: {},
    "has_key": lambda args, kwargs: False,
    "incr": _not_found,
    "set_many": lambda args, kwargs: list(args[0]) if args else list(kwargs.get("data", ())),
    "delete_many": lambda args, kwargs: None,
    "clear": lambda args, kwargs: False,
}


def _guarded(state, name, attempt, empty):
    """`attempt()`, or `empty()` while Redis is away or when it fails now."""
    if state.skipping():
        return empty()
    try:
        result = attempt()
    except (redis.ConnectionError, redis.TimeoutError) as error:
        state.failed(error)
        return empty()
    except redis.RedisError as error:
        # Redis answered but refused (full under `noeviction`, a read-only replica): nothing to
        # wait out, but the request goes on as with an empty cache.
        logger.warning("The cache refused %s: %s", name, type(error).__name__)
        return empty()
    if state.failure:
        state.answered()
    return result


def _degrading(name):
    method = getattr(RedisCache, name)
    empty = EMPTY[name]

    @functools.wraps(method)
    def call(self, *args, **kwargs):
        return _guarded(self.reachability, name, lambda: method(self, *args, **kwargs), lambda: empty(args, kwargs))

    return call


class ReusedClients(RedisCacheClient):
    """Django's client of the cache's servers, with one redis-py client per connection pool instead
    of a new one for every call: building one copies its table of some 170 response callbacks, as
    much CPU as the round trip itself (a cached API answer makes two calls, every page one)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class DegradingRedisCache(RedisCache):
    """Django's Redis cache whose every call answers as an empty cache would while Redis is away."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClients
        self.location = server if isinstance(server, str) else ",".join(server)
        self.reachability = reachability(self.location)

    def count_in_window(self, key, seconds, also_get=None):
        """One more in the counter `key`, which expires `seconds` after its first count: Redis's
        INCR, which starts a missing counter at 1, in one round trip (Django's incr() asks first
        whether the key exists). With `also_get`, get(also_get) is sent after it in the same round
        trip (a cached API answer: the throttle's count, then the answer; bench/results/
        2026-12-07-perf15.md); Redis runs a connection's commands in the order sent, so the request is
        counted before its answer is read, and the caller answers by the count (a 429 throws the answer
        away). (count, what was found or None); (None, None) while Redis is away: nothing counted."""

        def attempt():
            counter = self.make_and_validate_key(key)
            client = self._cache.get_client(counter, write=True)
            pipeline = client.pipeline(transaction=False)
            pipeline.incr(counter)
            if also_get is not None:
                pipeline.get(self.make_and_validate_key(also_get))
            count, *found = pipeline.execute()
            if count == 1:
                client.expire(counter, seconds)
            value = found[0] if found else None
            return count, None if value is None else self._cache._serializer.loads(value)

        return _guarded(self.reachability, "count_in_window", attempt, lambda: (None, None))

    def ping(self):
        """Redis's own answer, for /health/: raises when it cannot be had (the time-outs bound it)."""
        return self._cache.get_client(write=True).ping()

    def memory(self):
        """Redis's memory bound and its eviction policy (INFO memory): what /health/ reports."""
        info = self._cache.get_client(write=True).info("memory")
        return {"maxmemory": info.get("maxmemory", 0), "policy": info.get("maxmemory_policy", "")}


for _name in EMPTY:
    setattr(DegradingRedisCache, _name, _degrading(_name))


def cache_health(cache):
    """How the cache is: `ok`, or `degraded` with what readers get instead. Names no host or address."""
    if not isinstance(cache, DegradingRedisCache):
        bound = getattr(cache, "_max_entries", None)
        return {"status": "ok", "detail": f"in this process's memory, at most {bound} entries"}
    state = cache.reachability
    if state.skipping():
        return _away(state)
    try:
        cache.ping()
        memory = cache.memory()
    except redis.RedisError as error:
        state.failed(error)
        return _away(state)
    if state.failure:
        state.answered()
    if not memory["maxmemory"]:
        return {
            "status": "degraded",
            "detail": "Redis has no memory bound (maxmemory): pages it stores can fill the server's memory",
        }
    if not memory["policy"].startswith("allkeys-"):
        return {
            "status": "degraded",
            "detail": f"Redis evicts with {memory['policy']}: once full it refuses writes and pages go uncached",
        }
    return {"status": "ok", "detail": f"Redis, at most {memory['maxmemory']:,} bytes, evicting {memory['policy']}"}


def _away(state):
    since = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(state.failed_at)) if state.failed_at else "now"
    return {
        "status": "degraded",
        "detail": f"Redis is unreachable ({state.failure or 'no answer'}, since {since}): pages are served "
        "uncached and the API's throttle does not count",
    }
