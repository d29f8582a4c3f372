"""Middleware the whole site shares: its response headers, and input refused at the edge (too large, NUL bytes)."""

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.db import OperationalError
from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.middleware.gzip import GZipMiddleware
from django.utils.html import escape

from newsroom.core.paths import API_PREFIX, is_api
from newsroom.http.errors import service_unavailable

# What a part of the site needs beyond the site's policy, and nothing more. Django's admin needs
# nothing (its scripts are files; Chromium reports no refusal on it). DRF's browsable API and Swagger
# UI (third-party templates) carry <style> blocks and style attributes, so under /api/ styles may be
# inline; scripts never are, anywhere (the docs page loads its start-up script as a file).
ALLOWANCES = {API_PREFIX: {"style-src": ["'unsafe-inline'"]}}


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's header from CONTENT_SECURITY_POLICY, plus ALLOWANCES under their prefixes."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        for prefix, directives in ALLOWANCES.items():
            if request.path_info.startswith(prefix):
                parts.update = {**(parts.update or {}), **directives}
        return parts


class RequestSizeLimitMiddleware:
    """A request whose body is larger than NEWSROOM_MAX_REQUEST_BYTES is a 413, before anything reads it.

    Django bounds the body it reads into memory (DATA_UPLOAD_MAX_MEMORY_SIZE) but streams uploaded
    files to disk whatever their size; the largest photo accepted, plus its form, is the bound here.
    The proxy in front should refuse the same (nginx `client_max_body_size`) before it buffers one.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0  # Django reads no body it cannot measure
        limit = settings.NEWSROOM_MAX_REQUEST_BYTES
        if length <= limit:
            return self.get_response(request)
        message = f"The request is too large: at most {limit:,} bytes."
        if is_api(request):
            return JsonResponse({"detail": message}, status=413)
        return HttpResponse(
            f"<!doctype html><title>Too large</title><h1>Too large</h1><p>{escape(message)}</p>",
            status=413,
            content_type="text/html; charset=utf-8",
        )


NUL = "\x00"


class RefuseNulBytesMiddleware:
    """A NUL character in the address, a query parameter or a form field is a 400 naming it.

    No text the site stores or looks up may hold one (PostgreSQL refuses it in text), and no person
    types one: refusing it here, once, keeps it from every view, filter, admin search and form.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        problem = self._problem(request)
        if problem is None:
            return self.get_response(request)
        name, message = problem
        if is_api(request):
            return JsonResponse({name: [message]}, status=400)
        return HttpResponseBadRequest(
            f"<!doctype html><title>Bad request</title><h1>Bad request</h1><p>“{escape(name)}”: {escape(message)}</p>",
            content_type="text/html; charset=utf-8",
        )

    def _problem(self, request):
        if NUL in request.path:
            return "path", "The address contains a NUL character."
        queries = [request.GET]
        if request.method == "POST" and request.content_type in (
            "application/x-www-form-urlencoded",
            "multipart/form-data",
        ):
            queries.append(request.POST)
        for query in queries:
            for name, values in query.lists():
                if NUL in name:
                    return name, "The parameter's name contains a NUL character."
                if any(NUL in value for value in values):
                    return name, "The value contains a NUL character."
        return None


class DatabaseLockedMiddleware:
    """A view that fails because SQLite's database stayed locked past its timeout answers 503 with
    Retry-After (JSON under /api/), with DEBUG on too, where Django would show its 500 page: the
    development server runs on SQLite with DEBUG on, and the admin's autosave tries again after a
    503. Other database errors go on to handler500 (a 503 for a database that is away) or, with
    DEBUG on, to Django's error page, which a developer needs (a missing table, say)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, OperationalError) and "locked" in str(exception):
            return service_unavailable(request)
        return None


# Addresses whose responses may carry a secret, or are compressed already: the admin (CSRF tokens,
# session data), signed preview links (the address is the secret and the page names it), the
# files WhiteNoise and the media server send (compressed copies, or images).
NOT_COMPRESSED = ("/admin/", "/preview/", "/static/", "/media/")


class CompressReadersMiddleware(GZipMiddleware):
    """Django's gzip, for what readers and API clients get: public pages, feeds, the sitemap and
    the API, to anyone who is not signed in.

    Compression is safe where no secret is: BREACH reads a secret (a CSRF token, a session's data)
    from the sizes of compressed responses that also reflect what an attacker sent (a search
    query). These responses hold nothing secret: no form that posts, no CSRF token, nothing of a
    person's own. Responses that may (the admin, preview links, any page a signed-in person sees)
    are sent as they are. Django's gzip adds random bytes to each response besides ("Heal The
    Breach"). A proxy in front may compress instead (nginx `gzip on`): it finds these compressed
    and leaves them.
    """

    def process_response(self, request, response):
        user = getattr(request, "user", None)
        if request.path.startswith(NOT_COMPRESSED) or user is None or user.is_authenticated:
            return response
        return super().process_response(request, response)
