"""Stage 6b: link each statement a report quotes to the statement the newsroom already holds.

Which quotations are one statement is statements.py's. A group whose speaker is an existing actor
is the existing statement of that actor whose words it carries once case, punctuation and the form
of dates are set aside ("9 November 2020" and "November 9, 2020" are one date): cited with this
report's wording, not duplicated.
"""

import re

from newsroom.ingest.statements import group_quotations, printed_text

__all__ = ["group_quotations", "link_statements", "overlap", "statement_text", "wording"]

MONTHS = "january february march april may june july august september october november december".split()
MONTH = "|".join(MONTHS)
LINK_SHARE = 0.6  # of the quotation's word triples found in the statement


def normalise_words(text):
    """Lower-case words, dates in one form, punctuation gone."""
    text = text.lower().replace("’", "'")

    def iso(day, month, year):
        return f"{year}-{MONTHS.index(month) + 1:02d}-{int(day):02d}"

    text = re.sub(rf"\b(\d{{1,2}})\s+({MONTH})\s*,?\s+(\d{{4}})\b", lambda m: iso(m[1], m[2], m[3]), text)
    text = re.sub(rf"\b({MONTH})\s+(\d{{1,2}})\s*,?\s+(\d{{4}})\b", lambda m: iso(m[2], m[1], m[3]), text)
    return re.findall(r"[\w\-]+", text)


def _grams(words, n=3):
    if len(words) < n:
        return {tuple(words)} if words else set()
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def overlap(quoted, statement_text):
    """Share of the quotation's word triples that the statement holds (1.0: every word, in order)."""
    q, s = normalise_words(quoted), normalise_words(statement_text)
    if not q:
        return 0.0
    if len(q) < 3:
        joined = " ".join(q)
        return 1.0 if re.search(rf"(^|\s){re.escape(joined)}(\s|$)", " ".join(s)) else 0.0
    grams = _grams(q)
    return len(grams & _grams(s)) / len(grams)


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
