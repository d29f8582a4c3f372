"""Stage 7 (newsroom/ingest/responses.py): the links between statements the copy's own words state.

Pure: the registry stands for what the newsroom holds. Invented places and people throughout.
"""

from datetime import date

import pytest

from newsroom.claims.kinds import BY_VALUE
from newsroom.ingest.actors import Registry
from newsroom.ingest.pipeline import analyse
from newsroom.ingest.records import ActorRecord, StatementRecord
from newsroom.ingest.responses import ANSWER_CUES, Sentence, read_cue

HEAD = "Veldia And Ostravia Trade Blame Over River Crossing\n\nVELGRAD, June 12 (Northwire) -\n\n"
REPORTED = date(2026, 6, 12)
MFA = ActorRecord(
    slug="ostravia-mfa",
    name="Ministry of Foreign Affairs of Ostravia",
    kind="ministry",
    aliases=("Ostravian Foreign Ministry", "Ostravia's Foreign Ministry"),
)
BRANDT = ActorRecord(slug="ivo-brandt", name="Ivo Brandt", role="Foreign Minister of Ostravia")
KELLER = ActorRecord(slug="anton-keller", name="Anton Keller", role="Defence Minister of Veldia")
CROSSED = StatementRecord(
    pk=11, actor="ostravia-mfa", text="Veldian troops crossed the river at dawn.", made_on=date(2026, 6, 10)
)
TALKS = StatementRecord(
    pk=12, actor="ostravia-mfa", text="Ostravia is ready for talks on the water.", made_on=date(2026, 6, 11)
)
LATER = StatementRecord(pk=13, actor="ostravia-mfa", text="The border is calm tonight.", made_on=date(2026, 6, 20))


def links(body, *statements, actors=(MFA, BRANDT, KELLER)):
    analysis = analyse(HEAD + body, Registry(list(actors), list(statements)), published=REPORTED)
    return analysis, analysis.links


@pytest.mark.parametrize("cue", ANSWER_CUES, ids=lambda c: c.name)
def test_each_cue_reads_its_examples(cue):
    assert cue.kind in BY_VALUE and (not cue.saying_kind or cue.saying_kind in BY_VALUE)
    for text, party, kind in cue.examples:
        readings = list(read_cue(cue, Sentence(text=text, at=0, part=0, own=True)))
        assert [(r.party, r.kind) for r in readings][:1] == [(party, kind)], text


@pytest.mark.parametrize(
    "text",
    [
        "The ministry did not deny the claims.",
        "The ministry refused to confirm the reports.",
        "Brandt accused Veldia of denying the claims.",
        "In response to a question from reporters, the ministry said nothing.",
        "The ministry denied that troops had crossed the river.",  # no statement named: a fact denied
        "The ministry denied access to the site.",
        "The mayor's voice echoed through the hall.",
    ],
)
def test_words_that_state_no_answer(text):
    assert [r for cue in ANSWER_CUES for r in read_cue(cue, Sentence(text=text, at=0, part=0, own=True))] == []


def test_a_denial_of_the_claims_of_an_actor_the_newsroom_holds_points_to_their_statement_in_those_words():
    body = (
        "Veldian Defence Minister Anton Keller on Thursday dismissed claims by Ostravia's Foreign Ministry that "
        "troops had crossed the river at dawn. “No soldier of ours has set foot on the other bank,” he said.\n"
    )
    analysis, (link,) = links(body, CROSSED, TALKS)
    assert link.kind == "denies" and link.sure and link.accept is True
    assert link.target.statement == CROSSED.pk  # its words, not the latest (TALKS)
    assert [t.statement for t in link.candidates] == [CROSSED.pk, TALKS.pk]
    assert analysis.quotations[link.quotations[0]].speaker == "Anton Keller"
    assert link.why == "after ‘dismissed claims by Ostravia's Foreign Ministry’"
    assert link.evidence.startswith("dismissed claims by Ostravia's Foreign Ministry that troops had crossed")
    assert link.answered == "Ministry of Foreign Affairs of Ostravia"


def test_without_words_in_common_the_latest_statement_is_proposed_and_nothing_is_chosen():
    body = "Anton Keller dismissed claims by Ostravia's Foreign Ministry. “That is fiction,” Keller said on Friday.\n"
    _, (link,) = links(body, CROSSED, TALKS, LATER)
    assert link.target.statement == TALKS.pk  # the latest made before Friday the 12th: LATER came after
    assert not link.sure and link.accept is None
    assert LATER.pk not in [t.statement for t in link.candidates]


def test_a_statement_the_report_quotes_is_preferred_and_may_be_one_it_creates():
    body = (
        "Ostravia's Foreign Ministry said on Wednesday that Veldian troops had crossed the river. “Veldian soldiers "
        "waded across at dawn and fired at the village,” the ministry said.\n\n"
        "Veldian Defence Minister Anton Keller dismissed claims by the Ostravian Foreign Ministry. “No soldier of "
        "ours has set foot on the other bank,” he said.\n"
    )
    analysis, (link,) = links(body, TALKS)
    assert link.sure and link.kind == "denies"
    assert link.target.statement is None and link.target.quotations == (0,)  # the ministry's words, made anew
    assert analysis.quotations[0].text.startswith("Veldian soldiers waded")
    assert [t.key for t in link.candidates] == ["q1", f"s{TALKS.pk}"]


