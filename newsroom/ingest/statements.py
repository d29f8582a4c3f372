"""Stage 6a: the statements a report quotes — which quotations are one act of speech, and that
statement's words as printed, its date and its medium.

One statement is one act of speech (a press statement, a post, an interview, a speech, remarks on
one occasion): the quotations of the same speakers, unless their cues tell different media or
days. A quoted phrase inside the reporter's sentence stays a statement of its own unless quoted
beside others of that speaker in the same paragraph. The text is the quoted words, in the order
printed: the two parts of a sentence split by its cue joined as printed (“now,” she said, “but …”
→ “now, but …”), “ … ” where other words stand between two stretches of one paragraph, a blank line
where the report starts a new paragraph of the quotation. A heading repeating the body's words adds
none of its own.
"""

import re

from newsroom.ingest.dates import find_day, resolve
from newsroom.ingest.records import StatementDraft

ELLIPSIS = " … "
MEDIUMS = (
    (
        "social_media_post",
        r"\b(?:tweet\w*|posted|social media|twitter|facebook|telegram|instagram|on x\b|a post|"
        r"his post|her post|its post|x account|vkontakte)",
    ),
    (
        "press_statement",
        r"\b(?:statement|press release|release|communiqu\w*|readout|declaration|letter|report|bulletin|"
        r"written comment|document|resolution|appeal)\b",
    ),
    ("interview", r"\b(?:interview\w*)\b"),
    ("briefing", r"\b(?:briefing|news conference|press conference)\b"),
    (
        "speech",
        r"\b(?:speech|address(?:ed|ing)? (?:to )?(?:parliament|the (?:nation|assembly|parliament|rally|"
        r"conference|congress|summit|forum|session)|lawmakers|a rally|supporters)|told parliament|told lawmakers)\b",
    ),
    ("meeting", r"\b(?:meeting|talks with|told (?:his|her) (?:counterpart|guests?)|session)\b"),
)


def medium_of(cue, lexicon):
    """The medium the cue's words tell (a Statement.Medium value), or "" when they do not say."""
    words = " ".join([cue.verb, cue.phrase or "", cue.extra, cue.lead]).lower()
    verb = lexicon.verb(cue.verb.split()[0]) if cue.verb else None
    if verb is not None and verb.medium:
        return verb.medium
    if re.search(r"\bwrote\b", words) and not re.search(
        r"\b(on|in)\s+(?:a |his |her |its )?(?:post|social|x\b|tele)", words
    ):
        if not re.search(MEDIUMS[0][1], words):
            return ""  # “wrote” alone: a letter, an article, a post — the words do not say
    for medium, pattern in MEDIUMS:
        if re.search(pattern, words):
            return medium
    if cue.verb == "told":
        whom = cue.extra.lower()
    else:
        told = re.search(r"\btold\s+(.{2,40})", words)
        whom = told.group(1) if told else ""
    whom = re.sub(r"^\s*(?:the|a|an)\s+", "", whom)
    if any(w.strip(".,’'s") in lexicon.media for w in whom.split()[:3]):
        return "interview"  # “told Interfax”, “told state television”
    if re.match(r"\s*(?:reporters|journalists|the press|a crowd|the crowd)\b", whom):
        return "remarks"
    return ""


def when_of(cue, lexicon):
    """The words of the cue that say when (“on Thursday”, “in a statement issued on 27 November”):
    after the verb, or in the phrase that opens its sentence; "" when they do not say."""
    for text in (cue.extra, cue.lead):
        found = find_day(text or "", lexicon)
        if found:
            return found[0]
    return ""


def _speakers_key(q):
    return tuple(sorted((s.name, s.unnamed) for s in q.speakers))


def _same_act(group, q, lexicon, partial):
    """`q` belongs to the statement `group` holds: its cue tells no other medium or day, and a
    quoted phrase is only ever grouped with the quotations of its own paragraph."""
    last = group[-1]
    if id(q) in partial or id(last) in partial:
        return q.part == last.last_part
    media = {m.medium for m in group if m.medium}
    if q.medium and media and q.medium not in media:
        return False
    days = {_day_key(m, lexicon) for m in group if m.when}
    return not (q.when and days and _day_key(q, lexicon) not in days)


def _day_key(q, lexicon):
    found = find_day(q.when, lexicon)
    return found[1] if found else q.when


