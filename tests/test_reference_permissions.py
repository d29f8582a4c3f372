"""Who may change actors and sources: reporters add them and change those that only
drafts name; once anything beyond a draft names one, only an editor changes it. Over HTTP."""

import pytest
from django.contrib.auth.models import Group

from newsroom.content.models import Actor, Source
from tests import factories
from tests.adminforms import admin_form

pytestmark = pytest.mark.django_db


def change(client, obj, **fields):
    url = f"/admin/newsroom/{obj._meta.model_name}/{obj.pk}/change/"
    return client.post(url, admin_form(client, url, **fields))


def test_a_reporter_adds_an_actor_and_a_source(client, reporter):
    client.force_login(reporter)
    response = client.post(
        "/admin/newsroom/actor/add/",
        admin_form(client, "/admin/newsroom/actor/add/", name="Ruben Vardanyan", slug="ruben-vardanyan", kind="person"),
    )
    assert response.status_code == 302 and Actor.objects.filter(slug="ruben-vardanyan").exists()
    response = client.post(
        "/admin/newsroom/source/add/",
        admin_form(client, "/admin/newsroom/source/add/", name="Armenpress", slug="armenpress", kind="news_agency"),
    )
    assert response.status_code == 302 and Source.objects.filter(slug="armenpress").exists()


def test_a_reporter_changes_an_actor_and_source_only_drafts_name(client, reporter):
    speaker, outlet = factories.actor(name="Before"), factories.source(name="Before")
    factories.statement(actor=speaker, source=outlet)
    client.force_login(reporter)
    assert change(client, speaker, name="After").status_code == 302
    assert change(client, outlet, name="After").status_code == 302
    assert Actor.objects.get(pk=speaker.pk).name == Source.objects.get(pk=outlet.pk).name == "After"


def published_uses(editor, make_published):
    """Each way published (or submitted) content names an actor or a source."""
    speaker = factories.actor()
    make_published(factories.statement(actor=speaker))
    mentioned = factories.actor()
    article = factories.article()
    article.actors.add(mentioned)
    make_published(article)
    organisation = factories.actor()
    make_published(factories.statement(actor=factories.actor(affiliation=organisation)))
    in_review = factories.actor()
    factories.statement(actor=in_review, created_by=editor)
    from newsroom.editorial import workflow

    workflow.transition(item=in_review.statements.get(), user=editor, name="submit")
    scheduled = factories.actor()
    from datetime import timedelta

    from django.utils import timezone

    workflow.transition(
        item=factories.statement(actor=scheduled),
        user=editor,
        name="publish",
        go_live_at=timezone.now() + timedelta(days=1),
    )
    statement_source = factories.source()
    make_published(factories.statement(source=statement_source))
    publisher = factories.source()
    make_published(factories.article(publisher=publisher))
    drawn_on = factories.source()
    article = factories.article()
    article.sources.add(drawn_on)
    make_published(article)
    return [speaker, mentioned, organisation, in_review, scheduled, statement_source, publisher, drawn_on]


def test_a_reporter_cannot_change_an_actor_or_source_that_content_beyond_drafts_names(
    client, reporter, editor, make_published
):
    client.force_login(reporter)
    for obj in published_uses(editor, make_published):
        url = f"/admin/newsroom/{obj._meta.model_name}/{obj.pk}/change/"
        page = client.get(url)
        assert page.status_code == 200 and 'name="name"' not in page.content.decode(), obj  # read-only view
        response = client.post(url, {"name": "Renamed", "slug": obj.slug, "kind": obj.kind})
        assert response.status_code == 403, obj
        assert type(obj).objects.get(pk=obj.pk).name == obj.name


def test_an_editor_changes_any_actor_or_source(client, editor, make_published):
    client.force_login(editor)
    for obj in published_uses(editor, make_published):
        assert change(client, obj, name=f"Renamed {obj.pk}").status_code == 302, obj
        assert type(obj).objects.get(pk=obj.pk).name == f"Renamed {obj.pk}"


def test_a_reporter_deletes_no_actor_or_source(client, reporter):
    client.force_login(reporter)
    for obj in [factories.actor(), factories.source()]:
        url = f"/admin/newsroom/{obj._meta.model_name}/{obj.pk}/delete/"
        assert client.post(url, {"post": "yes"}).status_code == 403
        assert type(obj).objects.filter(pk=obj.pk).exists()


def test_the_roles_give_editors_the_right_to_change_what_is_published():
    editor = set(Group.objects.get(name="Editor").permissions.values_list("codename", flat=True))
    reporter = set(Group.objects.get(name="Reporter").permissions.values_list("codename", flat=True))
    assert {"change_published_actor", "change_published_source"} <= editor
    assert not {"change_published_actor", "change_published_source"} & reporter
    assert {"add_actor", "change_actor", "add_source", "change_source"} <= reporter
