"""The links between statements ingest proposes (newsroom/ingest/responses.py), through the review:
the editor's decisions read and checked (decisions.py), the accepted ones written by ingest_create
as draft links reported in the new article, and the review screen that lists them."""

import dataclasses
from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from newsroom.claims.models import StatementLink
from newsroom.content.models import ActorAlias, Article, Statement
from newsroom.content.states import Status
from newsroom.ingest import decisions as review
from newsroom.ingest.actors import Registry
from newsroom.ingest.pipeline import analyse
from newsroom.ingest.records import ActorRecord, StatementRecord
from newsroom.ingest.service import IngestError, ingest_create, registry_from_db
from tests import factories

URL = "/admin/newsroom/ingest/"
REPORTED = date(2026, 6, 12)
HEAD = "Veldia And Ostravia Trade Blame Over River Crossing\n\nVELGRAD, June 12 (Northwire) -\n\n"
DISMISSAL = (
    "Veldian Defence Minister Anton Keller on Thursday dismissed claims by Ostravia's Foreign Ministry that "
    "troops had crossed the river at dawn. “No soldier of ours has set foot on the other bank,” he said.\n\n"
)
ACCUSATION = (
    "Foreign Minister Ivo Brandt accused Veldia of moving troops to the river. “Veldia is preparing a crossing,” "
    "Brandt told reporters.\n\n"
    "Mayor Lina Torvik denied the accusation. “There are no troops at the river,” she said.\n"
)
COPY = (
    HEAD + DISMISSAL + ACCUSATION
)  # link 1: Keller denies the ministry's (sure); link 2: Torvik denies Brandt's (not)
QUOTED = (
    HEAD + "“Veldian soldiers waded across at dawn and fired at the village,” Ostravia's Foreign Ministry said on "
    "Wednesday.\n\n" + DISMISSAL
)
WORDS = "Veldian troops crossed the river at dawn."


# The decisions, pure ---------------------------------------------------------------------------

REGISTRY = Registry(
    actors=[
        ActorRecord(
            slug="ostravia-mfa",
            name="Ministry of Foreign Affairs of Ostravia",
            kind="ministry",
            aliases=("Ostravia's Foreign Ministry",),
            pk=1,
        )
    ],
    statements=[StatementRecord(pk=11, actor="ostravia-mfa", text=WORDS, made_on=date(2026, 6, 10))],
)


def fresh():
    return analyse(COPY, REGISTRY, published=REPORTED)


def test_the_review_starts_from_the_links_ingest_is_sure_of_the_others_undecided():
    analysis = fresh()
    assert [(d.number, d.accept, d.kind, d.target) for d in review.proposed(analysis).links] == [
        (1, True, "denies", "s11"),
        (2, None, "denies", "q2"),
    ]


def test_the_editors_decisions_on_links_are_applied():
    analysis = fresh()
    decisions = review.read({"l1-decision": "reject", "l2-decision": "accept", "l2-kind": "responds_to"}, analysis)
    assert decisions.valid, decisions.errors
    review.apply(analysis, decisions)
    assert [(link.accept, link.kind, link.target.key) for link in analysis.links] == [
        (False, "denies", "s11"),
        (True, "responds_to", "q2"),
    ]


@pytest.mark.parametrize(
    ("post", "field", "message"),
    [
        ({"l7-decision": "accept"}, "l7-decision", "There is no proposed link 7"),
        ({"l0-kind": "denies"}, "l0-kind", "There is no proposed link 0"),
        ({"l1-decision": "maybe"}, "l1-decision", "Link 1: choose Accept or Reject."),
        ({"l1-kind": "praises"}, "l1-kind", "Link 1: choose one of the kinds of link offered."),
        ({"l1-target": "s999"}, "l1-target", "Link 1: choose one of the statements offered."),
        ({"l1-target": "q1"}, "l1-target", "Link 1: choose one of the statements offered."),
        ({"l2-decision": "accept", "q3-decision": "reject"}, "l2-decision", "every quotation of the statement that"),
        ({"l2-decision": "accept", "q2-decision": "reject"}, "l2-decision", "of the statement it answers is left"),
    ],
)
def test_bad_link_decisions_are_errors(post, field, message):
    decisions = review.read(post, fresh(), REGISTRY)
    assert not decisions.valid
    assert [name for name, _ in decisions.errors] == [field] and message in decisions.errors[0][1]


def test_a_target_the_newsroom_no_longer_holds_is_an_error():
    gone = Registry(actors=REGISTRY.actors, statements=[])
    assert review.read({}, fresh(), gone).errors_for("l1-") == ["Link 1: choose one of the statements offered."]


# The service -----------------------------------------------------------------------------------


@pytest.fixture
def held(db):
    ministry = factories.actor(name="Ministry of Foreign Affairs of Ostravia", slug="ostravia-mfa", kind="ministry")
    ActorAlias.objects.create(actor=ministry, name="Ostravia's Foreign Ministry")
    return factories.statement(actor=ministry, text=WORDS, made_on=date(2026, 6, 10), status=Status.PUBLISHED)


