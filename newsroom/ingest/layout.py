"""Where sentences and quotations lie in the copy, computed once, so that every later question
(“where does the sentence holding this offset begin?”, “is this offset inside a quotation?”) is a
binary search instead of a rescan of the text. This is what keeps analysis linear in the size of
the copy: the stages never search a paragraph from its start again for each quotation.
"""

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from itertools import pairwise

from newsroom.ingest.grammar import MASK
from newsroom.ingest.letters import LOWER, UPPER

# No sentence reaches further than this (characters) from a point inside it: real sentences are shorter,
# and a paste whose sentences never end (quotation marks left open) must not make every question about
# a point in it a question about the whole paragraph (the work would grow with the square of its length).
SENTENCE_REACH = 600


@dataclass
class Paragraph:
    """One part of the copy with its quotations masked and its sentence ends."""

    start: int  # offset of the part in the file
    masked: str  # the part's raw text, every quotation (marks included) replaced by MASK
    ends: list[int] = field(default_factory=list)  # offsets (in `masked`) just after each sentence end

    @cached_property
    def first_mask(self):
        """Offset of the first quotation in `masked`, or its length when it holds none."""
        at = self.masked.find(MASK)
        return len(self.masked) if at < 0 else at

    def sentence_start(self, at):
        """Offset in `masked` where the sentence holding `at` begins (at most SENTENCE_REACH before it)."""
        i = bisect_right(self.ends, at) - 1
        return max(self.ends[i] if i >= 0 else 0, at - SENTENCE_REACH)

    def sentence_end(self, at):
        """Offset in `masked` just after the sentence holding `at` ends (at most SENTENCE_REACH after it)."""
        i = bisect_left(self.ends, at + 1)
        return min(self.ends[i] if i < len(self.ends) else len(self.masked), at + SENTENCE_REACH)

    def sentences_before(self, at, count):
        """(start, end) of the `count` sentences that end at or before `at`, the nearest first."""
        i = bisect_right(self.ends, at)
        out = []
        while i > 0 and len(out) < count:
            start = self.ends[i - 2] if i >= 2 else 0
            if self.masked[start : self.ends[i - 1]].strip():
                out.append((start, self.ends[i - 1]))
            i -= 1
        return out

    def sentences(self):
        """(start, end) of each sentence, in `masked`'s offsets."""
        bounds = [0, *self.ends]
        if not self.ends or self.ends[-1] < len(self.masked):
            bounds.append(len(self.masked))
        return [(a, b) for a, b in pairwise(bounds) if self.masked[a:b].strip()]


class Layout:
    """The copy's paragraphs, masked and split into sentences, and its quotations' spans."""

    def __init__(self, copy, quotations, grammar):
        self.copy = copy
        self.grammar = grammar
        spans = sorted((q.start, q.end) for q in quotations)
        self._starts = [s for s, _ in spans]
        self._ends = [e for _, e in spans]
        by_part = {}
        for q in quotations:
            if q.block:
                continue
            for index in range(max(q.part, 0), q.last_part + 1):
                by_part.setdefault(index, []).append(q)
        self.paragraphs = {}
        for index, part in enumerate(copy.parts):
            self.paragraphs[index] = self._paragraph(part, by_part.get(index, []), heading=part.kind == "subhead")
        self.head = copy.head and self._paragraph(copy.head, [q for q in quotations if q.part == -1], heading=True)

    def _lowered_verbs(self, text):
        """A headline's or subhead's words with the verbs written as in a sentence (“Kremlin Says” →
        “Kremlin says”), so that the cue patterns read them; offsets stay as they were."""
        verbs = self.grammar.fragment_forms | self.grammar.speech_forms
        return re.sub(
            rf"\b[{UPPER}][{LOWER}]+\b",
            lambda m: m.group(0).lower() if m.group(0).lower() in verbs else m.group(0),
            text,
        )

    def _paragraph(self, part, quotations, heading=False):
        raw = list(self.copy.source[part.start : part.end])
        for q in quotations:
            if q.end < part.start or q.start > part.end:
                continue
            s = max(q.start - 1, part.start) - part.start
            e = min(q.end + 1, part.end) - part.start
            raw[s:e] = MASK * (e - s)
            if q.text.rstrip().endswith((".", "!", "?")) and e - 1 >= 0:
                raw[e - 1] = "."  # a quotation that ends a sentence keeps a full stop at its closing mark
        masked = "".join(raw)
        if heading:
            masked = self._lowered_verbs(masked)
        return Paragraph(start=part.start, masked=masked, ends=self.grammar.sentence_ends(masked))

    def paragraph(self, index):
        return self.head if index == -1 else self.paragraphs[index]

    def inside_quotation(self, at):
        """Whether offset `at` of the file lies inside a quotation's words (quotations never overlap)."""
        i = bisect_right(self._starts, at) - 1
        return i >= 0 and at < self._ends[i]
