"""The ingest pipeline: each stage in turn over one file's text. Pure: nothing is read from or
written to the database here; the registry passed in is what the newsroom already holds."""

from newsroom.ingest.actors import Registry, resolve_actors
from newsroom.ingest.cues import find_cue
from newsroom.ingest.linking import group_quotations, link_statements
from newsroom.ingest.mentions import find_mentions
from newsroom.ingest.parse import parse_copy
from newsroom.ingest.quotes import find_quotations
from newsroom.ingest.records import Analysis
from newsroom.ingest.speakers import name_speakers

CONFIDENCE = {"name": 0.95, "surname": 0.9, "pronoun": 0.8, "role": 0.8, "statement": 0.75, "carried": 0.7}


def analyse(text, registry=None):
    """Everything recognised in `text`: its parts, its quotations, their speakers, actors and statements."""
    registry = registry or Registry()
    copy = parse_copy(text)
    quotations = find_quotations(copy)
    for quotation in quotations:
        find_cue(copy, quotation, quotations)
    mentions = find_mentions(copy, quotations)
    name_speakers(copy, quotations, mentions)
    kept = [q for q in quotations if not q.dropped]
    resolve_actors(kept, registry)
    group_quotations(copy, kept)
    link_statements(kept, registry)
    for q in kept:
        score = CONFIDENCE.get(q.why, 0.0) if q.speaker else 0.0
        if q.pattern and q.pattern.startswith("inside"):
            score = min(score, 0.75)
        q.confidence = score
    return Analysis(copy=copy, quotations=kept, mentions=mentions)
