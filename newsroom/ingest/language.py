"""The language seam: what the stages need to know about the language of the copy.

A `Language` is a lexicon (lexicon.py), the quotation marks its printers use, a grammar built from
the lexicon (grammar.py: noun phrases, subjects, sentence ends) and the cue registry (cues.py).
English is the only one today. Another, say Russian copy printed with «…» and „…“, is a new
Lexicon, a QuotationMarks, a Grammar subclass for the few patterns that differ and its own cue
registry; the stages themselves take the language as an argument and stay as they are.
"""

from dataclasses import dataclass
from functools import cached_property

from newsroom.core.quoting import QuotationMarks
from newsroom.ingest.cues import REGISTRY
from newsroom.ingest.grammar import Grammar
from newsroom.ingest.lexicon import ENGLISH as ENGLISH_LEXICON
from newsroom.ingest.lexicon import Lexicon
from newsroom.ingest.mentions import Names

__all__ = ["ENGLISH", "Language", "QuotationMarks"]  # QuotationMarks: newsroom/core/quoting.py


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
