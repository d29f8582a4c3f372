"""Stage 2: finding quotations (newsroom/ingest/quotes.py)."""

from newsroom.ingest.parse import parse_copy
from newsroom.ingest.pipeline import analyse
from newsroom.ingest.quotes import find_quotations

HEAD = "A Headline In Title Case\n\n"


def found(body):
    text = HEAD + body
    return [(q.text, text[q.start : q.end]) for q in find_quotations(parse_copy(text))]


def texts(body):
    return [t for t, _ in found(body)]


def test_every_kind_of_mark():
    body = (
        '“One two three four five six,” she said. "Seven eight nine ten eleven twelve," he said. «Treize quatorze '
        "quinze seize dix-sept dix-huit,» il a dit. ‘Nineteen twenty one two three four,’ they said."
    )
    assert texts(body) == [
        "One two three four five six,",
        "Seven eight nine ten eleven twelve,",
        "Treize quatorze quinze seize dix-sept dix-huit,",
        "Nineteen twenty one two three four,",
    ]


def test_apostrophes_are_not_quotation_marks():
    assert texts("Baku’s officials and the officers’ families said the town’s ‘peace plan’ failed.") == ["peace plan"]


def test_a_closing_mark_printed_as_opening_one_still_opens():
    assert texts("“We must keep fighting,” he said. ”We need to be aware of that.”") == [
        "We must keep fighting,",
        "We need to be aware of that.",
    ]


def test_a_quotation_that_runs_over_paragraphs_is_a_quotation_per_paragraph_going_on_from_the_first():
    body = '"The right to report is not a privilege.\n\n"It is a right of every citizen," Judge Ana Vale said.'
    assert [text for text, _ in found(body)] == [
        "The right to report is not a privilege.",
        "It is a right of every citizen,",
    ]
    first, second = find_quotations(parse_copy(HEAD + body))
    assert (first.goes_on, second.goes_on) == (False, True)
    # one speaker, one statement, its paragraphs as printed
    (statement,) = analyse(HEAD + body).statements
    assert statement.text == "The right to report is not a privilege.\n\nIt is a right of every citizen,"


def test_the_speaker_named_after_a_quotation_s_last_paragraph_said_its_first_too():
    body = (
        "“The contingent carries out its tasks in full.\n\n“Any attempt to cast doubt on it is unacceptable,” "
        "Ana Vale told reporters."
    )
    assert [[s.name for s in q.speakers] for q in analyse(HEAD + body).quotations] == [["Ana Vale"], ["Ana Vale"]]


def test_block_quotation_is_one_quotation():
    body = (
        "The ministry's statement reads:\n\nWe condemn the attack. It was planned.\n\nWe call for an "
        "inquiry.\n\n(Reporting by the desk.)"
    )
    (q,) = find_quotations(parse_copy(HEAD + body))
    assert q.block and q.text == "We condemn the attack. It was planned.\n\nWe call for an inquiry."


def test_offsets_are_the_quoted_words_in_the_file():
    for text, printed in found("He called it “a disgrace” and “an insult to the families of the dead”."):
        assert text == printed


def test_short_quoted_phrases_are_fragments_and_short_sentences_are_not():
    qs = find_quotations(parse_copy(HEAD + "He warned of “provocations”. “Back in Baku.” she wrote."))
    assert [q.fragment for q in qs] == [True, False]


def test_guillemets_hold_other_marks_and_close_only_with_their_own():
    assert texts("«We call it “terror”, and it is», he said. »Reversed marks close too«, she said.") == [
        "We call it “terror”, and it is",
        "Reversed marks close too",
    ]


def test_single_quotations_hold_double_ones_and_end_before_function_words():
    body = (
        '‘Those who cry "blockade" should read the maps’, she wrote. The ministry said its units had taken '
        "‘adequate measures’ to stop the fire and called the report ‘the farmers' fantasy’."
    )
    assert texts(body) == ['Those who cry "blockade" should read the maps', "adequate measures", "the farmers' fantasy"]


def test_quotations_after_a_multi_paragraph_one_closes_in_the_same_paragraph():
    body = (
        "“A ceasefire is not peace, and we all know it.\n\n“I ask every soldier to hold fire,” she said. “Our "
        "patience has limits,” Haidari said."
    )
    assert texts(body) == [
        "A ceasefire is not peace, and we all know it.",
        "I ask every soldier to hold fire,",
        "Our patience has limits,",
    ]
