"""Stage 3: find the cue of each quotation: the speech verb or construction, and the phrase that
names who spoke ("X said", "said X, the ministry spokeswoman", "X told Interfax", "X wrote on
social media", "according to X", "X said in a statement", a colon after a name, and for quoted
words inside a sentence the subject of the verb that carries them: "X accused Armenia of
“provocations”"). Also: "X was quoted by M as saying", "M quoted X as saying", "in the words of X",
"As X put it", "X's remark that “…”", "“…” — X", "the two presidents said", joint subjects ("The
EU and NATO voiced"), a sentence or paragraph reporting X's words just before a quotation that has
no cue of its own ("X said the talks had failed. “…”"), and "X issued a statement." before one.
A question put to the speaker ("Asked “…?”, X said") is nobody's. A quotation without a cue keeps
`cue` None; stage 4 may carry the speaker over.
"""

import re

from newsroom.ingest.lexicon import (
    DOCUMENT_HEADS,
    FRAGMENT_VERBS,
    MEDIA,
    NATIONALITIES,
    NOT_NAMES,
    ORG_HEADS,
    PERSON_HEADS,
    SPEECH_VERBS,
    head_in,
)

MASK = "\x00"
ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "gen",
    "col",
    "lt",
    "st",
    "u.s",
    "u.k",
    "jan",
    "feb",
    "aug",
    "sept",
    "oct",
    "nov",
    "dec",
    "no",
    "sen",
    "rep",
    "prof",
    "maj",
}


def _alternation(words):
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


VERB = _alternation([*SPEECH_VERBS, "pointed out", "went on", "hit back", "put it"])
FRAGMENT_VERB = _alternation(
    [*FRAGMENT_VERBS, "pointed out", "went on", "hit back", "spoke of", "referred to", "put it"]
)
HEADS = set(ORG_HEADS) | set(PERSON_HEADS) | set(DOCUMENT_HEADS)
PERSON_HEAD = "|".join(sorted((re.escape(h) for h in PERSON_HEADS if h not in {"man", "woman"}), key=len, reverse=True))
BARE_ROLE = "|".join(
    sorted(
        (
            re.escape(h)
            for h in set(PERSON_HEADS) - {"man", "woman", "resident", "witness"}
            | {"assistant", "aide", "deputy", "member", "co-founder", "owner"}
        ),
        key=len,
        reverse=True,
    )
)
NATION = (
    "(?:"
    + "|".join(
        re.escape(n) for n in sorted(NATIONALITIES, key=len, reverse=True) if n[:1].isupper() and not n.isupper()
    )
    + ")"
)
ORG_DESCRIPTOR = "group|organisation|organization|charity|watchdog|party|union|agency|firm|company|consultancy|movement|network|coalition|alliance|association|foundation|institute|think tank|think-tank|broadcaster|newspaper"
WORD = r"[A-Za-z][\w’'.\-]*"
CAP = r"[A-Z][\w’'.\-]*"
NAME_RUN = rf"{CAP}(?:\s+(?:(?:of|the|for|de|al|bin|van|von|&)\s+)*{CAP})*"
DET_PHRASE = rf"(?:the|a|an|its|his|her|their|one)\s+(?:{WORD}\s+){{0,6}}?{WORD}"
PRONOUN = r"(?:he|she|it|they|we|I)"
SKIPPABLE = re.compile(
    r"^(?:\s|,|\b(?:on|in|at|late|early|last|this|next|also|later|afterwards|again|then|however|meanwhile|"
    r"earlier|previously|once|further|separately|today|yesterday|tonight|reportedly|herself|himself|itself|"
    r"\w+day|january|february|march|april|may|june|july|august|september|october|november|december|"
    r"morning|evening|afternoon|night|week|month|year|the|a|\d+(?:st|nd|rd|th)?|\w+ly)\b)*$",
    re.IGNORECASE,
)
# “Irina Volkova, speaking at a weekly briefing, said”: a phrase set off between subject and verb.
INTERJECTION = re.compile(
    r"^\s*,\s+(?:[a-z]+ed by|by|[a-z]+ing|speaking|writing|addressing|answering|responding|asked|interviewed|quoted|visiting|in|at|on|during|after|before|when|while|later|however|meanwhile|for (?:his|her|its|their) part)\b[^\x00,;:“”\"]{0,100},\s*(?:\w+ly\s*)?$",
    re.IGNORECASE,
)
EXTRA = re.compile(
    r"^(?:,?\s+(?:in|on|at|to|during|after|before|with|via|from|through|over|while)\b[^\x00:;,]{0,70}?)?\s*(?:,\s*)?(?:that\s*|:\s*|,\s*)?$"
)


