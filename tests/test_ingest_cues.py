"""Stage 3: the cue registry (newsroom/ingest/cues.py), each pattern on the examples it exists for."""

import pytest

from newsroom.ingest.cues import REGISTRY, find_cue, site_of
from newsroom.ingest.language import ENGLISH
from newsroom.ingest.layout import Layout
from newsroom.ingest.parse import parse_copy
from newsroom.ingest.quotes import find_quotations

HEAD = "A Headline In Title Case\n\n"
CASES = [(pattern, example) for pattern in REGISTRY for example in pattern.examples]


def located(pattern, example):
    """The copy, the example's quotation and the layout, the example set as a headline when the
    pattern reads headings and as the body otherwise."""
    if pattern.name.startswith("heading"):
        text = example.text + "\n\nThe body of the report follows here, in a sentence of its own."
    else:
        text = HEAD + example.text
    copy = parse_copy(text)
    quotations = find_quotations(copy)
    layout = Layout(copy, quotations, ENGLISH.grammar)
    return copy, quotations[example.quotation], layout


def test_every_pattern_has_examples_and_a_unique_name():
    assert all(p.examples for p in REGISTRY)
    assert len({p.name for p in REGISTRY}) == len(REGISTRY)


@pytest.mark.parametrize(("pattern", "example"), CASES, ids=[f"{p.name}: {e.text[:40]}" for p, e in CASES])
def test_each_pattern_reads_its_examples(pattern, example):
    copy, quotation, layout = located(pattern, example)
    cue = pattern.match(site_of(copy, quotation, layout, ENGLISH.grammar))
    assert cue is not None, "the pattern does not match its own example"
    assert cue.phrase == example.phrase or (example.phrase is None and cue.nobody), cue


@pytest.mark.parametrize(("pattern", "example"), CASES, ids=[f"{p.name}: {e.text[:40]}" for p, e in CASES])
def test_the_registry_order_gives_each_example_to_its_pattern(pattern, example):
    """No pattern earlier in the registry reads the example first."""
    copy, quotation, layout = located(pattern, example)
    cue = find_cue(copy, quotation, layout, ENGLISH)
    assert cue is not None
    if example.phrase is None and pattern.name != "unread cue":
        assert cue.nobody
    else:
        assert cue.pattern in (pattern.name, *pattern.variants)
