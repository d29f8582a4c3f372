"""Stage 4: name the speaker of each quotation, in full, from its cue and the text before it.

A name is taken as printed, titles off ("Prime Minister Nikol Pashinyan" → Nikol Pashinyan); a
surname is the person named in full before ("Bono" → Louis Bono); "he"/"she" the last person
named, "it"/"they" the last organisation; a role the last person with that role ("the
spokeswoman") or the last organisation of that kind ("the ministry", "the Foreign Ministry"); "the
statement" whoever issued the last statement named ("the statement of X", "X said in a statement",
"In a statement, X said", "X issued a statement", a quotation "said in a statement"); "he said"
after a sentence whose subject is a person ("The Kremlin spokesman noted that …") is that person;
an unnamed spokesperson ("A State Department spokesperson", "the ministry's spokesperson") speaks
for their organisation; joint speakers are the first, or the one the text names as speaking for
it; unnamed groups ("Residents of Kut") abstain. A quotation with no cue carries the speaker of
the quotation just before it when it follows on directly (the same paragraph after the cue, or
the next paragraph opening with the quotation); otherwise it has no speaker: we abstain rather
than guess. A scare quote nobody is said to have said is dropped.
"""

import re

from newsroom.ingest.cues import _main_subject as main_subject
from newsroom.ingest.cues import clause_subject
from newsroom.ingest.lexicon import (
    DOCUMENT_HEADS,
    FEMALE,
    FEMALE_NAMES,
    FRAGMENT_VERBS,
    MALE,
    MALE_NAMES,
    MINISTRY_KINDS,
    NOT_NAMES,
    ORG_HEADS,
    PERSON_HEADS,
    PRONOUNS,
    head_in,
)
from newsroom.ingest.mentions import GENERIC_WORDS, classify

PERSON_HEAD_RE = "|".join(
    sorted((re.escape(h) for h in PERSON_HEADS if h not in {"man", "woman"}), key=len, reverse=True)
)
ORG_NICKNAMES = {
    "bloc": r"\b(?:EU|European Union)\b",
    "alliance": r"\b(?:NATO|North Atlantic|CSTO|Collective Security)\b",
}
GENERIC_ORGS = {
    "company",
    "firm",
    "operator",
    "airline",
    "carrier",
    "group",
    "organisation",
    "organization",
    "body",
    "agency",
}
ROLE_SYNONYMS = {
    "leader": {"leader", "president", "prime", "head", "chairman"},
    "envoy": {"envoy", "representative", "ambassador", "co-chair"},
    "diplomat": {"diplomat", "envoy", "ambassador", "foreign", "mfa"},
}


def _gender(text):
    words = set(re.findall(r"[\w.]+", (text or "").lower()))
    if words & FEMALE:
        return "f"
    if words & MALE:
        return "m"
    return ""


def _person_gender(name, role):
    """ "f", "m" or "" for a person: from the role's words ("spokeswoman"), else the first name."""
    by_role = _gender(re.sub(r"\b(?:his|her)\s+\w+", "", role or ""))  # “her husband” is not a woman
    if by_role or not name or len(name.split()) < 2:
        return by_role
    first = name.split()[0].lower()
    if first in MALE_NAMES:
        return "m"
    if first in FEMALE_NAMES:
        return "f"
    return ""


def _possessive(word):
    return re.sub(r"[’']s\b", "", word)


class Context:
    """What is known before a position in the text: people and organisations named, speakers so far."""

    def __init__(self, mentions, sentence_starts=()):
        self.sentence_starts = set(sentence_starts)
        self.paragraph_speaker = None  # (at, kind, name, role) of the last quotation's speaker in this paragraph
        self.events = [
            (m.start, m.kind, m.name, m.role) for m in mentions if m.kind in ("person", "organisation", "name")
        ]
        self.documents = []  # (at, the issuer's phrase as printed, or its resolution) of each statement named

    def add(self, at, kind, name, role=""):
        self.events.append((at, kind, name, role))

    def before(self, at, inclusive=False):
        return sorted(
            (e for e in self.events if e[0] < at or (inclusive and e[0] == at)), key=lambda e: e[0], reverse=True
        )

    def last(self, at, kind, test=lambda e: True):
        return next((e for e in self.before(at) if e[1] == kind and test(e)), None)

    def role_of(self, name, at):
        return next((e[3] for e in self.before(at, inclusive=True) if e[2] == name and e[3]), "")


