"""What ingest_create writes: each statement the pipeline drafts, faithfully — every speaker in order
(a joint statement), an unnamed source as such, the printed words, the day and whether it is only the
report's, the medium — and the report's date on the article."""

import json
from datetime import date
from pathlib import Path

import pytest
from django.conf import settings

from newsroom.content.models import Actor, Article, Statement
from newsroom.ingest.pipeline import analyse
from newsroom.ingest.printed import printed_problems
from newsroom.ingest.service import ingest_create, registry_from_db
from tests import factories

# 28 November 2026 is a Saturday: “on Thursday” is the 26th.
WIRE = (
    "Ardania And Valdoria Agree To Reopen Border Crossing\n"
    "\n"
    "VELGRAD, Nov. 28 (Wire) —\n"
    "\n"
    "Ardania and Valdoria agreed on Friday to reopen the Kesh crossing, officials said.\n"
    "\n"
    "“We can go home now,” Foreign Minister Anton Keller said on Thursday, “but not before we thank the "
    "engineers.”\n"
    "\n"
    "A senior official of the Government of Ardania, who spoke on condition of anonymity, said the "
    "decree was ready. “It will be signed next week,” the official said.\n"
    "\n"
    "In a joint statement issued on Thursday evening, the Red Crescent and the Caucasus Aid Network "
    "said: “The convoys must be allowed through without delay.”\n"
    "\n"
    "Residents said the road was “in a terrible state”.\n"
)


@pytest.fixture
def written(db):
    analysis = analyse(WIRE, registry_from_db(), published=date(2026, 11, 28))
    result = ingest_create(text=WIRE, analysis=analysis, published=date(2026, 11, 28))
    return result, analysis


def test_the_reports_date_is_kept_on_the_article(written):
    result, _ = written
    article = Article.objects.get(pk=result.article.pk)
    assert article.original_published_on == date(2026, 11, 28)


def test_a_joint_statement_has_both_speakers_in_order(written):
    statement = Statement.objects.get(text="The convoys must be allowed through without delay.")
    assert [a.name for a in statement.speakers] == ["Red Crescent", "Caucasus Aid Network"]
    assert statement.medium == Statement.Medium.PRESS_STATEMENT
    assert statement.made_on == date(2026, 11, 26) and not statement.date_is_report
    article = written[0].article
    assert {"Red Crescent", "Caucasus Aid Network"} <= {a.name for a in article.actors.all()}


def test_an_unnamed_source_is_an_unnamed_actor_of_its_organisation(written):
    statement = Statement.objects.get(text="It will be signed next week,")
    official = statement.actor
    assert official.unnamed and official.name == "a senior official"
    assert official.display_name.startswith("A senior official")
    assert official.display_name.endswith(", unnamed")
    assert "Government of Ardania" in official.display_name
    # a second report's unnamed official is another actor: never one with anybody else
    again = WIRE.replace("Kesh", "Dara")
    ingest_create(text=again, analysis=analyse(again, registry_from_db(), published=date(2026, 11, 28)))
    officials = Actor.objects.filter(unnamed=True, name="a senior official")
    assert officials.count() == 2


def test_a_new_actor_s_description_is_left_to_an_editor_and_says_nothing_of_ingest(db):
    text = WIRE.replace(
        "Foreign Minister Anton Keller said on Thursday",
        "Anton Keller, a deputy on the Ardanian commission, said on Thursday",
    )
    ingest_create(text=text, analysis=analyse(text, registry_from_db(), published=date(2026, 11, 28)))
    keller = Actor.objects.get(name="Anton Keller")
    assert keller.description == ""
    assert keller.role.startswith("a deputy on the Ardanian commission")
    assert not Actor.objects.filter(description__icontains="ingest").exists()


def test_the_split_quotation_is_joined_as_printed_with_the_day_it_was_said(written):
    statement = Statement.objects.get(actor__name="Anton Keller")
    assert statement.text == "We can go home now, but not before we thank the engineers."
    assert statement.made_on == date(2026, 11, 26) and statement.made_on_basis == Statement.DateBasis.DAY_SAID


