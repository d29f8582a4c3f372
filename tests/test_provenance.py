"""A statement's provenance: reports quoting it in date order, first appearance, wordings compared, chain."""

import pytest
from django.core.management import call_command

from newsroom.content.models import Statement
from newsroom.content.querysets import citations_in_live_articles
from newsroom.editorial import workflow
from newsroom.reading.provenance import provenance, side_by_side
from tests import factories

pytestmark = pytest.mark.django_db

MFA_STATEMENT = 10  # the Artsakh MFA's statement, quoted by the seed articles 000 and 002


@pytest.fixture
def seed(db):
    call_command("loaddata", "seed", verbosity=0)


def test_side_by_side_marks_what_each_side_has_that_the_other_lacks():
    old, new = side_by_side("Statement of 9 November 2020, which <b>.", "Statement of November 9, 2020, which <b>,")
    assert old == "Statement of <del>9</del> November 2020, which &lt;b&gt;."
    assert new == "Statement of November <ins>9,</ins> 2020, which &lt;b&gt;,"


def test_the_mfa_statement_appears_first_in_the_public_radio_report(seed):
    statement = Statement.objects.get(pk=MFA_STATEMENT)
    found = provenance(statement, citations_in_live_articles().filter(statement=statement))
    headlines = [a.article.slug for a in found.appearances]
    assert headlines[0].startswith("artsakh-mfa-calls") and headlines[1].startswith("karabakh-leader-warns")
    assert [a.first for a in found.appearances] == [True, False]
    # 002 prints the statement as issued; 000 writes the date the American way.
    assert not found.appearances[0].differs
    assert not found.appearances[0].via_source  # Public Radio published it: it credits no source
    later = found.appearances[1]
    assert later.differs
    assert "November <ins>9,</ins> 2020" in later.paragraphs[0][1]
    assert "<del>9</del> November 2020" in later.paragraphs[0][0]
    # Only the date differs: a closing comma before “the Ministry said” is no difference.
    assert [pair[1].count("<ins>") for pair in later.paragraphs] == [1, 0, 0, 0]
    assert later.via_source  # 000 credits Public Radio of Armenia, the outlet that carried it


def test_the_statement_page_shows_the_chain_and_both_reports(client, seed):
    page = client.get(f"/statements/{MFA_STATEMENT}/").content.decode()
    chain = page[page.index('class="chain"') : page.index("</ol>", page.index('class="chain"'))]
    assert "Said by" in chain and "Carried by" in chain and "Public Radio of Armenia" in chain
    assert "Quoted in</span> 2 reports" in chain
    section = page[page.index('class="provenance"') :]
    assert section.count('class="first-appearance"') == 1
    assert section.index('class="first-appearance"') < section.index("/articles/artsakh-mfa-calls")
    assert section.index("/articles/artsakh-mfa-calls") < section.index("/articles/karabakh-leader-warns")
    assert "November <ins>9,</ins> 2020" in page and "<del>9</del> November 2020" in page


def test_reports_readers_may_not_see_are_left_out(client, editor):
    statement = factories.statement(text="Words said.")
    workflow.transition(item=statement, user=editor, name="publish")
    draft = factories.article(headline="A draft quoting it")
    factories.citation(draft, statement, wording="Words, said.")
    page = client.get(statement.get_absolute_url()).content.decode()
    assert "A draft quoting it" not in page and "first-appearance" not in page


def test_the_statement_page_query_count_does_not_grow_with_reports(client, editor, django_assert_max_num_queries):
    statement = factories.statement(text="Words said.", source=factories.source())
    workflow.transition(item=statement, user=editor, name="publish")
    for n in range(4):
        article = factories.article(publisher=factories.source())
        factories.citation(article, statement, wording=f"Words said {n}.")
        workflow.transition(item=article, user=editor, name="publish")
    with django_assert_max_num_queries(12):
        assert client.get(statement.get_absolute_url()).status_code == 200


def test_a_report_printed_first_by_its_outlet_is_the_first_appearance_whenever_it_went_live_here(client, editor):
    import datetime

    statement = factories.statement(text="Words said.")
    workflow.transition(item=statement, user=editor, name="publish")
    wire = factories.article(headline="The wire's report", original_published_on=datetime.date(2026, 12, 2))
    ours = factories.article(headline="Our own report")
    for article in (ours, wire):  # ours goes live here first
        factories.citation(article, statement)
        workflow.transition(item=article, user=editor, name="publish")
    page = client.get(statement.get_absolute_url()).content.decode()
    section = page[page.index('class="provenance"') :]
    assert section.index("The wire&#x27;s report") < section.index("Our own report")
    assert section.index('class="first-appearance"') < section.index("The wire&#x27;s report")
    assert '<time datetime="2026-12-02">2 December 2026</time>' in section
