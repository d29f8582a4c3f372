"""Purging on every change readers see (newsroom/edge/events.py, purge.py, backends/): exactly the
change's keys, after the commit and never on a rollback, retried, logged, and never in a request's
way when the backend is away."""

import datetime
import http.server
import json
import logging
import threading

import pytest
from django.db import transaction
from django.utils import timezone

from newsroom.content.models import Correction
from newsroom.edge import purge
from newsroom.edge.backends import dry_run
from newsroom.edge.backends.cloudflare import CloudflareBackend
from newsroom.edge.backends.cloudfront import CloudFrontBackend
from newsroom.edge.backends.fastly import FastlyBackend
from newsroom.edge.backends.varnish import VarnishBackend
from newsroom.editorial import editing, workflow
from tests import factories
from tests.adminforms import admin_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(editor):
    """A live report quoting a live statement; both tagged; the report draws on a source."""
    speaker = factories.actor(name="Peter Stano", slug="peter-stano")
    outlet = factories.source(name="Interfax", slug="interfax")
    statement = factories.statement(actor=speaker, source=outlet, text="We call for calm.", tags=["EU"])
    workflow.transition(item=statement, user=editor, name="publish")
    article = factories.article(headline="First report", slug="first-report", tags=["EU", "NATO"])
    article.actors.add(speaker)
    article.sources.add(outlet)
    factories.citation(article, statement)
    return article, statement, speaker, outlet


def tag_ids(item):
    return {tag.name: tag.pk for tag in item.tags.all()}


def test_publishing_purges_the_item_and_every_list_it_enters(world, editor, purges, django_capture_on_commit_callbacks):
    article, statement, speaker, outlet = world
    tags = tag_ids(article)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.transition(item=article, user=editor, name="publish")
    assert purges() == {
        f"article-{article.pk}", "articles", "search", "tags", "actors", "sources",
        f"tag-{tags['EU']}-items", f"tag-{tags['NATO']}-items", f"actor-{speaker.pk}-items",
        f"source-{outlet.pk}-items", f"statement-{statement.pk}-items",
    }  # fmt: skip


def test_unpublishing_purges_the_same_lists(world, editor, purges, django_capture_on_commit_callbacks):
    article, *_ = world
    workflow.transition(item=article, user=editor, name="publish")
    with django_capture_on_commit_callbacks(execute=True):
        workflow.transition(item=article, user=editor, name="unpublish", note="wrong")
    keys = purges()
    assert {f"article-{article.pk}", "articles", f"tag-{tag_ids(article)['NATO']}-items"} <= keys


def test_nothing_is_purged_for_drafts_or_before_the_commit(world, editor, reporter, purges):
    article, *_ = world
    with transaction.atomic():
        workflow.transition(item=article, user=editor, name="submit")  # in review: readers see nothing
    assert purges() == set()
    with pytest.raises(RuntimeError), transaction.atomic():
        workflow.transition(item=article, user=editor, name="publish")
        raise RuntimeError("rolled back")
    assert purges() == set()


def test_an_edit_of_the_words_purges_the_item_alone(world, editor, purges, django_capture_on_commit_callbacks):
    article, *_ = world
    workflow.transition(item=article, user=editor, name="publish")
    article.refresh_from_db()
    article.body = "New words."
    with django_capture_on_commit_callbacks(execute=True):
        editing.save_edit(item=article, expected_version=article.version, user=editor)
    assert purges() == {f"article-{article.pk}", "search"}


def test_a_new_headline_moves_the_item_in_lists(world, editor, purges, django_capture_on_commit_callbacks):
    """Lists are sorted by headline (the API's ordering): a new one is leaving and entering them."""
    article, *_ = world
    workflow.transition(item=article, user=editor, name="publish")
    article.refresh_from_db()
    article.headline = "A better headline"
    with django_capture_on_commit_callbacks(execute=True):
        editing.save_edit(item=article, expected_version=article.version, user=editor)
    assert {f"article-{article.pk}", "articles", f"tag-{tag_ids(article)['EU']}-items"} <= purges()


def test_a_tag_change_in_the_admin_purges_the_old_and_the_new_tag(
    world, editor, purges, client, django_capture_on_commit_callbacks
):
    """Issue 21: "tag change" is an event; only tags changed, so the text's save is skipped."""
    article, *_ = world
    workflow.transition(item=article, user=editor, name="publish")
    old = tag_ids(article)
    client.force_login(editor)
    url = f"/admin/newsroom/article/{article.pk}/change/"
    data = admin_form(client, url, tags="EU, Ceasefire")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, data)
    assert response.status_code == 302
    new = tag_ids(article)
    keys = purges()
    assert {f"tag-{old['NATO']}-items", f"tag-{new['Ceasefire']}-items", f"article-{article.pk}", "tags"} <= keys


