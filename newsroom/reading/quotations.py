"""Where an article's text quotes the statements it cites: each citation's wording found in the body.

Works on the parsed blocks of newsroom.content.body. A citation's wording is the article's own
printing of the statement; it may leave words out (marked “…”) and run over several paragraphs. Each run
of words between elisions and paragraph breaks is a *piece*; a quotation in the body (the words
between quotation marks, or a whole block quotation) links to the citation one of whose pieces
it is. The caller passes only citations readers may see (querysets.citations_of_live_statements()), so
nothing here decides what is public. Quotation marks are scanned and wordings compared as ingest
does (newsroom/core/quoting.py), so a quotation in «…», ‘…’ or „…“ that ingest attributed is linked too.
"""

import itertools
import re
from dataclasses import dataclass, field

from newsroom.core.quoting import comparable, quoted_spans

ELISION = re.compile(r"\s*(?:…|\.\.\.)\s*")
# A shorter run is only taken as part of a longer one from this many words: “concern” must not
# link to a statement that says “very concerned”.
CONTAINED_MIN_WORDS = 4


@dataclass
class Segment:
    """A run of a paragraph's text; `citation` is set when the run quotes a cited statement."""

    text: str
    citation: object = None
    anchor: int = 0  # unique on the page, for the ids a quotation's speaker note needs


@dataclass
class QuotedBlock:
    """A body block with its quotations found: `segments` for a paragraph or subhead; for a block
    quotation, `paragraphs` (lists of segments) and `citation` when the whole block quotes one."""

    block: object
    segments: list = field(default_factory=list)
    paragraphs: list = field(default_factory=list)
    citation: object = None

    @property
    def kind(self):
        return self.block.kind


def pieces(wording):
    """The unbroken runs of a wording: its paragraphs, split where words were left out."""
    runs = (ELISION.split(paragraph) for paragraph in wording.split("\n\n"))
    return [comparable(run) for run in itertools.chain.from_iterable(runs) if comparable(run)]


def _matches(quoted, piece):
    if quoted == piece:
        return True
    shorter, longer = sorted((quoted, piece), key=len)
    return len(shorter.split()) >= CONTAINED_MIN_WORDS and shorter in longer


class _Finder:
    """Finds the citation a quotation comes from, preferring pieces not yet found in the text: the
    same word quoted twice (“provocations”) goes to each citation that printed it, in order."""

    def __init__(self, citations):
        self.candidates = [(piece, citation) for citation in citations for piece in pieces(citation.wording)]
        self.found = set()
        self.anchors = itertools.count(1)

    def find(self, quoted):
        quoted = comparable(quoted)
        if not quoted:
            return None
        matching = [(i, c) for i, (piece, c) in enumerate(self.candidates) if _matches(quoted, piece)]
        if not matching:
            return None
        index, citation = next(((i, c) for i, c in matching if i not in self.found), matching[0])
        self.found.add(index)
        return citation

    def segments(self, text):
        """The text cut into plain runs and quotations of cited statements (marks left outside)."""
        out, start = [], 0
        # The quotations as ingest finds them (newsroom/core/quoting.py): “…”, "…", ‘…’, «…», „…“.
        for begin, end in quoted_spans(text):
            citation = self.find(text[begin:end])
            if citation is None:
                continue
            out.append(Segment(text[start:begin]))
            out.append(Segment(text[begin:end], citation, next(self.anchors)))
            start = end
        out.append(Segment(text[start:]))
        return [segment for segment in out if segment.text]

    def whole_block(self, paragraphs):
        """The citation every paragraph of a block quotation comes from, if there is one."""
        for citation in dict.fromkeys(c for _, c in self.candidates):
            own = pieces(citation.wording)
            if all(any(_matches(comparable(p), piece) for piece in own) for p in paragraphs):
                return citation
        return None


def link_quotations(blocks, citations):
    """QuotedBlocks for `blocks` (newsroom.content.body.parse_body), quotations linked to `citations`."""
    finder = _Finder(list(citations))
    quoted = []
    for block in blocks:
        if block.kind == "quote":
            citation = finder.whole_block(block.paragraphs)
            paragraphs = (
                [[Segment(p)] for p in block.paragraphs] if citation else [finder.segments(p) for p in block.paragraphs]
            )
            quoted.append(QuotedBlock(block, paragraphs=paragraphs, citation=citation))
        else:
            segments = finder.segments(block.text) if block.kind == "paragraph" else [Segment(block.text)]
            quoted.append(QuotedBlock(block, segments=segments))
    return quoted


def linked_citations(quoted_blocks):
    """The citations the text links to at least once, in order of first appearance."""
    found = []
    for qb in quoted_blocks:
        found.append(qb.citation)
        found.extend(s.citation for s in itertools.chain(qb.segments, *qb.paragraphs))
    return list(dict.fromkeys(c for c in found if c is not None))
