"""Anonymous API answers kept in the shared cache, as the reader's page cache keeps pages.

A JSON answer depends on nothing but what is public at the moment of the last public change, the
address asked for (host and scheme included: its links are absolute) and the media type; it is
stored under those, keyed by the page cache's rule (newsroom.reading.page_cache.stored_address):
only at the site's own address when NEWSROOM_SITE_URL is set, and only with the query parameters
the view reads, so that `?zz=<random>` or a foreign Host answers uncached and stores nothing. Any
public change gives new keys and nothing needs purging. The view asks only after the throttle has
counted the request and a conditional request has had its 304; with Redis, the count and the
look-up go together in one round trip, the count first (newsroom.api.throttling). Signed-in people,
the browsable API and errors are never stored. A cache that is away costs the answer's making, never
the answer (django-redis's IGNORE_EXCEPTIONS, for Django's own Redis backend).
"""

import logging

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse

from newsroom.reading.page_cache import response_key, stored_address

logger = logging.getLogger(__name__)


def cache_key(request, changed, known, repeatable=frozenset()):
    """The key of this request's answer, or None when it is not one to keep or look up. `known`:
    the query parameters the view reads; `repeatable`: those of them it reads several values of."""
    if (
        changed is None
        or request.method not in ("GET", "HEAD")
        or request.user.is_authenticated
        or request.accepted_renderer.format != "json"
    ):
        return None
    address = stored_address(request, known, repeatable)
    if address is None:
        return None
    return response_key(address, changed.timestamp(), media_type=request.accepted_media_type)


# What stored() is given when the answer was not read with the throttle's count (newsroom.api.throttling).
NOT_LOOKED_UP = object()


def stored(key, found=NOT_LOOKED_UP):
    """The answer kept under `key`, as a response, or None. `found`: what the cache held under `key`,
    when it was read already (with the throttle's count, in the same round trip to Redis)."""
    if key is None:
        return None
    if found is NOT_LOOKED_UP:
        try:
            found = cache.get(key)
        except Exception:
            logger.warning("The API's cache could not be read; answering without it.", exc_info=True)
            return None
    if found is None:
        return None
    content, content_type = found
    return HttpResponse(content, content_type=content_type)


def keep(key, response):
    """Keep a 200 answer under `key` for NEWSROOM_PAGE_CACHE_SECONDS (0 keeps nothing)."""
    if key is None or response.status_code != 200 or settings.NEWSROOM_PAGE_CACHE_SECONDS <= 0:
        return
    if hasattr(response, "render"):
        response.render()
    try:
        cache.set(key, (response.content, response["Content-Type"]), settings.NEWSROOM_PAGE_CACHE_SECONDS)
    except Exception:
        logger.warning("The API's cache could not be written; answering without it.", exc_info=True)
