"""Where the site's parts live under its address, written once."""

API_PREFIX = "/api/"
# Live pages and their updates: kept by browsers and caches for seconds, not a minute.
LIVE_PREFIX = "/live/"


def is_api(request):
    """Whether a request is for the JSON API (which answers errors as JSON)."""
    return request.path.startswith(API_PREFIX)
