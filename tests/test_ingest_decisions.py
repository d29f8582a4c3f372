"""newsroom.ingest.decisions: the editor's review decisions read, checked and applied (pure: no database)."""

import pytest

from newsroom.ingest import decisions as review
from newsroom.ingest.actors import Registry
from newsroom.ingest.pipeline import analyse
from newsroom.ingest.printed import is_printed
from newsroom.ingest.records import ActorRecord, StatementRecord

COPY = """Border Talks Stall Over Water Rights

LORVAN, Veldia, March 6 (Northwire) - Talks on the shared river broke off on Thursday.

"We came to sign, not to listen to new demands," Veldian Foreign Minister Maria Lebed told reporters after the session.

Lebed said the other side had "moved the line again" and added: "We will not accept a deal written in another capital."

"The minister knows the offer is fair," a senior Ostmark government official said, speaking on condition of anonymity.

In a joint statement, the Red Crescent and the River Basin Commission said: "Both sides must let the water flow."

"Nobody expected a deal this week," read a banner outside.
"""
LEBED = ActorRecord(slug="maria-lebed", name="Maria Lebed", role="Foreign Minister", pk=1)
REGISTRY = Registry(
    actors=[LEBED, ActorRecord(slug="ostmark", name="Government of Ostmark", kind="government", aliases=("Ostmark",))],
    statements=[StatementRecord(pk=7, actor="maria-lebed", text="We came to sign, not to listen to new demands.")],
)


def fresh(registry=None):
    return analyse(COPY, registry or Registry())


def speakers(analysis):
    return [[(s.name, s.role, s.unnamed, s.affiliation, s.actor) for s in q.speakers] for q in analysis.quotations]


def test_quotations_are_grouped_by_speaker_the_unattributed_last():
    groups = review.speaker_groups(fresh())
    assert [(g.label, g.numbers, g.nobody) for g in groups] == [
        ("Maria Lebed", [1, 2, 3], False),
        ("a senior Ostmark government official, unnamed, of Ostmark government", [4], False),
        ("Red Crescent and River Basin Commission", [5], False),
        ("No speaker found", [6], True),
    ]
    assert groups[0].speakers[0].role == "Veldian Foreign Minister"


def test_nothing_is_accepted_where_no_speaker_was_found():
    proposed = review.proposed(fresh())
    assert [d.accept for d in proposed.quotations] == [True, True, True, True, True, False]
    analysis = fresh()
    decisions = review.read({}, analysis)  # nothing posted: as proposed
    assert decisions.valid
    review.apply(analysis, decisions)
    assert speakers(analysis)[5] == [] and len(analysis.statements) == 4


def test_a_speaker_corrected_once_is_corrected_for_all_their_quotations():
    analysis = fresh()
    post = {"g1-1-name": "Maria Lebed", "g1-1-role": "Foreign Minister of Veldia", "g1-1-of": "", "g1-2-name": ""}
    review.apply(analysis, review.read(post, analysis))
    assert [s[0][:2] for s in speakers(analysis)[:3]] == [("Maria Lebed", "Foreign Minister of Veldia")] * 3
    # The pipeline's own records are kept, with their reasons.
    assert analysis.quotations[0].speakers[0].why == "after ‘Veldian Foreign Minister Maria Lebed told’"
    drafts = [d for d in analysis.statements if d.speakers[0].name == "Maria Lebed"]
    assert len(drafts) == 2 and all(d.speakers[0].role == "Foreign Minister of Veldia" for d in drafts)


def test_a_group_renamed_to_an_actor_the_newsroom_holds_becomes_that_actor():
    analysis = fresh(REGISTRY)
    assert analysis.quotations[0].actor == "maria-lebed"
    # The unnamed official's group is given to the Government of Ostmark, by its alias.
    post = {"g2-1-name": "ostmark", "g2-1-role": ""}
    review.apply(analysis, review.read(post, analysis, REGISTRY))
    assert speakers(analysis)[3] == [("Government of Ostmark", "", False, "", "ostmark")]
    assert analysis.quotations[3].speakers[0].why == "named by the editor"