def _org_matches(phrase, candidate):
    """“the Foreign Ministry” names candidate “Artsakh’s Foreign Ministry”; “the ministry” any ministry."""
    words = [w for w in re.findall(r"[\w’'\-]+", phrase.lower()) if w not in {"the", "a", "an", "its", "their"}]
    head = words[-1] if words else ""
    cand = candidate.lower()
    for adjective in re.findall(r"\b[A-Z][a-z]{3,}(?:ian|an|i|ese)\b", phrase):
        if adjective in GENERIC_WORDS or adjective in {"Foreign", "Interior"}:
            continue
        stem = re.sub(r"(?:ian|an|i|ese)$", "", adjective).lower()
        if not re.search(rf"\b{re.escape(stem)}", cand):
            return False  # “the Ardanian ministry” is not “Serevia's Defence Ministry”
    if head in {"mfa", "ministry", "minstry"} or head_in(head, {"ministry"}):
        if not (re.search(r"\b(ministry|mfa|min\wstry)\b", cand) or head_in(cand.split()[-1], {"ministry"})):
            return False
        for kind, pattern in MINISTRY_KINDS.items():
            if (pattern.search(phrase) or head == "mfa") and not (
                pattern.search(cand) or (kind == "foreign" and "mfa" in cand)
            ):
                if kind == "foreign" or pattern.search(phrase):
                    return False
        return True
    return bool(head) and any(head_in(w, {head}) for w in re.findall(r"[\w\-]+", cand))


