"""The live server the browser tests drive answers requests that arrive together without an error.

On SQLite the test database is in memory, shared by the server's threads through SQLite's shared
cache, whose table locks fail at once: two requests at once (an autosave still on its way when the
form is saved) failed with "database table is locked" (a 503) or broke each other's savepoints (a
500 in a browser test). tests/conftest.py makes the server answer them in turn there. Here many
autosaves arrive at once, as fast as eight threads can send them.
"""

import json
import threading
import urllib.error
import urllib.request

from django.conf import settings
from django.test import Client
from django.urls import reverse

from tests import factories

CSRF = "a" * 32  # a cookie secret, sent back unmasked in the header as the site's script does


def test_requests_arriving_together_are_all_answered(live_server, transactional_db):
    editor = factories.user("superuser")
    client = Client()
    client.force_login(editor)
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    cookie = f"{settings.SESSION_COOKIE_NAME}={session}; {settings.CSRF_COOKIE_NAME}={CSRF}"
    url = live_server.url + reverse("admin:newsroom_article_add_autosave")
    statuses = []

    def send(n):
        for i in range(6):
            body = json.dumps({"opened_version": None, "data": {"headline": f"Draft {n}.{i}"}}).encode()
            request = urllib.request.Request(
                url,
                data=body,
                method="POST",
                headers={"Content-Type": "application/json", "Cookie": cookie, "X-CSRFToken": CSRF},
            )
            try:
                with urllib.request.urlopen(request, timeout=30) as response:
                    statuses.append(response.status)
            except urllib.error.HTTPError as error:
                statuses.append(error.code)

    threads = [threading.Thread(target=send, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(statuses) == 48
    assert set(statuses) == {200}, sorted(statuses)
