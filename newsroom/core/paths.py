"""Where the site's parts live under its address, written once."""

API_PREFIX = "/api/"


def is_api(request):
    """Whether a request is for the JSON API (which answers errors as JSON)."""
    return request.path.startswith(API_PREFIX)