def masked_paragraph(source, part, quotations):
    """The paragraph's raw text with every quotation (marks included) blanked out.

    A quotation that ends a sentence keeps a full stop at its closing mark, so sentences split there.
    """
    raw = list(source[part.start : part.end])
    for q in quotations:
        if q.block or q.end < part.start or q.start > part.end:
            continue
        s = max(q.start - 1, part.start) - part.start
        e = min(q.end + 1, part.end) - part.start
        raw[s:e] = MASK * (e - s)
        if q.text.rstrip().endswith((".", "!", "?")) and e - 1 >= 0:
            raw[e - 1] = "."
    return "".join(raw)


def sentence_start(masked, at):
    """Where the sentence holding offset `at` of the masked paragraph begins."""
    start = 0
    for m in re.finditer(r"[.!?](?=\s+[A-Z\x00(])", masked[: at + 1]):
        if m.end() > at:
            break
        word = re.search(r"([\w.]+)$", masked[: m.start()])
        if word and word.group(1).lower().rstrip(".") in ABBREVIATIONS:
            continue
        if re.search(r"\b[A-Z]$", masked[: m.start()]):  # an initial: "Louis B. Bono"
            continue
        start = m.end()
    return start


def sentence_end(masked, at):
    for m in re.finditer(r"[.!?](?=\s+[A-Z\x00(]|\s*$)", masked[at:]):
        word = re.search(r"([\w.]+)$", masked[: at + m.start()])
        if (word and word.group(1).lower().rstrip(".") in ABBREVIATIONS) or re.search(
            r"\b[A-Z]$", masked[: at + m.start()]
        ):
            continue
        return at + m.end()
    return len(masked)


def medium_of(verb, extra):
    words = f"{verb} {extra}".lower()
    if re.search(r"\b(tweet|tweeted|posted|social media|twitter|facebook|telegram|instagram|on x\b|a post)", words):
        return "social_media_post"
    if re.search(r"\bwrote\b", words):
        return "social_media_post" if "social" in words else ""
    if re.search(r"\b(statement|release|communiqu)", words):
        return "press_statement"
    if re.search(r"\binterview\b", words) or (
        re.search(r"\btold\b", words) and any(w.strip(".,’'s") in MEDIA for w in words.split())
    ):
        return "interview"
    if re.search(r"\bbriefing\b", words):
        return "briefing"
    return ""