def group_quotations(copy, quotations, lexicon=None):
    """Number the groups: the quotations of one group become one statement. Quotations without a
    speaker are groups of their own; a heading's joins the first statement of its speakers."""
    from newsroom.ingest.lexicon import ENGLISH

    lexicon = lexicon or ENGLISH
    groups, last_of = [], {}
    partial = _partial(copy, quotations)
    for q in quotations:
        if q.dropped or q.heading:
            continue
        key = _speakers_key(q)
        group = last_of.get(key) if key else None
        if group is not None and _same_act(group, q, lexicon, partial):
            group.append(q)
            continue
        group = [q]
        groups.append(group)
        if key:
            last_of[key] = group
    for q in quotations:
        if q.dropped or not q.heading:
            continue
        key = _speakers_key(q)
        first = next((g for g in groups if key and _speakers_key(g[0]) == key), None)
        if first is not None:
            first.insert(0, q)
        else:
            groups.append([q])
    groups.sort(key=lambda g: min(m.start for m in g))
    for number, group in enumerate(groups, start=1):
        group.sort(key=lambda m: m.start)
        for q in group:
            q.group = number
    return groups


def _partial(copy, quotations):
    """The ids of the quotations that are words inside the reporter's sentence (“said the prisoners were
    treated “with care …””): quoted phrases, and quotations opening in lower case that do not go on
    a sentence split by its cue."""
    out, previous = set(), None
    for q in quotations:
        if q.dropped:
            continue
        goes_on = (
            previous is not None and previous.last_part == q.part and _only_a_cue_between(copy.source, previous, q)
        )
        if q.fragment or (not q.block and q.text[:1].islower() and not goes_on):
            out.add(id(q))
        previous = q
    return out


def _only_a_cue_between(source, a, b):
    """Nothing but the cue, set off by commas, stands between quotations `a` and `b` of one paragraph:
    “…,” she said, “…”."""
    between = source[a.end + 1 : b.start - 1].strip(" \n“”\"«»‘’'")
    if not between:
        return True
    if len(between.split()) > 15 or re.search(r"[“”\"«»]", between):
        return False
    # One clause set off by commas: a sentence split by its cue. A cue that is a sentence of its own
    # (“…,” the minister told reporters. “…”) is other words between two stretches.
    return not re.search(r"[.!?;:]", between)


def join(source, a, b):
    """What stands between two stretches of one statement in its text."""
    if a.last_part != b.part:
        return "\n\n"
    if _only_a_cue_between(source, a, b):
        return " "
    return ELLIPSIS


def printed_text(copy, members):
    """The statement's words as printed (see the module's docstring)."""
    body = [q for q in members if not q.heading]
    texts = [q.text for q in body]
    heading = [q for q in members if q.heading and not any(_within(q.text, t) for t in texts)]
    stretches = heading + body
    out = ""
    for previous, q in zip([None, *stretches], stretches, strict=False):
        if previous is not None:
            out += join(copy.source, previous, q) if not previous.heading else ELLIPSIS
        out += q.text
    return out


def _plain(text):
    return " ".join(re.findall(r"[\w\-]+", text.lower()))


def _within(words, text):
    return f" {_plain(words)} " in f" {_plain(text)} "


def draft_statements(copy, quotations, published=None, lexicon=None):
    """The StatementDraft of each group of quotations that has speakers."""
    from newsroom.ingest.lexicon import ENGLISH

    lexicon = lexicon or ENGLISH
    groups = {}
    for q in quotations:
        if not q.dropped and q.speakers:
            groups.setdefault(q.group, []).append(q)
    drafts = []
    for members in groups.values():
        members.sort(key=lambda m: m.start)
        draft = StatementDraft(
            text=printed_text(copy, members),
            quotations=members,
            speakers=list(members[0].speakers),
            medium=next((m.medium for m in members if m.medium), "") or "remarks",
            statement=next((m.statement for m in members if m.statement), None),
        )
        draft.statement_text = next((m.statement_text for m in members if m.statement_text), "")
        when = next((m.when for m in members if m.when), "")
        named = find_day(when, lexicon) if when else None
        made_on = resolve(named[1], published) if named else None
        if made_on is not None:
            draft.made_on, draft.made_on_from = made_on, "text"
        elif published is not None:
            draft.made_on, draft.made_on_from = published, "report"
        drafts.append(draft)
    return drafts
