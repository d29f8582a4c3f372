"""Scheduled publishing and embargoes: readers see an item exactly from go-live until expiry."""

import datetime
import io
import threading

import pytest
from django.core.management import call_command
from django.db import connection
from django.urls import reverse

from newsroom.content.models import Article
from newsroom.content.states import Status
from newsroom.editorial import workflow
from newsroom.editorial.models import WorkflowLogEntry
from tests import factories

pytestmark = pytest.mark.django_db

T0 = datetime.datetime(2030, 5, 1, 9, 0, tzinfo=datetime.UTC)
GO_LIVE = T0 + datetime.timedelta(hours=1)
EXPIRES = T0 + datetime.timedelta(hours=3)
SECOND = datetime.timedelta(seconds=1)


@pytest.fixture
def embargoed(editor, time_machine):
    time_machine.move_to(T0, tick=False)
    article = factories.article(headline="Embargoed report", slug="embargoed", tags=["Ceasefire"])
    workflow.transition(item=article, user=editor, go_live_at=GO_LIVE, expires_at=EXPIRES, name="publish")
    return article


def surfaces(client):
    """What each public surface shows of the embargoed report."""
    feed = client.get("/feed.json").json()
    return {
        "page": client.get("/articles/embargoed/").status_code == 200,
        "home": "Embargoed report" in client.get("/").content.decode(),
        "list": "Embargoed report" in client.get("/articles/").content.decode(),
        "tag page": "Embargoed report" in client.get("/tags/ceasefire/").content.decode(),
        "tag index": "Ceasefire" in client.get("/tags/").content.decode(),
        "api list": len(client.get("/api/articles/").json()["results"]) == 1,
        "api detail": client.get("/api/articles/embargoed/").status_code == 200,
        "api search": len(client.get("/api/articles/?q=Embargoed").json()["results"]) == 1,
        "api tag": len(client.get("/api/tags/").json()["results"]) == 1,
        "json feed": any(item["title"] == "Embargoed report" for item in feed["items"]),
        "rss": "Embargoed report" in client.get("/feeds/rss/").content.decode(),
        "tag feed": "Embargoed report" in client.get("/feeds/tags/ceasefire/atom/").content.decode(),
        "sitemap": "/articles/embargoed/" in client.get("/sitemap-articles.xml").content.decode(),
        "search": "Embargoed report" in client.get("/search/", {"q": "embargoed"}).content.decode(),
    }


@pytest.mark.parametrize(
    "moment, visible",
    [
        (GO_LIVE - SECOND, False),
        (GO_LIVE, True),
        (EXPIRES - SECOND, True),
        (EXPIRES, False),
    ],
    ids=["just before go-live", "at go-live", "just before expiry", "at expiry"],
)
def test_every_public_surface_follows_the_clock(client, embargoed, time_machine, moment, visible):
    time_machine.move_to(moment, tick=False)
    seen = surfaces(client)
    assert seen == dict.fromkeys(seen, visible)


def test_the_published_rule_holds_with_no_worker(embargoed, time_machine):
    assert embargoed.status == Status.PUBLISHED
    time_machine.move_to(GO_LIVE - SECOND, tick=False)
    assert list(Article.objects.scheduled()) == [embargoed] and not Article.objects.live().exists()
    time_machine.move_to(GO_LIVE, tick=False)
    assert list(Article.objects.live()) == [embargoed]
    time_machine.move_to(EXPIRES, tick=False)
    assert list(Article.objects.expired()) == [embargoed] and not Article.objects.live().exists()


def test_publication_dates_are_the_go_live_time(embargoed):
    assert embargoed.first_published_at == embargoed.last_published_at == GO_LIVE
    note = embargoed.log.get().note
    assert "Goes live 2030-05-01" in note and "Expires 2030-05-01" in note


def test_staff_see_a_scheduled_item_marked_as_not_yet_public(client, embargoed, editor):
    client.force_login(editor)
    page = client.get("/articles/embargoed/").content.decode()
    assert "scheduled to go live" in page


