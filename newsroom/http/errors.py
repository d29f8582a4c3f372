"""Error responses that must work when the rest of the site cannot: no database, no static manifest."""

import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.template import loader
from django.utils.cache import add_never_cache_headers
from django.views import defaults

from newsroom.core.paths import is_api

# What a lost or refused database connection raises (a restart, a failover, too many clients).
DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)


class RequestTimedOut(Exception):
    """Raised inside a request that ran over the server's timeout, as its worker is stopped
    (config/gunicorn.py): it ends with the 503 page, and its transaction rolls back."""


def service_unavailable(request):
    """503 with Retry-After: the page for readers, JSON under /api/. Renders without the database."""
    if is_api(request):
        response = JsonResponse({"detail": "The service is briefly unavailable. Try again shortly."}, status=503)
    else:
        # No request context: its processors could touch the session or the user, both in the database.
        html = loader.get_template("503.html").render({"retry_after": settings.NEWSROOM_RETRY_AFTER})
        response = HttpResponse(html, status=503)
    response["Retry-After"] = str(settings.NEWSROOM_RETRY_AFTER)
    add_never_cache_headers(response)
    return response


def server_error(request):
    """handler500: Django calls it for any exception a view or a middleware let through. A database
    that went away is not the site's fault and passes, and a request stopped for running too long may
    well answer if tried again: both are a 503, not a 500."""
    error = sys.exc_info()[1]
    if isinstance(error, (*DATABASE_UNAVAILABLE, RequestTimedOut)):
        return service_unavailable(request)
    return _server_error_page(request)


def page_not_found(request, exception):
    """The site's 404 page; API clients get JSON, as from the API's own 404s."""
    if is_api(request):
        return JsonResponse({"detail": "Not found."}, status=404)
    return defaults.page_not_found(request, exception)


def _server_error_page(request):
    if is_api(request):
        return JsonResponse({"detail": "Server error."}, status=500)
    return defaults.server_error(request)
