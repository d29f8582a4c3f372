"""The editorial workflow as people use it in the admin, through the test client."""

import re

import pytest
from django.urls import reverse

from newsroom.content.models import Actor, Article, Statement
from newsroom.content.states import Status
from tests import factories

pytestmark = pytest.mark.django_db


def management_data(html):
    """The inline formsets' management fields and the version the form was opened at, as rendered."""
    fields = dict(re.findall(r'name="([\w-]+-(?:TOTAL|INITIAL|MIN_NUM|MAX_NUM)_FORMS)"[^>]*value="(\d+)"', html))
    fields.update(re.findall(r'name="(opened_version)" value="(\d+)"', html))
    return fields


def article_form(client, url, **fields):
    page = client.get(url)
    assert page.status_code == 200
    return {**management_data(page.content.decode()), "tags": "", "dek": "", "byline": "", **fields}


def change_url(item):
    return reverse(f"admin:newsroom_{item._meta.model_name}_change", args=[item.pk])


def transition_url(item, name):
    return reverse(f"admin:newsroom_{item._meta.model_name}_transition", args=[item.pk, name])


def buttons(client, item):
    html = client.get(change_url(item)).content.decode()
    return re.findall(r'name="_transition" value="(\w+)"', html)


def test_reporter_writes_editor_returns_reporter_resubmits_editor_publishes(client, reporter, editor):
    client.force_login(reporter)
    add = reverse("admin:newsroom_article_add")
    response = client.post(
        add,
        article_form(
            client,
            add,
            headline="Ambush near Stepanakert",
            slug="ambush-near-stepanakert",
            body="Three police officers were killed.\n\n## Reactions\n\nThe EU voiced concern.",
            tags="Nagorno-Karabakh, EU",
        ),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    article = Article.objects.get(slug="ambush-near-stepanakert")
    assert (article.status, article.created_by) == (Status.DRAFT, reporter)
    assert set(article.tags.names()) == {"Nagorno-Karabakh", "EU"}
    assert buttons(client, article) == ["submit"]

    response = client.post(transition_url(article, "submit"), follow=True)
    assert "is now in review" in response.content.decode()
    assert buttons(client, article) == []
    # Submitted work is no longer the reporter's to edit.
    assert client.post(change_url(article), {"headline": "Changed"}).status_code == 403

    client.force_login(editor)
    assert "Ambush near Stepanakert" in client.get(reverse("admin:index")).content.decode()
    assert buttons(client, article) == ["return", "publish"]
    client.post(transition_url(article, "return"), {"note": "Name the source of the casualty figure."})
    article.refresh_from_db()
    assert article.status == Status.DRAFT

    client.force_login(reporter)
    page = client.get(change_url(article)).content.decode()
    assert "Name the source of the casualty figure." in page
    dashboard = client.get(reverse("admin:index")).content.decode()
    assert "Returned: Name the source" in dashboard
    response = client.post(
        change_url(article),
        article_form(
            client,
            change_url(article),
            headline="Ambush near Stepanakert",
            slug="ambush-near-stepanakert",
            body="Three police officers were killed, the Artsakh police said.",
            tags="Nagorno-Karabakh",
        ),
    )
    assert response.status_code == 302
    client.post(transition_url(article, "submit"))

    client.force_login(editor)
    response = client.post(transition_url(article, "publish"), follow=True)
    assert "is now published" in response.content.decode()
    article.refresh_from_db()
    assert article.status == Status.PUBLISHED and article.first_published_at is not None
    assert list(article.log.order_by("created_at", "pk").values_list("transition", "user__username")) == [
        ("submit", reporter.username),
        ("return", editor.username),
        ("submit", reporter.username),
        ("publish", editor.username),
    ]
    # The log is on the item's page, read-only.
    page = client.get(change_url(article)).content.decode()
    assert "Workflow history" in page and "Name the source of the casualty figure." in page
    assert buttons(client, article) == ["unpublish"]


@pytest.mark.parametrize(
    "state, reporter_buttons, editor_buttons",
    [
        (Status.DRAFT, ["submit"], ["submit", "publish"]),
        (Status.IN_REVIEW, [], ["return", "publish"]),
        (Status.PUBLISHED, [], ["unpublish"]),
        (Status.UNPUBLISHED, [], ["redraft"]),
    ],
)
def test_buttons_match_role_and_state(client, reporter, editor, state, reporter_buttons, editor_buttons):
    from tests.test_workflow import bring_to

    item = bring_to(factories.statement(created_by=reporter), state)
    client.force_login(reporter)
    assert buttons(client, item) == reporter_buttons
    client.force_login(editor)
    assert buttons(client, item) == editor_buttons


def test_a_reporter_cannot_publish_by_any_admin_path(client, reporter):
    article = factories.article(created_by=reporter)
    client.force_login(reporter)
    response = client.post(transition_url(article, "publish"), follow=True)
    assert "Only an editor may publish" in response.content.decode()
    changelist = reverse("admin:newsroom_article_changelist")
    assert "publish_selected" not in client.get(changelist).content.decode()
    client.post(changelist, {"action": "publish_selected", "_selected_action": [article.pk]})
    article.refresh_from_db()
    assert article.status == Status.DRAFT and not article.log.exists()


def test_a_reporter_cannot_edit_another_reporters_draft(client, reporter, other_reporter):
    theirs = factories.article(created_by=other_reporter, headline="Theirs")
    client.force_login(reporter)
    page = client.get(change_url(theirs))
    assert page.status_code == 200 and 'name="headline"' not in page.content.decode()  # read-only view
    assert client.post(change_url(theirs), {"headline": "Mine now"}).status_code == 403
    assert Article.objects.get(pk=theirs.pk).headline == "Theirs"


def test_reporters_read_every_draft_and_change_only_their_own(client, reporter, other_reporter):
    """The decision in the README ("Who reads drafts"): the desk works in the open. A reporter reads a
    colleague's draft (the list, its page, its history, its public address marked "Not public") and
    cannot change it, take a step on it, delete it, autosave over it or preview an edit of it."""
    theirs = factories.article(created_by=other_reporter, headline="Their scoop", body="A detail not yet public.")
    client.force_login(reporter)
    assert "Their scoop" in client.get(reverse("admin:newsroom_article_changelist")).content.decode()
    page = client.get(change_url(theirs)).content.decode()
    assert "A detail not yet public." in page and 'name="headline"' not in page
    assert client.get(reverse("admin:newsroom_article_history", args=[theirs.pk])).status_code == 200
    public = client.get(theirs.get_absolute_url())
    assert public.status_code == 200 and "Not public" in public.content.decode()
    assert "no-store" in public["Cache-Control"]

    url = change_url(theirs)
    assert client.post(url, {"headline": "Mine now", "body": "Mine."}).status_code == 403
    client.post(transition_url(theirs, "submit"), {"version": theirs.version})
    assert client.post(reverse("admin:newsroom_article_delete", args=[theirs.pk]), {"post": "yes"}).status_code == 403
    assert (
        client.post(f"{url.removesuffix('change/')}autosave/", "{}", content_type="application/json").status_code == 403
    )
    assert client.post(f"{url.removesuffix('change/')}preview/", {}).status_code == 403
    theirs.refresh_from_db()
    assert (theirs.headline, theirs.status, theirs.version) == ("Their scoop", Status.DRAFT, 1)
    assert not theirs.log.exists()


def test_status_cannot_be_set_through_the_form(client, editor):
    article = factories.article(headline="Draft")
    client.force_login(editor)
    data = article_form(client, change_url(article), headline="Draft", slug=article.slug, body="Text.")
    client.post(change_url(article), {**data, "status": "published", "first_published_at": "2020-01-01"})
    article.refresh_from_db()
    assert article.status == Status.DRAFT and article.first_published_at is None


def test_bulk_publish_reports_what_was_done_and_what_was_refused(client, editor, make_published):
    ready = factories.article(headline="Ready")
    already = make_published(factories.article(headline="Already out"))
    client.force_login(editor)
    response = client.post(
        reverse("admin:newsroom_article_changelist"),
        {"action": "publish_selected", "_selected_action": [ready.pk, already.pk]},
        follow=True,
    )
    page = response.content.decode()
    assert "Publish: done for “Ready”" in page
    assert "refused for “Already out”" in page
    assert Article.objects.get(pk=ready.pk).status == Status.PUBLISHED


def test_bulk_unpublish_asks_for_a_reason_first(client, editor, make_published):
    items = [make_published(factories.statement()) for _ in range(2)]
    client.force_login(editor)
    changelist = reverse("admin:newsroom_statement_changelist")
    selected = {"action": "unpublish_selected", "_selected_action": [i.pk for i in items]}
    page = client.post(changelist, selected)
    assert page.status_code == 200 and "Reason for unpublishing" in page.content.decode()
    assert Statement.objects.live().count() == 2
    client.post(changelist, {**selected, "apply": "1", "note": ""})
    assert Statement.objects.live().count() == 2
    client.post(changelist, {**selected, "apply": "1", "note": "Misattributed"})
    assert Statement.objects.live().count() == 0
    assert set(Statement.objects.filter(log__transition="unpublish").values_list("log__note", flat=True)) == {
        "Misattributed"
    }


def test_deleting_an_actor_with_statements_is_refused_in_the_admin_with_what_depends_on_it(client, editor):
    speaker = factories.actor(name="Peter Stano")
    factories.statement(actor=speaker, text="The circumstances must be investigated.")
    client.force_login(factories.user("superuser"))
    url = reverse("admin:newsroom_actor_delete", args=[speaker.pk])
    page = client.get(url).content.decode()
    assert "protected" in page and "The circumstances must be investigated." in page
    client.post(url, {"post": "yes"})
    assert Actor.objects.filter(pk=speaker.pk).exists()


def test_published_content_cannot_be_deleted_in_the_admin(client, editor, make_published):
    article = make_published(factories.article())
    client.force_login(editor)
    assert client.get(reverse("admin:newsroom_article_delete", args=[article.pk])).status_code == 403


@pytest.mark.parametrize("role", ["Reporter", "Editor"])
def test_admin_pages_for_each_role(client, role):
    speaker = factories.actor(name="Javier Colomina")
    outlet = factories.source(name="Interfax")
    factories.statement(actor=speaker, source=outlet, tags=["NATO"])
    factories.article(tags=["NATO"], publisher=outlet)
    client.force_login(factories.user(role))
    for model in ["article", "statement", "actor", "source"]:
        changelist = reverse(f"admin:newsroom_{model}_changelist")
        assert client.get(changelist).status_code == 200
        assert client.get(changelist, {"q": "Colomina"}).status_code == 200
        assert client.get(reverse(f"admin:newsroom_{model}_add")).status_code == 200
    filtered = client.get(
        reverse("admin:newsroom_article_changelist"), {"status__exact": "draft", "tags__id__exact": "1"}
    )
    assert filtered.status_code == 200
    index = client.get(reverse("admin:index")).content.decode()
    assert "Awaiting review" in index and "My drafts" in index and "Recently published" in index
    assert "Scheduled" in index
    # A reporter's admin holds only what they may use.
    assert ("Groups" in index) is False


def test_autocomplete_finds_actors_by_alias(client, reporter):
    speaker = factories.actor(name="Ministry of Foreign Affairs of the Republic of Artsakh")
    speaker.aliases.create(name="Artsakh MFA")
    client.force_login(reporter)
    response = client.get(
        reverse("admin:autocomplete"),
        {"term": "Artsakh MFA", "app_label": "newsroom", "model_name": "statement", "field_name": "actor"},
    )
    assert response.status_code == 200
    assert [r["text"] for r in response.json()["results"]] == [speaker.name]


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("go_live_at", "2026-02-30T10:00", "Go live at: Enter a valid date/time."),
        ("go_live_at", "9999-12-31T23:59-12:00", "Go live at: The date and time are out of range."),
        ("expires_at", "tomorrow", "Expire at: Enter a valid date/time."),
        ("version", "abc", "Version: Enter a whole number."),
    ],
)
def test_malformed_transition_fields_are_messages_and_change_nothing(client, reporter, field, value, message):
    """An impossible date from a reporter is a form error naming the field, never a 500."""
    article = factories.article(created_by=reporter)
    client.force_login(reporter)
    response = client.post(transition_url(article, "submit"), {field: value}, follow=True)
    assert response.status_code == 200 and message in response.content.decode()
    stored = Article.objects.get(pk=article.pk)
    assert (stored.status, stored.version) == ("draft", 1)


