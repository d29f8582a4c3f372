"""Stage 1: the copy's parts (newsroom/ingest/parse.py)."""

import json
import re
from pathlib import Path

import pytest

from newsroom.content.body import parse_body
from newsroom.ingest.parse import parse_copy

TEXTS = Path(__file__).resolve().parent.parent / "fixtures" / "seed-texts"
SEEDS = ["000_df6807e0e8078fea.txt", "002_5f19ac38d71cd182.txt", "003_ea7fa0eaae2a757b.txt"]


def seed_article(name):
    data = json.loads((TEXTS.parent / "seed.json").read_text(encoding="utf-8"))
    index = SEEDS.index(name) + 1
    article = next(r["fields"] for r in data if r["model"] == "newsroom.article" and r["pk"] == index)
    captions = [
        r["fields"]["text"] for r in data if r["model"] == "newsroom.caption" and r["fields"]["article"] == index
    ]
    return article, captions


@pytest.mark.parametrize("name", SEEDS)
def test_seed_copy_splits_into_the_parts_the_editor_recorded(name):
    copy = parse_copy((TEXTS / name).read_text(encoding="utf-8"))
    article, captions = seed_article(name)
    assert copy.headline == article["headline"]
    assert (copy.dateline, copy.byline) == (article["dateline"], article["byline"])
    assert [c.text for c in copy.captions] == captions
    # The body is the editor's, but for the boilerplate the issue asks to drop ("A video … can be seen at").
    expected = [b for b in parse_body(article["body"]) if not b.text.startswith("A video of the incident")]
    assert [(b.kind, b.text, b.paragraphs) for b in parse_body(copy.body)] == [
        (b.kind, b.text, b.paragraphs) for b in expected
    ]


def test_boilerplate_is_dropped_and_listed():
    copy = parse_copy((TEXTS / SEEDS[0]).read_text(encoding="utf-8"))
    assert copy.dropped == [
        "Get the Mirror in your inbox:",
        "A video of the incident can be seen at",
        "Get the Mirror-Spectator Weekly in your inbox:",
    ]
    assert "inbox" not in copy.body


def test_caption_positions_count_the_blocks_before_the_photo():
    copy = parse_copy((TEXTS / SEEDS[0]).read_text(encoding="utf-8"))
    assert [c.position for c in copy.captions] == [0, 11, 22]


def test_block_quotation_after_a_colon_runs_to_the_credit_line():
    copy = parse_copy((TEXTS / SEEDS[0]).read_text(encoding="utf-8"))
    (quote,) = [b for b in parse_body(copy.body) if b.kind == "quote"]
    assert len(quote.paragraphs) == 7 and quote.paragraphs[0].startswith("The facts prove")


def test_offsets_point_into_the_file():
    text = (TEXTS / SEEDS[0]).read_text(encoding="utf-8")
    for part in parse_copy(text).parts:
        assert " ".join(text[part.start : part.end].split()) == part.text


def test_byline_line_dateline_with_agency_and_a_newsletter_prompt():
    copy = parse_copy(
        "Storm Hits Coast\n\nBy Jane Roe\n\nPORTLAND, Maine (AP) — A storm hit the coast on Monday, officials said.\n\n"
        "Sign up for our newsletter\n\nMore rain is expected on Tuesday across the region."
    )
    assert (copy.headline, copy.byline, copy.dateline) == ("Storm Hits Coast", "Jane Roe", "PORTLAND")
    assert copy.body.startswith("A storm hit the coast")
    assert copy.dropped == ["Sign up for our newsletter"]


def test_a_colon_that_is_not_an_introduction_starts_no_block_quotation():
    copy = parse_copy(
        "Headline Words Here Now\n\nThe figures were these: many and more.\n\nGet our briefing in your inbox:\n\nThe rest of the report follows here as usual."
    )
    assert [p.kind for p in copy.parts] == ["paragraph", "paragraph"]


@pytest.mark.parametrize("name", SEEDS)
def test_copy_with_one_paragraph_a_line_splits_like_blank_line_copy(name):
    text = (TEXTS / name).read_text(encoding="utf-8")
    single = re.sub(r"\n\s*\n", "\n", text)
    assert [p.text for p in parse_copy(single).parts] == [p.text for p in parse_copy(text).parts]


def test_headline_and_subheads_ending_with_a_quoted_word_are_not_prose():
    text = (
        'Morning Digest: Floods in the north, Kestria warns over "bridge"\n\n'
        "Good morning. Here is what you need to know today.\n\n"
        '3. Kestria warns again over "Northern route"\n\n'
        "The Kestrian Foreign Ministry said on Monday that it would not accept any change to the border.\n\n"
        'According to the Serevian Foreign Ministry, the handover "shows that the mechanisms work"\n\n'
        "The two sides met on Tuesday."
    )
    copy = parse_copy(text)
    assert copy.headline.startswith("Morning Digest")
    assert '3. Kestria warns again over "Northern route"' in [
        c.text for c in copy.captions
    ]  # a subhead, not a paragraph
    kinds = [(p.kind, p.text[:12]) for p in copy.parts]
    assert ("paragraph", "According to") in kinds  # a sentence with a comma, not a subhead
    assert not any(p.text.startswith(("Morning Digest", "3. Kestria")) for p in copy.parts)
