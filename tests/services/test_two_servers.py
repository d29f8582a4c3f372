"""Two gunicorn servers behind HAProxy, sharing PostgreSQL and Redis (issue 21, part 5): sessions, the
page cache, edit locks, autosave and the API throttle behave as on one server, and 64 connections
for 60 seconds (bench/load.py's load) get no error, through a rolling restart too."""

import json
import threading

import pytest
import redis
import requests

from bench import servers
from bench.two_servers import APP_PORTS, environment, load, two_servers
from tests.adminforms import form_fields
from tests.services.conftest import LIVE_DATABASE_URL, django, require, unavailable

pytestmark = pytest.mark.services

REDIS_URL = "redis://127.0.0.1:6379/3"
HTTPS = {"X-Forwarded-Proto": "https"}
A, B = (f"http://127.0.0.1:{port}" for port in APP_PORTS)

ACCOUNTS = """
import json
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from newsroom.content.models import Article
users = []
for name in ("desk-one", "desk-two"):
    user = get_user_model().objects.create_user(name, password="desk-password-1", is_staff=True)
    user.groups.add(Group.objects.get(name="Editor"))
article = Article.objects.create(headline="Shared desk report", slug="shared-desk", body="First words.")
print(json.dumps(article.pk))
"""


def require_redis():
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping()
    except redis.RedisError as error:
        unavailable(f"Redis does not answer at {REDIS_URL}: {error}")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    require("haproxy")
    require_redis()
    redis.Redis.from_url(REDIS_URL).flushdb()  # Redis DB 3 is this branch's own
    env = environment(LIVE_DATABASE_URL, REDIS_URL, NEWSROOM_API_ANON_RATE="12/minute")
    servers.prepare_site(env)
    article = django(env, ACCOUNTS)
    with two_servers(env, logs=tmp_path_factory.mktemp("two")) as apps:
        yield env, apps, article


def signed_in(base, username):
    session = requests.Session()
    session.headers.update({**HTTPS, "Referer": f"https://{base.split('//')[1]}/admin/login/"})
    session.get(base + "/admin/login/", timeout=10)
    answer = session.post(
        base + "/admin/login/",
        data={"username": username, "password": "desk-password-1", "csrfmiddlewaretoken": session.cookies["csrftoken"]},
        timeout=10,
        allow_redirects=False,
    )
    assert answer.status_code == 302, answer.text[:300]
    return session


def on(session, base):
    """The same browser, talking to the other server (the Referer is checked by CSRF)."""
    session.headers["Referer"] = f"https://{base.split('//')[1]}/admin/"
    return session


def test_a_session_opened_on_one_server_works_on_the_other(site):
    editor = signed_in(A, "desk-one")
    desk = on(editor, B).get(B + "/admin/", timeout=10, allow_redirects=False)
    assert desk.status_code == 200 and "desk-one" in desk.text


def test_the_page_cache_is_one_for_both_servers(site):
    """Behind the load balancer both servers are asked for the one public host: a page stored by one
    is served by the other (the key holds the host, so that no other Host header can poison it)."""
    store = redis.Redis.from_url(REDIS_URL)
    public = {**HTTPS, "Host": "localhost"}
    before = set(store.keys("*newsroom:page:*"))
    first = requests.get(A + "/articles/", headers=public, timeout=10)
    stored = set(store.keys("*newsroom:page:*"))
    assert first.status_code == 200 and stored - before
    second = requests.get(B + "/articles/", headers=public, timeout=10)
    assert second.content == first.content and set(store.keys("*newsroom:page:*")) == stored


def test_autosave_typed_on_one_server_is_offered_on_the_other(site):
    _, _, article = site
    editor = signed_in(A, "desk-one")
    saved = editor.post(
        f"{A}/admin/newsroom/article/{article}/autosave/",
        data=json.dumps({"opened_version": 1, "data": {"headline": "Typed on server one"}}),
        headers={"X-CSRFToken": editor.cookies["csrftoken"], "Content-Type": "application/json"},
        timeout=10,
    )
    assert saved.status_code == 200, saved.text
    page = on(editor, B).get(f"{B}/admin/newsroom/article/{article}/change/", timeout=10)
    assert "Typed on server one" in page.text


def test_two_saves_at_once_on_two_servers_never_overwrite_each_other(site):
    """The edit lock is the database's row lock: whichever server a save reaches, one wins."""
    _, _, article = site
    url = f"/admin/newsroom/article/{article}/change/"
    one, two = on(signed_in(A, "desk-one"), A), on(signed_in(B, "desk-two"), B)
    forms = {}
    for name, session, base in (("one", one, A), ("two", two, B)):
        fields = form_fields(session.get(base + url, timeout=10).text)
        fields["body"] = f"Words saved by desk {name}."
        forms[name] = (session, base, fields)
    answers = {}

    def save(name):
        session, base, fields = forms[name]
        answers[name] = session.post(base + url, data=fields, timeout=10, allow_redirects=False)

    threads = [threading.Thread(target=save, args=(name,)) for name in forms]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    statuses = sorted(answer.status_code for answer in answers.values())
    assert statuses == [200, 302], statuses  # one saved; the other shown its form again
    refused = next(answer for answer in answers.values() if answer.status_code == 200)
    assert "Someone saved this article while you were editing it" in refused.text


def test_the_api_throttle_counts_a_client_across_both_servers(site):
    statuses = [
        requests.get(f"{(A, B)[n % 2]}/api/tags/?page_size={n + 1}", headers=HTTPS, timeout=10).status_code
        for n in range(16)
    ]
    assert statuses[:12] == [200] * 12 and statuses[12:] == [429] * 4, statuses


def test_64_connections_for_60_seconds_and_a_rolling_restart_without_an_error(site, tmp_path):
    """bench/two_servers.py's load, with the throttle out of the way; one server is drained, stopped
    and started again halfway."""
    env = environment(LIVE_DATABASE_URL, REDIS_URL)
    ports = (8341, 8342)
    with two_servers(env, port=8340, app_ports=ports, logs=tmp_path) as apps:

        def restart(started):
            import time

            time.sleep(20)
            apps.stop(ports[0])
            time.sleep(10)
            apps.start(ports[0])

        tally, urls = load("http://127.0.0.1:8340", 64, 60, during=restart)
    total = sum(tally.by_status.values())
    print(f"{total} requests by 64 connections in 60 s over {len(urls)} URLs: {dict(tally.by_status)}")
    assert set(tally.by_status) == {200}, dict(tally.by_status)
    assert total > 64
