"""Claims in the admin: an editor links two statements (searching for each), reads the link both
ways, checks it through the workflow; a statement's page lists its links and fact-checks; reports
and statements choose their incidents; the rating scale is the editors'."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from newsroom.claims.models import FactCheck, Incident, Rating, StatementLink
from newsroom.content.states import Status
from newsroom.editorial import workflow
from tests import factories
from tests.adminforms import admin_form

pytestmark = pytest.mark.django_db
DAY = datetime.date(2023, 3, 5)


def published_statement(editor, **fields):
    statement = factories.statement(**fields)
    workflow.transition(item=statement, user=editor, name="publish")
    return statement


def test_an_editor_links_two_statements_and_checks_the_link(client, editor):
    claim = published_statement(editor, actor=factories.actor(name="Toivo Klaar"), made_on=DAY, text="Back in Baku.")
    answer = published_statement(editor, actor=factories.actor(name="Artak Beglaryan"), text="Amateur diplomat.")
    client.force_login(editor)
    # The statements are found by a search on their words or speaker (the admin's autocomplete).
    found = client.get(
        reverse("admin:autocomplete"),
        {"term": "Klaar", "app_label": "newsroom", "model_name": "statementlink", "field_name": "to_statement"},
    ).json()["results"]
    assert [r["id"] for r in found] == [str(claim.pk)]
    add = reverse("admin:newsroom_statementlink_add") + f"?from_statement={answer.pk}"
    fields = admin_form(client, add, kind="criticises", to_statement=str(claim.pk), evidence="Beglaryan hit back.")
    assert fields["from_statement"] == str(answer.pk)  # from the address, as the statement's page links here
    response = client.post(add, {**fields, "_continue": "1"})
    assert response.status_code == 302, response.content.decode()[:2000]
    link = StatementLink.objects.get()
    assert (link.status, link.created_by, link.origin) == (Status.DRAFT, editor, "editor")
    page = client.get(response.url).content.decode()
    assert (
        "Artak Beglaryan" in page and "<strong>criticises</strong>" in page and "<strong>criticised by</strong>" in page
    )
    assert "Readers see this link once it and both statements are live: this link is draft." in page
    fields = admin_form(client, response.url, _transition="publish")
    response = client.post(response.url, fields, follow=True)
    assert "is now published" in response.content.decode()
    assert list(StatementLink.objects.live()) == [link]
    assert link.log.get().transition == "publish"


def test_a_link_that_cannot_be_is_a_form_error(client, editor):
    earlier = published_statement(editor, made_on=DAY)
    later = published_statement(editor, made_on=DAY + datetime.timedelta(days=1))
    client.force_login(editor)
    add = reverse("admin:newsroom_statementlink_add")
    for target, message in ((later, "link the later statement to the earlier one"), (earlier, "cannot answer itself")):
        fields = admin_form(client, add, from_statement=str(earlier.pk), kind="denies", to_statement=str(target.pk))
        response = client.post(add, fields)
        assert response.status_code == 200 and message in response.content.decode()
    assert not StatementLink.objects.exists()


def test_a_reporter_adds_a_link_but_only_an_editor_checks_it(client, reporter, editor):
    a, b = published_statement(editor), published_statement(editor)
    client.force_login(reporter)
    add = reverse("admin:newsroom_statementlink_add")
    response = client.post(
        add, admin_form(client, add, from_statement=str(b.pk), kind="denies", to_statement=str(a.pk))
    )
    assert response.status_code == 302
    link = StatementLink.objects.get()
    change = reverse("admin:newsroom_statementlink_change", args=[link.pk])
    response = client.post(reverse("admin:newsroom_statementlink_transition", args=[link.pk, "publish"]), follow=True)
    assert "Only an editor may publish" in response.content.decode()
    workflow.transition(item=link, user=editor, name="publish")
    assert client.post(change, {"note": "Changed"}).status_code == 403  # not the reporter's any more


def test_the_statement_page_lists_its_links_both_ways_and_its_fact_checks(client, editor):
    claim = published_statement(editor, actor=factories.actor(name="Klaar"), text="The deadly incident.")
    answer = published_statement(editor, actor=factories.actor(name="Beglaryan"))
    factories.link(answer, claim, "criticises")
    check = factories.fact_check(claim, headline="Was it deadly?")
    client.force_login(editor)
    page = client.get(reverse("admin:newsroom_statement_change", args=[claim.pk])).content.decode()
    assert "Claims and answers" in page
    assert "It is <strong>criticised by</strong>" in page and "Beglaryan" in page
    assert f'href="/admin/newsroom/statementlink/add/?from_statement={claim.pk}"' in page
    assert f'href="/admin/newsroom/factcheck/add/?statement={claim.pk}"' in page
    assert f'href="/admin/newsroom/factcheck/{check.pk}/change/"' in page
    other = client.get(reverse("admin:newsroom_statement_change", args=[answer.pk])).content.decode()
    assert "It <strong>criticises</strong>" in other


def test_a_fact_check_is_written_and_published_in_the_admin(client, editor):
    statement = published_statement(editor, text="No weapons were in the car.")
    editor.first_name, editor.last_name = "Anna", "Petrosyan"
    editor.save()
    client.force_login(editor)
    add = reverse("admin:newsroom_factcheck_add") + f"?statement={statement.pk}"
    fields = admin_form(
        client, add, claim_reviewed="The car carried only documents.", rating=str(factories.rating(5).pk),
        headline="What the police car carried", slug="what-the-police-car-carried",
        reasoning="The video shows documents and a pistol.",
        **{"references-TOTAL_FORMS": "1", "references-0-title": "Police video", "references-0-url": "https://example.org/v",
           "references-0-order": "0"},
    )  # fmt: skip
    assert fields["statement"] == str(statement.pk) and fields["reviewer"] == "Anna Petrosyan"
    response = client.post(add, {**fields, "_continue": "1"})
    assert response.status_code == 302, response.content.decode()[:3000]
    check = FactCheck.objects.get()
    assert check.references.get().title == "Police video"
    response = client.post(response.url, admin_form(client, response.url, _transition="publish"), follow=True)
    assert "is now published" in response.content.decode()
    assert client.get(check.get_absolute_url()).status_code == 200


def test_publishing_a_fact_check_of_a_draft_statement_is_a_message_not_a_500(client, editor):
    check = factories.fact_check(factories.statement())
    client.force_login(editor)
    response = client.post(reverse("admin:newsroom_factcheck_transition", args=[check.pk, "publish"]), follow=True)
    assert response.status_code == 200 and "Publish the statement it checks first" in response.content.decode()
    assert FactCheck.objects.get().status == Status.DRAFT


def test_changing_what_belongs_to_a_live_incident_is_a_public_change(client, editor, time_machine):
    time_machine.move_to("2024-01-01 10:00Z", tick=False)
    report = factories.article()
    workflow.transition(item=report, user=editor, name="publish")
    incident = factories.incident()
    workflow.transition(item=incident, user=editor, name="publish")
    time_machine.move_to("2024-01-01 11:00Z", tick=False)
    client.force_login(editor)
    change = reverse("admin:newsroom_incident_change", args=[incident.pk])
    fields = admin_form(
        client, change, **{"article_memberships-TOTAL_FORMS": "1", "article_memberships-0-article": str(report.pk)}
    )
    response = client.post(change, {**fields, "_continue": "1"})
    assert response.status_code == 302, response.content.decode()[:2000]
    assert list(incident.articles.all()) == [report]
    incident.refresh_from_db()
    assert incident.updated_at == timezone.now()


def test_a_report_chooses_its_incidents_from_its_own_page(client, editor, time_machine):
    time_machine.move_to("2024-01-01 10:00Z", tick=False)
    incident = factories.incident()
    workflow.transition(item=incident, user=editor, name="publish")
    article = factories.article()
    time_machine.move_to("2024-01-01 11:00Z", tick=False)
    client.force_login(editor)
    change = reverse("admin:newsroom_article_change", args=[article.pk])
    fields = admin_form(client, change)
    fields.update({"incident_memberships-TOTAL_FORMS": "1", "incident_memberships-0-incident": str(incident.pk)})
    fields["_continue"] = "1"
    response = client.post(change, fields)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert list(Incident.objects.get().articles.all()) == [article]
    assert Incident.objects.get().updated_at == timezone.now()


def test_the_scale_is_the_editors(client, editor, reporter):
    client.force_login(reporter)
    assert client.get(reverse("admin:newsroom_rating_changelist")).status_code == 200
    assert client.get(reverse("admin:newsroom_rating_add")).status_code == 403
    client.force_login(editor)
    add = reverse("admin:newsroom_rating_add")
    response = client.post(add, {"name": "Unproven", "slug": "unproven", "value": "6", "description": "Not known."})
    assert response.status_code == 302 and Rating.objects.get(slug="unproven").value == 6


def test_a_links_history_page_keeps_its_revisions(client, editor):
    link = factories.link(factories.statement(), factories.statement(), "denies")
    workflow.transition(item=link, user=editor, name="publish")
    client.force_login(editor)
    page = client.get(reverse("admin:newsroom_statementlink_history", args=[link.pk])).content.decode()
    assert "Publish" in page and "Comments" not in page  # links have no desk, so no comments


def test_the_desk_shows_claims_awaiting_review_beside_articles_and_statements(client, editor, reporter):
    check = factories.fact_check(published_statement(editor), headline="Was the car armed?", created_by=reporter)
    link = factories.link(factories.statement(), factories.statement(), "denies", created_by=reporter)
    for item in (check, link):
        workflow.transition(item=item, user=reporter, name="submit")
    client.force_login(editor)
    desk = client.get(reverse("admin:index")).content.decode()
    assert '<h2 id="nr-desk-factcheck">Fact-checks</h2>' in desk and "Was the car armed?" in desk
    assert '<h2 id="nr-desk-statementlink">Links between statements</h2>' in desk
    assert f'href="/admin/newsroom/statementlink/{link.pk}/change/"' in desk
