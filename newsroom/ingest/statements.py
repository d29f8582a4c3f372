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
from dataclasses import replace

from newsroom.ingest.dates import find_day, resolve
from newsroom.ingest.grammar import bare_word
from newsroom.ingest.letters import LOWER, UPPER
from newsroom.ingest.lexicon import ENGLISH, SPEECH
from newsroom.ingest.records import StatementDraft

ELLIPSIS = " … "
# A question put to the speaker, up to what it asks (the day it was asked may come before that word).
# (“Asked about the deal on Monday”: the day it was asked about it, as far as the words tell)
QUESTION = r"(?:When\s+)?[Aa]sked\b(.*?)\b(?:whether|if|what|when|why|how|who)\b"
CUE_WORDS = 30  # the most words a cue between two stretches of one speaker's words may have
# Words of an act of speech besides the verbs (the day of which a sentence may name).
ACTS = {"told", "wrote", "clear", "statement", "post", "posted", "interview", "briefing", "speech", "address"}
SPEECH_WORDS = {f.split()[0] for f in ENGLISH.forms(SPEECH, kinds=("third", "past")) | {"say"}}
DOCUMENTS = (
    r"(?:statement|press release|release|communiqu\w*|readout|declaration|letter|report|bulletin|document|"
    r"resolution|appeal|note|message|decision|verdict|conclusion|warning)"
)
MEDIUMS = (
    (
        "social_media_post",
        r"\b(?:tweet\w*|posted|social media|twitter|facebook|telegram|instagram|on x\b|(?:a|his|her|its|their) post|"
        r"x account|vkontakte)",
    ),
    # A document as the vehicle of the words (“said in a statement”, “In a joint statement, …”), not a
    # document they speak of (“the report, which he said was “…””).
    (
        "press_statement",
        rf"\b(?:in|with|issued|released|published|posted|circulated|signed)\s+(?:a|an|its|his|her|their|the|this)\s+"
        rf"(?:[\w\-]+\s+){{0,2}}?{DOCUMENTS}\b|\b(?:written|e-?mailed)\s+(?:comments?|statement|response|reply|answers?)\b",
    ),
    ("interview", r"\binterview\w*"),
    ("briefing", r"\b(?:briefing|news conference|press conference)\b"),
    (
        "speech",
        r"\b(?:speech|(?:televised|video|television|annual|inaugural|new year) address|"
        r"address(?:ed|ing)? (?:to )?(?:parliament|the (?:nation|assembly|parliament|rally|"
        r"conference|congress|summit|forum|session|meeting|plenary|ceremony)|lawmakers|a rally|supporters)|"
        r"told parliament|told lawmakers|"
        # “Speaking at the seventh meeting of OTS transport ministers”, “at the conference's plenary session”:
        # a speech to a gathering
        r"speaking at (?:a|the) (?:[\w\-’']+\s+){0,3}?(?:meeting|session|conference|forum|summit|congress)\s+of|"
        r"speaking at (?:a|the) (?:[\w\-’']+\s+){0,3}?(?:plenary|conference|forum|summit|congress)|"
        # “said at the rally”, “told the crowd from the stage”, “speaking in parliament”
        # (“said at the international conference”, “at the “Caspian Logistics Week” international forum”)
        # (not where somebody works: “an energy analyst at the Tbilisi-based Caucasus Economic Forum”)
        r"(?<!analyst )(?<!analysts )(?<!expert )(?<!researcher )(?<!fellow )(?<!economist )(?<!director )"
        r"(?:at|to)\s+(?:a|the)\s+(?:(?:[“\"«][^”\"»]{1,60}[”\"»]|\x00+)\s+)?(?:[\w\-]+\s+){0,4}?"
        r"(?:rally|demonstration|march|ceremony|plenary|congress|forum|conference|summit|symposium)|"
        r"from the (?:stage|rostrum|podium)|(?:before|to) (?:the )?parliament|(?:told|to) the crowd)\b",
    ),
    (
        "meeting",
        r"\b(?:(?:at|during|in|told)\s+(?:a|an|the|their|his|her|today[’']s|\w+day[’']s)\s+(?:[\w\-]+\s+){0,2}?"
        r"(?:meeting|session|sitting|hearing|talks|consultations|negotiations)|talks with|(?:met|meeting) with|"
        r"told (?:his|her) (?:counterpart|guests?))\b",
    ),
)