def test_a_statement_the_text_does_not_date_carries_the_reports_date_marked_as_such(written):
    statement = Statement.objects.get(text="It will be signed next week,")
    assert statement.made_on == date(2026, 11, 28) and statement.date_is_report


def test_a_named_speaker_is_never_matched_to_an_unnamed_source(db):
    factories.actor(name="Anton Keller", slug="unnamed-keller", unnamed=True)
    assert all(a.name != "Anton Keller" for a in registry_from_db().actors)


def test_a_date_given_at_ingest_dates_the_statements_the_analysis_could_not(db):
    text = "Talks Resume\n\n“We are ready,” Anton Keller said on Thursday.\n"
    analysis = analyse(text, registry_from_db())
    assert analysis.statements[0].made_on is None
    ingest_create(text=text, analysis=analysis, published=date(2026, 11, 28))
    assert Statement.objects.get().made_on == date(2026, 11, 26)


def test_a_rejected_quotation_leaves_its_statement(db):
    text = "Talks Resume\n\n“We are ready,” Anton Keller said. “We have been ready for weeks,” he added.\n"
    analysis = analyse(text, registry_from_db())
    (draft,) = analysis.statements
    draft.quotations[1].speaker = None  # the editor rejects the second
    ingest_create(text=text, analysis=analysis)
    assert Statement.objects.get().text == "We are ready,"  # as printed


def labelled_texts():
    folder = Path(settings.BASE_DIR) / "fixtures" / "ingest-labelled"
    for label in sorted([*folder.glob("dev/*.json"), *folder.glob("batch14/*.json")]):
        data = json.loads(label.read_text(encoding="utf-8"))
        text = (label.parent / data["text"]) if "text" in data else label.with_suffix(".txt")
        published = (data.get("report") or {}).get("published")
        yield text, date.fromisoformat(published) if published else None


def test_every_statement_written_from_the_labelled_texts_is_in_the_printed_words(db):
    written = 0
    for path, published in labelled_texts():
        text = path.read_text(encoding="utf-8")
        before = set(Statement.objects.values_list("pk", flat=True))
        analysis = analyse(text, published=published)
        try:
            ingest_create(text=text, analysis=analysis, published=published)
        except Exception as error:  # a copy without a headline is refused, and that is all
            assert "no headline" in str(error), (path.name, error)
            continue
        for statement in Statement.objects.exclude(pk__in=before):
            assert not printed_problems(statement.text, text), (path.name, statement.text[:80])
            written += 1
    assert written > 300


def test_the_standfirst_is_the_article_s_dek(db):
    text = (
        "Velna Keeps Rate On Hold\n\nCentral bank signals no cut before summer, governor says\n\n"
        "By Mira Solan\n\nVELGRAD, Nov. 28 (Wire) — The central bank kept its rate at 6.75% on Friday.\n"
    )
    result = ingest_create(text=text, analysis=analyse(text, registry_from_db()))
    assert result.article.dek == "Central bank signals no cut before summer, governor says"


@pytest.mark.parametrize(
    "name, kind",
    [
        ("Tbilisi City Court", "court"),
        ("Prosecutor General's Office", "court"),
        ("Georgian Dream party", "political_party"),
        ("Azerbaijan Railways CJSC", "company"),
        ("Caspian Research", "company"),
        ("Human Rights Watch", "civil_society"),
        ("National Assembly", "legislature"),
        ("Mine Action Agency of the Republic of Azerbaijan", "government"),  # an agency of a state, no news agency
        ("Interfax news agency", "media"),
        ("Office of the Human Rights Defender", "government"),
        ("Mer Gyumri", "other"),
    ],
)
def test_a_new_organisation_gets_the_kind_its_name_tells(name, kind):
    from newsroom.ingest.actors import kind_for

    assert kind_for(name, "organisation") == kind
    assert kind_for(name, "person") == "person"