def test_a_joint_statement_gets_a_second_speaker_and_a_speaker_can_be_dropped_from_one():
    analysis = fresh()
    post = {
        "g1-1-name": "Maria Lebed",
        "g1-1-role": "Veldian Foreign Minister",
        "g1-2-name": "Oleg Sarn",
        "g1-2-role": "Deputy Foreign Minister",
        "g3-1-name": "Red Crescent",
        "g3-2-name": "",  # the River Basin Commission taken off
        "g3-3-name": "",
    }
    review.apply(analysis, review.read(post, analysis))
    assert [[s[0] for s in q] for q in speakers(analysis)[:5]] == [
        ["Maria Lebed", "Oleg Sarn"],
        ["Maria Lebed", "Oleg Sarn"],
        ["Maria Lebed", "Oleg Sarn"],
        ["a senior Ostmark government official"],
        ["Red Crescent"],
    ]
    joint = next(d for d in analysis.statements if len(d.speakers) == 2)
    assert joint.text == "We came to sign, not to listen to new demands,"
    assert all(is_printed(d.text, COPY) for d in analysis.statements)


def test_an_unnamed_speaker_is_kept_and_its_organisation_can_be_given():
    analysis = fresh()
    official = "a senior Ostmark government official"
    post = {
        "g2-1-name": official,
        "g2-1-role": "senior official",
        "g2-1-unnamed": "on",
        "g2-1-of": "Government of Ostmark",
    }
    review.apply(analysis, review.read(post, analysis))
    assert speakers(analysis)[3] == [(official, "senior official", True, "Government of Ostmark", None)]
    assert analysis.quotations[3].speakers[0].why.endswith("a speaker the text does not name")


def test_an_unnamed_speaker_s_role_is_not_the_words_that_describe_them():
    copy = COPY.replace("a senior Ostmark government official said", "a senior Western diplomat said")
    groups = review.proposed(analyse(copy, Registry())).groups
    [diplomat] = [s for g in groups for s in g.speakers if s.unnamed]
    assert (diplomat.name, diplomat.role) == ("a senior Western diplomat", "")


def test_a_quotation_without_a_speaker_takes_one_of_the_review_or_an_unnamed_one():
    analysis = fresh()
    decisions = review.read({"q6-speaker": "Maria Lebed"}, analysis)
    assert decisions.valid and decisions.quotations[5].accept  # a speaker named: accepted
    review.apply(analysis, decisions)
    assert speakers(analysis)[5] == [("Maria Lebed", "Veldian Foreign Minister", False, "", None)]
    assert analysis.quotations[5].speakers[0].why == "named by the editor"
    assert analysis.quotations[0].speakers[0].why.startswith("after ")  # the group's own records untouched

    analysis = fresh()
    typed = "a protester, unnamed, of the Save the River movement"
    review.apply(analysis, review.read({"q6-speaker": typed, "q6-decision": "accept"}, analysis))
    assert speakers(analysis)[5] == [("a protester", "", True, "the Save the River movement", None)]


def test_one_quotation_given_its_own_speaker_leaves_the_group_as_it_is():
    analysis = fresh()
    review.apply(analysis, review.read({"q2-speaker": "Oleg Sarn"}, analysis))
    assert [q[0][0] for q in speakers(analysis)[:3]] == ["Maria Lebed", "Oleg Sarn", "Maria Lebed"]


def test_left_out_quotations_make_no_statement():
    analysis = fresh()
    review.apply(analysis, review.read({"q2-decision": "reject", "q3-decision": "reject"}, analysis))
    assert speakers(analysis)[1] == speakers(analysis)[2] == []
    assert [d.text[:10] for d in analysis.statements] == ["We came to", "The minist", "Both sides"]


def test_a_statement_choice_is_read_only_where_a_statement_was_matched():
    analysis = fresh(REGISTRY)
    assert analysis.quotations[1].statement is None
    assert review.read({"q2-statement": "²"}, analysis, REGISTRY).valid


def test_a_matched_statement_is_cited_only_while_its_speaker_stays():
    analysis = fresh(REGISTRY)
    assert analysis.quotations[0].statement == 7
    review.apply(analysis, review.read({}, analysis, REGISTRY))
    assert analysis.quotations[0].statement == 7 and analysis.statements[0].statement == 7

    analysis = fresh(REGISTRY)
    review.apply(analysis, review.read({"q1-statement": "new"}, analysis, REGISTRY))
    assert analysis.quotations[0].statement is None

    analysis = fresh(REGISTRY)
    review.apply(analysis, review.read({"q1-speaker": "Oleg Sarn"}, analysis, REGISTRY))
    assert analysis.quotations[0].statement is None and analysis.quotations[0].speakers[0].name == "Oleg Sarn"


