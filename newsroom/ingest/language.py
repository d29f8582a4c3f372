"""The language seam: what the stages need to know about the language of the copy.

A `Language` is a lexicon (lexicon.py), the quotation marks its printers use, a grammar built from
the lexicon (grammar.py: noun phrases, subjects, sentence ends) and the cue registry (cues.py).
English is the only one today. Another, say Russian copy printed with «…» and „…“, is a new
Lexicon, a QuotationMarks, a Grammar subclass for the few patterns that differ and its own cue
registry; the stages themselves take the language as an argument and stay as they are.
"""

from dataclasses import dataclass, field
from functools import cached_property

from newsroom.ingest.cues import REGISTRY
from newsroom.ingest.grammar import Grammar
from newsroom.ingest.lexicon import ENGLISH as ENGLISH_LEXICON
from newsroom.ingest.lexicon import Lexicon
from newsroom.ingest.mentions import Names


@dataclass(frozen=True)
class QuotationMarks:
    """The marks that open and close a quotation. `closers` maps an opening mark to the marks that
    may close it; a mark in `closes_only_itself` is closed by its own closer alone (the marks inside
    «…» may be “…”)."""

    double_open: str = '“«„"'
    double_close: str = '”»"'
    single_open: str = "‘'"
    single_close: str = "’'"
    closers: dict = field(default_factory=lambda: {"«": "»", "»": "«»"})
    # Marks printed where an opening mark belongs still open (”We need to be aware…”).
    reversed_open: str = '"”»'

    @property
    def all(self):
        return self.double_open + self.double_close + self.single_open + self.single_close

    def closer_of(self, opening):
        return self.closers.get(opening, self.double_close)


@dataclass(frozen=True)
class Language:
    code: str
    lexicon: Lexicon
    marks: QuotationMarks
    cues: tuple  # the cue registry, in the order its patterns are tried
    grammar_class: type = Grammar

    @cached_property
    def grammar(self):
        return self.grammar_class(self.lexicon)

    @cached_property
    def names(self):
        return Names(self.lexicon)


ENGLISH = Language(code="en", lexicon=ENGLISH_LEXICON, marks=QuotationMarks(), cues=REGISTRY)
