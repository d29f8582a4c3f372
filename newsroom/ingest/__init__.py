"""Ingest: news copy in, quotations found and attributed, statements linked across reports.

Stages, each a pure function over the records in records.py: parse (the copy's parts) → quotes
(the quotations) → cues (the speech verb and who it names) → speakers (the speaker in full) →
actors (an existing Actor or a new one) → linking (the Statement it quotes). pipeline.analyse runs
them; service.ingest_create writes the draft; quality measures them on the labelled set.
"""

from newsroom.ingest.pipeline import analyse

__all__ = ["analyse"]