def np_at_start(text):
    """(phrase, end) of the noun phrase that opens `text`: a pronoun, a name with its appositive,
    or a determiner phrase up to its head ("the ministry spokeswoman", "a statement from the
    prime minister’s office"). None when `text` does not open with one."""
    text_l = text
    m = re.match(rf"\s*({PRONOUN})\b", text_l, re.IGNORECASE)
    if m and m.group(1).lower() in {"he", "she", "it", "they", "we"}:
        return m.group(1), m.end()
    m = re.match(rf"\s*((?:[\w’'.\-]+\s+){{0,6}}?(?:{PERSON_HEAD})\s+{NAME_RUN})", text_l)
    if m and m.group(1)[:1] not in '“"' and not re.search(rf"\b(?:{VERB})\b", m.group(1)):
        # “chief executive Priya Raman”, “Russian Foreign Ministry spokeswoman Irina Volkova”
        return m.group(1), m.end()
    m = re.match(
        r"\s*([Pp]olice|[Pp]rosecutors)\b(?![\w’'\-]|\s+[a-z]+(?:s|man|woman|force|station|department)\b)", text_l
    )
    if m:  # “police said”: the police force named before, or the police
        return m.group(1), m.end()
    m = re.match(
        rf"\s*((?:{NATION}\s+)+(?:peacekeepers|peacekeeping (?:forces|contingent|mission)|forces|troops|military|army|authorities|border guards|police))\b",
        text_l,
    )
    if m:  # “Russian peacekeepers said”, “Azerbaijani forces”: a body named by its nationality
        return m.group(1), m.end()
    m = re.match(rf"\s*((?:[A-Za-z][\w\-]*\s+){{0,2}}?(?:{ORG_DESCRIPTOR})\s+{NAME_RUN})(?![\w’'])", text_l)
    if m and m.group(1).split()[0] not in NOT_NAMES and not re.search(rf"\b(?:{VERB})\b", m.group(1)):
        return m.group(1), m.end()  # “Environmental group Taiga Watch”, “rights organisation Amnesty International”
    m = re.match(rf"\s*((?:{NAME_RUN})\s+spokes(?:man|woman|person))\b(?!\s+[A-Z])", text_l)
    if m and m.group(1).split()[0] not in NOT_NAMES:
        return m.group(1), m.end()  # “Azerbaijan's Defence Ministry spokesman”, nobody named
    m = re.match(
        rf"\s*((?:{NAME_RUN})(?:(?<=[’']s)\s+(?:{WORD}\s+){{0,2}}(?:{'|'.join(HEADS)})\b)?\s*\([A-Z][\w\-]{{1,12}}\))",
        text_l,
    )
    if m and m.group(1).split()[0].rstrip("’'s") not in NOT_NAMES:
        return m.group(1), m.end()  # “the State Committee for National Security (GKNB)”
    m = re.match(rf"\s*((?:{NAME_RUN})(?:(?<=[’']s)\s+(?:{WORD}\s+){{0,2}}(?:{'|'.join(HEADS)})\b)?)", text_l)
    if m and m.group(1).split()[0].rstrip("’'s") not in NOT_NAMES:
        end = m.end()
        phrase = m.group(1)
        # An appositive: ", the ministry spokeswoman," / ", who is also the American co-chair".
        app = re.match(
            r",\s+(?:the|a|an|who|whose|its|his|her|one)\b(?:[^\x00,;:.]|(?<=\b[A-Z])\.){0,140}(?:,|(?=\s+\w+\s*$)|$)",
            text_l[end:],
        )
        # “Hikmet Hajiyev, assistant to the President and head of the Foreign Policy Department,”
        app = app or re.match(
            rf",\s+(?:[a-z][\w\-]*\s+){{0,3}}?(?:{BARE_ROLE})\b[^\x00,;:.“”\"]{{0,160}}?(?:,|$)", text_l[end:]
        )
        if app:
            end += app.end()
            phrase = text_l[m.start(1) : end].rstrip(" ,")
        elif re.search(r"[’']s\s", phrase):
            named = re.match(rf",\s+({NAME_RUN})(?![\w’'])\s*,?", text_l[end:])
            if named:  # “Ostoil's chief executive, Ruslan Petrov,”
                end += named.end()
                phrase = text_l[m.start(1) : end].rstrip(" ,")
        return phrase, end
    m = re.match(rf"\s*((?:[Tt]he|[Ii]ts|[Tt]heir)\s+{NAME_RUN})(?![\w’'])(?!\s+[a-zA-Z])", text_l)
    if m and m.group(1).split()[1] not in NOT_NAMES:  # “the National Medical Chamber”
        end = m.end()
        app = re.match(r",\s+(?:who|which)\b[^\x00,;:.]{0,140},", text_l[end:])
        return m.group(1), end + (app.end() if app else 0)
    m = re.match(rf"\s*({DET_PHRASE})", text_l, re.IGNORECASE)
    if m:
        words = re.findall(WORD, m.group(1))
        # Stretch to the last head word and its "of/from/for X" complement.
        rest = text_l[m.start(1) :]
        best = None
        for hm in re.finditer(rf"\b({WORD})\b", rest[:200].split(",")[0]):
            if hm.group(1).lower() in {"said", "says", "told", "added", "that", "who", "which"} or re.match(
                VERB + r"\b", hm.group(1)
            ):
                break
            if best is not None and (
                re.fullmatch(r"[a-z]+ed", hm.group(1))
                or hm.group(1) in {"has", "had", "was", "is", "made", "gave", "sent", "put"}
            ):
                break  # “the Defense Ministry issued a second statement”: the verb ends the phrase
            word = hm.group(1)
            if head_in(word, HEADS) or head_in(re.sub(r"(?:[’']s|s|’)$", "", word), HEADS):
                best = hm.end()
        if best is None and words and not head_in(words[-1], HEADS):
            return None
        end = m.start(1) + (best if best is not None else len(m.group(1)))
        complement = re.match(
            rf"\s+(?:of|for|at|from|by|in)\s+(?:the\s+)?(?:{WORD}\s+){{0,2}}?{NAME_RUN}(?![\w’'])", text_l[end:]
        )
        if complement and not re.search(VERB, complement.group(0)):
            end += complement.end()
            more = re.match(rf"\s+and\s+{CAP}(?:\s+in\s+(?:Europe|Asia|Africa|the Americas))?(?![\w’'])", text_l[end:])
            if more and re.search(r"\s(?:for|of)\s", complement.group(0)):
                end += more.end()  # “the Organisation for Security and Co-operation in Europe”
        else:
            lower = re.match(r"\s+(?:of|for)\s+(?:the\s+)?(?:[a-z][\w\-]*\s+)?([a-z][\w\-]*)\b", text_l[end:])
            if lower and (lower.group(1) in {"state", "government"} or head_in(lower.group(1), HEADS)):
                end += lower.end()  # “the head of state”, “the head of the press service”
        named = re.match(rf",\s+({NAME_RUN})(?![\w’'])\s*,?", text_l[end:])
        if named and named.group(1).split()[0] not in NOT_NAMES:
            end += named.end()
        posted = re.match(
            rf"\s+(?:posted|published)\s+on\s+(?:the\s+)?{NAME_RUN}[’']s\s+(?:official\s+)?(?:website|channel|page|account)\b",
            text_l[end:],
        )
        if posted and head_in(text_l[m.start(1) : end].split()[-1], DOCUMENT_HEADS):
            end += posted.end()  # “A statement posted on the Foreign Ministry's website”
        calling = re.match(
            rf"\s+(?:calling (?:itself|themselves)|(?:that|which|who) calls? (?:itself|themselves)|known as)\s+{NAME_RUN}(?![\w’'])",
            text_l[end:],
        )
        if calling:  # “A hacker group calling itself Black Sun”
            end += calling.end()
        return text_l[m.start(1) : end].strip(), end
    return None


