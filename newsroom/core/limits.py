"""How long free text may be. Generous for real writing, and far below what breaks search or a page.

The database keeps TextField unbounded; the limit is a validator, so forms and `full_clean` (which
every workflow step runs before an item goes to review or out) refuse longer text with a clear error.
"""

from django.core.validators import MaxLengthValidator
from django.db import models

LIMITS = {
    # About 15,000 words: longer than any report a newspaper prints.
    "article.body": 100_000,
    "article.dek": 2_000,
    "statement.text": 50_000,
    "statement.summary": 5_000,
    "citation.wording": 50_000,
    "caption.text": 2_000,
    "correction.text": 5_000,
    "actor.description": 10_000,
    "source.description": 10_000,
    "statementlink.note": 2_000,
    "statementlink.evidence": 2_000,
    "incident.summary": 5_000,
    "factcheck.reasoning": 50_000,
    "livepage.summary": 2_000,
    # An entry of a live page is a few paragraphs; a long one is an article.
    "liveentry.body": 20_000,
    "liveentry.wording": 50_000,
}


def bounded_text(key, *args, **kwargs):
    """A TextField holding at most LIMITS[key] characters: the form's textarea says so, and both
    the form and the model's validation refuse more."""
    limit = LIMITS[key]
    return models.TextField(*args, max_length=limit, validators=[MaxLengthValidator(limit)], **kwargs)


# Tags one item may carry: each is a row and a few queries when saved (5,000 took 21.8 s); a reader's
# page shows them all.
TAGS_PER_ITEM = 50
