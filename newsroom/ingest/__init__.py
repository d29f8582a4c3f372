"""Ingest: news copy in, quotations found and attributed, statements drafted in the printed words.

Stages, each a pure function over the records in records.py, run by pipeline.analyse: parse (the
copy's parts: headline, dateline, body, subheads, captions) → quotes (the quotations) → cues (the
construction that attributes each, by the registry of named patterns in cues.py) → mentions (who
the text names) → speakers (the speakers in full: named, unnamed or several together) → actors (an
existing Actor or a proposal) → statements (which quotations are one act of speech; its text as
printed, its day and medium) → linking (the Statement the newsroom already holds) → responses (the
links between statements the copy's own words state: “dismissed claims by X”, “in response to”).

Every stage takes the `Language` (language.py): a lexicon of all the words the stages know
(lexicon.py), the quotation marks, the phrase grammar built from the lexicon (grammar.py) and the
cue registry. Their patterns read a capital and a small letter as letters.py defines them (Latin
letters beyond ASCII: “Özbilgin”, “İSTANBUL”). layout.py computes sentence and quotation
boundaries once, so the analysis stays linear in the size of the copy. service.ingest_create
writes the draft; quality measures the stages on labelled copy; printed checks that a statement's
text is the printed words.
"""

from newsroom.ingest.pipeline import analyse

__all__ = ["analyse"]