# Words said in a courtroom (a defendant's last word, a statement to the court) or to a rally: a speech.
IN_COURT = r"\b(?:to|told|before|in) (?:the|a) (?:court|judges?|jury|tribunal)\b|\blast word\b"
TO_A_CROWD = (
    r"\b(?:told|addressed|addressing|speaking to|spoke to)\s+(?:(?:thousands|hundreds|crowds|dozens) of\s+"
    r"|(?:several|a few|some|about|around|over|more than)\s+(?:hundred|thousand|dozen)\s+|\d[\d,]*\s+)?"
    r"(?:cheering\s+|flag-waving\s+)?(?:supporters|a rally|the rally|rally-goers|demonstrators|protesters|"
    r"the crowd of supporters|a crowd of supporters|voters at)\b"
)
# An outlet that is not in the lexicon, by the form of its name (“Civil.ge”, “Azatutyun.am”, “Eurasianet”),
# or words that say the reporter asked (“by phone”, “in response to an inquiry from”).
TO_AN_OUTLET = (
    rf"\b(?i:told|speaking to|spoke to|in (?:comments|remarks) to)\s+(?:[{UPPER}][\w\-]*\.(?:am|az|ge|ru|com|net|org)|"
    rf"[{UPPER}]\w*(?i:net|news|press|tv|fm|radio|media)|RFE/RL)\b"
)
ASKED = (
    r"\b(?:by (?:tele)?phone|in response to (?:an|a|our|a written) (?:inquiry|request|question)|asked by|"
    r"shared (?:his|her|their) (?:impressions|views|thoughts) with|in response to questions from)\b"
)


def medium_of(cue, lexicon):
    """The medium the cue's words tell (a Statement.Medium value), or "" when they do not say."""
    phrase = (cue.phrase or "").lower()
    words = " ".join([cue.verb, phrase, cue.extra, cue.lead, cue.aside]).lower()
    # the verb with the words after it, and the sentence's other words: “Ghukasyan told supporters …”
    printed = " ".join([cue.verb + cue.extra, cue.phrase or "", cue.lead, cue.aside])
    verb = lexicon.verb(cue.verb.split()[0]) if cue.verb else None
    if verb is not None and verb.medium:
        return verb.medium
    if re.search(IN_COURT, words) or re.search(IN_COURT, printed.lower()) or re.search(TO_A_CROWD, printed.lower()):
        return "speech"
    if re.search(TO_AN_OUTLET, printed) or re.search(ASKED, words):
        return "interview"
    if cue.verb in ("states", "stated", "stipulates", "notes", "noted") and re.search(
        rf"^\s*(?:the|a|an|their|its)\s+(?:[\w\-]+\s+){{0,2}}?{DOCUMENTS}\b", (cue.lead or "").lower()
    ):
        return "press_statement"  # “The joint declaration adopted … by X states that …”
    if re.search(r"\bwrote\b", words) and not re.search(dict(MEDIUMS)["social_media_post"], words):
        return ""  # “wrote” alone: a letter, an article, a post — the words do not say
    if re.search(rf"(?:^|\s){DOCUMENTS}\b", phrase) or cue.verb in ("statement", "reads", "read"):
        return "press_statement"  # “the statement said”, “ANAMA's statement reads”
    for medium, pattern in MEDIUMS:
        # (in the cue's words, or as printed: “Abashidze told lawmakers”, the name between verb and words)
        if re.search(pattern, words) or re.search(pattern, printed.lower()):
            return medium
    if cue.verb == "told":
        whom = cue.extra.lower()
    else:
        # (“Speaking to Anadolu after the meeting, …”, “…, speaking to Kommersant on condition of anonymity”)
        told = re.search(r"\b(?:told|speaking to|spoke to|talking to|in (?:comments|remarks) to)\s+(.{2,40})", words)
        whom = told.group(1) if told else ""
    whom = re.sub(r"^\s*(?:the|a|an)\s+", "", whom)
    if any(bare_word(w) in lexicon.media for w in whom.split()[:3]):
        return "interview"  # “told Interfax”, “told state television”
    if re.match(r"\s*(?:reporters|journalists|the press|a crowd|the crowd)\b", whom):
        return "remarks"
    return ""


