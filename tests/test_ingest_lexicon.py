"""The lexicon every stage reads and the Language seam (newsroom/ingest/lexicon.py, language.py)."""

from dataclasses import replace

import pytest

from newsroom.ingest.language import ENGLISH, Language, QuotationMarks
from newsroom.ingest.lexicon import ENGLISH as LEXICON
from newsroom.ingest.lexicon import PUBLISH, SPEECH, Verb, english_forms
from newsroom.ingest.pipeline import analyse

HEAD = "A Headline In Title Case\n\n"


@pytest.mark.parametrize(
    "lemma, irregular, forms",
    [
        ("say", "said", {"say", "says", "said", "saying"}),
        ("fume", "", {"fume", "fumes", "fumed", "fuming"}),
        ("reply", "", {"reply", "replies", "replied", "replying"}),
        ("admit", "admitted", {"admit", "admits", "admitted", "admitting"}),
        ("point out", "", {"point out", "points out", "pointed out", "pointing out"}),
        ("write", "wrote written", {"write", "writes", "wrote", "written", "writing"}),
    ],
)
def test_verb_forms_are_generated_from_the_lemma(lemma, irregular, forms):
    generated = english_forms(lemma, irregular)
    assert set().union(*generated.values()) == forms


def test_every_form_of_a_verb_is_found_by_its_form():
    assert LEXICON.verb("fumed").lemma == LEXICON.verb("fumes").lemma == "fume"
    assert "fumed" in LEXICON.forms(SPEECH) and "said" in ENGLISH.grammar.speech_forms


def _with_verb(lemma, kind=SPEECH):
    """English with one more verb (of speech, unless told) in its lexicon: the way a verb is added, once."""
    verb = Verb(lemma, **english_forms(lemma), classes=frozenset({kind}))
    return replace(ENGLISH, lexicon=replace(LEXICON, verbs=(*LEXICON.verbs, verb)))


def test_a_verb_added_once_to_the_lexicon_is_read_in_every_stage_and_form():
    before = "“The deal is a farce,” Ana Vale harrumphed. Ana Vale harrumphs: “It is a farce.”"
    plain = analyse(HEAD + before)
    assert [s.confidence < 0.5 for q in plain.quotations for s in q.speakers] == [True]  # unknown: a proposal
    language = _with_verb("harrumph")
    found = analyse(HEAD + before, language=language)
    assert [(q.speaker, q.cue) for q in found.quotations] == [("Ana Vale", "harrumphed"), ("Ana Vale", "harrumphs")]
    assert all(s.confidence > 0.9 for q in found.quotations for s in q.speakers)


@pytest.mark.parametrize(
    "body",
    [
        "In a statement promulgated by the Kestrian Council on Monday, the registry was called “incomplete and out of "
        "date”.",
        "The letter, promulgated by the Kestrian Council, called the registry “incomplete and out of date”.",
        "The Kestrian Council met on Monday.\n\n“The registry is incomplete,” the joint statement promulgated on "
        "Monday reads.",
    ],
)
def test_a_participle_added_once_to_the_lexicon_is_read_wherever_a_documents_issuer_is(body):
    """Every stage that reads who issued a document (“a statement released by X”, “the letter, signed by X,”, “the
    statement issued on Monday reads”) takes its participles from the lexicon's PUBLISH and AUTHOR verbs."""
    assert [s.name for q in analyse(HEAD + body).quotations for s in q.speakers] == []
    found = analyse(HEAD + body, language=_with_verb("promulgate", PUBLISH))
    assert [s.name for q in found.quotations for s in q.speakers] == ["Kestrian Council"]


def test_a_language_brings_its_own_quotation_marks():
    """Copy printed with «…» only (as Russian copy is): “…” are not its marks."""
    guillemets = QuotationMarks(opening="«„", ambiguous="»", default_closers="»“", pairs={"«": "»", "„": "“"})
    russian_marks = Language(code="ru", lexicon=LEXICON, marks=guillemets, cues=ENGLISH.cues)
    body = "«We will respond,» Maria Zakharova said. The word “response” was not explained."
    assert [q.text for q in analyse(HEAD + body, language=russian_marks).quotations] == ["We will respond,"]
    assert [q.text for q in analyse(HEAD + body).quotations] == ["We will respond,"]  # “response”: a scare quote


def test_stages_take_the_language_they_are_given():
    """The cue registry is the language's: a language without the pattern reads nothing there."""
    without_colon = Language(
        code="xx", lexicon=LEXICON, marks=ENGLISH.marks, cues=tuple(p for p in ENGLISH.cues if p.name != "before:X:")
    )
    body = "Whitaker: “We will be talking to every councillor who bought them.”"
    assert analyse(HEAD + body).quotations[0].speaker == "Whitaker"
    assert analyse(HEAD + body, language=without_colon).quotations[0].speaker is None