def resolve_phrase(phrase, at, context, strip_appositive=True):
    """(name, kind, role, why) for the phrase a cue names, or None when it names nobody we can tell."""
    phrase = " ".join(phrase.split()).strip(" ,")
    if re.search(r"\w{3}\.$", phrase):
        phrase = phrase[:-1]  # the sentence's full stop, not an initial
    phrase = re.sub(
        r"\s*\([^()]{1,60}\)", "", phrase
    )  # “the Commissioner for Human Rights (Ombudsman) Samira Guliyeva”
    posted = re.search(
        r"\b(?:posted|published)\s+on\s+(?:the\s+)?(.+?)[’']s\s+(?:official\s+)?(?:website|channel|page|account)$",
        phrase,
    )
    if posted:  # “A statement posted on the Foreign Ministry's website”: the ministry's
        inner = resolve_phrase(
            ("" if posted.group(1)[:1].isupper() and not posted.group(1).startswith("Foreign") else "the ")
            + posted.group(1),
            at,
            context,
        )
        return (
            (inner[0], inner[1], inner[2], "statement") if inner else (posted.group(1), "organisation", "", "statement")
        )
    voice = re.match(r"^(?:the|a)\s+(?:voice|words)\s+of\s+(.+)$", phrase, re.IGNORECASE)
    if voice:  # “says the voice of a man in the video”: whoever the voice is
        return resolve_phrase(voice.group(1), at, context)
    office = re.match(r"^(.+?)[’']s\s+office$", phrase)
    if office:  # “Kestrian President Ana Vale's office said”: hers, as the seeds' editor records it
        inner = resolve_phrase(office.group(1), at, context)
        if inner and inner[1] == "person":
            return inner[0], "person", inner[2], "role"
    owned = re.match(r"^(?:[Tt]he\s+)?(.+?)[’']s\s+(?:[a-z][\w\-]*\s+){0,2}([a-z]+)$", phrase)
    if owned and head_in(owned.group(2), set(DOCUMENT_HEADS)) and owned.group(1)[:1].isupper():
        # “ANAMA's statement said”: whoever issued it
        inner = resolve_phrase(owned.group(1), at, context)
        return (
            (inner[0], inner[1], inner[2], "statement") if inner else (owned.group(1), "organisation", "", "statement")
        )
    signed = re.match(
        r"^(?:the|a|an|its|their)\s+[\w\s]*?,\s*(?:(?:signed|issued|sent|released|published|written|prepared|commissioned) )?by\s+(.+)$",
        phrase,
        re.IGNORECASE,
    )
    if signed:  # “The letter, signed by the mayors of all twelve regional capitals”
        agent = resolve_phrase(signed.group(1), at, context)
        if agent:
            return agent[0], agent[1], agent[2], "statement"
        plural = re.match(r"^(?:the\s+)?([a-z][\w\-]*s\b.*)$", signed.group(1))
        return (plural.group(1), "organisation", "", "statement") if plural else None
    pair = re.fullmatch(r"(?:the\s+)?(?:two|both)\s+([a-z][\w\-]*?)s", phrase, re.IGNORECASE)
    if pair and head_in(pair.group(1).lower(), set(PERSON_HEADS)):
        # “the two presidents said in a joint statement”: either of the two the text names as such
        wanted = ROLE_SYNONYMS.get(pair.group(1).lower(), {pair.group(1).lower()})
        people = [
            e
            for e in sorted(context.events, key=lambda e: e[0])
            if e[1] == "person" and e[2] and set(re.findall(r"[\w\-]+", e[3].lower())) & wanted
        ]
        names = list(dict.fromkeys(e[2] for e in people))
        return (people[0][2], "person", people[0][3], "role") if len(names) == 2 else None
    joint = re.split(r"\s+and\s+", phrase)
    if (
        len(joint) == 2
        and "," not in phrase
        and all(joint)
        and not re.search(r"\b(?:for|of)\s+(?:the\s+)?[A-Z]", joint[0])
    ):
        return _resolve_joint(joint, at, context)
    appositive = ""
    m = re.match(r"^(.*?),\s+(?:who is (?:also )?)?(.+?),?$", phrase)
    if (
        m
        and (
            re.match(r"(?:the|its|their|his|her|a|an)\s", m.group(1), re.IGNORECASE)
            or re.search(r"[’']s\s+[a-z]", m.group(1))
        )
        and re.fullmatch(r"[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){1,3}", m.group(2))
    ):
        phrase, appositive = m.group(2), m.group(1)  # “the head of the town administration, Mikhail Grebnev”
    elif m and m.group(1)[:1].isupper() and strip_appositive:
        phrase, appositive = m.group(1), m.group(2)
    if phrase.lower() in {"police", "prosecutors"}:
        found = context.last(at, "organisation", lambda e: phrase.lower().rstrip("s") in e[2].lower())
        return (found[2], "organisation", "", "role") if found else (phrase.lower(), "organisation", "", "name")
    if re.fullmatch(
        r"(?!(?:A|An|The|One)\s)(?:[A-Z][\w’'\-]*\s+)+(?:peacekeepers|peacekeeping (?:forces|contingent|mission)|forces|troops|military|army|authorities|border guards|police)",
        phrase,
    ):
        return phrase, "organisation", "", "name"  # “Russian peacekeepers”
    calling = re.search(
        r"\b(?:calling (?:itself|themselves)|(?:that|which|who) calls? (?:itself|themselves)|known as)\s+([A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*)*)$",
        phrase,
    )
    if calling:  # “A hacker group calling itself Black Sun”: the name it gives itself
        return calling.group(1), "organisation", "", "name"
    described = re.match(
        r"^(?:the\s+)?(?:[A-Za-z][\w\-]*\s+){0,2}?(?:group|organisation|organization|charity|watchdog|party|union|agency|firm|company|consultancy|movement|network|coalition|alliance|association|foundation|institute|think[ -]tank|broadcaster|newspaper)\s+([A-Z][\w’'.\-]*(?:\s+(?:of\s+|for\s+|the\s+|&\s+)*[A-Z][\w’'.\-]*)*)$",
        phrase,
    )
    if described and described.group(1).split()[0] not in NOT_NAMES:
        return described.group(1), "organisation", "", "name"  # “Environmental group Taiga Watch”
    unnamed = re.fullmatch(
        r"(?!(?:A|An|The|One|Its|Their)\s)([A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*)\s+(spokes(?:man|woman|person))", phrase
    )
    if unnamed:  # “Azerbaijan's Defence Ministry spokesman said”: its named spokesman, or the ministry
        inner = resolve_phrase("the " + phrase, at, context)
        if inner:
            return inner
        kind, name, _ = classify(unnamed.group(1).split())
        return (unnamed.group(1), "organisation", "", "role") if kind == "organisation" else None
    titled = re.match(rf"^(.*?\b(?:{PERSON_HEAD_RE}))\s+([A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){{0,3}})$", phrase)
    if titled:
        kind, name, role = classify(titled.group(2).split())
        if kind in ("person", "name"):
            return _surname(name, titled.group(1), at, context)
    low = phrase.lower()
    if low in PRONOUNS:
        kind = PRONOUNS[low]
        gender = _gender(low)
        speaker = context.paragraph_speaker
        if speaker and speaker[1] == kind and (not gender or _person_gender(speaker[2], speaker[3]) in ("", gender)):
            return speaker[2], kind, speaker[3], "pronoun"
        found = context.last(at, kind, lambda e: not gender or not e[2] or _person_gender(e[2], e[3]) in ("", gender))
        if found is None or not found[2]:
            return None  # nobody, or somebody the text leaves unnamed
        return found[2], kind, found[3], "pronoun"
    words = re.findall(r"[\w’'\-.]+", phrase)
    if not words:
        return None
    if words[0][:1].isupper() and len(words) > 1 and words[1] in {"of", "from", "in"} and _group_of_people(words[0]):
        return None  # “Residents of Kut said”: people the text does not name
    if words[0].lower() == "the" and len(words) == 2 and head_in(words[1].lower(), set(PERSON_HEADS)):
        return _resolve_role(phrase.lower(), [w.lower() for w in words], at, context)  # “the Ombudsman said”
    if (
        words[0].lower() in {"the", "its", "their"}
        and len(words) > 1
        and words[1][:1].isupper()
        and all(w[:1].isupper() or w in {"of", "for", "the", "and", "on"} for w in words[1:])
    ):
        if not all(w in GENERIC_WORDS or w == "of" for w in words[1:]):
            words = words[1:]  # “the National Medical Chamber”: a name
            phrase = " ".join(words)
    if (
        words[0].lower() in {"his", "her"}
        and len(words) == 2
        and head_in(words[1].lower(), {"office", "aides", "aide", "spokesman", "spokeswoman", "spokesperson", "press"})
    ):
        found = context.last(
            at, "person", lambda e: _person_gender(e[2], e[3]) in ("", "f" if words[0].lower() == "her" else "m")
        )
        return (found[2], "person", found[3], "pronoun") if found else None  # “his office said”
    if words[0].lower() in {"the", "a", "an", "its", "his", "her", "their", "one"}:
        return _resolve_role(phrase, words, at, context)
    if (
        re.search(r"[’']s\s+[a-z]", phrase) and words[0][:1].isupper() and words[0].lower() not in {"the", "a", "an"}
    ):  # “Nagorno-Karabakh’s leadership”
        return phrase, "organisation", "", "name"
    of = re.match(r"^([A-Z][\w’'.\-]+(?:\s+[A-Z][\w’'.\-]+){1,3})\s+(?:of|from)\s+(?:the\s+)?([A-Z].+)$", phrase)
    if of and classify(of.group(1).split())[0] == "person":
        # “Ines Moreau of Rights Watch”: a person and the organisation she speaks for
        return classify(of.group(1).split())[1], "person", appositive or of.group(2), "name"
    kind, name, role = classify(words)
    role = appositive or role
    if kind == "place" and any(
        w in {"Secretary", "Minister", "President", "Spokesman", "Spokeswoman", "Ambassador"} for w in words
    ):
        return " ".join(words), "person", "", "role"  # “the U.S. Secretary of State”: the office names the person
    if kind == "person":
        if len(name.split()) >= 3 and not role:
            # “In Stepanakert Anahit Grigoryan said”: the person named there (the place taken off)
            there = next(
                (
                    e
                    for e in context.events
                    if e[1] == "person" and e[2] and at <= e[0] <= at + len(phrase) and name.endswith(" " + e[2])
                ),
                None,
            )
            if there:
                name = there[2]
        return name, "person", role or context.role_of(name, at), "name"
    if kind == "organisation":
        return name, "organisation", "", "name"
    if kind == "name":
        org = context.last(at, "organisation", lambda e: e[2] == name)
        if org:
            return name, "organisation", "", "name"
        return _surname(name, role, at, context, sentence_start=at in context.sentence_starts)
    return None


