"""newsroom.core.quoting: the one scanner of quotation marks and the one comparison of wordings,
directly and through what uses it (ingest, the reader's article page, provenance)."""

import pytest

from newsroom.content.models import Citation
from newsroom.core.quoting import (
    comparable,
    overlap,
    plain,
    quoted_spans,
    scan_marks,
    word_keys,
    words,
)
from newsroom.ingest.pipeline import analyse
from newsroom.ingest.service import ingest_create, registry_from_db
from newsroom.reading.provenance import side_by_side

EVERY_MARK = (
    '“One two,” she said. "Three four," he said. ‘Five six,’ they said. «Seven eight,» il a dit. '
    "„Nine ten“, sagte er. »Eleven twelve«, schrieb sie."
)


def spans(text):
    return [text[s:e] for s, e in quoted_spans(text)]


def test_every_kind_of_mark_opens_and_closes():
    assert spans(EVERY_MARK) == [
        "One two,",
        "Three four,",
        "Five six,",
        "Seven eight,",
        "Nine ten",
        "Eleven twelve",
    ]


def test_apostrophes_possessives_and_nested_marks():
    assert spans("Baku’s officials and the officers’ families said the town’s ‘peace plan’ failed.") == ["peace plan"]
    assert spans("‘Those who cry “blockade” know better,’ she wrote.") == ["Those who cry “blockade” know better,"]
    assert spans("«We will answer “firmly” and soon», she said.") == ["We will answer “firmly” and soon"]
    # (a „…“ inside «…» closes with a “ that is no turned closer of the «)
    assert spans("«The so-called „European choice“ is their right,» he noted.") == [
        "The so-called „European choice“ is their right,"
    ]


def test_a_turned_mark_opens_and_an_open_quotation_runs_to_the_paragraph_end():
    assert spans("“We must keep fighting,” he said. ”We need to be aware of that.”") == [
        "We must keep fighting,",
        "We need to be aware of that.",
    ]
    marks = scan_marks("He said: “This goes on in the next paragraph")
    assert [(m.close, m.kind) for m in marks] == [(None, "double")]
    assert spans("He said: “This goes on in the next paragraph") == ["This goes on in the next paragraph"]


def test_comparable_sets_aside_spacing_case_apostrophes_and_a_closing_comma():
    assert comparable("  We  won’t go,  ") == comparable("we won't go.") == "we won't go"
    assert comparable("We will go") != comparable("We will not go")


def test_word_keys_keep_case_and_drop_only_the_closing_punctuation():
    assert word_keys("We can go home now,".split()) == ["We", "can", "go", "home", "now"]
    assert word_keys("Don’t, stop.".split()) == ["Don't,", "stop"]
    assert word_keys([]) == []
    old, new = side_by_side("We can go home now.", "we can go home now,")
    assert old == "<del>We</del> can go home now." and new == "<ins>we</ins> can go home now,"


def test_words_and_overlap_read_dates_in_one_form():
    assert (
        words("On 9 November 2020, they met.")
        == words("On November 9, 2020 they met")
        == [
            "on",
            "2020-11-09",
            "they",
            "met",
        ]
    )
    assert overlap("signed on November 9, 2020 in Moscow", "They signed on 9 November 2020 in Moscow.") == 1.0
    assert overlap("Something else entirely was said", "The statement of 9 November 2020") == 0.0
    assert overlap("peace", "we want peace now") == 1.0 and overlap("pea", "we want peace") == 0.0
    assert plain("“Peace, now!” — said") == "peace now said"


WIRE = """Talks In Vardenis Break Off

VARDENIS, Oct. 3 (Wire) - The talks broke off on Friday.

«We will not sign a paper written for us by others,» said Anna Petrosyan, the delegation's head.

Her counterpart Ilgar Mammadli answered that ‘the door stays open for anyone who wants to walk through it,’ and left.

„The observers will stay until the end of the month“, said Karl Weber, who leads the observers.
"""


@pytest.mark.django_db
def test_quotations_ingest_attributes_in_every_mark_are_linked_on_the_article_page(client, make_published):
    """The reader's page finds with ingest's scanner the «…», ‘…’ and „…“ quotations ingest attributed."""
    analysis = analyse(WIRE, registry_from_db())
    assert [(q.text[:12], q.speaker) for q in analysis.quotations] == [
        ("We will not ", "Anna Petrosyan"),
        ("the door sta", "Ilgar Mammadli"),
        ("The observer", "Karl Weber"),
    ]
    result = ingest_create(text=WIRE, analysis=analysis)
    article = result.article
    citations = list(Citation.objects.filter(article=article).select_related("statement").order_by("order"))
    assert len(citations) == 3
    for citation in citations:
        make_published(citation.statement)
    make_published(article)
    page = client.get(article.get_absolute_url()).content.decode()
    for citation in citations:
        url = citation.statement.get_absolute_url()
        assert f'<q cite="{url}">{citation.statement.text}</q>' in page
    assert page.count('class="quotation-link"') == 3


# Excerpts of quoted words ---------------------------------------------------------------------------------------


def joined(*counts):
    """Stretches of a statement of `counts` words each, joined by the statement's own “ … ” (words left out)."""
    stretches, n = [], 0
    for count in counts:
        stretches.append(" ".join(f"w{n + i}" for i in range(1, count + 1)))
        n += count
    return " … ".join(stretches)


def test_an_excerpt_cut_at_a_statement_s_own_ellipsis_marks_the_cut_once():
    from newsroom.core.quoting import excerpt

    text = joined(3, 4)  # w1 w2 w3 … w4 w5 w6 w7
    assert excerpt(text, 3) == "w1 w2 w3…"
    assert excerpt(text, 4) == "w1 w2 w3…"  # (the fourth word is the statement's own “…”: not “w3 ……”)
    assert excerpt(text, 5) == "w1 w2 w3 … w4…"
    assert excerpt(text, 8) == text


@pytest.mark.django_db
def test_a_statement_s_name_and_its_card_never_print_a_doubled_ellipsis(client, make_published):
    from tests import factories

    statement = factories.statement(text=joined(11, 5))  # (its name shows 12 words: the 12th is the “…”)
    assert str(statement).endswith("w11…”")
    # (a card shows 28 or 40 words: the statement's own “…” at both)
    statement = factories.statement(text=joined(27, 11, 20))
    make_published(statement)
    page = client.get(statement.actor.get_absolute_url()).content.decode()
    assert "w27" in page and "……" not in page
