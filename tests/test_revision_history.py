"""Revisions outlive what they point to: an item's history, its comparisons and an old
revision's page still render when an actor or source an earlier revision named has been deleted."""

import pytest
from django.urls import reverse

from newsroom.content.models import Actor, Source
from tests import factories
from tests.adminforms import admin_form

pytestmark = pytest.mark.django_db


def test_history_and_compare_render_after_the_old_speaker_and_source_are_deleted(client, editor):
    first_speaker = factories.actor(name="Wrongly Named Speaker")
    first_source = factories.source(name="Wrong Outlet")
    right_speaker, right_source = factories.actor(name="Right Speaker"), factories.source(name="Right Outlet")
    statement = factories.statement(actor=first_speaker, source=first_source, created_by=editor)
    client.force_login(editor)
    url = reverse("admin:newsroom_statement_change", args=[statement.pk])
    response = client.post(url, admin_form(client, url, actor=right_speaker.pk, source=right_source.pk))
    assert response.status_code == 302

    for obj in (first_speaker, first_source):
        delete = reverse(f"admin:newsroom_{obj._meta.model_name}_delete", args=[obj.pk])
        assert client.post(delete, {"post": "yes"}).status_code == 302
    assert not Actor.objects.filter(pk=first_speaker.pk).exists()
    assert not Source.objects.filter(pk=first_source.pk).exists()

    old, new = statement.history.order_by("history_date", "history_id")
    pages = [
        reverse("admin:newsroom_statement_history", args=[statement.pk]),
        reverse("admin:newsroom_statement_compare", args=[statement.pk]),
        reverse("admin:newsroom_statement_compare", args=[statement.pk])
        + f"?older={old.history_id}&newer={new.history_id}",
        reverse("admin:newsroom_statement_simple_history", args=[statement.pk, old.history_id]),
    ]
    for page in pages:
        response = client.get(page)
        assert response.status_code == 200, page
    compare = client.get(pages[2]).content.decode()
    diff = compare[compare.index('<table class="nr-diff">') :]
    assert "<del>(deleted</del><ins>Right</ins> <del>actor, id" in diff and "<ins>Speaker</ins>" in diff
    assert "<del>source, id" in diff and "<ins>Outlet</ins>" in diff
