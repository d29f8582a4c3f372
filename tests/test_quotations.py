"""newsroom.reading.quotations: citations' wording found in the parsed body of the seed articles."""

import pytest
from django.core.management import call_command

from newsroom.content.body import parse_body
from newsroom.content.models import Article, Citation
from newsroom.reading.quotations import Segment, comparable, link_quotations, linked_citations, pieces

pytestmark = pytest.mark.django_db


@pytest.fixture
def seed(db):
    call_command("loaddata", "seed", verbosity=0)


def quoted_in(article):
    blocks = link_quotations(article.body_blocks, list(article.citations.select_related("statement")))
    return blocks


def test_pieces_split_paragraphs_and_elisions_and_drop_closing_commas():
    wording = "We must keep fighting, … We need to be aware.\n\nSecond paragraph,"
    assert pieces(wording) == ["we must keep fighting", "we need to be aware", "second paragraph"]
    assert comparable("  Said  it,  ") == "said it"


@pytest.mark.parametrize("pk", [1, 2, 3])
def test_every_seed_citation_is_found_in_its_article(seed, pk):
    article = Article.objects.get(pk=pk)
    found = linked_citations(quoted_in(article))
    assert set(found) == set(article.citations.all())


def test_a_word_quoted_by_two_speakers_goes_to_each_in_turn(seed):
    """“provocations” is the Artsakh government's in the first paragraph and Bayramov's later on."""
    blocks = quoted_in(Article.objects.get(pk=1))
    quoted = [(s.text, s.citation.statement.actor.name) for b in blocks for s in b.segments if s.citation]
    provocations = [speaker for text, speaker in quoted if text == "provocations"]
    assert provocations == ["Government of the Republic of Artsakh", "Jeyhun Bayramov"]


def test_a_block_quotation_links_as_a_whole(seed):
    blocks = quoted_in(Article.objects.get(pk=1))
    quote = next(b for b in blocks if b.kind == "quote")
    assert quote.citation.statement.pk == 11
    assert all(len(p) == 1 and p[0].citation is None for p in quote.paragraphs)


def test_quotation_marks_stay_outside_the_quotation_and_text_is_kept_whole(seed):
    article = Article.objects.get(pk=3)
    blocks = quoted_in(article)
    for original, block in zip(article.body_blocks, blocks, strict=True):
        if block.kind == "paragraph":
            assert "".join(s.text for s in block.segments) == original.text
    first_quote = next(s for b in blocks for s in b.segments if s.citation)
    assert first_quote.text.startswith("The EU is sorry") and not first_quote.text.startswith("“")


def test_a_short_word_is_not_taken_for_part_of_a_longer_statement(seed):
    """Article 003 quotes “concern” (EU, NATO): no cited statement says just that, though one says
    “Very concerned ...”."""
    blocks = quoted_in(Article.objects.get(pk=3))
    assert not [s for s in blocks[0].segments if s.citation]


def test_quotations_of_statements_not_passed_in_stay_plain(seed):
    article = Article.objects.get(pk=1)
    others = list(Citation.objects.filter(article=article).exclude(statement__pk=5))
    blocks = link_quotations(article.body_blocks, others)
    assert all(s.citation is None or s.citation.statement_id != 5 for b in blocks for s in b.segments)
    assert "terrorism" in "".join(s.text for b in blocks for s in b.segments)


def test_anchors_are_unique_on_a_page(seed):
    blocks = quoted_in(Article.objects.get(pk=1))
    anchors = [s.anchor for b in blocks for s in b.segments if s.citation]
    assert len(anchors) == len(set(anchors)) > 10


def test_a_body_without_citations_is_one_plain_segment_per_paragraph():
    blocks = link_quotations(parse_body("He said “hello”.\n\n## Sub"), [])
    assert blocks[0].segments == [Segment("He said “hello”.")]
    assert blocks[1].segments == [Segment("Sub")]
