"""Varnish in front of gunicorn, as deploy/varnish/newsroom.vcl ships it (issue 21, part 3): a
published change reaches readers through it within a second on every surface that shows it, and
nothing signed-in or private is ever stored."""

import threading
import time

import pytest
import requests

from bench import servers
from bench.varnish import site_behind_varnish
from tests.services.conftest import LIVE_DATABASE_URL, django, require

pytestmark = pytest.mark.services

VARNISH_PORT, APP_PORT = 8310, 8311
BASE = f"http://127.0.0.1:{VARNISH_PORT}"
HTTPS = {"X-Forwarded-Proto": "https"}
WITHIN = 1.0  # seconds: the target for a change to reach readers through Varnish
# Seconds until a scheduled report goes live: time enough, on a loaded machine, to fill the cache first.
GO_LIVE_IN = 15

SETUP = """
import json
from django.contrib.auth import get_user_model
from newsroom.content.models import Actor, Article, Source
from newsroom.content.tag_counts import tags_with_counts
tag = tags_with_counts()[0]
actor = Actor.objects.public().order_by("pk").first()
source = Source.objects.public().order_by("pk").first()
article = Article.objects.create(
    headline="Zephyrine accord reached", slug="zephyrine-accord", publisher=source,
    body="The zephyrine accord was signed at dawn.",
)
article.tags.add(tag.name)
article.actors.add(actor)
get_user_model().objects.create_superuser("edge-editor", "edge@example.org", "edge-password-1")
print(json.dumps({"pk": article.pk, "tag": tag.slug, "actor": actor.slug, "source": source.slug}))
"""

STEP = """
import json, time
from django.contrib.auth import get_user_model
from newsroom.content.models import Article
from newsroom.editorial import editing, workflow
editor = get_user_model().objects.get(username="edge-editor")
article = Article.objects.get(pk={pk})
{code}
print(json.dumps({{"committed": time.time()}}))
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    require("varnishd")
    log = tmp_path_factory.mktemp("varnish") / "gunicorn.log"
    with site_behind_varnish(LIVE_DATABASE_URL, port=VARNISH_PORT, backend_port=APP_PORT, seed=True, log=log) as env:
        found = django(env, SETUP)
        yield env, found


def surfaces(found):
    """Every address that shows a new report tagged, mentioning an actor and published by a source."""
    tag, actor, source = found["tag"], found["actor"], found["source"]
    return [
        "/", "/articles/", f"/tags/{tag}/", f"/actors/{actor}/", f"/sources/{source}/",
        "/feeds/rss/", "/feeds/atom/", "/feed.json", f"/feeds/tags/{tag}/rss/", f"/feeds/actors/{actor}/feed.json",
        "/api/articles/", f"/api/articles/?tag={tag}", "/search/?q=zephyrine", "/api/articles/?q=zephyrine",
    ]  # fmt: skip


def fetch(path, session=requests, **headers):
    return session.get(BASE + path, headers={**HTTPS, **headers}, timeout=10, allow_redirects=False)


def warm(paths):
    """Each address asked twice: the second answer must come from Varnish's copy."""
    for path in paths:
        fetch(path)
        again = fetch(path)
        assert again.status_code == 200, (path, again.status_code)
        assert again.headers["X-Cache"] == "HIT", (path, again.headers.get("X-Cache"))
        assert "s-maxage" in again.headers["Cache-Control"], path


def seconds_until(paths, shows, change, limit=3):
    """Readers poll every address at once, each its own, from before `change()` (which makes the
    change and returns the moment it committed) until each gets an answer that `shows` accepts, for
    at most `limit` seconds after the commit. Returns (seconds from the commit to the moment a
    reader asked and got it, by address; addresses never shown)."""
    asked_at, committed = {}, []

    def poll(path):
        reader = requests.Session()  # one connection kept open, as a browser does
        while not (committed and time.time() - committed[0] > limit):
            asked = time.time()
            if shows(path, fetch(path, reader)):  # never before the commit: the change is not there
                asked_at[path] = asked
                return
            time.sleep(0.02)

    threads = [threading.Thread(target=poll, args=(path,)) for path in paths]
    for thread in threads:
        thread.start()
    try:
        committed.append(change())
    finally:
        if not committed:
            committed.append(0)
        for thread in threads:
            thread.join()
    return {path: max(0.0, at - committed[0]) for path, at in asked_at.items()}, set(paths) - set(asked_at)


def step(env, found, code):
    return django(env, STEP.format(pk=found["pk"], code=code))["committed"]


def signed_in_session():
    session = requests.Session()
    session.headers.update({**HTTPS, "Referer": f"https://127.0.0.1:{VARNISH_PORT}/admin/login/"})
    session.get(BASE + "/admin/login/", timeout=10)
    response = session.post(
        BASE + "/admin/login/?next=/admin/",
        data={
            "username": "edge-editor",
            "password": "edge-password-1",
            "csrfmiddlewaretoken": session.cookies["csrftoken"],
            "next": "/admin/",
        },
        timeout=10,
        allow_redirects=False,
    )
    assert response.status_code == 302 and "sessionid" in session.cookies, response.text[:500]
    return session