def _introduction(copy, q):
    """The reporter's words that introduced a quotation's speaker: its paragraph's words before it, or
    the paragraph before when the quotation opens its own — only when they name the speaker or the
    quotation's cue refers back to them (“he”, “the official”); "" otherwise."""
    if not 0 <= q.part < len(copy.parts) or not q.speakers:
        return ""
    part = copy.parts[q.part]
    before = copy.source[part.start : max(part.start, q.start)]
    if not before.strip(" \n“”\"«»‘’'„") and q.part > 0 and copy.parts[q.part - 1].kind == "paragraph":
        before = copy.parts[q.part - 1].text
    if not before.strip():
        return ""
    phrase = (q.found.phrase if q.found else "") or ""
    name = q.speakers[0].name.split()[-1] if q.speakers[0].name else ""
    refers_back = re.match(r"(?i)(?:he|she|they|it|the|this|that)\b", phrase.strip())
    if not (refers_back or (name and name[:1].isupper() and name in before)):
        return ""
    return before


def _context_medium(copy, q, lexicon):
    """The medium the words that introduced the speaker tell when the quotation's cue does not
    (“An official … told Eurasianet that … ⏎ “…,” the official said.”). Only the forms that cannot be
    about something else: an interview, an outlet spoken to, a question asked, a post, a statement issued, a
    speech given (“who also addressed the conference”)."""
    before = _introduction(copy, q)
    if not before:
        return ""
    low = before.lower()
    told = re.search(
        rf"\b(?:told|speaking to|spoke to|interview with)\s+(?:[Tt]he\s+)?((?:[{UPPER}][\w\-.]*\s+){{0,2}}[\w\-.]+)",
        before,
    )
    if (
        re.search(r"\binterview", low)
        or re.search(TO_AN_OUTLET, before)
        or re.search(ASKED, low)
        or (told and any(bare_word(w) in lexicon.media for w in told.group(1).split()))
    ):
        return "interview"
    if re.search(r"\b(?:in|on) (?:a|an|his|her|its|their) (?:post|tweet|message)\b|\bposted\b", low):
        return "social_media_post"
    if re.search(
        r"\b(?:said|says|stated|announced|added) in (?:a|an|its|their) (?:\w+ )?(?:statement|press release|communiqu)"
        r"|\b(?:issued|released|published) (?:a|an) (?:\w+ )?(?:statement|press release|communiqu)",
        low,
    ):
        return "press_statement"  # “X said in a statement that …” ⏎ ““…,” the company said.”
    if (
        re.search(dict(MEDIUMS)["speech"], low)
        or re.search(TO_A_CROWD, low)
        or re.search(
            r"\b(?:addressed|addressing) the\b|\bin (?:his|her|their) (?:opening |closing |welcoming )?"
            r"(?:speech|remarks|address)\b|\bclosing arguments\b",
            low,
        )
    ):
        return "speech"  # “X, who also addressed the conference, …” ⏎ ““…,” the ambassador said.”
    return ""


def _context_day(copy, q, lexicon, published=None):
    """The day the words that introduced the speaker name, when the quotation's cue names none
    (“Avagyan made clear on Sunday evening that … “…,” Avagyan wrote.”): a Day, or None. A day after the
    report's is what the words speak of, never when they were said (“agreed to open the border as of Jan. 1,
    2027, the envoys announced … on Thursday”: Thursday)."""
    before = _introduction(copy, q)
    for sentence in reversed(re.split(rf"(?<=[.!?])\s+(?=[{UPPER}“\"«])", before)):
        found = _day_said(sentence, lexicon, published)
        if found is None:
            continue
        said = set(re.findall(rf"[{LOWER}]+", sentence.lower())) & (SPEECH_WORDS | ACTS)
        # the day of an act of speech, not one the words speak of (“the drills will last until June 6”), nor
        # one inside what was said (“SOCAR said in a statement that pressure had dropped late on Monday”)
        reported = re.search(r"\bthat\b", sentence)
        asked = re.search(QUESTION, sentence)  # (“Asked whether … on Nov. 27, he replied”: the question's day)
        if asked and asked.end() <= found.start:
            return None
        if (
            said
            and not re.search(r"\b(?:until|till|by|since|from|before|after|next|through)\s+$", sentence[: found.start])
            and not (reported and reported.start() < found.start)
        ):
            return found
        return None
    return None


