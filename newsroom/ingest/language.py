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
    """The marks that open and close a quotation, as stage 2 (quotes.py) reads them."""

    opening: str = "“«„"  # always open a quotation
    ambiguous: str = '"”»'  # open one where an opening mark stands (”We need to be aware…” opens)
    single_open: str = "‘'"
    single_close: str = "’'"  # also apostrophes: quotes.py tells them apart
    # The marks that close a quotation a mark opened (the marks inside «…» may be “…”); any other
    # opening mark is closed by one of `default_closers`.
    closers: dict = field(default_factory=lambda: {"«": "»", "»": "«»"})
    default_closers: str = '”»"'
    pairs: dict = field(default_factory=lambda: {"“": "”", "«": "»", "„": "“"})  # an opening mark's own closer
    turned_closer: str = "“"  # printed where a closing mark belongs, it closes

    @property
    def double_open(self):
        """The marks that open a quotation inside a single-quoted one."""
        return self.opening + '"'

    def closer_of(self, opening):
        return self.closers.get(opening, self.default_closers)


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

    @cached_property
    def parse_cues(self):
        """The words stage 1 reads to tell where block quotations begin and end."""
        from newsroom.ingest.parse import Cues

        return Cues(self.lexicon)


ENGLISH = Language(code="en", lexicon=ENGLISH_LEXICON, marks=QuotationMarks(), cues=REGISTRY)
