"""Previews: staff see drafts as readers will; an editor's signed link shows one to anyone, until it ends."""

import datetime
import re

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from newsroom.editorial.models import PreviewLink
from newsroom.editorial.previews import preview_link_create, preview_link_revoke, preview_token
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft():
    return factories.article(headline="Embargoed scoop", slug="scoop", body="Not for readers yet.")


def test_an_editor_shares_a_draft_and_anyone_with_the_link_reads_it(client, editor, draft):
    client.force_login(editor)
    response = client.post(reverse("admin:newsroom_article_share", args=[draft.pk]), {"hours": "24"}, follow=True)
    url = re.search(r"http://testserver(/preview/[^\s<]+/)", response.content.decode()).group(1)
    client.logout()
    page = client.get(url)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Not for readers yet." in html and "Preview until" in html
    assert page["X-Robots-Tag"] == "noindex, nofollow" and "no-store" in page["Cache-Control"]
    assert client.get("/articles/scoop/").status_code == 404  # the public page stays closed
    assert client.post(url).status_code == 405  # read-only


def test_a_revoked_link_stops_working(client, editor, draft):
    link = preview_link_create(item=draft, user=editor)
    assert client.get(link.get_absolute_url()).status_code == 200
    preview_link_revoke(link=link, user=editor)
    assert client.get(link.get_absolute_url()).status_code == 404


def test_revoking_in_the_admin(client, editor, draft):
    link = preview_link_create(item=draft, user=editor)
    client.force_login(editor)
    assert (
        link.get_absolute_url()
        in client.get(reverse("admin:newsroom_article_change", args=[draft.pk])).content.decode()
    )
    client.post(reverse("admin:newsroom_article_revoke_share", args=[draft.pk, link.pk]))
    client.logout()
    assert client.get(link.get_absolute_url()).status_code == 404


def test_a_link_expires(client, editor, draft, time_machine):
    time_machine.move_to("2030-01-01 10:00Z", tick=False)
    link = preview_link_create(item=draft, user=editor, hours=2)
    time_machine.move_to("2030-01-01 11:59Z", tick=False)
    assert client.get(link.get_absolute_url()).status_code == 200
    time_machine.move_to("2030-01-01 12:00Z", tick=False)
    assert client.get(link.get_absolute_url()).status_code == 404


def test_a_forged_or_guessed_token_fails(client, editor, draft):
    link = preview_link_create(item=draft, user=editor)
    token = preview_token(link)
    assert client.get(f"/preview/{token[:-2]}xx/").status_code == 404
    assert client.get(f"/preview/{link.pk}/").status_code == 404


def test_only_editors_share(client, reporter, draft):
    with pytest.raises(PermissionDenied):
        preview_link_create(item=factories.article(created_by=reporter), user=reporter)
    client.force_login(reporter)
    own = factories.article(created_by=reporter)
    client.post(reverse("admin:newsroom_article_share", args=[own.pk]))
    assert not PreviewLink.objects.exists()


def test_statements_have_previews_too(client, editor):
    statement = factories.statement(text="Unreleased words.")
    link = preview_link_create(item=statement, user=editor, hours=10_000)
    assert link.expires_at - link.created_at == datetime.timedelta(days=14)  # capped
    assert "Unreleased words." in client.get(link.get_absolute_url()).content.decode()


def test_staff_preview_a_draft_on_its_public_address(client, reporter, draft):
    client.force_login(reporter)
    page = client.get("/articles/scoop/").content.decode()
    assert "Not for readers yet." in page and "Not public: this article is draft" in page


def test_staff_views_of_what_is_not_public_are_never_cached(client, editor, reporter, draft, make_published):
    statement = factories.statement(created_by=reporter)
    published = make_published(factories.article(headline="Out"))
    client.force_login(editor)
    for url in ("/articles/scoop/", statement.get_absolute_url()):
        response = client.get(url)
        assert response.status_code == 200
        assert {"private", "no-store"} <= {part.strip() for part in response["Cache-Control"].split(",")}
    # What readers see too may stay in the editor's own browser (private: never in a shared cache).
    assert "no-store" not in client.get(published.get_absolute_url()).get("Cache-Control", "")