def clause_subject(prefix, strict=True):
    """The subject of the verb that follows `prefix` (the sentence up to that verb): the noun phrase
    opening the clause, once introductory phrases ("In his words,", "Speaking on Monday,") are
    passed. With strict, only when nothing but adverbials stands between the phrase and the verb."""
    candidates = [0] + [m.end() for m in re.finditer(r",\s+", prefix)]
    relative = re.search(r",\s+(?:which|who)\s*(?:\w+ly\s*|also\s*)?$", prefix)
    if relative:  # “… referred to the audit court, which said”: the phrase the clause hangs on
        head = prefix[: relative.start()]
        for m in reversed(list(re.finditer(r"(?:^|\s)(?=\S)", head))):
            found = np_at_start(head[m.end() :])
            if found and m.end() + found[1] == len(head) and found[0].lower() not in {"he", "she", "it", "they", "we"}:
                return found[0]
        return None
    for start in candidates:
        found = np_at_start(prefix[start:])
        if not found:
            continue
        phrase, end = found
        remainder = prefix[start + end :]
        if SKIPPABLE.match(remainder) or INTERJECTION.match(remainder):
            if re.match(
                r"\s*,\s+(?:(?:signed|issued|sent|released|published|written|prepared|commissioned) )?by\b", remainder
            ) and head_in(phrase.split()[-1], DOCUMENT_HEADS):
                return phrase + remainder.rstrip(" ,")  # “The letter, signed by the mayors,”: who signed it
            return phrase
        if re.match(r"\s*and\s+[A-Z]", remainder):
            # “The European Union and NATO voiced”: more than one speaker, named together
            return _joint(phrase, remainder)
    if strict:
        return None
    # The noun phrase just before the verb (“in a ruling that their lawyers called”).
    for m in reversed(list(re.finditer(r"(?:^|\s)(?=\S)", prefix))):
        found = np_at_start(prefix[m.end() :])
        if found and SKIPPABLE.match(prefix[m.end() + found[1] :]):
            if re.search(r"\b(?:and|&)\s*$", prefix[: m.end()]):
                return None  # the second of joint speakers: the first loop has seen the pair
            if re.search(r"\b(?:of|from|in|at|near|to|with|by|for|on)\s*$", prefix[: m.end()]):
                break  # “A farmer from the village of Kurnovo said”: a place in a complement
            return found[0]
    # Otherwise the subject of the sentence's main clause.
    for start in candidates[:2]:
        found = np_at_start(prefix[start:])
        if found and _verb_follows(prefix[start + found[1] :]):
            return found[0]
    return None


def _joint(first, remainder):
    """“A and B” when `remainder` (what follows subject A) is “and B” and nothing but adverbials
    before the verb: joint speakers, each of whom may be labelled the speaker. None otherwise."""
    m = re.match(r"\s*(?:and|&)\s+", remainder)
    found = np_at_start(remainder[m.end() :])
    if (
        not found
        or not SKIPPABLE.match(remainder[m.end() + found[1] :])
        or found[0].lower() in {"he", "she", "it", "they", "we"}
    ):
        return None
    if "," in first or "," in found[0]:
        return None  # appositives: too long a phrase to be sure of
    return f"{first} and {found[0]}"


def _main_subject(prefix):
    """The noun phrase opening the sentence, when a verb follows it."""
    for start in [0, *[m.end() for m in re.finditer(r",\s+", prefix)][:1]]:
        found = np_at_start(prefix[start:])
        if found and _verb_follows(prefix[start + found[1] :]):
            return found[0]
    return None


def _verb_follows(text):
    """The words after a subject open with a verb (“hit back by calling”), not a noun (“Industry observers”)."""
    words = re.findall(r"[A-Za-z]+", text)
    while words and (SKIPPABLE.match(words[0]) and words[0].lower() not in {"said", "says"}):
        words = words[1:]
    first = words[0] if words else ""
    return (
        first.lower() in FRAGMENT_VERBS
        or first.endswith(("ed", "ly"))
        or first
        in {"hit", "has", "had", "was", "is", "went", "also", "then", "did", "made", "took", "gave", "sent", "put"}
        or first
        in {
            "met",
            "will",
            "would",
            "can",
            "could",
            "may",
            "must",
            "should",
            "spoke",
            "led",
            "left",
            "came",
            "held",
            "won",
            "lost",
            "began",
            "became",
            "kept",
            "brought",
            "found",
            "got",
            "ran",
            "stood",
            "are",
            "were",
            "have",
        }
    )