def create(text, post=None, **more):
    registry = registry_from_db()
    analysis = analyse(text, registry, published=REPORTED)
    decisions = review.read(post, analysis, registry) if post is not None else None
    assert decisions is None or decisions.valid, decisions.errors
    return ingest_create(text=text, analysis=analysis, published=REPORTED, decisions=decisions, **more)


def test_an_accepted_link_is_a_draft_link_reported_in_the_new_article(held, editor):
    result = create(COPY, {"l1-decision": "accept"}, user=editor)
    link = StatementLink.objects.get()
    assert link.from_statement.actor.name == "Anton Keller" and link.to_statement == held
    assert link.kind == "denies" and link.reported_in == result.article and result.links_created == 1
    assert link.status == Status.DRAFT and link.origin == StatementLink.Origin.INGEST and link.created_by == editor
    assert link.evidence.startswith("dismissed claims by Ostravia's Foreign Ministry that troops had crossed")


def test_a_rejected_link_writes_nothing_and_the_kind_chosen_is_the_kind_written(held):
    create(COPY, {"l1-decision": "reject"})
    assert Article.objects.count() == 1 and not StatementLink.objects.exists()
    other = COPY.replace("Veldian Defence", "The Veldian Defence")
    create(other, {"l1-decision": "accept", "l1-kind": "responds_to"})
    assert StatementLink.objects.get().kind == "responds_to"


def test_a_link_to_a_statement_the_same_report_quotes_links_the_two_new_statements(held):
    create(QUOTED, {"l1-decision": "accept"})
    link = StatementLink.objects.get()
    assert link.to_statement.text.startswith("Veldian soldiers waded") and link.to_statement.status == Status.DRAFT
    assert link.from_statement.text.startswith("No soldier of ours")
    assert link.to_statement.made_on == date(2026, 6, 10) <= link.from_statement.made_on == date(2026, 6, 11)


def test_without_a_review_only_the_links_ingest_is_sure_of_are_written(held):
    create(COPY)
    link = StatementLink.objects.get()  # not Torvik's: who she answers is a guess
    assert link.to_statement == held


def test_a_link_that_cannot_be_is_an_error_and_nothing_is_written(held):
    registry = registry_from_db()
    analysis = analyse(COPY, registry, published=REPORTED)
    first = analysis.links[0]
    # the editor's statement for the link: the very statement that makes it
    itself = dataclasses.replace(first.target, statement=None, quotations=first.quotations)
    analysis.links[0] = dataclasses.replace(first, target=itself)
    with pytest.raises(IngestError, match="Link 1: A statement cannot answer itself"):
        ingest_create(text=COPY, analysis=analysis, published=REPORTED)
    assert not Article.objects.exists() and Statement.objects.count() == 1


# The review screen -----------------------------------------------------------------------------


def link_card(page, number):
    start = page.index(f'id="link-{number}"')
    return page[start : page.index("</fieldset>\n      <div", start) + 400]


def test_the_review_lists_the_links_and_accepting_one_writes_it(client, editor, held):
    client.force_login(editor)
    page = client.post(URL, {"copy": COPY, "analyse": "1"}).content.decode()
    assert "2 links between statements" in page
    sure, guess = link_card(page, 1), link_card(page, 2)
    assert "after ‘dismissed claims by Ostravia&#x27;s Foreign Ministry’" in sure
    assert f'value="s{held.pk}" checked' in sure and 'name="l1-decision" value="accept" checked' in sure
    assert '<option value="denies" selected>denies</option>' in sure
    assert "Not sure: check it." in guess and "checked>" not in guess.split("nr-decide")[1]
    response = client.post(URL, {"copy": COPY, "create": "1", "l2-decision": "accept"})
    assert response.status_code == 302
    article = Article.objects.get()
    assert {(link.from_statement.actor.name, link.kind) for link in StatementLink.objects.all()} == {
        ("Anton Keller", "denies"),
        ("Lina Torvik", "denies"),
    }
    assert all(link.reported_in == article for link in StatementLink.objects.all())


def test_a_link_that_is_not_proposed_is_a_form_error_and_nothing_is_created(client, editor, held):
    client.force_login(editor)
    response = client.post(URL, {"copy": COPY, "create": "1", "l5-decision": "accept", "l1-target": "s0"})
    page = response.content.decode()
    assert response.status_code == 400 and not Article.objects.exists()
    assert "There is no proposed link 5" in page and "Link 1: choose one of the statements offered." in page


def test_the_review_costs_the_same_queries_for_one_link_or_three(client, editor, held):
    client.force_login(editor)
    more = (
        "Mayor Lina Torvik rejected claims by Ostravia's Foreign Ministry that troops had crossed the river. "
        "“Our river is quiet,” she said.\n\n"
        "Governor Emil Sarn dismissed claims by Ostravia's Foreign Ministry that troops had crossed the river. "
        "“I saw nothing of the kind,” Sarn said.\n"
    )
    counts = []
    for text, expected in ((HEAD + DISMISSAL, 1), (HEAD + DISMISSAL + more, 3)):
        assert len(analyse(text, registry_from_db()).links) == expected
        with CaptureQueriesContext(connection) as queries:
            assert client.post(URL, {"copy": text, "analyse": "1"}).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]