def test_a_correction_purges_the_item(world, editor, purges, django_capture_on_commit_callbacks):
    _, statement, *_ = world
    with django_capture_on_commit_callbacks(execute=True):
        workflow.correction_add(
            item=statement, user=editor, text="The date was wrong.", kind=Correction.Kind.CORRECTION
        )
    assert f"statement-{statement.pk}" in purges()


def test_going_live_and_expiring_by_the_clock_purge_when_recorded(
    world, editor, purges, time_machine, django_capture_on_commit_callbacks
):
    article, *_ = world
    now = timezone.now()
    time_machine.move_to(now, tick=False)
    workflow.transition(
        item=article,
        user=editor,
        name="publish",
        go_live_at=now + datetime.timedelta(hours=1),
        expires_at=now + datetime.timedelta(hours=2),
    )
    purges()
    for hours in (1, 2):
        time_machine.move_to(now + datetime.timedelta(hours=hours, minutes=1), tick=False)
        with django_capture_on_commit_callbacks(execute=True):
            workflow.record_schedule(model=type(article))
        assert {f"article-{article.pk}", "articles", f"tag-{tag_ids(article)['EU']}-items"} <= purges()


def test_actors_and_sources_purge_only_what_readers_see_of_them(
    world, editor, purges, client, django_capture_on_commit_callbacks
):
    _, _, speaker, outlet = world
    hidden = factories.actor(name="Only in drafts", slug="only-in-drafts")
    client.force_login(factories.user("superuser"))
    for actor, name in [(hidden, "Still only in drafts"), (speaker, "Peter Stano (EEAS)")]:
        url = f"/admin/newsroom/actor/{actor.pk}/change/"
        data = admin_form(client, url, name=name)
        with django_capture_on_commit_callbacks(execute=True):
            assert client.post(url, data).status_code == 302
    assert purges() == {f"actor-{speaker.pk}", "actors"}  # the list is sorted by name
    url = f"/admin/newsroom/source/{outlet.pk}/change/"
    data = admin_form(client, url, description="A news agency.")
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url, data).status_code == 302
    assert purges() == {f"source-{outlet.pk}"}


def test_a_failing_backend_is_tried_again_and_logged(settings, caplog):
    settings.NEWSROOM_PURGE = {"BACKEND": "newsroom.edge.backends.dry_run.DryRunBackend", "OPTIONS": {"fail": 2}}
    settings.NEWSROOM_PURGE_RETRY_DELAYS = (0.01, 0.01)
    dry_run.forget()
    caplog.set_level(logging.INFO, logger="newsroom.edge.purge")
    purge.send(purge.PurgeBatch(keys=frozenset({"article-1"}), reason="test"))
    assert purge.wait(10)
    assert [batch.keys for batch in dry_run.sent()] == [frozenset({"article-1"})]
    assert "attempt 1 of 3" in caplog.text and "attempt 2 of 3" in caplog.text and "purged via dry-run" in caplog.text
    dry_run.forget()


def test_a_backend_that_is_away_breaks_nothing(world, editor, settings, caplog, django_capture_on_commit_callbacks):
    """Varnish pointed at a port where nothing listens: the step is taken, the purge given up and logged."""
    settings.NEWSROOM_PURGE = {
        "BACKEND": "newsroom.edge.backends.varnish.VarnishBackend",
        "OPTIONS": {"locations": ["http://127.0.0.1:9"]},
    }
    settings.NEWSROOM_PURGE_RETRY_DELAYS = (0.01, 0.01)
    article, *_ = world
    with django_capture_on_commit_callbacks(execute=True):
        workflow.transition(item=article, user=editor, name="publish")
    article.refresh_from_db()
    assert article.status == "published"
    assert purge.wait(10)
    assert "purge given up after 3 attempts" in caplog.text


def test_no_request_waits_for_a_purge(world, editor, settings, django_capture_on_commit_callbacks):
    """A cache that takes its time to answer: the step returns while the purge is still on its way."""
    arrived, release = threading.Event(), threading.Event()

    class Slow(http.server.BaseHTTPRequestHandler):
        def do_PURGE(self):
            arrived.set()
            release.wait(10)
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Slow)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings.NEWSROOM_PURGE = {
        "BACKEND": "newsroom.edge.backends.varnish.VarnishBackend",
        "OPTIONS": {"locations": [f"http://127.0.0.1:{server.server_port}"], "timeout": 15},
    }
    article, *_ = world
    try:
        with django_capture_on_commit_callbacks(execute=True):
            workflow.transition(item=article, user=editor, name="publish")
        assert arrived.wait(10)  # the purge reached the cache...
        assert purge.sender.queue.unfinished_tasks == 1  # ...and is still waiting for it, after the step returned
    finally:
        release.set()
        assert purge.wait(10)
        server.shutdown()