def _media(phrase):
    if re.search(r"\b(?:post|message|statement|video)\s+(?:by|from)\s+[A-Z]", phrase):
        return False  # “a Telegram post by Ruben Vardanyan”: the author, not the medium
    return any(w.lower().strip("’'s.,") in MEDIA for w in phrase.split()) and not any(
        head_in(w, PERSON_HEADS) for w in phrase.split()
    )


IN_DOCUMENT_IMPERSONAL = re.compile(
    rf"\bIn\s+(?:the\s+|its\s+|their\s+)?(?:(?P<owner>{NAME_RUN})[’']s\s+)?(?:[a-z][\w\-]*\s+){{0,2}}?(?:{_alternation(DOCUMENT_HEADS)})"
    rf"(?:\s+(?:of|from|by|issued by)\s+(?P<issuer>(?:the\s+)?{NAME_RUN}))?(?:\s+(?:on|of)\s+\w+)?,\s+it\s+(?:was|is|has been|had been)\s+"
    rf"(?P<verb>reported|said|stated|noted|announced|stressed|emphasi[sz]ed|underlined)\s*(?:that\s*)?[:,]?\s*$"
)


def find_cue(copy, quotation, quotations):
    """Fill `quotation.cue`, `.pattern`, `.mention`, `.mention_start` and `.medium` from its sentence."""
    if quotation.block:
        return _block_cue(copy, quotation)
    part = copy.parts[quotation.part]
    masked = masked_paragraph(copy.source, part, quotations)
    open_at = quotation.start - 1 - part.start
    last = copy.parts[quotation.last_part]
    if quotation.last_part != quotation.part:
        part = last
        masked = masked_paragraph(copy.source, part, quotations)
        open_at = 0
    close_at = min(quotation.end + 1, part.end) - part.start
    start = sentence_start(masked, open_at) if quotation.last_part == quotation.part else 0
    end = sentence_end(masked, close_at)
    before = masked[start:open_at] if quotation.last_part == quotation.part else ""
    after = masked[close_at:end]
    base = part.start
    if quotation.last_part != quotation.part:
        before_part = copy.parts[quotation.part]
        bmasked = masked_paragraph(copy.source, before_part, quotations)
        bopen = quotation.start - 1 - before_part.start
        before = bmasked[sentence_start(bmasked, bopen) : bopen]

    if re.search(
        r"(?:^|[.!?]\s+|\b(?:When|when|After being|after being)\s+)[Aa]sked(?:\s+by\s+[^\x00]{1,60}?)?\s*[:,]?\s*$|\bwas asked\s*:?\s*$",
        before,
    ):
        quotation.pattern = (
            "question"  # “Asked “Will Putin meet Aliyev?”, Peskov said”: the question is not the speaker's
        )
        return quotation
    issued = IN_DOCUMENT_IMPERSONAL.search(before)
    if issued and (issued.group("owner") or issued.group("issuer")):
        # “In the bulletin of the Russian Ministry of Defence, it was reported that «…»”: the issuer's words
        phrase = issued.group("owner") or issued.group("issuer")
        _set(
            quotation,
            issued.group("verb"),
            "inside:in X's statement, it was reported “…”",
            phrase,
            base + start + _find(before, phrase, last=True),
            "statement",
        )
        return quotation
    if re.search(
        r"\b[Ii]t\s+(?:should|must|is|was|has been|had been|can|could|may|will)\s+(?:be\s+|also\s+be\s+)?(?:noted|recalled|reported|stressed|emphasi[sz]ed|underlined|said|added|worth|recalled)\b",
        before,
    ):
        quotation.pattern = "impersonal"  # “It should be noted that the appeal, entitled “…””: nobody's words
        return quotation
    ends = quotation.text.rstrip().endswith(".") or (
        quotation.text.rstrip().endswith(("!", "?")) and not re.match(r"\s+[a-z]", after)
    )
    found = _after_cue(after, quotation, ends_sentence=ends)
    own = (
        _before_cue(before, quotation)
        if found and quotation.fragment and (re.match(r"\s*,", after) or quotation.text.endswith(","))
        else None
    )
    if own and own[1].startswith("inside:X verb") and not re.match(r"\s*\w+ing\b", before[-40:].split(",")[-1]):
        found = None  # “While Ana Vale called it “a victory,” Omar Reyes said …”: the words are Vale's
    if found:
        cue, pattern, phrase, extra = found
        if not (re.search(r"\b(statement|readout|release)\b", phrase, re.I) and _before_cue(before, quotation)):
            _set(quotation, cue, pattern, phrase, base + close_at + _find(after, phrase), extra)
            return quotation
    found = _before_cue(before, quotation)
    if found:
        cue, pattern, phrase, extra = found
        _set(quotation, cue, pattern, phrase, base + start + _find(before, phrase, last=True), extra)
        return quotation
    first = copy.parts[quotation.part]
    if not before.strip() and quotation.part and quotation.start - first.start <= 1:
        intro = copy.parts[quotation.part - 1]
        if intro.kind == "paragraph" and intro.text.endswith(":"):
            # “Speaking at a news conference, he said:” and the quotation opens the next paragraph.
            return _block_cue(copy, quotation, pattern="before:X said: (paragraph before)")
        if intro.kind == "paragraph" and not re.search(rf"\b(?:{VERB})\b", after):
            return _paraphrase_cue(copy, quotation, quotations, intro)
    elif (
        not before.strip()
        and quotation.last_part == quotation.part
        and start > 0
        and not re.search(rf"\b(?:{VERB})\b", after)
    ):
        # “Haddad said the committee would meet again. “We are ready to talk.”” in one paragraph
        return _paraphrase_cue(copy, quotation, quotations, first, upto=quotation.start - 1)
    if re.search(rf"\b(?:{VERB})\s*:\s*$", before) or (re.search(r"[A-Za-z]{2,}", before) and MASK not in before):
        # “…, a diplomat familiar with the talks said: “…””, “Protesters chanted “Resign!””: not carried over
        quotation.pattern = "unread cue"
    continues = quotation.text.rstrip().endswith(",") or re.match(r"^\s*,|^\s+[a-z]", after)
    if continues and re.match(rf"^\s*,?\s*[^\x00.;!?]{{0,120}}\b(?:{VERB})\b", after):
        quotation.pattern = "unread cue"  # “…,” a resident who asked not to be named told Reuters: not carried over
    return quotation


