"""Stage 6: group the quotations into statements and link each to the statement it quotes.

Consecutive quotations of one speaker (no one else quoted in between, no subhead) are one
statement, as an editor records it (seed 000 quotes the Artsakh MFA's statement over four
paragraphs). A group whose speaker is an existing actor is the existing statement of that actor
whose words it carries once case, punctuation and the form of dates are set aside ("9 November
2020" and "November 9, 2020" are one date): cited with this report's wording, not duplicated.
"""

import re

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


def group_quotations(copy, quotations):
    """Number the groups: quotations of one group become one statement."""
    group, previous = 0, None
    for q in quotations:
        if q.dropped:
            continue
        same = (
            previous is not None
            and q.speaker
            and q.speaker == previous.speaker
            and q.fragment == previous.fragment
            and (not q.fragment or q.part == previous.part)
            and not any(p.kind == "subhead" for p in copy.parts[previous.last_part : q.part + 1])
        )
        if not same:
            group += 1
        q.group = group
        previous = q
    return quotations


def statement_text(quotations):
    """The words of a group as a statement: paragraphs apart, a quotation broken off by “, he said”
    closed with a full stop."""
    paragraphs = []
    for q in quotations:
        text = re.sub(r",$", ".", q.text.strip())
        if q.fragment and paragraphs and quotations[0].fragment:
            paragraphs[-1] += " … " + text
        else:
            paragraphs.append(text)
    return "\n\n".join(paragraphs)


def wording(quotations):
    """The group as this report printed it."""
    if quotations and quotations[0].fragment:
        return " … ".join(q.text for q in quotations)
    return "\n\n".join(q.text for q in quotations)


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