OCCASION = (
    r"\b(?:after|following|at|during|outside|before|throughout)\s+(?:the|its|their|this|that|today's|monday's|"
    r"tuesday's|wednesday's|thursday's|friday's|saturday's|sunday's)\s+(?:[\w\-]+\s+)?(?:meeting|hearing|verdict|"
    r"talks|session|ruling|trial|sentencing|signing|ceremony|summit|vote)\b"
    r"|\b(?:into|outside|leaving|left) the (?:courtroom|courthouse)\b"
    # (“Opening the meeting, X noted”: the words that opened it)
    r"|\b(?:opening|closing|chairing|addressing|opened|closed|chaired|addressed) the (?:[\w\-]+\s+)?(?:meeting|session|"
    r"summit|conference|forum|talks|ceremony|gala|congress)\b"
    # (“said … in her opening remarks”, “she told the audience”: at the event the report is about)
    r"|\b(?:opening|closing|keynote|welcoming) (?:remarks|address|speech)\b"
    r"|\b(?:told|addressed|addressing) (?:the )?(?:audience|gathering|crowd|guests|delegates|participants)\b"
    # (“told reporters as she left the talks”)
    r"|\b(?:leaving|left|as (?:he|she|they) left) the (?:talks|meeting|session|hearing|summit|negotiations)\b"
    # (“he told the court”: at the hearing the report is about)
    r"|\b(?:told|before|addressing|addressed) the (?:court|judges?|jury|tribunal)\b"
)


def _day_said(text, lexicon, published):
    """The first day `text` names that is not after the report's (a day after it is one the words speak of:
    “agreed to open the border as of Jan. 1, 2027, the envoys announced … on Thursday”), or None."""
    found = find_day(text, lexicon)
    while found is not None and _after_report(found, published):
        after = find_day(text[found.start + len(found.words) :], lexicon)
        found = replace(after, start=after.start + found.start + len(found.words)) if after else None
    return found


def _occasion_day(copy, q, lexicon, published=None):
    """The day of the occasion the report is about, when the quotation was said at or right after it
    (“told reporters after the hearing”, “Following the meeting, the commissions adopted …”): the day
    the report's first paragraphs give it (“A court on Monday remanded …”), or None."""
    cue = q.found
    words = " ".join([cue.lead, cue.verb + cue.extra, cue.aside]) if cue else ""
    words += " " + _introduction(copy, q)
    if not re.search(OCCASION, words.lower()):
        return None
    paragraphs = [p for p in copy.parts if p.kind == "paragraph"][:2]
    for part in paragraphs:
        found = _day_said(part.text, lexicon, published)
        if found and not re.search(r"\b(?:until|till|by|since|from|next|through)\s+$", part.text[: found.start]):
            return found
    return None


def when_of(cue, lexicon):
    """The words of the cue that say when the words were said or issued (“on Thursday”, “In a
    statement issued on 27 November,”): right after the verb past words of the occasion, between the
    speaker and the verb, or in the phrase that opens the sentence — not the day of an event the
    sentence reports (“said the shelling on Tuesday was …”); "" when they do not say."""
    found = find_day(cue.extra or "", lexicon)
    if found and _occasion_only(cue.extra[: found.start], lexicon):
        return found.words
    found = find_day(cue.aside or "", lexicon)
    if found:
        return found.words
    lead = cue.lead or ""
    asked = re.match(rf"\s*{QUESTION}", lead)
    if asked:  # “Asked whether a cut was possible at the next meeting on Nov. 27, he replied”: the question's day
        lead = asked.group(1) + ","  # (“Asked on Thursday whether …”: the day it was asked)
    found = find_day(lead, lexicon)
    if found and "," in lead and found.start < lead.index(","):
        return found.words  # “On Thursday, …”, “In a statement issued on Monday, March 6, …”
    return ""


def _occasion_only(text, lexicon):
    return all(
        w.lower() in lexicon.occasion_words or w[:1].isupper() or bare_word(w) in lexicon.media
        for w in re.findall(r"[\w’'\-/]+", text)
    )


def _speakers_key(q):
    return tuple(sorted((s.name, s.unnamed) for s in q.speakers))


class _Group(list):
    """The quotations of one statement, and the media and days their cues tell (kept as they join,
    so that asking costs nothing however many join)."""

    def __init__(self, first, lexicon):
        super().__init__()
        self.media, self.days, self.lexicon = set(), set(), lexicon
        self.append(first)

    def append(self, q):
        super().append(q)
        if q.medium:
            self.media.add(q.medium)
        if q.when:
            self.days.add(_day_key(q, self.lexicon))


def _same_act(group, q, lexicon, partial):
    """`q` belongs to the statement `group` holds: its cue tells no other medium or day, and a
    quoted phrase is only ever grouped with the quotations of its own paragraph."""
    last = group[-1]
    if id(q) in partial:
        return q.part == last.last_part
    if q.medium and group.media and q.medium not in group.media:
        return False
    return not (q.when and group.days and _day_key(q, lexicon) not in group.days)


def _day_key(q, lexicon):
    found = find_day(q.when, lexicon)
    return found.key if found else q.when