def _paraphrase_cue(copy, quotation, quotations, intro, upto=None):
    """“Jonas Weber said the cities had run out of options.” and the next paragraph (or sentence)
    opens with a quotation no cue attributes: the speaker whose words the sentence before reported."""
    masked = masked_paragraph(copy.source, intro, quotations)
    if upto is not None:
        masked = masked[: upto - intro.start].rstrip()
    if MASK in masked or not masked.endswith((".", "!", "?")):
        return quotation  # the paragraph before quotes somebody: carrying over is stage 4's
    text = masked[sentence_start(masked, len(masked) - 1) :]
    issued = re.search(
        r"\b(issued|released|published)\s+(?:a|an|its)\s+(?:\w+\s+)?(?:statement|communiqu\w+|declaration)\b", text
    )
    if issued:  # “The Armenian Foreign Ministry issued a statement on Monday.” then the quotation
        subject = clause_subject(text[: issued.start()].rstrip())
        if subject and not re.match(r"(?:an?|one|some|many|several|other)\b", subject, re.IGNORECASE):
            at = intro.start + (len(masked) - len(text)) + _find(text, subject)
            _set(quotation, "statement", "before:X issued a statement (sentence before)", subject, at, "statement")
            return quotation
    for verb in re.finditer(rf"\b({VERB})\b", text):
        if verb.group(1) in {"read", "reads", "continued", "went on"}:
            continue
        follows = text[verb.end() :]
        if not re.match(
            r"(?:,?\s+(?:on|in|at|during|after|late|earlier|this|last)\b[^,.;]{0,40}?)?,?\s+(?:that\s+)?[a-z\w]",
            follows,
        ):
            continue
        subject = clause_subject(text[: verb.start()].rstrip())
        if subject and not re.match(r"(?:an?|one|some|many|several|other)\b", subject, re.IGNORECASE):
            at = intro.start + (len(masked) - len(text)) + _find(text, subject)
            _set(quotation, verb.group(1), "before:X said (paragraph before)", subject, at, "")
        break
    return quotation


def _find(text, phrase, last=False):
    """Offset of `phrase` as whole words in `text` (the last occurrence with last), or 0."""
    hits = list(re.finditer(rf"(?<![\w’']){re.escape(phrase.strip())}(?![\w’'])", text))
    if not hits:
        return 0
    return (hits[-1] if last else hits[0]).start()


def _set(quotation, cue, pattern, phrase, at, extra):
    quotation.cue, quotation.pattern, quotation.mention, quotation.mention_start = cue, pattern, phrase.strip(), at
    quotation.medium = medium_of(cue, extra)


