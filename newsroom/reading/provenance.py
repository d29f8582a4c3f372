"""A statement's provenance: every published report quoting it in date order, the first appearance,
each report's wording beside the statement's words with the differences marked, and the chain by
which the newsroom knows it (the actor, the outlet that carried it, the reports that quote it)."""

import difflib
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe

from newsroom.content.models import ArticleSource
from newsroom.core.quoting import word_keys


@dataclass
class Appearance:
    """One published report quoting the statement."""

    citation: object
    first: bool
    differs: bool
    # [(statement's paragraph HTML, this report's paragraph HTML)]: <del> marks the statement's
    # words the report does not print, <ins> the report's own.
    paragraphs: list = field(default_factory=list)
    via_source: bool = False  # the report credits the outlet the statement is known from as a source

    @property
    def article(self):
        return self.citation.article


@dataclass
class Provenance:
    statement: object
    appearances: list

    @property
    def first(self):
        return self.appearances[0] if self.appearances else None


def side_by_side(old, new):
    """(old HTML, new HTML) of two texts word by word: the words of `old` that `new` does not print
    in <del> on the left, the words `new` has instead in <ins> on the right; all else escaped."""
    a, b = old.split(), new.split()
    left, right = [], []
    matcher = difflib.SequenceMatcher(None, word_keys(a), word_keys(b), autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        old_part, new_part = escape(" ".join(a[a1:a2])), escape(" ".join(b[b1:b2]))
        if op == "equal":
            left.append(old_part)
            right.append(new_part)
            continue
        if old_part:
            left.append(f"<del>{old_part}</del>")
        if new_part:
            right.append(f"<ins>{new_part}</ins>")
    return mark_safe(" ".join(left)), mark_safe(" ".join(right))


def _paragraph_pairs(statement_paragraphs, wording_paragraphs):
    if len(statement_paragraphs) == len(wording_paragraphs):
        return [side_by_side(s, w) for s, w in zip(statement_paragraphs, wording_paragraphs, strict=True)]
    # Paragraphs merged or left out: compare the whole text as one.
    return [side_by_side(" ".join(statement_paragraphs), " ".join(wording_paragraphs))]


def _printed_on(article):
    return article.original_published_on or timezone.localdate(article.first_published_at)


def provenance(statement, citations):
    """The statement's Provenance from `citations`, its citations in published articles
    (querysets.citations_in_live_articles(), with the article fetched)."""
    # In the order printed: the day the report's own outlet printed it where the newsroom knows it (an
    # ingested wire story's date), else the day it went live here.
    ordered = sorted(citations, key=lambda c: (_printed_on(c.article), c.article.first_published_at, c.article.pk))
    via = set()
    if statement.source_id and ordered:
        via = set(
            ArticleSource.objects.filter(
                article__in=[c.article_id for c in ordered], source=statement.source_id
            ).values_list("article", flat=True)
        )
    appearances = []
    for index, citation in enumerate(ordered):
        differs = citation.differs_from_statement
        appearances.append(
            Appearance(
                citation=citation,
                first=index == 0,
                differs=differs,
                paragraphs=_paragraph_pairs(statement.paragraphs, citation.paragraphs) if differs else [],
                via_source=citation.article_id in via,
            )
        )
    return Provenance(statement=statement, appearances=appearances)