GROUPS = {
    "residents",
    "villagers",
    "locals",
    "witnesses",
    "officials",
    "sources",
    "analysts",
    "experts",
    "diplomats",
    "people",
    "relatives",
    "families",
    "protesters",
    "workers",
    "farmers",
    "members",
    "supporters",
    "critics",
    "observers",
    "activists",
    "doctors",
    "teachers",
    "students",
    "parents",
    "drivers",
}


def _group_of_people(word):
    low = word.lower()
    return low in GROUPS or (low.endswith("s") and head_in(low[:-1], set(PERSON_HEADS)))


def _acronym(name):
    words = [w for w in re.findall(r"[A-Za-z][\w\-]*", name) if w[:1].isupper()]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


def _voice_of(organisation, context):
    """The person the text names as speaking for `organisation` (“Peter Stano, the EU’s foreign
    affairs spokesperson” for the European Union), or None."""
    names = {_possessive(organisation).lower()}
    if _acronym(organisation):
        names.add(_acronym(organisation).lower())
    for event in sorted(context.events, key=lambda e: e[0]):
        if event[1] != "person" or not event[2] or not event[3]:
            continue
        role = event[3].lower().replace("’", "'")
        spoke = re.search(r"\b(spokes\w+|representative|envoy|ambassador|press secretary)\b", role)
        if spoke and any(re.search(rf"(?<![\w\-]){re.escape(n)}(?:'s)?(?![\w\-])", role) for n in names):
            return event
    return None


def _resolve_joint(conjuncts, at, context):
    """“The European Union and NATO voiced …”: joint speakers, either of whom is right. The first,
    or the one the text names as speaking for it; abstain unless both are somebody."""
    resolved = [resolve_phrase(c, at, context) for c in conjuncts]
    if not all(resolved):
        return None
    for name, kind, _, _ in resolved:
        voice = _voice_of(name, context) if kind == "organisation" else None
        if voice:
            return voice[2], "person", voice[3], "role"
    return resolved[0]


def _surname(name, role, at, context, sentence_start=False):
    """A person named by surname is the one named in full before; a lone plural opening a sentence
    (“Analysts”, “Residents”) names nobody."""
    surname = _possessive(name.split()[-1])
    full = context.last(at, "person", lambda e: bool(e[2]) and e[2].split()[-1] == surname)
    if full and len(name.split()) == 1:
        return full[2], "person", role or full[3], "surname"
    if len(name.split()) == 1 and sentence_start and name.endswith("s") and not role:
        return None
    if len(name.split()) == 1 and name.endswith(("ans", "ians")) and not role:
        return None  # a nationality: “Armenians”
    return name, "person", role or context.role_of(name, at), "name"


