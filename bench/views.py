"""The benchmark's ceiling: what the server and middleware cost when the view costs nothing."""

from django.http import HttpResponse

# 22 KB of HTML, about the size of a list page: the response differs from a real page only in
# having cost nothing to make.
PAGE = (
    "<!doctype html><html lang=en><title>Constant</title><main>"
    + "<p>A paragraph of constant text that stands in for a page the server did not have to build.</p>" * 230
    + "</main></html>"
).encode()


def constant(request):
    """The same 22 KB page every time, with no database query."""
    return HttpResponse(PAGE, content_type="text/html; charset=utf-8")