def test_a_change_form_without_its_version_is_a_form_error(client, editor):
    """A change-form POST without opened_version is refused with a message, never a 500."""
    article = factories.article(headline="Kept")
    client.force_login(editor)
    data = article_form(client, change_url(article), headline="Changed", slug=article.slug, body=article.body)
    del data["opened_version"]
    response = client.post(change_url(article), data)
    assert response.status_code == 200
    assert "The form did not say which version you opened" in response.content.decode()
    assert Article.objects.get(pk=article.pk).headline == "Kept"


def test_the_publish_button_names_the_version_on_screen_and_a_later_save_refuses_it(client, editor, reporter):
    """The editor publishes the version they read, not one saved since. The
    buttons are part of the change form, which carries the version it was opened at."""
    article = factories.article(created_by=reporter, body="What the editor read.")
    client.force_login(editor)
    form = article_form(client, change_url(article), headline=article.headline, slug=article.slug, body=article.body)
    assert form["opened_version"] == "1"
    Article.objects.filter(pk=article.pk).update(version=2, body="Saved a moment later.")
    response = client.post(change_url(article), {**form, "_transition": "publish"})
    assert "Someone saved this article while you were editing it" in response.content.decode()
    assert Article.objects.get(pk=article.pk).status == "draft"
    # The standalone step names the version too (a stale one is refused, the current one goes).
    response = client.post(transition_url(article, "publish"), {"version": "1"}, follow=True)
    assert "read it again before you take this step" in response.content.decode()
    client.post(transition_url(article, "publish"), {"version": "2"})
    assert Article.objects.get(pk=article.pk).status == "published"


def test_the_list_and_the_change_page_show_the_state(client, states, editor):
    client.force_login(editor)
    listing = client.get(reverse("admin:newsroom_article_changelist")).content.decode()
    for label in ("Draft", "In review", "Scheduled", "Live", "Expired", "Unpublished"):
        assert re.search(rf'<span class="nr-status nr-status-\w+">{label}</span>', listing), label
    page = client.get(change_url(states["expired"][0])).content.decode()
    assert 'Workflow: <span class="nr-status nr-status-expired">Expired</span>' in page