def _resolve_role(phrase, words, at, context):
    low = [w.lower() for w in words]
    complement = re.search(r"\b(?:from|for|of|at|by)\s+(the\s+)?(.+)$", phrase)
    named = re.search(r"\s[a-z][\w\-]*\s([A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*)*)$", phrase)
    preposition = named and re.search(
        r"\s(in|on|to|with|near|of|for|at|from|by)\s[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*)*$", phrase
    )
    if named and not preposition and not complement and words[0].lower() in {"the", "a", "an"} and len(words) > 2:
        # “the consultancy Fieldgate”: the name that ends the phrase
        return named.group(1), "organisation", "", "name"
    core = phrase[: complement.start()] if complement else phrase
    core_words = [w.lower() for w in re.findall(r"[\w’'\-.]+", core)]
    heads = [w for w in core_words if head_in(w, set(ORG_HEADS) | set(PERSON_HEADS) | set(DOCUMENT_HEADS))]
    head = heads[-1] if heads else low[-1]
    if head_in(head, set(DOCUMENT_HEADS)):
        possessor = re.match(r"^(?:[Tt]he\s+)?(.+?)(?:[’']s|(?<=s)[’'])\s", phrase)
        if possessor and possessor.group(1).lower() not in {"it", "its"}:
            inner = resolve_phrase("the " + possessor.group(1), at, context)
            if inner is None and possessor.group(1)[:1].isupper():
                inner = resolve_phrase(possessor.group(1), at, context)  # “The Russian peacekeepers' bulletin”
            if inner is None and re.search(
                r"\b(summit|meeting|conference|talks|council|congress|forum)$", possessor.group(1), re.I
            ):
                # “the summit's final declaration”: the gathering's document speaks for it
                return " ".join(words[1:]) if words[0].lower() == "the" else phrase, "organisation", "", "statement"
            return (inner[0], inner[1], inner[2], "statement") if inner else None
        if complement:
            inner = resolve_phrase(("the " if complement.group(1) else "") + complement.group(2), at, context)
            if inner:
                return inner[0], inner[1], inner[2], "statement"
        issuer = next((w for w in core_words[1:-1] if head_in(w, set(ORG_HEADS))), None)
        if issuer:  # “a ministry statement said”
            inner = resolve_phrase("the " + issuer, at, context)
            modifier = words[1:-1]
            if (
                inner is None
                and modifier
                and all(w[:1].isupper() for w in modifier)
                and classify(modifier)[0] == "organisation"
            ):
                return " ".join(modifier), "organisation", "", "statement"  # “the Kestrian MFA statement reads”
            return (inner[0], inner[1], inner[2], "statement") if inner else None
        if words[0].lower() in {"a", "an", "one"}:
            return None  # “read a message on the wall”: no one in particular
        if words[0].lower() in {"its", "their"}:
            found = context.last(at, "organisation")
            return (found[2], "organisation", "", "statement") if found and found[2] else None
        if words[0].lower() in {"his", "her"}:
            found = context.last(at, "person")
            return (found[2], "person", found[3], "statement") if found and found[2] else None
        document = next((d for d in sorted(context.documents, key=lambda d: d[0], reverse=True) if d[0] < at), None)
        if document:  # “the statement said”: whoever issued the statement named last
            issuer = (
                document[1] if isinstance(document[1], tuple) else resolve_phrase(document[1], document[0], context)
            )
            if issuer:
                return issuer[0], issuer[1], issuer[2], "statement"
        found = next((e for e in context.before(at) if e[1] in ("organisation", "person")), None)
        return (found[2], found[1], found[3], "statement") if found else None
    if head_in(head, set(PERSON_HEADS)):
        if words[0].lower() in {"a", "an", "one"}:
            if complement and re.search(r"\b(for|of|at)\b", phrase):
                inner = resolve_phrase(
                    complement.group(2) if not complement.group(1) else "the " + complement.group(2), at, context
                )
                if inner and inner[1] == "organisation":
                    return inner[0], "organisation", "", "role"
            elif re.fullmatch(r"spokes\w+|representative", head) and len(words) > 2 and low[-1] == head:
                # “A State Department spokesperson”, “a mission spokesperson”: the body they speak for
                modifier = " ".join(words[1:-1])
                if all(w[:1].isupper() for w in words[1:-1]):
                    kind = classify(words[1:-1])[0]
                    return (modifier, "organisation", "", "role") if kind == "organisation" else None
                inner = resolve_phrase("the " + modifier, at, context)
                if inner and inner[1] == "organisation":
                    return inner[0], "organisation", "", "role"
            return None  # “a senior official”: the text does not say who
        wanted = ROLE_SYNONYMS.get(head, {head})
        if re.search(r"\bhead of (?:the )?state\b", phrase, re.I):
            wanted = {"president", "king", "queen", "emir", "monarch", "head"}  # “the head of state said”
        elif re.search(r"\bhead of (?:the )?government\b", phrase, re.I):
            wanted = {"prime", "premier", "chancellor"}
        if head in {"author", "authors"} and words[0].lower() in {"its", "their"}:
            document = next((d for d in sorted(context.documents, key=lambda d: d[0], reverse=True) if d[0] < at), None)
            issuer = (
                (document[1] if isinstance(document[1], tuple) else resolve_phrase(document[1], document[0], context))
                if document
                else None
            )
            return (issuer[0], issuer[1], issuer[2], "statement") if issuer else None  # “its authors concluded”
        found = context.last(at, "person", lambda e: any(w in wanted for w in re.findall(r"[\w\-]+", e[3].lower())))
        if found and not found[2]:
            # “A State Department spokesperson, …, said” then “the spokesperson said”: whom they speak for
            inner = resolve_phrase(found[3], found[0], context) if re.match(r"(?:an?|one)\s", found[3], re.I) else None
            return inner if inner and inner[1] == "organisation" else None
        if found:
            return found[2], "person", found[3], "role"
        if re.fullmatch(r"spokes\w+", head) and words[0].lower() in {"the", "its", "their"}:
            # “the ministry's spokesperson said” and nobody named as such: the body they speak for
            owner = re.match(r"^(?:the\s+)?(.+?)[’']s\s", phrase) or re.match(
                r"^the\s+(.+?)\s+spokes\w+$", phrase, re.I
            )
            if owner and owner.group(1).lower() not in {"it", "its"}:
                inner = resolve_phrase(("" if owner.group(1)[:1].isupper() else "the ") + owner.group(1), at, context)
                if inner and inner[1] == "organisation":
                    return inner[0], "organisation", "", "role"
            elif words[0].lower() in {"its", "their"}:
                found = context.last(at, "organisation")
                return (found[2], "organisation", "", "role") if found and found[2] else None
        return None
    if head_in(head, set(ORG_HEADS)):
        if complement and complement.group(2)[:1].isupper():
            inner = resolve_phrase(complement.group(2), at, context)
            if inner and inner[1] == "organisation":
                return inner[0], "organisation", "", "name"  # “the observation mission of the Organisation for …”
        if re.match(r"(?:the\s+)?[A-Z][\w\-. ]*[’']s\s", core, re.IGNORECASE) and re.search(
            r"[A-Z][\w\-]*[’']s\s", core
        ):
            return " ".join(words[1:]), "organisation", "", "name"  # “the European Union's delegation in Morvania”
        found = context.last(at, "organisation", lambda e: _org_matches(core, e[2]))
        if found is None and head in ORG_NICKNAMES and words[0].lower() == "the":
            # “the bloc” is the EU, “the alliance” NATO, when the text has named them
            found = context.last(at, "organisation", lambda e: bool(re.search(ORG_NICKNAMES[head], e[2])))
        if found is None and head in GENERIC_ORGS and words[0].lower() == "the":
            found = context.last(at, "organisation")  # “the company”: the organisation named last
        if found:
            return found[2], "organisation", "", "role"
        if any(w[:1].isupper() for w in words[1:]):  # “the Azerbaijani side”: a name as printed
            return " ".join(words[1:]), "organisation", "", "name"
        if words[0].lower() == "the" and len(words) >= 3 and not head_in(words[1], {"ministry"}):
            rest = (
                words[2:]
                if re.search(r"[’']s?$", words[1]) and words[1][:1].islower() and len(words) > 3
                else words[1:]
            )
            return (
                " ".join(rest),
                "organisation",
                "",
                "name",
            )  # “the weather service”; “the country's interior ministry”
        return None
    return None