class Recorder(http.server.BaseHTTPRequestHandler):
    """A stand-in for a cache's or a CDN's API on a loopback port: records each request."""

    seen = []
    answer = b'{"success": true}'

    def _record(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {name.lower(): value for name, value in self.headers.items()}
        Recorder.seen.append((self.command, self.path, headers, body))
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(self.answer)))
        self.end_headers()
        self.wfile.write(self.answer)

    do_POST = do_PURGE = _record

    def log_message(self, *args):
        pass


@pytest.fixture
def api_server():
    Recorder.seen = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


BATCH = purge.PurgeBatch(keys=frozenset({"article-1", "articles", "tag-5-items"}), paths=frozenset({"/articles/x/"}))


def test_varnish_gets_the_keys_in_an_xkey_purge(api_server):
    VarnishBackend(locations=[api_server, api_server]).purge(BATCH)
    assert [(m, p, h["xkey-purge"]) for m, p, h, _ in Recorder.seen] == [
        ("PURGE", "/", "article-1 articles tag-5-items")
    ] * 2


def test_fastly_gets_the_keys_in_its_surrogate_key_header(api_server):
    FastlyBackend(service_id="SVC", api_token="TOKEN", api_url=api_server).purge(BATCH)
    ((method, path, headers_, _),) = Recorder.seen
    assert (method, path) == ("POST", "/service/SVC/purge")
    assert headers_["surrogate-key"] == "article-1 articles tag-5-items" and headers_["fastly-key"] == "TOKEN"


def test_cloudflare_gets_the_tags_thirty_at_a_time(api_server):
    many = purge.PurgeBatch(keys=frozenset(f"article-{n}" for n in range(45)))
    CloudflareBackend(zone_id="ZONE", api_token="TOKEN", api_url=api_server).purge(many)
    assert [p for _, p, _, _ in Recorder.seen] == ["/zones/ZONE/purge_cache"] * 2
    sent = [json.loads(body)["tags"] for *_, body in Recorder.seen]
    assert [len(tags) for tags in sent] == [30, 15] and Recorder.seen[0][2]["authorization"] == "Bearer TOKEN"


def test_cloudflare_refusing_is_an_error(api_server):
    from newsroom.edge.backends.base import PurgeError

    Recorder.answer = b'{"success": false, "errors": [{"message": "bad token"}]}'
    try:
        with pytest.raises(PurgeError, match="bad token"):
            CloudflareBackend(zone_id="ZONE", api_token="TOKEN", api_url=api_server).purge(BATCH)
    finally:
        Recorder.answer = b'{"success": true}'


def test_cloudfront_invalidates_the_addresses_of_the_keys():
    import boto3
    from botocore.stub import ANY, Stubber

    client = boto3.client("cloudfront", region_name="us-east-1", aws_access_key_id="x", aws_secret_access_key="y")
    stubber = Stubber(client)
    expected_paths = sorted({"/articles/x/", "/", "/articles/*", "/feeds/rss/", "/feeds/atom/", "/feed.json",
                             "/api/articles/*", "/tags/*", "/feeds/tags/*"})  # fmt: skip
    stubber.add_response(
        "create_invalidation",
        {"Location": "l", "Invalidation": {"Id": "I", "Status": "InProgress", "CreateTime": timezone.now(),
                                           "InvalidationBatch": {"Paths": {"Quantity": 0}, "CallerReference": "c"}}},
        {
            "DistributionId": "DIST",
            "InvalidationBatch": {
                "Paths": {"Quantity": len(expected_paths), "Items": expected_paths},
                "CallerReference": ANY,
            },
        },
    )  # fmt: skip
    with stubber:
        CloudFrontBackend(distribution_id="DIST", client=client).purge(BATCH)
    stubber.assert_no_pending_responses()


def test_scheduling_a_go_live_purges_the_lists_it_will_enter(world, editor, purges, django_capture_on_commit_callbacks):
    """Copies kept before the schedule was set would outlive the go-live; new ones are kept only
    until it (tests/test_edge_headers.py)."""
    article, *_ = world
    with django_capture_on_commit_callbacks(execute=True):
        workflow.transition(
            item=article, user=editor, name="publish", go_live_at=timezone.now() + datetime.timedelta(hours=1)
        )
    assert {"articles", f"tag-{tag_ids(article)['EU']}-items", f"article-{article.pk}"} <= purges()


