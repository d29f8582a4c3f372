"""A site with a deliberately slow view, for tests that run gunicorn (tests/test_gunicorn.py): the test
settings, a database file of the test's own, and this module as the URL configuration too.

`/slow/` works the CPU for SLOW_SITE_SECONDS, as a runaway request does, then writes "finished" to
SLOW_SITE_MARKER.slow: if that file exists, nothing stopped the request. `/stubborn/` does the same (to
SLOW_SITE_MARKER.stubborn) but swallows every exception on the way, as careless code does.
"""

import os
import time
from pathlib import Path

from django.db import transaction
from django.http import HttpResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt

from config.test_settings import *  # noqa: F403
from newsroom.dependencies.health import health

ROOT_URLCONF = "tests.slow_site"
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": os.environ.get("SLOW_SITE_DB", ":memory:")}}
ALLOWED_HOSTS = ["127.0.0.1"]


@csrf_exempt
@transaction.non_atomic_requests
def slow(request):
    deadline = time.monotonic() + float(os.environ["SLOW_SITE_SECONDS"])
    while time.monotonic() < deadline:
        sum(range(10_000))
    Path(os.environ["SLOW_SITE_MARKER"] + ".slow").write_text("finished")
    return HttpResponse("finished")


@csrf_exempt
@transaction.non_atomic_requests
def stubborn(request):
    deadline = time.monotonic() + float(os.environ["SLOW_SITE_SECONDS"])

    def work():
        while time.monotonic() < deadline:
            sum(range(10_000))

    # The stop is raised wherever the request happens to be: here always inside the try (the loop of the
    # work is inside it), so it is always swallowed, as careless code would.
    while time.monotonic() < deadline:
        try:
            work()
        except Exception:
            pass
    Path(os.environ["SLOW_SITE_MARKER"] + ".stubborn").write_text("finished")
    return HttpResponse("finished")


urlpatterns = [path("slow/", slow), path("stubborn/", stubborn), path("health/", health)]
handler500 = "newsroom.http.errors.server_error"