def affiliation_of(role, at, context):
    """The organisation a role names: “the EU’s foreign affairs spokesperson” → EU; “the ministry spokeswoman” → the last ministry."""
    if not role:
        return ""
    for run in re.findall(r"[A-Z][\w’'.\-]*(?:\s+(?:of\s+the\s+|of\s+)?[A-Z][\w’'.\-]*)*", role):
        kind, name, _ = classify([_possessive(w) for w in run.split()])
        if kind == "organisation":
            return _possessive(name)
    for word in re.findall(r"[a-z]+", role):
        if head_in(word, set(ORG_HEADS)):
            found = context.last(at, "organisation", lambda e, word=word: _org_matches("the " + word, e[2]))
            if found:
                return found[2]
    return ""


def name_speakers(copy, quotations, mentions):
    """Fill `speaker`, `speaker_kind`, `speaker_role`, `speaker_affiliation` and `why` of each quotation."""
    starts = set()
    for part in copy.parts:
        raw = copy.source[part.start : part.end]
        starts.add(part.start)
        starts.update(part.start + m.end() for m in re.finditer(r"[.!?][”\"’]?\s+", raw))
    context = Context(mentions, starts)
    for part in copy.parts:
        if part.kind != "paragraph":
            continue
        raw = copy.source[part.start : part.end]
        for m in DOCUMENT_OF.finditer(raw):
            if not any(q.start <= part.start + m.start() < q.end for q in quotations):
                context.documents.append((part.start + m.start(), m.group("issuer")))
        for m in re.finditer(r"\bIn (?:a|its|his|her|their) (?:\w+ )?statement(?: on \w+)?,\s+", raw):
            verb = re.search(r"\s(?:said|says|announced|stated|added|noted|stressed)\b", raw[m.end() : m.end() + 150])
            subject = clause_subject(raw[m.end() : m.end() + verb.start()]) if verb else None
            if subject and not any(q.start <= part.start + m.start() < q.end for q in quotations):
                # “In a statement, the ministry said that …”
                context.documents.append((part.start + m.end(), subject))
        for m in re.finditer(
            r"\b(?:(?:said|announced|declared|stated|wrote|reported)\s+in|issued|released|published|put out|adopted)\s+(?:a|an|its|his|her|their)\s+(?:\w+\s+)?(?:statement|bulletin|report|communiqu\w+|release|declaration)\b",
            raw,
        ):
            prefix = re.split(r"(?<=[.!?])\s+(?=[A-Z])|[“”\"«»]", raw[: m.start()])[-1]
            subject = clause_subject(prefix.rstrip())
            if subject and not any(q.start <= part.start + m.start() < q.end for q in quotations):
                # “Armenia’s Ministry of Foreign Affairs said in a statement.”
                context.documents.append((part.start + m.start() - len(prefix) + prefix.find(subject), subject))
    previous = None
    for q in quotations:
        resolved = None
        if q.pattern in ("question", "impersonal"):
            continue  # a reporter's question, put to the speaker: nobody named said it
        if _names_a_thing(copy.source, q):
            q.dropped = True  # “the “Northern Shield” exercise”, “so-called “volunteer battalions””
            continue
        paragraph_start = copy.parts[q.part].start
        if previous is None or not previous.speaker:
            context.paragraph_speaker = None
        elif previous.last_part != q.part and not (
            previous.last_part == q.part - 1
            and previous.speaker_kind == "person"
            and len(
                re.split(
                    r"(?<=[.!?])\s+(?=[A-Z])",
                    copy.source[previous.end + 1 : copy.parts[previous.last_part].end].strip(),
                )
            )
            <= 1
            and not any(
                paragraph_start <= m.start < max(q.start, q.mention_start or 0)
                and m.kind in ("person", "organisation", "name")
                for m in mentions
            )
        ):
            context.paragraph_speaker = None  # the speaker quoted in the paragraph just before, if none is named since
        else:
            context.paragraph_speaker = (q.start, previous.speaker_kind, previous.speaker, previous.speaker_role)
        if q.mention and q.mention.lower() in PRONOUNS:
            since = previous.end + 1 if previous is not None and previous.last_part == q.part else None
            lead = _lead_subject(copy, q, context, since)
            if lead:  # “The Kremlin spokesman noted that … “…,” he said.”: the subject of the sentence before
                context.paragraph_speaker = (q.start, lead[1], lead[0], lead[2])
        if q.mention and q.mention.lower() == "they" and _group_subject(copy, q):
            pass  # “opposition MPs criticised what they called “…””: people the text does not name
        elif q.mention:
            at = q.mention_start if q.mention_start is not None else q.start
            resolved = resolve_phrase(q.mention, at, context)
        elif (
            previous is not None
            and previous.speaker
            and not q.fragment
            and q.pattern != "unread cue"
            and _follows_on(copy, previous, q, mentions)
        ):
            resolved = (previous.speaker, previous.speaker_kind, previous.speaker_role, "carried")
        if resolved:
            q.speaker, q.speaker_kind, q.speaker_role, q.why = resolved
            q.speaker_affiliation = affiliation_of(q.speaker_role, q.start, context)
            context.add(
                q.mention_start if q.mention_start is not None else q.start, q.speaker_kind, q.speaker, q.speaker_role
            )
            if q.medium == "press_statement" and q.why != "statement":
                context.documents.append((q.mention_start if q.mention_start is not None else q.start, resolved))
        elif q.fragment:
            q.dropped = True  # a scare quote: nobody is said to have said it
        if not q.dropped:
            previous = q
    return quotations