@pytest.mark.parametrize(
    ("post", "field", "message"),
    [
        ({"q1-decision": "maybe"}, "q1-decision", "Quotation 1: choose Accept or Leave out."),
        ({"q6-decision": "accept"}, "q6-speaker", "Quotation 6 is accepted but has no speaker"),
        ({"g1-1-name": "x" * 201}, "g1-1-name", "at most 200 characters (201 given)"),
        ({"g1-1-name": "Maria Lebed", "g1-1-role": "r" * 301}, "g1-1-role", "A role has at most 300"),
        ({"g2-1-name": "", "g2-1-unnamed": "on"}, "g2-1-name", "An unnamed speaker needs the words"),
        ({"g1-2-name": "", "g1-2-role": "Deputy"}, "g1-2-name", "has a role but no name"),
        ({"g1-1-name": ""}, "q1-speaker", "Quotation 1 is accepted but has no speaker"),
        ({"q1-statement": "both"}, "q1-statement", "cite the statement it matches or record a new one"),
    ],
)
def test_bad_decisions_are_named_errors_and_are_never_applied(post, field, message):
    analysis = fresh(REGISTRY)  # quotation 1 matches statement 7
    decisions = review.read(post, analysis, REGISTRY)
    assert any(name == field and message in text for name, text in decisions.errors), decisions.errors
    with pytest.raises(ValueError, match="cannot be applied"):
        review.apply(analysis, decisions)


@pytest.mark.django_db
def test_the_service_applies_the_decisions_before_it_writes():
    from newsroom.content.models import Actor, Citation
    from newsroom.ingest.service import ingest_create

    analysis = fresh()
    post = {"g1-1-name": "Maria Lebed", "g1-1-role": "Foreign Minister of Veldia", "q2-decision": "reject"}
    result = ingest_create(text=COPY, analysis=analysis, decisions=review.read(post, analysis))
    assert Actor.objects.get(name="Maria Lebed").role == "Foreign Minister of Veldia"
    wordings = list(Citation.objects.filter(article=result.article).values_list("wording", flat=True))
    assert not any("moved the line again" in w for w in wordings)
    assert any("We will not accept a deal" in w for w in wordings)


# A body quoted, then a speaker the review gives as its: renaming the body at its group renames it there too.
BODY_AND_ITS_DEPUTY = (
    "Border Talks Stall\n\nLORVAN, Nov 19 (Northwire) - Talks broke off on Wednesday.\n\n"
    "Ostmark's commission, led by Deputy Prime Minister Rauf Gasimzade, said in a statement that Veldia was "
    "“deliberately slowing the process”.\n\n"
    "In Baku, Gasimzade's deputy on the commission, Elnur Mammadov, told state television the proposals would "
    "leave a village “cut off from its own pastures”.\n"
)


def test_an_organisation_renamed_at_its_group_is_renamed_where_it_is_whose_another_speaker_is():
    copy = BODY_AND_ITS_DEPUTY
    analysis = analyse(copy, Registry())
    groups = {g.label: g.number for g in review.proposed(analysis).groups}
    body, deputy = groups["Ostmark's commission"], groups["Elnur Mammadov"]
    assert review.proposed(analysis).groups[deputy - 1].speakers[0].affiliation == "Ostmark's commission"
    post = {f"g{body}-1-name": "Ostmark's border commission"}
    review.apply(analysis, review.read(post, analysis))
    assert [s.affiliation for s in analysis.quotations[1].speakers] == ["Ostmark's border commission"]
    # (unless the editor corrected whose they are too)
    analysis = analyse(copy, Registry())
    post |= {f"g{deputy}-1-name": "Elnur Mammadov", f"g{deputy}-1-of": "Government of Ostmark"}
    review.apply(analysis, review.read(post, analysis))
    assert [s.affiliation for s in analysis.quotations[1].speakers] == ["Government of Ostmark"]