def _after_cue(after, quotation, ends_sentence):
    """(cue, pattern, phrase, extra) from the words after the closing mark, or None."""
    if MASK in after.split(".")[0][:3]:
        return None
    dash = re.match(rf"^\s*,?\s*[-–—]+\s*({NAME_RUN})\s*\.?\s*$", after)
    if dash:  # “…” — Ani Badalyan.
        return "dash", "after:— X", dash.group(1), ""
    text = re.sub(r"^(\s*,?)\s*[-–—]+\s+", r"\1 ", after)  # «…», - said Ani Badalyan.
    if ends_sentence and not re.match(r"^\s*[,]", text):
        # “….” Bono said. : only a bare "<name> <verb>." sentence counts.
        m = re.match(rf"^\s+({NAME_RUN}|{PRONOUN}|[Pp]olice|[Pp]rosecutors)\s+({VERB})\.?\s*$", text)
        return (m.group(2), "after:X said", m.group(1), "") if m else None
    m = re.match(
        rf"^\s*,?\s*(?:was|is) how\s+({NAME_RUN}|{DET_PHRASE}|{PRONOUN})\s+(put it|described it|summed it up)\b", text
    )
    if m:  # “…,” was how Vale put it.
        return m.group(2), "after:was how X put it", m.group(1), ""
    m = re.match(r"^\s*,?\s*(according to)\s+([^\x00.;,]+)", text, re.IGNORECASE)
    if m and not _media(m.group(2)):
        return "according to", "after:according to X", m.group(2).strip(), ""
    m = re.match(rf"^\s*,?\s*[^\x00.;,]{{1,60}}?\bquoted\s+({NAME_RUN}|{DET_PHRASE})\s+as\s+(?:saying|telling)\b", text)
    if m:  # “…,” Azertac quoted Ilham Aliyev as saying.
        return "quoted as saying", "after:M quoted X as saying", m.group(1), ""
    m = re.match(
        rf"^\s*,?\s*({VERB})\s+(?:an?|one)\s+\w+\s+who gave (?:his|her|their) name (?:only )?as ({NAME_RUN})", text
    )
    if m:
        return m.group(1), "after:said X", m.group(2), ""
    m = re.match(rf"^\s*,?\s*({VERB})\s+(?!that\b|on\b|in\b|at\b)", text)
    if m:
        found = np_at_start(text[m.end() :])
        if found:
            return m.group(1), "after:said X", found[0], text[m.end() + found[1] :]
    m = re.match(
        rf"^\s*,?\s*(?P<np>(?:[^\x00.;!?]|(?<=\b[A-Z])\.){{1,200}}?)\s+(?:\w+ly\s+)?(?P<verb>{VERB})\b(?P<extra>[^\x00.;!?]*)",
        text,
    )
    if m:
        found = np_at_start(m.group("np"))
        if found and (SKIPPABLE.match(m.group("np")[found[1] :]) or INTERJECTION.match(m.group("np")[found[1] :])):
            return m.group("verb"), "after:X said", found[0], m.group("extra")
    return None