DOCUMENT_OF = re.compile(
    r"\b(?:statement|communiqu[eé]|press release|declaration|report|letter|study|review|audit)\s*,?\s+(?:of|from|by|issued by|prepared by|commissioned by)\s+(?P<issuer>(?:the\s+)?[^,.;:\x00“”\"]+?)(?=[,.;:]|\s+(?:said|says|reads|read|added|on|which|that|to|in|at)\b)"
)
THING_BEFORE = re.compile(
    r"\b(?:so-called|operation|exercise|code-?named|titled|entitled|the (?:book|film|memoir|novel|song|play|documentary|newspaper|magazine|programme|program|show|series|app|website|slogan|motto)|newspaper|magazine)\s*[,:]?\s*$",
    re.IGNORECASE,
)
THING_AFTER = re.compile(
    r"^\s*(?:exercise|exercises|operation|plan|programme|program|initiative|project|campaign|format|platform|doctrine|law|bill|act|treaty|process|group|party|movement|brigade|battalion|unit|newspaper|magazine|channel|app|tv|show|festival|award)s?\b",
    re.IGNORECASE,
)


PLACE_NOUNS = {
    "corridor",
    "route",
    "road",
    "highway",
    "railway",
    "bridge",
    "zone",
    "region",
    "district",
    "province",
    "pass",
    "crossing",
    "checkpoint",
    "pipeline",
    "border",
    "valley",
    "river",
    "village",
    "city",
    "town",
    "island",
    "port",
}


