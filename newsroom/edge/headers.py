"""What shared caches (Varnish, a CDN) are told about each response, decided in one place.

A response is **shared** (`public`, with `s-maxage` and `stale-while-revalidate`) only when it is a
GET or HEAD answered 200 or 301 to a reader who is not signed in, outside the admin and previews,
that sets no cookie and that its view did not already mark private or unstorable. Everything else
is `private` (a signed-in person, a response that sets a cookie: a shared cache would hand the
cookie to everyone) or, for other statuses, `no-cache` (a 404 for an address that is published a
minute later must not outlive the publication).

A shared response carries its surrogate keys (`Surrogate-Key`, and the header the configured
backend reads, such as Cloudflare's `Cache-Tag`). How long a shared cache may keep it:

- with keys, and a purge backend configured: `NEWSROOM_EDGE_SECONDS` (a day by default): every
  change purges it;
- without keys, or with no purge backend: the browser's `max-age`, the same bound as the page
  cache's, since nothing will purge it;
- never past the next scheduled go-live or expiry, which happen by the clock with no write to
  purge on (`next_schedule`).

`SurrogateKeysMiddleware` sits inside the page cache, so a stored page keeps its keys;
`SharedCacheMiddleware` sits outside the session and CSRF middleware, so it sees every cookie set.
"""

import datetime
import math

from django.apps import apps
from django.conf import settings
from django.db import connections, router
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.dateparse import parse_datetime

from newsroom.content.states import Status
from newsroom.core.paths import LIVE_PREFIX
from newsroom.edge import keys as k
from newsroom.edge import purge

SURROGATE_KEY = "Surrogate-Key"
SHAREABLE_STATUSES = (200, 301)
# A 304 stands for the 200 it confirms: it gets the same policy (it updates what a cache keeps).
CONFIRMING_STATUSES = (304,)
# Whatever a person signs in to, or a link shows to one holder only.
PRIVATE_PREFIXES = ("/admin/", "/preview/", "/accounts/")
SHARED_DIRECTIVES = ("public", "s-maxage", "stale-while-revalidate", "stale-if-error")


class SurrogateKeysMiddleware:
    """Puts the keys a view declared (newsroom.edge.keys.declare) in the response's header, after
    rendering; inside the page cache in MIDDLEWARE, so that a stored page keeps them."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        declared = request.__dict__.get("surrogate_keys")
        found = k.keys_of(declared) if declared and response.status_code in SHAREABLE_STATUSES else set()
        # Only names a purge can reach: a response that declared none is kept no longer than the page cache keeps it.
        if found:
            value, fits = k.header_value(found)
            if fits:
                response[SURROGATE_KEY] = value
        return response


class SharedCacheMiddleware:
    """Decides `Cache-Control` for shared caches on every response (see the module's docstring);
    before SessionMiddleware in MIDDLEWARE, so that it runs after every cookie is set."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.method in ("GET", "HEAD"):
            apply_policy(request, response)
        return response


def _signed_in(request):
    user = getattr(request, "user", None)
    return user is not None and user.is_authenticated


def shared(request, response):
    """Whether a shared cache may keep `response`."""
    cache_control = response.get("Cache-Control", "").lower()
    return (
        response.status_code in SHAREABLE_STATUSES + CONFIRMING_STATUSES
        and not response.cookies
        and not request.path.startswith(PRIVATE_PREFIXES)
        and not any(word in cache_control for word in ("private", "no-store", "no-cache"))
        and not getattr(response, "streaming", False)
        and not _signed_in(request)
    )


def _without_shared_directives(response):
    kept = [
        part.strip()
        for part in response.get("Cache-Control", "").split(",")
        if part.strip() and part.strip().split("=")[0].strip().lower() not in SHARED_DIRECTIVES
    ]
    if kept:
        response["Cache-Control"] = ", ".join(kept)
    elif "Cache-Control" in response:
        del response["Cache-Control"]


def apply_policy(request, response):
    """Shared with its keys, or `private` (signed in, a cookie, the admin, a preview: a signed-in
    person's copy revalidates), or `no-cache` (any other status): never `public` by mistake."""
    if shared(request, response):
        _share(response, request.path)
        return
    response.headers.pop(SURROGATE_KEY, None)
    _without_shared_directives(response)
    if _signed_in(request) or response.cookies or request.path.startswith(PRIVATE_PREFIXES):
        patch_cache_control(response, private=True)
        if _signed_in(request) and "no-store" not in response.get("Cache-Control", ""):
            patch_cache_control(response, no_cache=True)
    else:
        patch_cache_control(response, no_cache=True)


def browser_seconds(path):
    """(max-age, stale-while-revalidate) for browsers: a few seconds for live pages and their
    updates (NEWSROOM_LIVE_MAX_AGE), which change by the minute; NEWSROOM_PAGE_MAX_AGE elsewhere."""
    if path.startswith(LIVE_PREFIX):
        return settings.NEWSROOM_LIVE_MAX_AGE, settings.NEWSROOM_LIVE_MAX_AGE
    return settings.NEWSROOM_PAGE_MAX_AGE, settings.NEWSROOM_PAGE_STALE_SECONDS


def _share(response, path=""):
    browser, stale = browser_seconds(path)
    keys = response.get(SURROGATE_KEY)
    lifetime = settings.NEWSROOM_EDGE_SECONDS if keys and purge.enabled() else browser
    # Only with a cache in front that is purged: otherwise the bound is the page cache's own.
    until = seconds_to_next_schedule() if purge.enabled() else None
    if until is not None and until < lifetime:
        # Kept until the moment, and not served stale past it either.
        browser, lifetime, stale = min(browser, until), until, 0
    patch_cache_control(response, public=True, max_age=browser, s_maxage=lifetime, stale_while_revalidate=stale)
    if keys and purge.enabled():
        header = getattr(purge.backend_class(), "key_header", None)
        if header:
            response[header] = ",".join(keys.split())


def next_schedule(now=None):
    """The next go-live or expiry of a published article or statement after now, or None: one
    query of four index look-ups, asked for each response a purged shared cache may keep (with
    such a cache in front the app sees its misses only)."""
    now = now or timezone.now()
    parts = []
    for name in ("Article", "Statement"):
        published = apps.get_model("newsroom", name).objects.filter(status=Status.PUBLISHED)
        for field in ("go_live_at", "expires_at"):
            first = published.filter(**{f"{field}__gt": now}).order_by(field).values(field)[:1]
            parts.append(first.query.sql_with_params())
    # The ORM has no SELECT without a table: the four first moments are combined in SQL of our own.
    sql = "SELECT MIN(moment) FROM ({}) AS moments".format(
        " UNION ALL ".join(f"SELECT ({part_sql}) AS moment" for part_sql, _ in parts)
    )
    with connections[router.db_for_read(apps.get_model("newsroom", "Article"))].cursor() as cursor:
        cursor.execute(sql, [param for _, params in parts for param in params])
        moment = cursor.fetchone()[0]
    if isinstance(moment, str):  # SQLite keeps date-times as text in UTC
        moment = parse_datetime(moment).replace(tzinfo=datetime.UTC)
    return moment


def seconds_to_next_schedule():
    """Whole seconds until the next scheduled go-live or expiry (None: nothing is scheduled)."""
    moment = next_schedule()
    if moment is None:
        return None
    return max(0, math.floor((moment - timezone.now()).total_seconds()))
