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

The plain case is answered before DRF (`answering_first`): an anonymous GET with no cookie, no
Authorization and JSON as DRF would choose it gets its 304 or its stored answer from the view
function, with DRF's headers, without DRF's dispatch (bench/results/2026-12-07-perf16.md: that
dispatch was what stood between a cached answer and the constant view). Everything else, and a
miss, goes to DRF, which is handed the count already made (a request is counted once) and what
was found.
"""

import functools
import hashlib
import logging
import math
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date
from rest_framework.authentication import SessionAuthentication
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from rest_framework.settings import api_settings

from newsroom.api.throttling import AnonymousThrottle
from newsroom.content.public_clock import last_public_change
from newsroom.reading.page_cache import key_of

logger = logging.getLogger(__name__)

# The only media type answered before DRF: what DRF picks for no Accept, `*/*` or `application/json`.
JSON = "application/json"
PLAIN_ACCEPT = (None, "*/*", JSON)


def etag(changed, media_type, absolute_uri):
    """The answer's ETag: the moment, the media type ("application/json; indent=4" is another
    representation) and the address asked for."""
    key = f"{changed.timestamp()!r} {media_type} {absolute_uri}"
    return f'W/"{hashlib.sha256(key.encode()).hexdigest()[:32]}"'


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
    return key_of(request, changed.timestamp(), known, repeatable, request.accepted_media_type)


# What stored() is given when the answer was not read with the throttle's count (newsroom.api.throttling).
NOT_LOOKED_UP = object()


def read(key):
    """What the cache holds under `key` (None: nothing, or the cache is away)."""
    try:
        return cache.get(key)
    except Exception:
        logger.warning("The API's cache could not be read; answering without it.", exc_info=True)
        return None


def stored(key, found=NOT_LOOKED_UP):
    """The answer kept under `key`, as a response, or None. `found`: what the cache held under `key`,
    when it was read already (with the throttle's count, in the same round trip to Redis)."""
    if key is None:
        return None
    if found is NOT_LOOKED_UP:
        found = read(key)
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


def validators(response, changed, tag):
    """Last-Modified and the ETag on a 200 or 304 (the view's finalize_response, and the answers before DRF)."""
    response["Last-Modified"] = http_date(changed.timestamp())
    if tag:
        response["ETag"] = tag
    return response


@dataclass
class Counted:
    """A request counted before DRF (`before_drf`), handed to DRF when it is not answered there: the
    throttle's verdict and state (for its 429's wait), and what was read under `key`. Offered to the
    throttle as a view is (`answer_key`: what to read with the count; `looked_up`)."""

    key: str
    answer_key: str | None
    allowed: bool = True
    throttle: dict | None = None
    found: object = NOT_LOOKED_UP

    def looked_up(self, found):
        self.found = found

    def hand_to(self, view):
        """What was read, to the view that reads the same key (ReadOnlyViewSet.looked_up)."""
        if self.found is not NOT_LOOKED_UP and self.key == getattr(view, "cache_key", None):
            view.looked_up(self.found)


@dataclass(frozen=True)
class Plain:
    """What a view function's plain requests are answered by: the query parameters it reads, and
    the headers DRF's finalize_response gives it (Vary, Allow: default_response_headers)."""

    known: frozenset
    repeatable: frozenset
    headers: dict


def plain(view_class, actions, initkwargs):
    """The Plain of a viewset's view function, or None when its requests are never plain (a GET that
    is not answered by DRF's defaults: JSON first, sessions, anyone, the anonymous throttle)."""
    if (
        "get" not in actions
        or list(view_class.renderer_classes[:1]) != [JSONRenderer]
        or list(view_class.authentication_classes) != [SessionAuthentication]
        or list(view_class.permission_classes) != [AllowAny]
        or list(view_class.throttle_classes) != [AnonymousThrottle]
        or view_class.content_negotiation_class is not DefaultContentNegotiation
    ):
        return None
    view = view_class(**initkwargs)
    # As DRF's ViewSetMixin.as_view binds an instance for each request.
    view.action_map = {"head": actions["get"], **actions}
    for method, action in view.action_map.items():
        setattr(view, method, getattr(view, action))
    view.action = actions["get"]
    return Plain(
        frozenset(view.query_parameters()), frozenset(view.repeatable_parameters()), view.default_response_headers
    )


def answering_first(view_function, view_class, actions, initkwargs):
    """DRF's view function, with a plain request's 304 or stored answer given before it."""
    plans = {}  # made at the first request, once the app is loaded

    @functools.wraps(view_function)
    def view(request, *args, **kwargs):
        if "plan" not in plans:
            plans["plan"] = plain(view_class, actions, initkwargs)
        plan = plans["plan"]
        response = None if plan is None else before_drf(request, kwargs, plan)
        return response if response is not None else view_function(request, *args, **kwargs)

    return view


def before_drf(request, kwargs, plan):
    """The 304 or the stored answer of a plain request, as DRF's path gives them, or None: DRF
    answers (a miss, a 429, anything in doubt), with the count made here handed to its throttle."""
    meta = request.META
    if (
        request.method != "GET"
        or kwargs.get("format")
        or meta.get("HTTP_ACCEPT") not in PLAIN_ACCEPT
        or meta.get("HTTP_COOKIE")  # (an empty header is none: Django's test client sends one)
        or "HTTP_AUTHORIZATION" in meta
        or "HTTP_IF_MATCH" in meta
        or "HTTP_IF_UNMODIFIED_SINCE" in meta
        or api_settings.URL_FORMAT_OVERRIDE in request.GET
        or request.user.is_authenticated
    ):
        return None
    changed = last_public_change()
    if changed is None:
        return None
    key = key_of(request, changed.timestamp(), plan.known, plan.repeatable, JSON)
    if key is None:
        return None
    conditional = "HTTP_IF_NONE_MATCH" in meta or "HTTP_IF_MODIFIED_SINCE" in meta
    throttle = AnonymousThrottle()
    # A conditional request is most often a 304, which reads no stored answer with its count.
    counted = Counted(key, None if conditional else key)
    counted.allowed = throttle.allow_request(request, counted)
    counted.throttle = dict(vars(throttle))
    request.api_counted = counted
    if not counted.allowed:
        return None  # DRF's 429, by this count
    tag = etag(changed, JSON, request.build_absolute_uri())
    if conditional:
        response = get_conditional_response(request, etag=tag, last_modified=math.ceil(changed.timestamp()))
        if response is not None:
            return finish(response, plan, changed, tag)
    if counted.found is NOT_LOOKED_UP:
        counted.found = read(key)
    response = stored(key, counted.found)
    return None if response is None else finish(response, plan, changed, tag)


def finish(response, plan, changed, tag):
    """DRF's finalize_response's headers (Vary added to, the rest set), then the view's validators."""
    headers = dict(plan.headers)
    vary = headers.pop("Vary", None)
    if vary is not None:
        patch_vary_headers(response, [part.strip() for part in vary.split(",")])
    for name, value in headers.items():
        response[name] = value
    return validators(response, changed, tag)