def _before_cue(before, quotation):
    """(cue, pattern, phrase, extra) from the words before the opening mark, or None."""
    if not before.strip():
        return None
    m = re.match(rf"^\s*({NAME_RUN}|{DET_PHRASE}):\s*$", before)
    if m and not re.search(VERB, m.group(1)):
        return "colon", "before:X:", m.group(1), ""
    m = re.match(
        rf"^\s*({NAME_RUN}|{DET_PHRASE}|{PRONOUN})(?:\s+(?:was|were|is|are)\s+(?:\w+ly\s+)?(?:blunt|clear|direct|categorical|adamant|unequivocal|emphatic)|\s+summed (?:it|things) up|[’']s\s+(?:message|response|reply|answer|verdict)\s+(?:was|is)\s+(?:\w+\s+)?(?:clear|simple|blunt|short|direct))\s*:\s*$",
        before,
    )
    if m and np_at_start(m.group(1)):
        return "colon", "before:X was blunt:", np_at_start(m.group(1))[0], ""  # “Ana Vale was blunt: “…””
    m = re.search(
        rf"(?:\b(?:in the (?:words|view|opinion) of|as)\s+([^\x00,]+?)(?:\s+(?:put it|said|noted|wrote|argued))?|^\s*In\s+({NAME_RUN}|{DET_PHRASE})[’']s\s+(?:view|opinion|words|assessment)),\s*(?:[^\x00,]*\s)?$",
        before,
    )
    if m and (m.group(1) or m.group(2)) and not re.search(rf"\b(?:{VERB})\b", before[m.end() :]):
        # “in the words of Foreign Minister Ana Vale, “…””, “As Vale put it, “…””, “In Vale's view, the deal is “…””
        phrase = (m.group(1) or m.group(2)).strip()
        if m.group(2) or (
            not re.match(r"(?:a|an|one|the (?:result|case|deal|report))\b", phrase, re.I)
            and not re.search(r"\b(?:As|as)\s*$", phrase)
        ):
            if (
                m.group(1) is None
                or re.search(r"\b(put it|said|noted|wrote|argued)$", m.group(0).rstrip(", "))
                or re.search(r"words|view|opinion", m.group(0))
            ):
                return "according to", "inside:in the words of X", phrase, ""
    m = re.search(
        rf"({NAME_RUN}|{DET_PHRASE})[’']s\s+(?:remarks?|comments?|words|claims?|assertions?|warnings?|description|assessment)\s+(?:that|of)\b[^\x00]*$",
        before,
    )
    if m and not re.search(rf"\b(?:{VERB})\b", before[m.end(1) :]):
        return "remark", "inside:X's remark that “…”", m.group(1), ""  # “Vale’s remark that the deal was “…””
    m = re.search(r"\bAccording to ([^\x00,]+),\s*$", before, re.IGNORECASE)
    if m and not _media(m.group(1)):
        return "according to", "before:according to X", m.group(1), ""
    m = re.search(rf",\s+({NAME_RUN}|{PRONOUN}|{DET_PHRASE})\s+(?:\w+ly\s+)?({VERB})\b([^\x00,]{{0,50}}),\s*$", before)
    if m and np_at_start(m.group(1)) and np_at_start(m.group(1))[1] == len(m.group(1)):
        # “The metro, he told reporters last week, “has not had …””: the cue set off inside the sentence
        return m.group(2), "inside:X, he said, “…”", m.group(1), m.group(3)
    m = re.match(r"^\s*According to ([^\x00,]+),([^\x00]*)$", before)
    if m and not _media(m.group(1)) and not re.search(rf"\b(?:{VERB}|{FRAGMENT_VERB})\b", m.group(2)):
        # “According to the Ombudsman, the incident was another example of the “mine terror””
        return "according to", "inside:according to X, … “…”", m.group(1), ""
    m = re.search(
        rf"(?:^\s*|[,;]\s+|\b(?:that|and)\s+)({NAME_RUN}|{PRONOUN}|{DET_PHRASE})\s+(?:was|were|has been|had been|is)\s+quoted\s+(?:by\s+[^\x00]*?\s+)?as\s+(?:saying|telling\b[^\x00]*?)\b",
        before,
    )
    if m:  # “Peskov was quoted by RIA Novosti as saying that the reports were “…””
        subject = clause_subject(m.group(1))
        if subject:
            return "quoted as saying", "inside:X was quoted as saying", subject, ""
    m = re.search(r"\bquoted\s+(.+?)\s+as\s+(?:saying|telling\b[^\x00]*?)\b", before)
    if m and not m.group(1).startswith("by "):
        return "quoted as saying", "inside:quoted X as saying", m.group(1), ""
    for verb in reversed(list(re.finditer(rf"\b({VERB})\b", before))):
        extra = before[verb.end() :]
        if EXTRA.match(extra) and MASK not in extra:
            subject = clause_subject(before[: verb.start()].rstrip())
            if subject:
                pattern = "before:X said:" if extra.strip().endswith(":") else "before:X said"
                return verb.group(1), pattern, subject, extra
    # Quoted words inside a sentence: the subject of the verb that carries them.
    for verb in reversed(list(re.finditer(rf"\b({FRAGMENT_VERB})\b", before))):
        if re.search(r"(?:[’']s|\b(?:the|its|his|her|their|these|those|such|whose))\s+$", before[: verb.start()]):
            continue  # “Yerevan's claims”, “the calls”: a noun
        with_ = re.search(rf"\bwith\s+({NAME_RUN}|{DET_PHRASE})\s+$", before[: verb.start()])
        if verb.group(1).endswith("ing") and with_ and np_at_start(with_.group(1)):
            phrase = np_at_start(with_.group(1))[0]
            if re.match(r"(?:an?|one)\s", phrase, re.IGNORECASE) and head_in(phrase.split()[-1], DOCUMENT_HEADS):
                # “it published a video, along with a statement saying that its forces had ‘neutralised’ …”: the publisher's
                subject = _main_subject(before[: with_.start()])
                return (
                    (verb.group(1), "inside:X published … with a statement saying “…”", subject, before[verb.end() :])
                    if subject
                    else None
                )
            # “…, with Baku calling Yerevan's claims “lies””
            return verb.group(1), "inside:with X verb-ing “…”", phrase, before[verb.end() :]
        if verb.group(1).endswith("ing") and re.search(r",\s*$", before[: verb.start()]):
            # “Kestria threatened to retaliate against …, calling the measures …”: the main clause's subject
            subject = _main_subject(before[: verb.start()])
            if subject:
                return verb.group(1), "inside:X verb “…”", subject, before[verb.end() :]
        subject = clause_subject(before[: verb.start()].rstrip(), strict=False)
        if subject:
            return verb.group(1), "inside:X verb “…”", subject, before[verb.end() :]
        if verb.group(1) in {"recorded", "registered"}:
            continue  # “Vasilescu said her campaign had recorded “…””: the speaker's verb is further back
        break
    return None


def _block_cue(copy, quotation, pattern="block: intro with colon"):
    intro = copy.parts[quotation.part - 1] if quotation.part else None
    if intro is None:
        return quotation
    text = re.split(r"(?<=[.!?])\s+(?=[A-Z])", intro.text)[-1]
    found = _before_cue(text, quotation)
    if found:
        cue, _, phrase, extra = found
        offset = len(intro.text) - len(text)
        _set(quotation, cue, pattern, phrase, intro.start + offset + _find(text, phrase, last=True), extra)
        quotation.pattern = pattern
    return quotation