@pytest.mark.parametrize(
    "go_live, expires, message",
    [
        (None, T0 - SECOND, "already passed"),
        (GO_LIVE, GO_LIVE, "must come after the go-live"),
        (EXPIRES, GO_LIVE, "must come after the go-live"),
    ],
)
def test_impossible_schedules_are_refused(editor, time_machine, go_live, expires, message):
    time_machine.move_to(T0, tick=False)
    article = factories.article()
    with pytest.raises(workflow.TransitionNotAllowed, match=message):
        workflow.transition(item=article, user=editor, go_live_at=go_live, expires_at=expires, name="publish")
    article.refresh_from_db()
    assert article.status == Status.DRAFT and article.go_live_at is None and not article.log.exists()


def test_only_publishing_takes_a_schedule(editor):
    with pytest.raises(workflow.TransitionNotAllowed, match="Only publishing"):
        workflow.transition(item=factories.article(), user=editor, name="submit", go_live_at=GO_LIVE)


def test_publish_scheduled_logs_once_and_expires_items(embargoed, time_machine):
    time_machine.move_to(GO_LIVE + datetime.timedelta(minutes=1), tick=False)
    out = io.StringIO()
    call_command("publish_scheduled", "--dry-run", stdout=out)
    assert "would record: article “Embargoed report” went live" in out.getvalue()
    assert not embargoed.log.filter(transition="go_live").exists()

    call_command("publish_scheduled", stdout=io.StringIO())
    call_command("publish_scheduled", stdout=io.StringIO())  # cron may overlap: nothing twice
    (went_live,) = embargoed.log.filter(transition="go_live")
    assert went_live.user is None and went_live.created_at == GO_LIVE

    time_machine.move_to(EXPIRES + datetime.timedelta(minutes=1), tick=False)
    call_command("publish_scheduled", stdout=io.StringIO())
    call_command("publish_scheduled", stdout=io.StringIO())
    embargoed.refresh_from_db()
    assert embargoed.status == Status.UNPUBLISHED
    assert embargoed.log.filter(transition="expire").count() == 1


def test_the_scheduler_log_shows_in_the_admin(client, embargoed, editor, time_machine):
    time_machine.move_to(GO_LIVE + SECOND, tick=False)
    call_command("publish_scheduled", stdout=io.StringIO())
    client.force_login(editor)
    page = client.get(reverse("admin:newsroom_article_change", args=[embargoed.pk])).content.decode()
    assert "Went live as scheduled" in page


def test_an_editor_schedules_in_the_admin(client, editor, time_machine):
    time_machine.move_to(T0, tick=False)
    article = factories.article()
    client.force_login(editor)
    url = reverse("admin:newsroom_article_transition", args=[article.pk, "publish"])
    client.post(url, {"go_live_at": "2030-05-02T10:30", "expires_at": ""})
    article.refresh_from_db()
    assert article.status == Status.PUBLISHED
    # Entered in the newsroom's time zone (Asia/Yerevan, UTC+4).
    assert article.go_live_at == datetime.datetime(2030, 5, 2, 6, 30, tzinfo=datetime.UTC)
    page = client.get(reverse("admin:newsroom_article_change", args=[article.pk])).content.decode()
    assert "scheduled: readers do not see it yet" in page


def test_a_malformed_schedule_in_the_admin_is_a_message_not_a_500(client, editor):
    article = factories.article()
    client.force_login(editor)
    url = reverse("admin:newsroom_article_transition", args=[article.pk, "publish"])
    response = client.post(url, {"go_live_at": "next tuesday"}, follow=True)
    assert response.status_code == 200 and "Go live at: Enter a valid date/time." in response.content.decode()
    article.refresh_from_db()
    assert article.status == Status.DRAFT


@pytest.mark.skipif(connection.vendor != "postgresql", reason="a real race needs PostgreSQL's row locks")
@pytest.mark.django_db(transaction=True)
def test_two_scheduler_runs_at_once_log_each_step_once(roles, editor, time_machine):
    time_machine.move_to(T0, tick=False)
    articles = [factories.article() for _ in range(5)]
    for article in articles:
        workflow.transition(item=article, user=editor, go_live_at=GO_LIVE, name="publish")
    time_machine.move_to(GO_LIVE + SECOND, tick=False)
    start = threading.Barrier(2)
    errors = []

    def run():
        try:
            start.wait()
            workflow.record_schedule(model=Article)
        except Exception as error:  # surfaced below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert WorkflowLogEntry.objects.filter(transition="go_live").count() == 5