def _names_a_thing(source, q):
    """Quotation marks around a name (an exercise, an operation, a title) or a phrase the writer
    keeps at a distance (“so-called”): nobody is quoted."""
    before = source[max(0, q.start - 40) : q.start - 1]
    after = source[q.end + 1 : q.end + 30]
    words = q.text.split()
    title = all(w[:1].isupper() or w.lower() in {"of", "the", "and", "for", "in", "on"} for w in words)
    # “the “Zangezur corridor””, “the so-called “Lachin road””: a place's name, however it is called
    place = q.fragment and len(words) <= 4 and words[0][:1].isupper() and words[-1].strip(".,").lower() in PLACE_NOUNS
    return bool(THING_BEFORE.search(before)) or place or (q.fragment and title and bool(THING_AFTER.match(after)))


LEAD_VERBS = {
    "commented",
    "spoke",
    "responded",
    "reacted",
    "weighed",
    "went",
    "hit",
    "recalled",
    "disagreed",
    "agreed",
    "objected",
    "denied",
    "disputed",
    "refuted",
    "contradicted",
    "acknowledged",
    "admitted",
    "reported",
    "announced",
    "countered",
    "criticised",
    "criticized",
    "defended",
    "appealed",
    "demanded",
    "pledged",
    "promised",
    "threatened",
    "published",
    "issued",
    "gave",
    "offered",
    "presented",
    "painted",
    "told",
}


def _lead_subject(copy, q, context, since=None):
    """(name, kind, role, why) of the subject of the sentence just before `q` in its paragraph (after
    the quotation before it, `since`), or None."""
    part = copy.parts[q.part]
    text = copy.source[since if since is not None else part.start : q.start - 1]
    if since is not None and not re.match(r"[”\"’»]?\s+[A-Z]", text):
        text = re.split(r"(?<=[.!?])\s+(?=[A-Z])", text.strip(), maxsplit=1)[1:]  # past the cue of the quotation before
        text = text[0] if text else ""
    text = text.lstrip('”"’» ')
    if not text.strip() or re.search(r"[“”\"«»]", text):
        return None
    sentences = [x for x in re.split(r"(?<=[.!?])\s+(?=[A-Z])", text.strip()) if x.strip()]
    if q.mention_start is not None and q.mention_start < q.start and sentences:
        sentences = sentences[:-1]  # “Asked about it, she said the agreement “…””: the sentence before the pronoun's
    if not sentences:
        return None
    sentence = sentences[-1].rstrip()
    final = re.search(
        r",\s+((?:the|a|an)\s+[^,]+?|[A-Z][^,]+?)\s+(?:said|says|reported|added|announced|noted)(?:\s+on\s+\w+)?\.$",
        sentence,
    )
    if final:  # “Azerbaijani forces fired on the village, the Armenian Defence Ministry said.”
        subject = final.group(1)
    else:
        subject = main_subject(sentence)
        rest = sentence[sentence.find(subject) + len(subject) :] if subject else ""
        verb = re.match(
            r"[,\s]+(?:(?:also|then|later|has|have|had|was|were|is|would|will|had|already|\w+ly)\s+)*(\w+)", rest
        )
        speech = verb and verb.group(1).lower() in set(FRAGMENT_VERBS) | LEAD_VERBS
        if not speech and not (verb and q.mention.lower() in {"he", "she"}):
            return None  # “Azerbaijani forces fired on the village.”: nobody speaking (“it said”)
    if not subject or subject.lower() in PRONOUNS:
        return None
    at = copy.source.find(sentence, since if since is not None else part.start)
    found = resolve_phrase(subject, at + max(sentence.find(subject), 0), context)
    if found and q.mention.lower() in {"he", "she"} and found[1] != "person":
        return None
    return found


def _group_subject(copy, q):
    """“they” inside a sentence whose subject is a group of people the text does not name
    (“In Yerevan, opposition MPs criticised what they called …”)."""
    if q.mention_start is None or q.mention_start > q.start:
        return False
    part = copy.parts[q.part]
    before = copy.source[part.start : q.mention_start]
    sentence = re.split(r"(?<=[.!?])[”\"’»]?\s+(?=[A-Z“\"«])", before)[-1]
    m = re.search(r"(?:^|,\s+)(?:[A-Za-z][\w\-]*\s+){0,2}?([A-Za-z]+s)\s+(?:\w+ly\s+|also\s+)?[a-z]+ed\b", sentence)
    return bool(m) and _group_of_people(m.group(1))


def _follows_on(copy, previous, q, mentions):
    if q.part == previous.last_part:
        between = (previous.end, q.start)
    elif q.part == previous.last_part + 1 and q.start - copy.parts[q.part].start <= 1:
        between = (previous.end, q.start)
    else:
        return False
    # Somebody else named in a sentence of their own in between breaks the chain.
    gap = copy.source[between[0] : between[1]]
    ends = [m.end() for m in re.finditer(r"[.!?][”\"’»]?\s+", gap)]
    after = between[0] + (ends[-1] if ends else 0)
    stop = len(re.sub(r"\s*[“\"‘«]?$", "", gap)) + between[0]
    return not any(after <= m.start < stop and m.kind == "person" and m.name != previous.speaker for m in mentions)