def test_a_statement_the_report_quotes_and_the_newsroom_holds_is_that_statement():
    body = (
        "“Veldian troops crossed the river at dawn,” Ostravia's Foreign Ministry said on Wednesday.\n\n"
        "Hours later Anton Keller rejected the Ostravian Foreign Ministry's accusations. “Nobody crossed,” he said.\n"
    )
    _, (link,) = links(body, CROSSED, TALKS)
    assert link.target.statement == CROSSED.pk and link.sure


def test_other_kinds_and_constructions():
    body = (
        "In response to Ivo Brandt's remarks, Veldia's Foreign Ministry said: “Our door is open.”\n\n"
        "“We will not be lectured by a neighbour who shells villages,” Anton Keller said, hitting back at "
        "Foreign Minister Ivo Brandt.\n\n"
        "Echoing a weekend statement by the Ostravian Foreign Ministry, the Halvard Institute said: “Talks on the "
        "water must start now.”\n"
    )
    remarks = StatementRecord(pk=21, actor="ivo-brandt", text="Veldia must pay for the dam.", made_on=date(2026, 6, 9))
    analysis, found = links(body, remarks, TALKS)
    by_speaker = {analysis.quotations[link.quotations[0]].speaker: link for link in found}
    assert {name: (link.kind, link.target.statement) for name, link in by_speaker.items()} == {
        "Veldia's Foreign Ministry": ("responds_to", 21),
        "Anton Keller": ("criticises", 21),
        "Halvard Institute": ("echoes", TALKS.pk),
    }


def test_a_cue_whose_subject_is_somebody_else_proposes_nothing():
    body = (
        "“The river is calm,” Anton Keller said after Ivo Brandt dismissed claims by the Ostravian Foreign "
        "Ministry.\n\n"
        "Ivo Brandt denied the ministry's claims. “I was not consulted,” Keller said.\n"
    )
    assert links(body, CROSSED)[1] == []
    two = (
        "“The river is calm,” Ivo Brandt said, but Anton Keller, dismissing claims by Ostravia's Foreign Ministry, "
        "said: “Nothing happened at the river.”\n"
    )
    analysis, found = links(two, CROSSED)
    assert "Ivo Brandt" not in [analysis.quotations[link.quotations[0]].speaker for link in found]


def test_a_party_nobody_quotes_or_holds_proposes_nothing():
    body = (
        "Anton Keller dismissed claims by local fishermen that the river had been closed. “It is open,” he said.\n\n"
        "Anton Keller also dismissed claims by Ivo Brandt. “Nonsense,” he added.\n"  # Brandt: no statement held
    )
    assert links(body, CROSSED)[1] == []


def test_the_speaker_quoted_just_before_is_proposed_where_the_cue_names_nobody_and_nothing_is_chosen():
    body = (
        "Foreign Minister Ivo Brandt accused Veldia of moving troops to the river. “Veldia is preparing a crossing,” "
        "he told reporters.\n\n"
        "Anton Keller denied the accusation. “There are no troops at the river,” he said.\n"
    )
    _, (link,) = links(body)
    assert link.kind == "denies" and not link.sure and link.accept is None
    assert link.target.quotations == (0,) and link.answered == "Ivo Brandt"
    assert link.why == "after ‘denied the accusation’: Ivo Brandt, quoted before"
    # the sentence says whom it answers, somebody nobody here quotes or holds: nobody is guessed
    named = body.replace(
        "Anton Keller denied", "In response to a statement by the Halvard Institute, Anton Keller denied"
    )
    assert links(named)[1] == []


def test_the_accusations_answered_are_not_the_last_words_quoted_unless_the_copy_calls_them_so():
    """The judge's words before a defendant's denial are not the accusations he denies: the prosecutors' are."""
    body = (
        "Reading out the verdict, Judge Mira Kovac said the evidence “leaves no reasonable doubt”.\n\n"
        "Anton Keller has denied the accusations throughout the trial. “I took nothing,” he said.\n"
    )
    assert links(body)[1] == []
    called = body.replace("said the evidence", "said the prosecutors' accusations were proven and the evidence")
    (link,) = links(called)[1]
    assert link.answered == "Mira Kovac" and not link.sure


def test_a_criticism_is_only_the_one_quoted_before_where_the_copy_calls_it_one():
    supporter = (
        "Speaker Lina Torvik defended the bill. “It brings order,” Torvik said.\n\n"
        "Mayor Emil Sarn dismissed the criticism. “The bill stays,” he said.\n"
    )
    assert links(supporter)[1] == []
    critic = supporter.replace("defended the bill", "criticised the bill")
    (link,) = links(critic)[1]
    assert link.kind == "responds_to" and link.answered == "Lina Torvik"


def test_one_speakers_own_earlier_words_retracted():
    earlier = StatementRecord(pk=31, actor="anton-keller", text="Ostravia cannot be trusted.", made_on=date(2026, 6, 1))
    body = "Anton Keller retracted his remarks on Thursday. “I spoke in anger,” he said.\n"
    (link,) = links(body, earlier)[1]
    assert (link.kind, link.target.statement, link.answered) == ("retracts", 31, "Anton Keller")
