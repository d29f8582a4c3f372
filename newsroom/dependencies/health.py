"""/health/: how each thing the site depends on is, as JSON, for a load balancer and for people.

`ok`, `degraded` (a shared service is away or unbounded and readers still get pages, uncached or
without mail for now) or `down` (the primary database: nothing works without it, and the answer is a
503 so that a load balancer takes the server out). Cheap enough to ask every second: a `SELECT 1`,
a Redis PING and INFO, each bounded by its time-out; never cached; names no host, address or key.

Each check is a function in NEWSROOM_HEALTH_CHECKS (name → dotted path) returning {"status", "detail"}:
a new shared service (a read replica, a CDN's purge API) adds its own there.
"""

from django.conf import settings
from django.core.cache import caches
from django.db import connection, transaction
from django.http import JsonResponse
from django.utils.cache import add_never_cache_headers
from django.utils.module_loading import import_string
from django.views.decorators.http import require_safe

from newsroom.dependencies.cache import cache_health

ORDER = {"ok": 0, "degraded": 1, "down": 2}


def database():
    """The primary database: one round trip."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception as error:  # any failure to reach it is "down", told by its class alone
        return {"status": "down", "detail": f"the primary database does not answer ({type(error).__name__})"}
    return {"status": "ok", "detail": "the primary database answers"}


def shared_cache():
    """The cache in Redis (or in the process's memory without REDIS_URL)."""
    return cache_health(caches["default"])


@transaction.non_atomic_requests
@require_safe
def health(request):
    checks = {name: import_string(path)() for name, path in settings.NEWSROOM_HEALTH_CHECKS.items()}
    status = max((check["status"] for check in checks.values()), key=ORDER.__getitem__, default="ok")
    response = JsonResponse({"status": status, "checks": checks}, status=503 if status == "down" else 200)
    add_never_cache_headers(response)
    return response