def group_quotations(copy, quotations, lexicon=None):
    """Number the groups: the quotations of one group become one statement. Quotations without a
    speaker are groups of their own; a heading's joins the first statement of its speakers."""
    from newsroom.ingest.lexicon import ENGLISH

    lexicon = lexicon or ENGLISH
    groups, last_of, last_full_of = [], {}, {}
    partial = _partial(copy, quotations)
    for q in quotations:
        if q.dropped or q.heading:
            continue
        key = _speakers_key(q)
        # A phrase joins only what its own paragraph quotes; whole sentences the last statement of
        # their speakers that quotes whole sentences, whatever phrase of theirs came between.
        group = (last_of if id(q) in partial else last_full_of).get(key) if key else None
        latest = last_of.get(key) if key else None
        if latest is not None and latest is not group and latest[-1].last_part == q.part:
            group = latest  # “wrote that the drone had crossed “…”. “We expect …,” she wrote.”
        if group is not None and _entry_between(copy, group[-1], q):
            group = None  # a live blog's entries, each under its time, are acts of their own
        if group is not None and _same_act(group, q, lexicon, partial):
            group.append(q)
        else:
            group = _Group(q, lexicon)
            groups.append(group)
        if key:
            last_of[key] = group
            if id(q) not in partial:
                last_full_of[key] = group
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


ENTRY_TIME = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*(?:GMT|UTC|[AP]M|local time))?\s")


def _entry_between(copy, a, b):
    """A live blog's new entry (a paragraph opening with its time, “22:40 The opposition …”) starts
    after quotation `a`, up to and with `b`'s paragraph."""
    return any(ENTRY_TIME.match(copy.parts[i].text) for i in range(a.last_part + 1, min(b.part + 1, len(copy.parts))))


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
    if len(between.split()) > CUE_WORDS or re.search(r"[“”\"«»]", between):
        return False
    # One clause set off by commas, a speaker and a verb: a sentence split by its cue; or that cue as a
    # sentence of its own (“…,” the minister told reporters. “…”), whatever it says of the speaker or the
    # moment (“…,” said Nika Chkheidze, a physics student, standing near the parliament building. “…”): none
    # of the speaker's words are left out, so the stretches join with a space, as printed. A cue that goes
    # on in the reporter's words (“…,” she said, adding that Kestria had “…”) is other words between two
    # stretches: the speaker's, told in the reporter's.
    if re.search(r"[.!?;:]", between.rstrip(".")):
        return False
    if re.search(
        r"\b(?:that|and|but|adding|saying|noting|calling|describing|dismissing|urging|warning|explaining|"
        r"stressing|insisting|arguing|claiming|recalling|referring|according)\b",
        between,
    ):
        return False
    return bool(set(re.findall(rf"[{LOWER}]+", between.lower())) & SPEECH_WORDS)


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
            medium=next((m.medium for m in members if m.medium), "")
            or _context_medium(copy, members[0], lexicon)
            or "remarks",
            statement=next((m.statement for m in members if m.statement), None),
        )
        draft.statement_text = next((m.statement_text for m in members if m.statement_text), "")
        _date(draft, published, lexicon, copy)
        drafts.append(draft)
    return drafts


def _date(draft, published, lexicon, copy=None):
    """The draft's day: the one its cues name, read against the report's date; else the report's date,
    marked as such; else none."""
    when = next((m.when for m in draft.quotations if m.when), "")
    named = find_day(when, lexicon) if when else None
    if named is not None and _after_report(named, published):
        named = None  # the day the words speak of (“from Jan. 1, 2027”), not the day they were said
    if named is None and copy is not None and draft.quotations:
        first = draft.quotations[0]
        named = _context_day(copy, first, lexicon, published) or _occasion_day(copy, first, lexicon, published)
    made_on = resolve(named, published) if named else None
    draft.made_on, draft.made_on_from = None, ""
    if made_on is not None:
        draft.made_on, draft.made_on_from = made_on, "text"
    elif published is not None:
        draft.made_on, draft.made_on_from = published, "report"


def _after_report(day, published):
    """The Day is after the report's date: words cannot have been said then."""
    made_on = resolve(day, published) if published is not None else None
    return made_on is not None and made_on > published


def redate(drafts, published, lexicon=None, copy=None):
    """Date the drafts again against `published` (the report's date given after the analysis)."""
    from newsroom.ingest.lexicon import ENGLISH

    for draft in drafts:
        _date(draft, published, lexicon or ENGLISH, copy)
    return drafts