def test_nothing_signed_in_or_private_is_ever_stored(site):
    draft = "/articles/zephyrine-accord/"
    assert fetch(draft).status_code == 404
    editor = signed_in_session()
    for path in [draft, "/", "/api/articles/", "/admin/"]:
        for _ in range(2):
            response = editor.get(BASE + path, timeout=10)
            assert response.status_code == 200, path
            assert response.headers["X-Cache"] == "PASS", path
            assert "private" in response.headers["Cache-Control"], path
    assert "Not public" in editor.get(BASE + draft, timeout=10).text
    # The draft the editor saw at its public address never reached a reader through the cache.
    missed = fetch(draft)
    assert missed.status_code == 404 and missed.headers["X-Cache"] != "HIT"
    # Issue 22, finding 12: a stale session cookie is deleted, and that answer is not kept.
    stale = fetch("/tags/", Cookie="sessionid=stale-and-unknown")
    assert "sessionid" in stale.headers.get("Set-Cookie", "") and stale.headers["X-Cache"] == "PASS"
    assert "public" not in stale.headers["Cache-Control"]
    fetch("/tags/")
    reader = fetch("/tags/")
    assert "Set-Cookie" not in reader.headers and reader.headers["X-Cache"] == "HIT"


def test_a_published_change_reaches_readers_within_a_second_everywhere(site):
    env, found = site
    paths = surfaces(found)
    warm(paths)
    for path in paths:
        assert "Zephyrine accord" not in fetch(path).text, path

    # Publish, as an editor does: the workflow button in the admin.
    editor = signed_in_session()
    editor.headers["Referer"] = f"https://127.0.0.1:{VARNISH_PORT}/admin/newsroom/article/{found['pk']}/change/"

    def publish():
        published = editor.post(
            f"{BASE}/admin/newsroom/article/{found['pk']}/transition/publish/",
            data={"csrfmiddlewaretoken": editor.cookies["csrftoken"]},
            timeout=10,
            allow_redirects=False,
        )
        assert published.status_code == 302
        return time.time()  # the request's transaction committed before its answer came

    page = "/articles/zephyrine-accord/"
    seen, late = seconds_until([*paths, page], lambda p, r: "Zephyrine accord reached" in r.text, publish)
    assert not late, f"not visible within 3 s: {late}"
    assert max(seen.values()) < WITHIN, seen
    print(f"published: on {len(seen)} surfaces within {max(seen.values()):.3f} s")

    # An edit of the live report's headline, through the editing service.
    warm([*paths, page])
    edit = 'article.headline = "Zephyrine accord signed in Geneva"\n' + (
        "editing.save_edit(item=article, expected_version=article.version, user=editor)"
    )
    seen, late = seconds_until(
        [*paths, page], lambda p, r: "signed in Geneva" in r.text, lambda: step(env, found, edit)
    )
    assert not late and max(seen.values()) < WITHIN, (seen, late)
    print(f"edited: on {len(seen)} surfaces within {max(seen.values()):.3f} s")

    # A correction: on the page, in the API's record and in the feeds.
    corrected = [page, "/api/articles/zephyrine-accord/", "/feeds/rss/", "/feed.json"]
    warm(corrected)
    correction = 'workflow.correction_add(item=article, user=editor, text="Signed at noon.")'
    seen, late = seconds_until(corrected, lambda p, r: "Signed at noon" in r.text, lambda: step(env, found, correction))
    assert not late and max(seen.values()) < WITHIN, (seen, late)
    print(f"corrected: on {len(seen)} surfaces within {max(seen.values()):.3f} s")

    # Unpublishing takes it off every surface, and its page answers 404.
    warm([*paths, page])
    unpublish = 'workflow.transition(item=article, user=editor, name="unpublish", note="Legal")'
    seen, late = seconds_until(
        [*paths, page],
        lambda p, r: "Zephyrine accord" not in r.text and (p != page or r.status_code == 404),
        lambda: step(env, found, unpublish),
    )
    assert not late and max(seen.values()) < WITHIN, (seen, late)
    print(f"unpublished: on {len(seen)} surfaces within {max(seen.values()):.3f} s")


def test_a_go_live_by_the_clock_needs_no_purge(site):
    """Nothing is written when a scheduled report goes live: copies are kept no longer than that moment."""
    env, found = site
    since = step(
        env,
        found,
        'workflow.transition(item=article, user=editor, name="redraft")\n'
        "import datetime\nfrom django.utils import timezone\n"
        "article.refresh_from_db()\n"
        'workflow.transition(item=article, user=editor, name="publish",'
        f" go_live_at=timezone.now() + datetime.timedelta(seconds={GO_LIVE_IN}))",
    )
    go_live = since + GO_LIVE_IN
    paths = ["/", "/articles/", f"/tags/{found['tag']}/", "/api/articles/", "/feeds/atom/"]
    for path in paths:
        fetch(path)
        response = fetch(path)
        assert "Zephyrine accord" not in response.text and response.headers["X-Cache"] == "HIT", path
        assert int(response.headers["Cache-Control"].split("s-maxage=")[1].split(",")[0]) <= GO_LIVE_IN, path
    while time.time() < go_live:
        time.sleep(0.05)
    seen, late = seconds_until(paths, lambda p, r: "Zephyrine accord" in r.text, lambda: go_live)
    assert not late and max(seen.values()) < WITHIN, (seen, late)


def test_a_hit_is_served_by_varnish_alone(site):
    """Not a timing: a hit does not reach the app (its answer is the stored copy, Age counting up)."""
    fetch("/articles/")
    first = fetch("/articles/")
    time.sleep(1.1)
    later = fetch("/articles/")
    assert first.headers["X-Cache"] == later.headers["X-Cache"] == "HIT"
    assert int(later.headers["Age"]) >= 1 and later.content == first.content
    status, _, _ = servers.get(f"http://127.0.0.1:{APP_PORT}/articles/")
    assert status == 200
