"""The ingest pipeline: each stage in turn over one file's text. Pure: nothing is read from or
written to the database here; the registry passed in is what the newsroom already holds."""

import re

from newsroom.ingest.actors import Registry, resolve_actors
from newsroom.ingest.cues import find_cue, other_cues
from newsroom.ingest.dates import header_day, report_date, resolve
from newsroom.ingest.language import ENGLISH
from newsroom.ingest.layout import Layout
from newsroom.ingest.linking import link_statements
from newsroom.ingest.mentions import find_mentions
from newsroom.ingest.parse import parse_copy
from newsroom.ingest.quotes import find_quotations
from newsroom.ingest.records import Analysis
from newsroom.ingest.responses import propose_links
from newsroom.ingest.speakers import name_speakers
from newsroom.ingest.statements import draft_statements, group_quotations, medium_of, when_of

# The stages match about a thousand distinct patterns over a day's copy (those built from the lexicon, and those
# holding a name of the text), more than the 512 compiled patterns the re module keeps: past that it compiled
# them again for every text, a third of the time of an analysis (4.3 s against 2.8 s for 72 labelled texts).
# Its cache may hold more; the oldest are still dropped when it is full, so memory stays bounded.
re._MAXCACHE = max(getattr(re, "_MAXCACHE", 512), 4096)

CONFIDENCE = {
    "name": 0.95,
    "surname": 0.9,
    "pronoun": 0.8,
    "role": 0.8,
    "joint": 0.8,
    "unnamed": 0.8,
    "statement": 0.75,
    "carried": 0.7,
    "headline": 0.7,
}


def analyse(text, registry=None, *, published=None, today=None, language=ENGLISH):
    """Everything recognised in `text`: its parts, its quotations, their speakers, actors and statements.

    `published` is the report's date (a datetime.date), against which the days the text names are read;
    without it, the date the header prints, and a day and month it prints without the year (“YEREVAN, Dec 6
    (Reuters)”) the last such day up to `today` (the day of ingest, when the caller gives it).
    """
    registry = registry or Registry()
    copy = parse_copy(text, language)
    published = published or report_date(copy, language.lexicon)
    if published is None and today is not None:
        day = header_day(copy, language.lexicon)
        published = resolve(day, today) if day else None
    quotations = find_quotations(copy, language.marks)
    layout = Layout(copy, quotations, language.grammar)
    for quotation in quotations:
        quotation.found = find_cue(copy, quotation, layout, language)
        quotation.other_cues = other_cues(copy, quotation, layout, language)
        _read_occasion(quotation, language)
    mentions = find_mentions(copy, quotations, layout, language)
    name_speakers(copy, quotations, mentions, layout, language)
    kept = [q for q in quotations if not q.dropped]
    for quotation in kept:
        _read_occasion(quotation, language)  # (of the cue read instead, where the first named nobody)
    resolve_actors(kept, registry)
    group_quotations(copy, kept, language.lexicon)
    link_statements(kept, registry)
    for q in kept:
        for speaker in q.speakers:
            score = CONFIDENCE.get(speaker.basis, 0.0)
            if q.pattern and q.pattern.startswith("inside"):
                score = min(score, 0.75)
            if q.found is not None:
                score = min(score, q.found.confidence)  # an unknown verb: a proposal, not a finding
            speaker.confidence = score
        q.confidence = q.speakers[0].confidence if q.speakers else 0.0
    statements = draft_statements(copy, kept, published, language.lexicon)
    links = propose_links(copy, statements, kept, mentions, layout, registry, language)
    return Analysis(
        copy=copy, quotations=kept, mentions=mentions, statements=statements, published=published, links=links
    )


def _read_occasion(quotation, language):
    """The medium and the day the quotation's cue tells, where nothing has told them yet."""
    if quotation.found:
        quotation.medium = quotation.medium or medium_of(quotation.found, language.lexicon)
        quotation.when = quotation.when or when_of(quotation.found, language.lexicon)
