"""Stage 6b: link each statement a report quotes to the statement the newsroom already holds.

Which quotations are one statement is statements.py's. A group whose speaker is an existing actor
is the existing statement of that actor whose words it carries once case, punctuation and the form
of dates are set aside ("9 November 2020" and "November 9, 2020" are one date): cited with this
report's wording, not duplicated.
"""

from newsroom.core.quoting import overlap
from newsroom.ingest.statements import group_quotations, printed_text

__all__ = ["group_quotations", "link_statements", "overlap", "statement_text", "wording"]

# Wordings are compared as every part compares them (newsroom/core/quoting.py): `overlap`, the share
# of the quotation's word triples the statement holds, with dates in one form.
LINK_SHARE = 0.6  # of the quotation's word triples found in the statement


def statement_text(quotations, copy=None):
    """The words of a group as a statement: the printed words (statements.printed_text), or, without
    the copy, the quotations one after the other."""
    if copy is not None:
        return printed_text(copy, quotations)
    return "\n\n".join(q.text for q in quotations)


def wording(quotations, copy=None):
    """The group as this report printed it."""
    return statement_text(quotations, copy)


def link_statements(quotations, registry):
    """Fill `statement` (an existing statement's id) and `statement_text` of each quotation's group."""
    groups = {}
    for q in quotations:
        if not q.dropped:
            groups.setdefault(q.group, []).append(q)
    for members in groups.values():
        actor = members[0].actor
        if not actor:
            continue
        text = statement_text(members)
        best, score = None, 0.0
        for statement in registry.statements:
            if statement.actor != actor:
                continue
            share = overlap(text, statement.text)
            if share > score:
                best, score = statement, share
        if best is not None and score >= LINK_SHARE:
            for q in members:
                q.statement, q.statement_text = best.pk, best.text
    return quotations