def test_an_operator_purges_everything_or_named_keys(settings, capsys):
    from django.core.management import CommandError, call_command

    settings.NEWSROOM_PURGE = {}
    with pytest.raises(CommandError, match="No purge backend"):
        call_command("edge_purge", "--all")
    settings.NEWSROOM_PURGE = {"BACKEND": "newsroom.edge.backends.dry_run.DryRunBackend"}
    dry_run.forget()
    call_command("edge_purge", "--all")
    call_command("edge_purge", "article-3", "tags")
    assert [batch.keys for batch in dry_run.sent()] == [frozenset({"all"}), frozenset({"article-3", "tags"})]
    with pytest.raises(CommandError, match="Name the keys"):
        call_command("edge_purge")
    dry_run.forget()


def test_publishing_a_link_or_a_fact_check_purges_the_statements_and_speakers_they_show_on(
    world, editor, purges, django_capture_on_commit_callbacks
):
    """A statement's page shows its thread and its fact-checks, an actor's page the claims others
    answered: publishing a link or a review purges those pages, and a draft purges nothing."""
    _, statement, speaker, _ = world
    answerer = factories.actor(name="Maria Zakharova", slug="maria-zakharova")
    answer = factories.statement(actor=answerer, text="This is a provocation.")
    workflow.transition(item=answer, user=editor, name="publish")
    purges()
    link = factories.link(answer, statement, kind="denies")
    check = factories.fact_check(statement, rating=factories.rating(2))
    assert purges() == set()
    with django_capture_on_commit_callbacks(execute=True):
        workflow.transition(item=link, user=editor, name="publish")
    assert purges() == {
        f"statementlink-{link.pk}", "statementlinks", f"statement-{statement.pk}", f"statement-{answer.pk}",
        f"actor-{speaker.pk}", f"actor-{answerer.pk}",
    }  # fmt: skip
    with django_capture_on_commit_callbacks(execute=True):
        workflow.transition(item=check, user=editor, name="publish")
    assert purges() == {f"factcheck-{check.pk}", "factchecks", f"statement-{statement.pk}", f"actor-{speaker.pk}"}


def test_an_incident_purges_the_reports_and_statements_it_gathers(
    world, editor, purges, django_capture_on_commit_callbacks
):
    article, statement, *_ = world
    workflow.transition(item=article, user=editor, name="publish")
    incident = factories.incident()
    incident.articles.add(article)
    incident.statements.add(statement)
    purges()
    with django_capture_on_commit_callbacks(execute=True):
        workflow.transition(item=incident, user=editor, name="publish")
    assert purges() == {
        f"incident-{incident.pk}", "incidents", f"article-{article.pk}", f"statement-{statement.pk}"
    }  # fmt: skip


def test_live_entries_purge_their_page_and_drafts_purge_nothing(
    editor, reporter, purges, django_capture_on_commit_callbacks
):
    from newsroom.live import services

    page = factories.live_page(tags=["EU"])
    with django_capture_on_commit_callbacks(execute=True):
        workflow.transition(item=page, user=editor, name="publish")
    assert {f"livepage-{page.pk}", "livepages", f"tag-{tag_ids(page)['EU']}-items"} <= purges()
    with django_capture_on_commit_callbacks(execute=True):
        services.entry_post(page=page, user=reporter, body="A reporter's draft.")
    assert purges() == set()
    with django_capture_on_commit_callbacks(execute=True):
        entry = services.entry_post(page=page, user=editor, body="Out now.")
    assert purges() == {f"livepage-{page.pk}", "search"}
    with django_capture_on_commit_callbacks(execute=True):
        services.entry_correct(entry=entry, user=editor, body="Out now, corrected.", note="A fix.")
    assert purges() == {f"livepage-{page.pk}", "search"}


def test_a_photo_that_a_live_entry_shows_purges_its_page(
    editor, purges, client, media_root, django_capture_on_commit_callbacks
):
    from newsroom.live import services

    page = factories.live_page()
    workflow.transition(item=page, user=editor, name="publish")
    photo = factories.photo(renditions=False, alt_text="Shown")
    services.entry_post(page=page, user=editor, body="Shots at dawn.", photo=photo)
    purges()
    client.force_login(factories.user("superuser"))
    url = f"/admin/newsroom/photo/{photo.pk}/change/"
    data = admin_form(client, url, alt_text="What the photo shows, better said.")
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url, data).status_code == 302
    assert f"livepage-{page.pk}" in purges()
