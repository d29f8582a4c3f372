"""Stage 4: name the speakers of each quotation, in full, from its cue and the text before it.

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
from bisect import bisect_left, insort
from dataclasses import dataclass, replace
from itertools import chain, pairwise, takewhile

from newsroom.core.phrases import and_list
from newsroom.core.quoting import scan_marks
from newsroom.ingest.grammar import (
    ACRONYM_AFTER,
    BODY_PEOPLE,
    CAP,
    COUNTS,
    DESCRIBED,
    MEMBER_BODIES,
    MEMBER_BODY_NAME,
    NAME_RUN,
    OCCASION,
    QUOTED_NAME_FIRST,
    RETIRED,
    SENT_PEOPLE,
    SEVERAL,
    THE_AGED,
    alternation,
    names_a_member_body,
)
from newsroom.ingest.layout import SENTENCE_REACH
from newsroom.ingest.letters import LOWER, UPPER
from newsroom.ingest.lexicon import COMPANY_FORMS, COURTESY_TITLES, OPINION_FORMS, SPEECH, head_in
from newsroom.ingest.mentions import FIRST_NAME, PARTY_AND_STATE, possessive
from newsroom.ingest.records import Cue, Speaker

# How far back (characters) a description (“the 58-year-old fisherman”) may point at the person named.
DESCRIBED_WITHIN = 400


@dataclass(frozen=True)
class Event:
    """Somebody named, or quoted, at an offset of the file."""

    at: int
    kind: str  # "person", "organisation" or "name"
    name: str  # "" for somebody the text describes without naming
    role: str = ""


@dataclass(frozen=True)
class Document:
    """A statement, report or bulletin the text says somebody issued."""

    at: int
    issuer: str = ""  # the issuer's phrase as printed
    resolved: Speaker | None = None  # or the issuer already resolved (a quotation said in a statement)
    several: tuple = ()  # or its issuers, when several issued it together (a joint statement)
    kind: str = ""  # what it is (the lexicon's document kinds: "statement", "post", "report" …), "" when unsaid


class Context:
    """What is known before a position in the text: people and organisations named, speakers so far,
    documents issued. Events are kept in order, so “the last X before here” walks back from a
    binary search instead of sorting everything again."""

    def __init__(self, mentions, language, sentence_starts=(), source=""):
        self.language = language
        self.source = source
        self.lx = language.lexicon
        self.names = language.names
        self.grammar = language.grammar
        self.sentence_starts = set(sentence_starts)
        self.paragraph_speaker = None  # the Event of the last quotation's speaker in this paragraph
        self.paragraph_document = []  # that quotation was a document's (“the opinion reads”): its issuers
        self.document_end = 0  # where that quotation ends
        self.paragraph_reason = ""  # why it is: "quoted just before", "the subject of the sentence before"
        self._keys, self._events, self._roles = [], [], {}
        self._by_kind = {}  # kind → ([keys], [events]), in order
        self._around = {}  # (where a person is named, the name) → the sentences near it holding their surname
        self._countries = {}  # a person's name → the countries the text describes them of
        self._by_name = {}  # (kind, name) → [keys]
        self._by_surname = {}  # a person's surname → ([keys], [events])
        self._seq = 0
        for m in mentions:
            if m.kind in ("person", "organisation", "name"):
                self.add(m.start, m.kind, m.name, m.role)
        self.documents = []
        self.states_named = None  # the states the text names, how often (_country_of_the_text)

    def add(self, at, kind, name, role=""):
        # Among events at one offset, the first added is found first (as a stable sort would give).
        self._seq += 1
        key = (at, -self._seq)
        event = Event(at, kind, name, role)
        i = bisect_left(self._keys, key)
        self._keys.insert(i, key)
        self._events.insert(i, event)
        keys, events = self._by_kind.setdefault(kind, ([], []))
        i = bisect_left(keys, key)
        keys.insert(i, key)
        events.insert(i, event)
        insort(self._by_name.setdefault((kind, name), []), key)
        if kind == "person" and name:
            keys, events = self._by_surname.setdefault(name.split()[-1], ([], []))
            i = bisect_left(keys, key)
            keys.insert(i, key)
            events.insert(i, event)
        if role:
            insort(self._roles.setdefault(name, []), (key, role))

    def before(self, at, inclusive=False):
        """Events before `at` (at it too, with inclusive), the nearest first."""
        i = bisect_left(self._keys, (at + 1, float("-inf")) if inclusive else (at, float("-inf")))
        for j in range(i - 1, -1, -1):
            yield self._events[j]

    def events(self):
        return list(self._events)

    def after(self, at):
        """Events after `at`, the nearest first."""
        i = bisect_left(self._keys, (at + 1, float("-inf")))
        for j in range(i, len(self._events)):
            yield self._events[j]

    def named_within(self, start, end, kinds=("person",)):
        """Those of `kinds` the text names from `start` to `end`, in order: (where the name is printed there, -1 when
        the text printed it otherwise, a surname for a full name; the event)."""
        return [
            (self.source.find(e.name, e.at, end), e)
            for e in takewhile(lambda e: e.at < end, self.after(start - 1))
            if e.kind in kinds and e.name
        ]

    def said_around(self, event, at):
        """The roles given a person up to `at` and the sentences near where `event` names them that hold their
        surname, in lower case: what the text says they are (the sentences read once per mention)."""
        key = (event.at, event.name)
        if key not in self._around:
            near = re.split(r"(?<=[.!?])\s+", self.source[max(0, event.at - 200) : event.at + 200])
            surname = event.name.split()[-1]
            self._around[key] = " ".join(s for s in near if surname in s)
        return " ".join([*self.roles_of(event.name, at), self._around[key]]).lower()

    def split(self, at, kind):
        """The events of `kind` before `at` (the nearest last) and from it on, as two lists."""
        keys, events = self._by_kind.get(kind, ((), ()))
        i = bisect_left(keys, (at, float("-inf")))
        return events[:i], events[i:]

    def last(self, at, kind, test=lambda e: True):
        """The nearest event of `kind` before `at` that passes `test`."""
        keys, events = self._by_kind.get(kind, ((), ()))
        i = bisect_left(keys, (at, float("-inf")))
        return next((events[j] for j in range(i - 1, -1, -1) if test(events[j])), None)

    def named_before(self, at, kind, name):
        """Whether `name` was named as a `kind` before `at`."""
        keys = self._by_name.get((kind, name), ())
        return bool(keys) and keys[0] < (at, float("-inf"))

    def named_at(self, name, at, kind="person"):
        """Where `name` was named as a `kind` before `at`, the first first."""
        return [key[0] for key in self._by_name.get((kind, name), ()) if key[0] < at]

    def countries_of(self, name):
        """The countries a person is described of, in their roles or where the text names them (“Ambassador X of
        Türkiye”, “Armenian Deputy Speaker Y”), read once per name."""
        if name not in self._countries:
            lx, source = self.lx, self.source
            words = re.findall(r"[\w’']+", " ".join(self.roles_of(name, len(source))))
            for named in self.named_at(name, len(source)):
                before = re.split(r"[.;:!?,]|\s(?:and|of)\s", source[max(0, named - 50) : named])[-1]
                end = source.find(name, named, named + 80)  # (a mention may open with a title)
                end = named if end < 0 else end + len(name)
                after = re.match(r"\s+of\s+(?:the\s+)?([\w’']+)", source[end:])
                words += re.findall(r"[\w’']+", before) + ([after.group(1)] if after else [])
            self._countries[name] = {lx.demonyms.get(w, w) for w in words if w in lx.demonyms or w in lx.countries}
        return self._countries[name]

    def last_with_surname(self, at, surname):
        """The person of that surname named last before `at`."""
        keys, events = self._by_surname.get(surname, ((), ()))
        i = bisect_left(keys, (at, float("-inf")))
        return events[i - 1] if i else None

    def role_of(self, name, at):
        """The role given `name` last, up to `at`."""
        roles = self._roles.get(name, [])
        i = bisect_left(roles, ((at + 1, float("-inf")),))
        _, role = roles[i - 1] if i else (None, "")
        return role

    def roles_of(self, name, at):
        """Every role given `name` up to `at`, the last first (“Minister of Foreign Affairs of the Netherlands
        Maarten de Vries” … “Minister Maarten de Vries”: both)."""
        roles = self._roles.get(name, [])
        i = bisect_left(roles, ((at + 1, float("-inf")),))
        return [role for _, role in reversed(roles[:i])]

    def last_document(self, at, kind=""):
        """The document issued last before `at`; of `kind` (“the post reads”: the post, not a statement issued since)
        when the text names one of that kind."""
        before = [d for d in sorted(self.documents, key=lambda d: d.at, reverse=True) if d.at < at]
        same = next((d for d in before if d.kind == kind), None) if kind else None
        # (else the last akin: “the letter reads” after “In its reply, the company stated”; never a motion adopted by
        # a parliament for “the comment reads”)
        return same or next((d for d in before if self.lx.documents_akin(kind, d.kind)), None)


def _speaker(name, kind, role="", basis="name"):
    return Speaker(name=name, kind=kind, role=role, basis=basis)


def _from_event(event, basis, context=None):
    if not event.name and event.kind == "person" and context is not None:
        return unnamed_speaker(event.role, context, basis, at=event.at)
    if isinstance(event, Speaker) and event.unnamed:
        return replace(event, basis=basis)  # “he told AFP” after “A senior engineer …, said”: still unnamed
    return Speaker(name=event.name, kind=event.kind, role=event.role, basis=basis)


UNNAMED_TAIL = re.compile(
    r",|\s+(?:who|whom|whose|which|speaking|asking|requesting|declining|because|on condition)\b", re.IGNORECASE
)


def unnamed_speaker(description, context, basis="unnamed", at=None):
    """A speaker the text describes without naming: “a senior official of the Government of X, who
    spoke on condition of anonymity” → “a senior official”, of “Government of X”. Never an existing
    actor, never merged with a named person."""
    text = " ".join((description or "").split()).strip(" ,.")
    appositive = re.match(
        r"^(?:one|two|three|some|several|many)\s+of\s+(?:the\s+\w+|them|those),\s+((?:a|an)\s+.+)$", text, re.I
    )
    if appositive:  # “one of the sources, a senior Ostranan energy official”: the appositive describes
        text = appositive.group(1)
    text = UNNAMED_TAIL.split(text, maxsplit=1)[0].strip()
    m = re.match(r"^(.*?)\s+(?:of|from|in|at|with|for|close to|familiar with)\s+(?:the\s+|(an?\s+))?(.+)$", text)
    head, complement = (m.group(1), m.group(3)) if m else (text, "")
    some_body = bool(m and m.group(2))  # “at a children’s hospital in Makhachkala”: a body the text does not name
    affiliation = ""
    if complement:
        words = complement.split()
        # “of the Government of X”, “for the UN Secretary-General”: whom they work for; not a place
        # (“a diplomat in Velna”, “a resident of Kut”)
        if complement[:1].isupper() and context.names.classify(words).kind in ("organisation", "person"):
            affiliation = complement
        elif complement[:1].isupper() and any(w in context.lx.titles and w[:1].isupper() for w in words):
            affiliation = complement
        elif (
            complement[:1].isupper()
            and head.split()[-1].lower() in context.lx.body_members
            and not _country(complement, context)
            and context.names.classify(words).kind == "name"
        ):
            affiliation = complement  # “a source in QazaqGaz”: somebody of the body the name stands for
        elif any(head_in(possessive(w), context.lx.organisation_heads) for w in words):
            # “a source at the ministry”: the ministry the text named; “in the local administration” as printed;
            # “a rescuer from the ministry’s Vanadzor unit”: the ministry's
            owned = re.match(rf"([{LOWER}][\w\-]*)[’']s\s", complement)
            whose = owned.group(1) if owned and head_in(owned.group(1), context.lx.organisation_heads) else complement
            owner = (
                None
                if some_body
                else resolve_phrase("the " + whose, len(context.source) if at is None else at, context)
            )
            affiliation = owner.name if owner is not None and owner.kind == "organisation" else complement
    if not affiliation:
        body = re.search(
            rf"\b((?:[{UPPER}][\w\-]*\s+)*(?:Ministry|Office|Department|Service|Commission|Council|Embassy|MFA))\b",
            head,
        )
        nation = re.search(rf"\b({context.names.NATION})\b", head)
        acronym = re.search(rf"\b([{UPPER}]{{2,6}})\s+(?:[{LOWER}][\w\-]*\s+)?[{LOWER}][\w\-]*$", head)
        modifier = re.search(
            rf"^(?:an?|one|the)\s+(?:senior\s+|junior\s+)?((?:[{LOWER}][\w\-]*\s+)?([{LOWER}][\w\-]*))\s+[{LOWER}][\w\-]*$",
            head,
            re.I,
        )
        owner = None
        # “a ministry official”, “a finance ministry official”: a body's word before the person's
        of_a_body = bool(modifier) and head_in(modifier.group(2), context.lx.organisation_heads)
        if of_a_body:  # of the ministry the text named last
            owner = context.last(
                len(context.source) if at is None else at,
                "organisation",
                lambda e: e.name and org_matches("the " + modifier.group(1), e.name, context.lx),
            )
        named = re.match(
            rf"^(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:senior\s+|junior\s+)?((?:[{UPPER}][\w\-]*\s+)+)[{LOWER}][\w\-]*$", head
        )
        if body:
            affiliation = body.group(1)  # “a Defence Ministry official”
        elif named and context.names.classify(named.group(1).split()).kind == "organisation":
            affiliation = named.group(1).strip()  # “a European Union official”
        elif (
            named
            and head.split()[-1].lower() in context.lx.body_members
            and not nation
            and named.group(1).strip() not in context.lx.ethnonyms | context.lx.calendar
            and context.names.classify(named.group(1).split()).kind == "name"
            # (nor a person the text named: “a Danek spokesperson” speaks for Danek, of no body named so)
            and not context.last_with_surname(len(context.source) if at is None else at, named.group(1).strip())
        ):
            affiliation = named.group(1).strip()  # “a Tengizchevroil spokesperson”: of the company the name stands for
        elif nation and nation.group(1) not in {"European", "Western"}:
            affiliation = f"{nation.group(1)} government"  # “a senior Ostranan energy official”
        elif acronym:
            affiliation = acronym.group(1)  # “a CEC official”
        elif owner is not None:
            affiliation = owner.name  # “a ministry official”
        elif of_a_body and modifier.group(1) != modifier.group(2):
            affiliation = modifier.group(1)  # “a finance ministry official”, no such ministry named: as printed
        elif modifier and modifier.group(1).lower() in {"government", "cabinet"}:
            # “a government official”, no government named: the government of the country the text is about
            country = _country_of_the_text(len(context.source) if at is None else at, context)
            affiliation = f"Government of {country}" if country else ""
    name = head[:1].lower() + head[1:] if re.match(r"(?:A|An|One|The|Two|Three|Some|Several)\b", head) else head
    return Speaker(name=name, kind="person", role=text, affiliation=affiliation, unnamed=True, basis=basis)


def _gender(text, lx):
    words = set(re.findall(r"[\w.]+", (text or "").lower()))
    if words & lx.female_words:
        return "f"
    if words & lx.male_words:
        return "m"
    return ""


def person_gender(name, role, lx):
    """ "f", "m" or "" for a person: from the role's words ("spokeswoman"), else the first name."""
    # “her husband” is a man, “his wife” a woman: the possessive says nothing of the person
    by_role = _gender(re.sub(r"\b(?:[Hh]is|[Hh]er)\s+", "", role or ""), lx)
    if by_role or not name:
        return by_role  # (a first name alone, “said Anahit, 78”, tells as much as with a surname)
    first = name.split()[0].lower()
    if first in lx.male_names:
        return "m"
    if first in lx.female_names:
        return "f"
    return ""


def org_matches(phrase, candidate, lx):
    """“the Foreign Ministry” names candidate “Artsakh’s Foreign Ministry”; “the ministry” any ministry."""
    # “The EU Delegation to Georgia”: its head is the delegation, not the place it is posted to
    phrase = re.sub(rf"\s+(?:to|in)\s+(?:the\s+)?[{UPPER}][\w\-]*(?:\s+[{UPPER}][\w\-]*)*$", "", phrase)
    words = [w for w in re.findall(r"[\w’'\-]+", phrase.lower()) if w not in {"the", "a", "an", "its", "their"}]
    head = words[-1] if words else ""
    cand = candidate.lower()
    for adjective in re.findall(rf"\b[{UPPER}][{LOWER}]{{3,}}(?:ian|an|i|ese)\b", phrase):
        if adjective in lx.generic_name_words or adjective in {"Foreign", "Interior"}:
            continue
        stem = re.sub(r"(?:ian|an|i|ese)$", "", adjective).lower()
        if not re.search(rf"\b{re.escape(stem)}", cand):
            return False  # “the Ardanian ministry” is not “Serevia's Defence Ministry”
    if head in {"mfa", "ministry", "minstry"} or head_in(head, {"ministry"}):
        if not (re.search(r"\b(ministry|mfa|min\wstry)\b", cand) or head_in(cand.split()[-1], {"ministry"})):
            return False
        for kind, pattern in lx.ministry_kinds.items():
            if (pattern.search(phrase) or head == "mfa") and not (
                pattern.search(cand) or (kind == "foreign" and "mfa" in cand)
            ):
                if kind == "foreign" or pattern.search(phrase):
                    return False
        return True
    head = SPELLINGS.get(head, head)  # “the centre” is the “National Center for Disease Control”
    return bool(head) and any(head_in(SPELLINGS.get(w, w), {head}) for w in re.findall(r"[\w\-]+", cand))


def _named_body(name, at, context):
    """A body as printed (“Commission”, “EU”), or by the fuller name the text gave it before (“the
    European Commission”)."""
    fuller = context.last(
        at, "organisation", lambda e: e.name != name and bool(re.search(rf"\b{re.escape(name)}\b", e.name))
    )
    return _speaker(fuller.name if fuller else name, "organisation", basis="role")


def _ministry_headed(role):
    """“Minister of Education, Science, Culture and Sports” → “Ministry of Education, Science, Culture and
    Sports”: the ministry a title of that form heads, or ""."""
    of = re.search(rf"\bMinister\s+(?:of|for)\s+(?:the\s+)?([{UPPER}][^;:()]*?)\s*$", role)
    return f"Ministry of {of.group(1).strip(' ,')}" if of else ""


def _ministries_of_ministers(at, context, count):
    """“the two ministries signed a memorandum”, the text having named two ministers (“Minister of
    Territorial Administration and Infrastructure of Armenia Tigran Avetisyan” and his Georgian
    counterpart): the ministries they head."""
    ministries, seen = [], set()
    for e in sorted(context.before(at), key=lambda e: e.at):  # each minister by the first title the text gave
        if e.kind != "person" or not e.name or e.name in seen:
            continue
        role = " ".join((e.role or context.role_of(e.name, at)).split())
        if not re.search(r"\bMinister\s+(?:of|for)\b", role):
            continue
        seen.add(e.name)
        ministry = _ministry_headed(role)
        if ministry and ministry not in ministries:
            ministries.append(ministry)
    if len(ministries) >= count:
        return [_speaker(name, "organisation", basis="joint") for name in ministries[-count:]]
    return None


def _named_ahead(phrase, at, context):
    """“A Georgian media watchdog has recorded 214 cases …” ¶ “The report by Media Freedom Watch Georgia
    …”: a body a lede describes is the first one the next paragraph names (of the same country, if the
    description gives one); None when the next paragraph names none."""
    source = context.source
    end_of_paragraph = source.find("\n\n", at)
    if end_of_paragraph < 0:
        return None
    following = source.find("\n\n", end_of_paragraph + 2)
    following = len(source) if following < 0 else following
    if any(e.kind == "organisation" and e.name and at < e.at < end_of_paragraph for e in context.after(at)):
        return None  # a body named in the same paragraph: the description may be its
    for e in sorted(context.after(at), key=lambda e: e.at):
        if e.at >= following:
            return None
        if e.at > end_of_paragraph and e.kind == "organisation" and e.name:
            adjectives = " ".join(re.findall(rf"\b[{UPPER}][{LOWER}]+(?:ian|an|i|ese)\b", phrase))
            if not adjectives or org_matches(adjectives + " body", e.name + " body", context.lx):
                return _speaker(e.name, "organisation", basis="role")
            return None
    return None


# Words of a state body's name: never “the company” (“the Prosecutor General's Office”, “the Ministry of …”).
STATE_BODY = re.compile(
    r"\b(?:Ministry|Office|Court|Prosecutor\w*|Government|Parliament|Police|Committee|Commission|Agency|Council|"
    r"Service|Inspectorate|Administration|Presidency|Embassy|Mission|Assembly|Cabinet)\b"
    r"|\b(?:prosecutor|mayor|president|governor|ombudsman)\w*[’']s\s+(?:office|administration)\b"  # as printed
)


def _ministry_of_minister(phrase, at, context):
    """“the ministry said”, no ministry named but a minister (“Minister of Education, Science, Culture
    and Sports Lilit Baghdasaryan”, “Economy Minister Gela Gogava”): the ministry the minister heads."""
    for e in context.before(at):
        if e.kind != "person" or not e.name:
            continue
        role = " ".join(context.role_of(e.name, at).split())
        ministry = _ministry_headed(role)
        # (“Transport and Infrastructure Minister Kemal Yıldırım”: the portfolios joined by “and”)
        before = re.search(rf"\b((?:[{UPPER}][\w\-]+\s+(?:and\s+)?)*?(?:[{UPPER}][\w\-]+))\s+Minister\s*$", role)
        if not ministry and before and before.group(1).split()[0] not in {"Prime", "Deputy", "Vice", "First"}:
            ministry = f"{before.group(1)} Ministry"  # “Economy Minister Gela Gogava”
        if ministry and org_matches(phrase, ministry, context.lx):
            return _speaker(ministry, "organisation", basis="role")
    return None


# One spelling of words that British and American copy spell two ways, for comparing names.
SPELLINGS = {"center": "centre", "organization": "organisation", "defense": "defence", "program": "programme"}


def _titled_person(phrase, at, context):
    """“Minister of Education, Science, Culture and Sports Lilit Baghdasaryan”: the person named at the
    end of a title, whatever commas the title holds (a list of speakers it is not); None otherwise."""
    if not phrase[:1].isupper():
        return None
    if "," not in phrase:
        # “Treasury and Finance Minister Selim Akbaş”, “Deputy Treasury and …”: portfolios joined by “and” (not
        # “Ali Hasanov and …”)
        portfolios = re.match(rf"((?:[{UPPER}][\w\-]*\s+)+?)and\s", phrase)
        words = portfolios.group(1).split() if portfolios else []
        if (
            not words
            or words[-1] not in context.lx.portfolio_words
            # (a nationality may open the title: “Turkish Transport and Infrastructure Minister Kemal Uysal”)
            or not all(
                w in context.lx.portfolio_words or w in context.lx.titles or (i == 0 and w in context.lx.demonyms)
                for i, w in enumerate(words)
            )
        ):
            return None
    for e in context.before(at + len(phrase) + 1, inclusive=True):
        if e.at < at:
            break
        if e.kind == "person" and e.name and phrase.endswith(" " + e.name):
            title = phrase[: -len(e.name)].strip()
            # a title and nothing else before the name (not “X, the director of the charity Helping Hands”), or
            # after a description and its comma (“Azerbaijan's chief negotiator, Deputy Prime Minister Ramil Guliyev”)
            titled = rf"(?:[{UPPER}][\w\-’']*,?|of|and|for|on|the)(?:\s+(?:[{UPPER}][\w\-’']*,?|of|and|for|on|the))*"
            described = re.fullmatch(rf"[^,]+,\s+({titled})", title)
            # (or a title, then an office in lower case with its body: “Member of the Milli Majlis, chairman of
            # the parliamentary committee on international relations Rauf Huseynzade”)
            office = re.fullmatch(
                rf"({titled}),\s+(?:[{LOWER}][\w\-]*\s+){{0,2}}?([{LOWER}][\w\-]*)\s+(?:of|for|at|on)\s+[^,;:]{{3,160}}",
                title,
            )
            if (
                re.fullmatch(titled, title)
                or (described and not described.group(1).endswith(","))
                or (
                    office
                    and head_in(office.group(2), context.lx.person_heads)
                    # (the first a title too, not a name: “Martina Vogel, director of the charity Helping Hands”)
                    and office.group(1).split()[0] in context.lx.person_title_words
                )
            ):
                return _speaker(e.name, "person", e.role or title)
    return None


# A word in lower case that is not a preposition or a conjunction (“a deal”, not “the embassies of”).
_CONTENT_WORD = rf"(?!(?:of|in|for|to|at|on|from|with|by|and|or|as)\b)[{LOWER}][\w\-]*"


def resolve_phrase(phrase, at, context, strip_appositive=True):
    """The Speaker (name, kind, role, basis) the phrase a cue names stands for, or None when it
    names nobody we can tell."""
    lx, names = context.lx, context.names
    phrase = " ".join(re.sub(RETIRED, " ", phrase).split()).strip(" ,")  # (“Colonel (ret.) Adalat Verdiyev”)
    if re.search(r"\w{3}\.$", phrase):
        phrase = phrase[:-1]  # the sentence's full stop, not an initial
    if re.match(r"\d[\d,.]*\s+(?:votes?|with|to|against|abstentions?)\b", phrase):
        return None  # a vote's count (“adopted by 78 votes to 41 with 9 abstentions”): nobody
    head = re.fullmatch(rf"[Tt]he\s+([{UPPER}][{LOWER}]+)", phrase)
    if (
        head
        and head_in(head.group(1).lower(), lx.organisation_heads)
        and context.last(at, "organisation", lambda e: head.group(1) in e.name.split()) is None
    ):
        # “The Holding” after “National Energy Holding Company OJSC”, printed only in a person's office: the body
        # whose name, printed before, holds the word (a body the text named as such is read below)
        word, start = head.group(1), max(0, at - 3000)
        for hit in reversed(list(re.finditer(rf"\b{re.escape(word)}\b", context.source[start:at]))):
            at_word = start + hit.start()
            before = re.search(rf"(?:[{UPPER}][\w\-]*\s+)+$", context.source[max(0, at_word - 120) : at_word])
            after = re.match(rf"(?:\s+[{UPPER}][\w\-]*)*", context.source[at_word + len(word) :])
            name = re.sub(r"^The\s+", "", (before.group(0) if before else "") + word + after.group(0))
            if name != word:
                return _speaker(name, "organisation", basis="role")
    # “Mr. Rudakov said”, “Dr. Kerimli said”: the title is no part of whom the surname stands for, but a courtesy
    # title tells whether it is a man or a woman (“Mrs. Marek” is not her husband)
    titled = re.match(rf"({COURTESY_TITLES})\.?\s+(?=[{UPPER}][\w’'\-]+$)", phrase)
    if titled:
        found = resolve_phrase(phrase[titled.end() :], at, context, strip_appositive)
        gender = {"Mr": "m", "Ms": "f", "Mrs": "f"}.get(titled.group(1), "")
        mismatch = found and found.kind == "person" and person_gender(found.name, found.role, lx) not in ("", gender)
        return None if gender and mismatch else found
    data = re.fullmatch(r"(?:the\s+)?(?:official\s+)?(?:data|figures|statistics)\s+(?:of|from)\s+(.+)", phrase, re.I)
    if data:  # “according to the data of the Migration and Citizenship Service”: the body that keeps them
        inner = resolve_phrase(data.group(1), at, context)
        return replace(inner, basis="statement") if inner is not None and inner.kind == "organisation" else None
    if re.fullmatch(COMPANY_FORMS, phrase):
        # “«Gazprom Armenia» CJSC issued a statement”: the company whose name the form follows
        company = context.last(
            at + len(phrase) + 1,
            "organisation",
            lambda e: re.match(rf"[”\"»]\s+{phrase}\b", context.source[e.at + len(e.name) : e.at + len(e.name) + 12]),
        )
        return _from_event(company, "name") if company is not None else None
    if re.fullmatch(BODY_PEOPLE, phrase):
        return unnamed_speaker(phrase, context, at=at)  # “Foreign Ministry sources said”: of the body, not named
    # “the Central Bank Chairman stated”: an office, capitalised as some outlets print it, not a name
    office_capitalised = re.fullmatch(rf"([Tt]he\s+(?:[{UPPER}][\w\-]*\s+){{1,4}})([{UPPER}][{LOWER}]+)", phrase)
    if office_capitalised and office_capitalised.group(2).lower() in lx.person_heads:
        phrase = office_capitalised.group(1) + office_capitalised.group(2).lower()
    # (a headline's “Public Defender: “…””, “Foreign Minister: “…””: the office without its article)
    office_alone = re.fullmatch(rf"(?:[{UPPER}][{LOWER}][\w\-]*\s+){{1,3}}([{UPPER}][{LOWER}]+)", phrase)
    if (
        office_alone
        and office_alone.group(1).lower() in lx.person_heads
        and names.classify(phrase.split()).kind == "place"  # (an office, nobody's name: see Names.classify)
    ):
        phrase = "the " + phrase.lower()
    # “the Deputy FM”, “the Armenian FM”: the Deputy Foreign Minister, the Armenian foreign minister (not “Velna
    # FM”, a radio station)
    abbreviated = re.fullmatch(
        r"((?:[Tt]he\s+)?)((?:(?!First\s|Deputy\s)[\w’'\-]+\s+)?)((?:(?:First\s+)?Deputy\s+)?)(FM|PM)", phrase
    )
    if abbreviated and (not abbreviated.group(2) or abbreviated.group(2).split()[0] in lx.demonyms):
        office = "Foreign Minister" if abbreviated.group(4) == "FM" else "Prime Minister"
        phrase = "".join(abbreviated.group(1, 2, 3)) + (office if abbreviated.group(3) else office.lower())
    countrymen = re.fullmatch(
        rf"([{UPPER}][{UPPER}{LOWER}]+(?:\s+[{UPPER}][{UPPER}{LOWER}]+){{0,2}})[’']s\s+((?:[{UPPER}][\w’'\-]+\s+)?[{UPPER}][\w’'\-]+)"
        r"(,\s+.+)?",  # (with what the text says they are: “…, a deputy speaker of the National Assembly”)
        phrase,
    )
    if countrymen and (
        context.last_with_surname(at, countrymen.group(2))
        or context.last(at + len(phrase) + 1, "person", lambda e: e.name == countrymen.group(2))
    ):
        # “Azerbaijan's Gasimov said”, “Socar’s Hasanov said”, “Civil Contract's Vahagn Melkonian said”: the person
        # of that name, of that country or body
        owner = countrymen.group(1)
        person = resolve_phrase(
            countrymen.group(2) + (countrymen.group(3) or ""), at + countrymen.start(2), context, strip_appositive
        )
        if person is not None and person.kind == "person" and not person.role and not _country(owner, context):
            return replace(person, role=f"{owner}'s")  # “Kaspi Bank's Ivo Danek”: the bank's (their affiliation)
        return person
    office = re.fullmatch(
        rf"(?:[Tt]he\s+)?((?:[{UPPER}][\w\-]*[’']s\s+)?((?:[{LOWER}][\w\-]*\s+){{0,2}}?[{LOWER}][\w\-]*)[’']s\s+(?:office|administration))",
        phrase,
    )
    if office and all(head_in(w, lx.person_heads) or w in lx.titles for w in office.group(2).split()):
        # “Azerbaijan's prosecutor general's office”, “the mayor's office”: the body an office-holder heads,
        # named as printed, never the office-holder; as printed in full before (“The Kostanay region prosecutor's
        # office has opened …” … “the prosecutor's office said”), unless another of its kind was named since
        # (“Velna's prosecutors agreed”)
        levels, window = alternation(lx.place_levels), context.source[max(0, at - 3000) : at]
        fuller = list(
            re.finditer(
                rf"\b((?:(?!The\s)[{UPPER}][\w\-]*\s+){{1,2}}(?:(?:{levels})\s+)?{re.escape(office.group(1))})", window
            )
        )
        since = fuller and re.search(rf"\b{re.escape(office.group(2).split()[0])}", window[fuller[-1].end() :])
        name = fuller[-1].group(1) if fuller and not since else office.group(1)
        return _speaker(name, "organisation")
    called = re.fullmatch(
        rf"((?:[{UPPER}][{LOWER}]+\s+)?([{LOWER}]+))\s+([{UPPER}][\w’'\-]+(?:\s+[{UPPER}][\w’'\-]+){{1,2}}\s+(?:of|from)\s+the\s+[{UPPER}].+)",
        phrase,
    )
    if called and head_in(called.group(2), lx.person_heads):
        # “Defense lawyer Mariam Jorjadze of the Georgian Young Lawyers' Association”: the person, of the body
        inner = resolve_phrase(called.group(3), at, context, strip_appositive)
        if inner is not None and inner.kind == "person":
            return replace(inner, role=inner.role or called.group(1))
    held = _office_then_name(phrase, at, context)
    if held is not None:
        return held
    outlets = re.fullmatch(rf"([{UPPER}][\w.\-]*(?:\s+[{UPPER}][\w.\-]*){{0,2}})[’']s\s+([{LOWER}]+)", phrase)
    if outlets and context.grammar.is_media(outlets.group(1)) and outlets.group(2) in lx.unnamed_heads:
        # “…», Kommersant's interlocutor said.”: the source the outlet spoke to, whom the text described
        # before (“A source in the Russian Foreign Ministry …”); never the outlet, never a name
        return resolve_phrase("the " + outlets.group(2), at, context, strip_appositive)
    another = re.match(r"[Aa]nother\s+(?=(\w))", phrase)
    if another:  # “Another economist, who asked not to be named”: somebody else the text does not name
        article = "an" if another.group(1).lower() in "aeiou" else "a"
        phrase = (article.capitalize() if phrase[0] == "A" else article) + " " + phrase[another.end() :]
    # “the Telavi-based Alazani Watch”: where a body is based is no part of its name
    phrase = re.sub(rf"^(?:[Tt]he\s+)?{DESCRIBED}\s+(?=[{UPPER}])", "", phrase)
    one_name = phrase.count("(") == 1 and re.search(rf"\s\([{UPPER}][\w\-]{{1,12}}\)$", phrase)
    phrase = re.sub(
        r"\s*\([^()]{1,60}\)", "", phrase
    )  # “the Commissioner for Human Rights (Ombudsman) Samira Guliyeva”
    named = _titled_person(phrase, at, context)
    if named is not None:
        return named
    quoted_after = re.match(
        rf"\s*[“\"«]([{UPPER}][^”\"»]{{2,60}})[”\"»]", context.source[at + len(phrase) : at + len(phrase) + 70]
    )
    if quoted_after and re.search(rf"\b(?i:{context.grammar.QUOTED_BODY})$", phrase):
        # “The independent observation mission “Citizen Observer” … noted “…””: the body by the name that follows
        return _speaker(quoted_after.group(1), "organisation")
    of_quoted = re.match(
        rf"\s+of\s+[“\"«]([{UPPER}][^”\"»]{{2,60}})[”\"»]", context.source[at + len(phrase) : at + len(phrase) + 80]
    )
    if of_quoted and re.fullmatch(rf"(?i:the|a|an)\s+(?:[\w\-]+\s+)?(?i:{context.grammar.DOCUMENT})", phrase):
        # “…,” - reads the statement of “Kakhuri Marani”: the company whose statement it is
        return _speaker(of_quoted.group(1), "organisation", basis="statement")
    contact = re.match(
        rf"(?:an?|the)\s+(?:{_CONTENT_WORD}\s+){{0,2}}?({_CONTENT_WORD})\s+(?=[{UPPER}][\w’'\-]*\s+[{UPPER}])", phrase
    )
    if contact and not any(
        head_in(contact.group(1), words)
        for words in (lx.person_heads, lx.organisation_heads, lx.document_heads, lx.organisation_descriptors)
    ):
        # “a deal Azerbaijan’s Energy Minister Ramin Aliyarov said opened …”: what was said of, then who said it
        inner = resolve_phrase(phrase[contact.end() :], at + contact.end(), context)
        if (
            inner is not None
            and inner.kind == "person"
            and not inner.unnamed
            and inner.role
            and inner.name[:1].isupper()
        ):
            return inner
    described = re.match(
        rf"[{UPPER}][{LOWER}]+(?:\s+[{LOWER}][\w\-]*){{1,2}}\s+(?=(?:{alternation(lx.person_title_words)})\s+[{UPPER}])",
        phrase,
    )
    if described:  # “Ruling party MP Davit Kharazishvili”: what the person is, then their title and name
        inner = resolve_phrase(phrase[described.end() :], at + described.end(), context)
        if inner is not None and inner.kind == "person":
            return replace(inner, role=" ".join(filter(None, [described.group(0).strip(), inner.role])))
    person = _person_named_in(phrase, at, context)
    if person is not None:
        return person
    member = re.match(
        r"(?:an?|one)\s+(?:[\w\-]+\s+){0,2}?([\w\-]+)\s+(?:of|from|at|in|with|close\s+to)\s", phrase, re.I
    )
    last_word = phrase.split()[-1] if phrase else ""
    if (member and member.group(1).lower() in lx.unnamed_heads) or (
        last_word.islower() and head_in(last_word, lx.person_heads)
    ):
        # A description set off after a name is what that person is: “said Ercan Durmaz, a board member of the
        # International Transporters Association, calling for “…””, “Mikheil Kavelashvili, Georgia’s president, said”
        named = _named_just_before(at, context)
        if named is not None:
            return _from_event(named, "name")
    office = re.match(
        r"(?:the|a|an|its|his|her|their)\s+(?:[\w\-]+\s+){0,3}?([\w\-]+)(?:\s+(?:of|for|at)\s|$)", phrase, re.I
    )
    if office and office.group(1).islower() and head_in(office.group(1), lx.person_heads):
        # A name set off after a description is the person it describes (“According to the head of the
        # department, Gulnara Isayeva, “…””)
        if context.source[at : at + len(phrase)] == phrase:
            then = re.match(rf",\s+({NAME_RUN}),", context.source[at + len(phrase) : at + len(phrase) + 80])
            person = then and context.names.classify(then.group(1).split())
            if person and person.kind == "person":
                return replace(_speaker(then.group(1), "person", phrase), basis="name")
    if member and member.group(1).lower() in lx.unnamed_heads:
        # “A member of the Azerbaijani delegation”, “a representative of the operator”: somebody of the body,
        # whom the text does not name (never the body itself)
        return unnamed_speaker(phrase, context, at=at)
    quoted = re.fullmatch(
        rf"(?:[Tt]he|[Aa]n?)\s+(?:[\w\-]+\s+){{1,4}}[“\"«]([{UPPER}][^”\"»]{{2,60}})[”\"»]", phrase
    ) or re.fullmatch(
        rf"{QUOTED_NAME_FIRST}[{LOWER}][\w\-]*", phrase
    )  # (or before what it is: “the “Rioni Valley Guardians” movement”)
    if quoted:  # “the civic movement “Tbilisi for People””: the body by the name in quotation marks
        return _speaker(quoted.group(1), "organisation")
    branch = re.fullmatch(
        rf"(?:[Tt]he\s+)?(?:[{UPPER}][\w\-]*\s+)?(?:branch|chapter)\s+of\s+((?:the\s+)?[{UPPER}].+)", phrase
    )
    if branch:  # “The Istanbul branch of the Chamber of Civil Engineers”: the body it is a branch of speaks
        inner = resolve_phrase(branch.group(1), at, context)
        if inner is not None and inner.kind == "organisation":
            return inner
    bodies = re.fullmatch(
        rf"(?:[Tt]he\s+)?(([{LOWER}]+s)\s+of\s+(?:the\s+)?[{UPPER}][\w’'\-]*(?:\s+[{UPPER}{LOWER}][\w’'\-]*){{0,3}})",
        phrase,
    )
    if bodies and head_in(re.sub(r"ies$", "y", bodies.group(2)).removesuffix("s"), lx.organisation_heads):
        # “the embassies of EU member states”: bodies named together by what they are, one speaker as printed
        return _speaker(bodies.group(1), "organisation")
    sent = re.fullmatch(rf"{SENT_PEOPLE}\s+(?:from|of)\s+(.+)", phrase)
    if sent:  # “Observers from the OSCE's Office for Democratic Institutions … said”: the body they speak for
        inner = resolve_phrase(sent.group(1), at, context)
        if inner is not None and inner.kind == "organisation":
            return inner
    member = re.fullmatch(
        rf"([{UPPER}][\w’'\-]+(?:\s+[{UPPER}][\w’'\-]+){{1,2}})\s+(?:of|from)\s+(the\s+(?:[{LOWER}][\w\-]*\s+){{0,2}}(?:[^,;:]*?"
        rf"{MEMBER_BODIES}|{MEMBER_BODY_NAME}))",
        phrase,
    )
    if member and names_a_member_body(member):
        # “Gevorg Melikian of the opposition Hayastan alliance”, “… of the opposition Coalition for Change”: the
        # person, a member of the body
        inner = resolve_phrase(member.group(1), at, context)
        if inner is not None and inner.kind == "person":
            return replace(inner, role=inner.role or member.group(2))
    owned_press = re.fullmatch(r"(?:[Tt]he\s+)?(.+?)[’']s?\s+press\s+(?:service|office|secretariat)", phrase)
    if owned_press and owned_press.group(1).lower() not in {"its", "their", "his", "her"}:
        # “the regulator's press service reported”: the regulator's words, whatever the text called it
        owner = owned_press.group(1)
        # (“the Secretariat's press service”: the secretariat named in full before, as “the Council's decision”)
        inner = resolve_phrase(
            owner if owner[:1].isupper() and not _head_word_alone(owner, lx) else "the " + owner, at, context
        )
        if inner is not None and inner.kind == "organisation" and "press service" not in inner.name:
            return replace(inner, basis="role")
    if re.fullmatch(r"(?:the|its)\s+press\s+(?:service|office|secretariat)", phrase, re.IGNORECASE):
        # “the press service said”, after “the press service of the Emergencies Ministry told TASS”: whose
        # press service the text named last
        named = list(
            re.finditer(
                r"\bpress (?:service|office|secretariat) of\s+((?:the\s+)?[^,.;:“”\"]{3,120})", context.source[:at]
            )
        )
        if named:
            owner = context.grammar.np_at_start(named[-1].group(1))
            inner = resolve_phrase(owner.text, named[-1].start(1), context) if owner else None
            if inner is not None:
                return replace(inner, basis="role")
            if owner and re.sub(r"^the\s+", "", owner.text)[:1].isupper():
                # (a body the text names only there: “the press service of the Southern Military District”)
                return _speaker(re.sub(r"^the\s+", "", owner.text), "organisation", basis="role")
        # (or its name just before, possessive or not: “Electric Networks of Armenia (ENA) press service told NEWS.am”;
        # not a determiner's: “Its press service”, nor an adjective's: “The presidential press service”)
        owned = [
            m
            for m in re.finditer(
                rf"(?:(?P<poss>[’']s)|\b(?P<word>[{UPPER}][\w\-]*)|(?P<acronym>[ ]+\([{UPPER}][\w\-]{{1,12}}\)))"
                r"[ ]+press[ ]+(?:service|office)\b",
                context.source[:at],
            )
            if not (m.group("word") and context.grammar.is_not_name(m.group("word")))
        ]
        if owned and (not named or owned[-1].start() > named[-1].start()):
            # “Gazprom Armenia's press service told TASS …”, “The ministry's press service said …” then “the
            # press service said”: the owner's, as the text named it there
            where = owned[-1].end("word") if owned[-1].group("word") else owned[-1].start()
            whose = re.search(
                # (a name may hold “of”: “The Ministry of Energy's press service told Kun.uz”)
                rf"((?:[{UPPER}][\w\-]*[ ]+(?:(?:of|for|and)[ ]+(?:the[ ]+)?)?){{0,4}}[{UPPER}][\w\-]*"
                rf"|(?i:the|its)[ ]+[{LOWER}][\w\-]*)$",
                context.source[max(0, where - 80) : where],
            )
            if whose:
                inner = resolve_phrase(whose.group(1), where, context)
                if inner is not None and inner.kind == "organisation":
                    return replace(inner, basis="role")
                if whose.group(1)[:1].isupper() and not re.match(r"(?i:the|its)\s", whose.group(1)):
                    return _speaker(whose.group(1), "organisation", basis="role")
                if context.source[where : where + 1] in "’'" and re.match(r"(?i:the)\s", whose.group(1)):
                    # “The army's press service said …”, of an army the text does not name: that press service
                    return _speaker(f"{whose.group(1).split(None, 1)[1]}'s press service", "organisation", basis="role")
        if phrase.lower().startswith("its"):  # “Its press service said”: the body named last
            owner = context.last(at, "organisation", lambda e: bool(e.name) and not context.grammar.is_media(e.name))
            return _from_event(owner, "role") if owner else None
        if phrase.lower().startswith("the") and not context.last(
            at, "organisation", lambda e: bool(re.search(r"\bpress (?:service|office)$", e.name, re.IGNORECASE))
        ):
            # whose press service the text does not say: the body it named just before (“The Defence Ministry said …
            # “…,” the press service said.”), else nobody (never “press service” itself)
            body = context.last(
                at,
                "organisation",
                lambda e: bool(e.name) and at - e.at < PRESS_SERVICE_REACH and not context.grammar.is_media(e.name),
            )
            return _from_event(body, "role") if body else None
    # “the country's Audit Chamber”: the body's name, the country being the one the report is about
    phrase = re.sub(
        rf"^(?:[Tt]he\s+)(?:country|nation|republic|city|region|government)[’']s\s+(?=[{UPPER}])", "", phrase
    )
    posted = re.search(
        r"\b(?:posted|published)\s+(?:on|in)\s+(?:the\s+)?(.+?)[’']s\s+(?:official\s+)?"
        rf"(?:website|channel|page|account|journal|gazette|Official Journal|Gazette)(?:\s+for\s+[{UPPER}].*)?$",
        phrase,
    )  # “the justification published in the EU’s Official Journal for Arevik Electronics”: the EU's
    if posted:  # “A statement posted on the Foreign Ministry's website”: the ministry's
        owner = posted.group(1)
        inner = resolve_phrase(
            ("" if owner[:1].isupper() and not owner.startswith("Foreign") else "the ") + owner, at, context
        )
        return replace(inner, basis="statement") if inner else _speaker(owner, "organisation", basis="statement")
    document = re.match(rf"^(?:the\s+)?(?:{context.grammar.DOCUMENT})\s+(?:of|by|from)\s+(.+)$", phrase, re.IGNORECASE)
    if document:  # “Report of the Human Rights Defender: …”: whoever issued it
        inner = resolve_phrase(document.group(1), at, context)
        if inner is None and document.group(1)[:1].isupper():
            inner = _speaker(re.sub(r"^the\s+", "", document.group(1)), "organisation")
        return replace(inner, basis="statement") if inner else None
    group = context.grammar.GROUP.fullmatch(phrase)
    if group:
        # “Demonstrators …, chanting “…””, “…,” protesters said: people the text does not name, as a group
        described = phrase[:1].lower() + phrase[1:]
        return Speaker(name=described, kind="person", role=described, unnamed=True, basis="unnamed")
    if re.fullmatch(rf"(?:{context.grammar.ONE_OF.pattern}),\s+an?\s+.+", phrase, re.IGNORECASE):
        return unnamed_speaker(phrase, context)  # “one of them, a retired schoolteacher, told Azatutyun.am”
    if context.grammar.ONE_OF.fullmatch(phrase):
        # “one of the people said”, after “according to people familiar with the deliberations”: unnamed
        role = phrase
        if re.search(r"\b(?:them|those)$", phrase, re.IGNORECASE):
            # “Two diplomats familiar with the talks said … One of them, who asked not to be named, said”: one
            # of the people described last, before this sentence
            groups = list(context.grammar.DESCRIBED_GROUP.finditer(context.source[max(0, at - SENTENCE_REACH) : at]))
            if groups:
                role = f"{phrase} ({groups[-1].group(0)})"
        return Speaker(name=phrase[:1].lower() + phrase[1:], kind="person", role=role, unnamed=True, basis="unnamed")
    voice = re.match(r"^(?:the|a)\s+(?:voice|words)\s+of\s+(.+)$", phrase, re.IGNORECASE)
    if voice:  # “says the voice of a man in the video”: whoever the voice is
        return resolve_phrase(voice.group(1), at, context)
    office_of = re.match(
        r"^(?:[Tt]he\s+)?(office|administration|press service|press office|secretariat|chancellery)\s+of\s+(.+)$",
        phrase,
    )  # (lower case: “the Office of the Human Rights Defender” is a body's name)
    if office_of:  # “the office of Armenia's prime minister”: the person's, when the text names them; else the office
        inner = resolve_phrase(office_of.group(2), at, context)
        named = inner and inner.name.lower() != office_of.group(2).lower()  # somebody the text names
        if inner and inner.kind == "person" and not inner.unnamed and named:
            return replace(inner, basis="role")
        owner = re.sub(r"^the\s+", "", office_of.group(2))
        if office_of.group(1).startswith("press") and (
            (inner is not None and inner.kind == "organisation") or owner[:1].isupper()
        ):
            # “the press service of the Southern Military District said”: the body's words, as “the
            # ministry's press service” is the ministry's
            return replace(inner, basis="role") if inner is not None else _speaker(owner, "organisation")
        return _speaker(re.sub(r"^[Tt]he\s+", "", phrase), "organisation")
    service = re.match(r"^(?:[Tt]he\s+)?(.+?)[’']s\s+(?:press service|press office|press secretariat)$", phrase)
    if service:  # “the ministry's press service said”: the ministry's words
        inner = resolve_phrase(("" if service.group(1)[:1].isupper() else "the ") + service.group(1), at, context)
        if inner:
            return replace(inner, basis="role")
    office = re.match(r"^(.+?)[’']s\s+office$", phrase)
    if office:  # “Kestrian President Ana Vale's office said”: hers, as the seeds' editor records it
        inner = resolve_phrase(office.group(1), at, context)
        if inner and inner.kind == "person":
            return replace(inner, basis="role")
    owned = re.match(rf"^(?:[Tt]he\s+)?(.+?)[’']s\s+(?:[{LOWER}][\w\-]*\s+){{0,2}}([{LOWER}]+)$", phrase)
    if owned and head_in(owned.group(2), lx.document_heads) and owned.group(1)[:1].isupper():
        # “ANAMA's statement said”: whoever issued it; “the Council's decision”: the council named before
        owner = owned.group(1)
        head_alone = phrase[:4].lower() == "the " and _head_word_alone(owner, lx)
        inner = (head_alone and resolve_phrase("the " + owner, at, context)) or resolve_phrase(owner, at, context)
        return (
            replace(inner, basis="statement") if inner else _speaker(owned.group(1), "organisation", basis="statement")
        )
    signed = re.match(
        rf"^(?:the|a|an|its|their)\s+[\w\s]*?,\s*(?:(?:{context.grammar.ISSUED}) )?by\s+(.+)$",
        phrase,
        re.IGNORECASE,
    )
    if signed:  # “The letter, signed by the mayors of all twelve regional capitals”
        agent = resolve_phrase(signed.group(1), at, context)
        if agent:
            return replace(agent, basis="statement")
        plural = re.match(rf"^(?:the\s+)?([{LOWER}][\w\-]*s\b.*)$", signed.group(1))
        return _speaker(plural.group(1), "organisation", basis="statement") if plural else None
    # (“The Disaster and Emergency Management Authority (AFAD)”: one name, closed by its acronym)
    together = None if one_name else resolve_together(phrase, at, context)
    if together is not None:
        return together[0] if together else None
    appositive = ""
    # (a ministry's portfolios listed with commas are no appositive: “the Ministry of Investments, Industry and Trade”)
    listed = context.grammar.listed_portfolio(phrase)
    m = None if listed else re.match(r"^(.*?),\s+(?:who is (?:also )?)?(.+?),?$", phrase)
    if (
        m
        and (
            re.match(r"(?:the|its|their|his|her|a|an|(?:one|two|some|several)\s+of)\s", m.group(1), re.IGNORECASE)
            or re.search(rf"[’']s\s+[{LOWER}]", m.group(1))
        )
        and (
            re.fullmatch(rf"[{UPPER}][\w’'.\-]*(?:\s+[{UPPER}][\w’'.\-]*){{1,3}}", m.group(2))
            # (“The plaintiffs’ lawyer, Lusine Avetisyan of the Armenian Environmental Law Center”: of the body)
            or re.fullmatch(
                rf"[{UPPER}][\w’'.\-]*(?:\s+[{UPPER}][\w’'.\-]*){{1,3}}\s+(?:of|from)\s+(?:the\s+)?[{UPPER}][^,]+",
                m.group(2),
            )
            # “Grigoryan's wife, Nune,”: a first name alone, after a relative
            or (
                re.fullmatch(rf"[{UPPER}][{LOWER}’'\-]+", m.group(2)) and re.search(rf"[’']s\s+[{LOWER}]+$", m.group(1))
            )
        )
    ):
        phrase, appositive = m.group(2), m.group(1)  # “the head of the town administration, Mikhail Grebnev”
    elif m and re.match(rf"(?:the\s+)?[{UPPER}]", m.group(1)) and strip_appositive:
        # (“the Caspian Environmental Monitoring Centre, a regional research body based in Baku”: the name)
        phrase, appositive = m.group(1), m.group(2)
        if re.match(r"(?:who|which)\s", appositive):
            appositive = ""  # “X, who hosted the meeting on Tuesday”: what they did, no role
    if phrase.lower() in {"police", "prosecutors"}:
        found = context.last(at, "organisation", lambda e: phrase.lower().rstrip("s") in e.name.lower())
        return _from_event(found, "role") if found else _speaker(phrase.lower(), "organisation")
    if re.fullmatch(
        rf"(?!(?:A|An|The|One)\s)(?:[{UPPER}][\w’'\-]*\s+)+(?:peacekeepers|peacekeeping (?:forces|contingent|mission)|"
        r"forces|troops|military|army|authorities|border guards|police)",
        phrase,
    ):
        return _speaker(phrase, "organisation")  # “Russian peacekeepers”
    calling = re.search(
        r"\b(?:calling (?:itself|themselves)|(?:that|which|who) calls? (?:itself|themselves)|known as)\s+"
        rf"([{UPPER}][\w’'.\-]*(?:\s+[{UPPER}][\w’'.\-]*)*)$",
        phrase,
    )
    if calling:  # “A hacker group calling itself Black Sun”: the name it gives itself
        return _speaker(calling.group(1), "organisation")
    described = re.match(
        rf"^(?:the\s+)?(?:[{UPPER}{LOWER}][\w\-’']*\s+){{0,3}}?"
        rf"(?:{context.grammar.BODY_DESCRIPTOR}|think[ -]tank)\s+"
        rf"([{UPPER}][\w’'.\-]*(?:\s+(?:of\s+|for\s+|the\s+|&\s+)*[{UPPER}][\w’'.\-]*)*)$",
        phrase,
    )
    if described and not context.grammar.is_not_name(described.group(1).split()[0]):
        return _speaker(described.group(1), "organisation")  # “Environmental group Taiga Watch”
    unnamed = re.fullmatch(
        rf"(?!(?:A|An|The|One|Its|Their)\s)([{UPPER}][\w’'\-]*(?:\s+[{UPPER}][\w’'\-]*)*)\s+(spokes(?:man|woman|person))",
        phrase,
    )
    if unnamed:  # “Azerbaijan's Defence Ministry spokesman said”: its named spokesman, or the ministry
        inner = resolve_phrase("the " + phrase, at, context)
        if inner:
            return inner
        kind = names.classify(unnamed.group(1).split()).kind
        return _speaker(unnamed.group(1), "organisation", basis="role") if kind == "organisation" else None
    titled = re.match(
        # (with the place of the posting: “the alliance’s candidate in Talin Hovik Manukyan”)
        rf"^(.*?\b(?:{context.grammar.PERSON_HEAD})(?:\s+(?:in|to|at)\s+[{UPPER}][\w\-]+)?)\s+"
        rf"([{UPPER}][\w’'.\-]*(?:\s+[{UPPER}][\w’'.\-]*){{0,3}})$",
        phrase,
    ) or (
        # a long title with its complement, capitalised: “Deputy Commander of the Southern Military District
        # Lieutenant General Oleg Tarasenko”
        " of " in phrase
        and re.match(
            rf"^(.*?\s(?i:{context.grammar.PERSON_HEAD}))\s+([{UPPER}][\w’'.\-]*(?:\s+[{UPPER}][\w’'.\-]*){{0,3}})$",
            phrase,
        )
    )
    if titled and not all(w in lx.titles for w in titled.group(2).split()):
        found = names.classify(titled.group(2).split())
        kind, name = found.kind, found.name
        if kind in ("person", "name"):
            return _surname(name, titled.group(1), at, context)
    low = phrase.lower()
    if low in lx.pronouns:
        return _pronoun(low, at, context)
    words = re.findall(r"[\w’'\-.]+", phrase)
    if not words:
        return None
    if words[0][:1].isupper() and len(words) > 1 and words[1] in {"of", "from", "in"} and group_of_people(words[0], lx):
        return None  # “Residents of Kut said”: people the text does not name
    # (“the Dutch Foreign Minister”, “the Energy Minister”: an office, its country and portfolio capitalised)
    titles_only = (
        len(words) > 2
        and all(
            w[:1].isupper()
            and (
                w in lx.titles
                or w in lx.demonyms
                or re.fullmatch(rf"[{UPPER}][{LOWER}]+(?:ian|ani|ish|ese)", w)  # a nationality the lexicon lacks
                or w in lx.portfolio_words
                or w in {"Foreign", "First", "Vice"}
            )
            for w in words[1:]
        )
    )
    if words[0].lower() == "the" and (len(words) == 2 or titles_only) and head_in(words[-1].lower(), lx.person_heads):
        # “the Ombudsman said”, “the Deputy Prime Minister said”: whoever holds the title
        return _resolve_role(phrase.lower(), [w.lower() for w in words], at, context)  # “the Ombudsman said”
    definite = words[0].lower() == "the"  # “the Charter of Press Ethics”: a body's name, never “X of Y”
    if (
        words[0].lower() in {"the", "its", "their"}
        and len(words) > 1
        and words[1][:1].isupper()
        and (
            all(w[:1].isupper() or w in {"of", "for", "the", "and", "on"} for w in words[1:])
            or context.grammar.REMIT_BODY.fullmatch(phrase)  # (its remit in lower case)
        )
    ):
        # (not “the Committee”, “the Court”: a body the text named in full before, by its head word)
        if not all(w in lx.generic_name_words or w == "of" for w in words[1:]) and not (
            len(words) == 2 and head_in(words[1].lower(), lx.organisation_heads)
        ):
            words = words[1:]  # “the National Medical Chamber”: a name
            phrase = " ".join(words) if not listed else phrase.split(None, 1)[1]  # (a portfolio's commas kept)
    if (
        words[0].lower() in {"his", "her"}
        and len(words) == 2
        and head_in(words[1].lower(), {"office", "aides", "aide", "spokesman", "spokeswoman", "spokesperson", "press"})
    ):
        gender = "f" if words[0].lower() == "her" else "m"
        found = context.last(at, "person", lambda e: person_gender(e.name, e.role, lx) in ("", gender))
        return _from_event(found, "pronoun") if found else None  # “his office said”
    if words[0].lower() in {"the", "a", "an", "its", "his", "her", "their", "one"}:
        return _resolve_role(phrase, words, at, context)
    if (
        re.search(rf"[’']s\s+[{LOWER}]", phrase)
        and words[0][:1].isupper()
        and words[0].lower() not in {"the", "a", "an"}
    ):
        if head_in(words[-1], lx.person_heads):
            # “Armenia's economy minister said”: a person, the one the text names with that office
            # (“Armenia's Minister of Economy, Vahagn Tadevosyan”), before or just after; never an organisation
            return _holder(words, at, context)
        return _speaker(phrase, "organisation")  # “Nagorno-Karabakh’s leadership”
    of = re.match(
        rf"^([{UPPER}][\w’'.\-]+(?:\s+[{UPPER}][\w’'.\-]+){{1,3}})\s+(?:of|from)\s+(?:the\s+)?([{UPPER}].+)$", phrase
    )
    if of and not definite and names.classify(of.group(1).split()).kind == "person":
        # “Ines Moreau of Rights Watch”: a person and the organisation she speaks for
        return _speaker(names.classify(of.group(1).split()).name, "person", appositive or of.group(2))
    found = names.classify(words)
    kind, name, role = found.kind, found.name, appositive or found.role
    if listed and kind == "organisation":
        name = phrase  # (its commas kept, as printed)
    if kind == "place" and any(
        w in {"Secretary", "Minister", "President", "Spokesman", "Spokeswoman", "Ambassador"} for w in words
    ):
        return _speaker(
            " ".join(words), "person", basis="role"
        )  # “the U.S. Secretary of State”: the office names the person
    if kind in ("person", "place") and not role and context.named_before(at + len(phrase) + 1, "organisation", name):
        # “the ruling Civil Contract party” … “Civil Contract called”; “the Memorial rights group” … “Memorial said”
        return _speaker(name, "organisation")
    if kind == "person":
        if len(name.split()) >= 3 and not role:
            # “In Stepanakert Anahit Grigoryan said”: the person named there (the place taken off)
            there = _person_read_at(phrase, at, context, lambda e: name.endswith(" " + e.name))
            if there:
                name = there.name
        if " " not in name:
            # “Minister Hovakimyan said”: the person the mentions stage knows the titled surname names (“Minister of
            # Foreign Affairs of Armenia Vahe Hovakimyan” before)
            named = _person_read_at(phrase, at, context, lambda e: e.name.endswith(" " + name))
            if named is not None:
                return _speaker(named.name, "person", named.role, "surname")
        return _speaker(name, "person", role or context.role_of(name, at))
    if kind == "organisation":
        return _speaker(name, "organisation")
    if kind == "name":
        if context.named_before(at, "organisation", name):
            return _speaker(name, "organisation")
        if not context.last_with_surname(at, possessive(name)) and _state(name, context):
            return _speaker(name, "organisation")  # “Kestria said”: the state speaks, not a person named Kestria
        return _surname(name, role, at, context, sentence_start=at in context.sentence_starts)
    return None


def _person_read_at(phrase, at, context, fits):
    """The person the mentions stage read where the cue's `phrase` is printed (at `at`) whose name `fits`, or None."""
    return next(
        (
            e
            for e in context.before(at + len(phrase) + 1, inclusive=True)
            if e.at >= at and e.kind == "person" and e.name and fits(e)
        ),
        None,
    )


HOLDER_AHEAD = 1500  # characters: a lede's “Armenia's economy minister” is named in the next paragraph or two


def _holder(words, at, context):
    """The person named with every word of the office `words` (“Armenia's economy minister”: a role
    holding Armenia, economy and minister), the last named before `at` or else the first after."""
    wanted = {possessive(w).lower() for w in words if w.lower() not in {"the", "of", "a", "an"}}

    head = words[-1].lower()

    def holds(e):
        role = [possessive(w).lower() for w in re.findall(r"[\w’'\-]+", e.role or "")]
        heads = [w for w in role if head_in(w, context.lx.person_heads)]
        # (all the office's words, and its head the role's: “a senior aide to Azerbaijan's president” is an aide)
        return e.kind == "person" and bool(e.name) and wanted <= set(role) and heads[:1] == [head]

    found = context.last(at, "person", holds) or next(
        (e for e in takewhile(lambda e: e.at - at < HOLDER_AHEAD, context.after(at)) if holds(e)), None
    )
    if found:
        return _from_event(found, "role")
    return _speaker(" ".join(words), "person", basis="role")  # the office names the person, whom the text does not


def _named_just_before(at, context):
    """The person named just before `at`, set off from it by a comma only (“Mamuka Beridze, the chair of
    …”), the subject of their clause: not one named inside an opening phrase (“In a written response to
    questions from Al Jazeera, the navy's press office said”), nor an outlet."""
    named = context.last(at, "person", lambda e: bool(e.name))
    if named is None or not re.fullmatch(r",\s*", context.source[named.at + len(named.name) : at]):
        return None
    if re.search(
        r"\b(?:from|to|by|with|of|in|for|at|on|about|after|before)\s+$",
        context.source[max(0, named.at - 12) : named.at],
    ):
        return None
    return None if context.grammar.is_media(named.name) else named


def _names_its_own_body(words, context):
    """The words before a body's kind hold a name of its own (“Golos” of “the Golos election watchdog”), not merely
    where it is based or of what era (“New York-based”, “Soviet-era”), its nation or an acronym (“the UN agency”)."""
    text = re.sub(rf"(?:[{UPPER}][\w’'.]*\s+){{0,2}}[{UPPER}][\w’'.]*-[{LOWER}][\w\-]*", "", " ".join(words))
    return any(
        w[:1].isupper()
        and not w.isupper()
        and not re.fullmatch(context.grammar.NATION, w)
        and w not in context.lx.countries
        for w in text.split()
    )


def _document_subject(at, context):
    """“The resolution calls on … to release what it describes as “…””: “it” in a sentence whose subject is a
    document is that document, whose words are its issuer's; None for any other sentence."""
    before = context.source[max(0, at - 300) : at]
    sentence = re.split(rf"(?<=[.!?])\s+(?=[{UPPER}“\"])|\n", before)[-1]
    subject = re.match(rf"(?:The|This|That)\s+(?:[\w\-]+\s+){{0,2}}?(?:{context.grammar.DOCUMENT})\b", sentence)
    if subject is None:
        return None
    others = re.findall(rf"\b[{UPPER}][\w’'\-]*", sentence[subject.end() :])
    if any(w not in context.lx.demonyms and w not in context.lx.countries for w in others):
        return None  # (“The statement … came after Kestria expelled two diplomats, a move it called …”: Kestria's)
    found = resolve_phrase(subject.group(0), at - len(sentence), context)
    return replace(found, basis="pronoun") if found is not None and found.kind == "organisation" else None


def _pronoun(low, at, context):
    lx = context.lx
    kind = lx.pronouns[low]
    gender = _gender(low, lx)
    speaker = context.paragraph_speaker
    if speaker and low == "it" and context.paragraph_document:
        return _from_event(speaker, "pronoun", context)  # “…,” the opinion reads. It adds that “…”
    if low == "it":
        found = _document_subject(at, context)
        if found is not None:
            return found
    one = low in ("he", "she", "him", "her")  # one person: never a group the text describes (“Officials met.”)

    # (“he”, “she”: never an outlet, “Kazinform also spoke with X, who …”)
    # (nor a capital standing for its government: “According to him, Yerevan should …”)
    # (but a person whose first name is an outlet's: “Turan Mammadov”)
    def outlet(e):
        if not one:
            return False
        rest = e.name.split()[1:]
        if (
            e.kind == "person"
            and rest
            and not context.grammar.is_media(" ".join(rest))
            and not any(w in lx.countries for w in rest)  # (“Sputnik Armenia”: an outlet's name)
        ):
            return False
        return context.grammar.is_media(e.name) or e.name in lx.capitals

    if (
        speaker
        and speaker.kind == kind
        and (not gender or person_gender(speaker.name, speaker.role, lx) in ("", gender))
        and not (one and _a_group(speaker, lx))
        and not outlet(speaker)
    ):
        return _from_event(speaker, "pronoun", context)
    found = context.last(
        at,
        kind,
        lambda e: (
            (not gender or not e.name or person_gender(e.name, e.role, lx) in ("", gender))
            and not (one and _a_group(e, lx))
            and not outlet(e)
        ),
    )
    if found is None or not (found.name or found.role):
        return None  # nobody
    return _from_event(found, "pronoun", context)  # somebody named, or somebody the text describes


def _a_group(event, lx):
    """Somebody the text describes as many (“Officials”, “Residents of Kut”, “two diplomats familiar with the
    talks”), not named: what “they” may stand for, never “he” or “she”."""
    if event.name or not event.role:
        return False
    head = re.split(r"[,(]|\s+(?:of|from|in|at|with|for|close|familiar|involved|who)\b", event.role.strip())[0]
    words = head.lower().split()
    # (“Two of the victims”, “Several of them”: a number of people, whatever they are)
    return bool(words) and (group_of_people(words[-1], lx) or words[0] in lx.many)


def group_of_people(word, lx):
    low = word.lower()
    return low in lx.groups or (low.endswith("s") and head_in(low[:-1], lx.person_heads))


def _acronym(name):
    words = [w for w in re.findall(rf"[{UPPER}{LOWER}][\w\-]*", name) if w[:1].isupper()]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


def _voice_of(organisation, context):
    """The person the text names as speaking for `organisation` (“Peter Stano, the EU’s foreign
    affairs spokesperson” for the European Union), or None."""
    names = {possessive(organisation).lower()}
    if _acronym(organisation):
        names.add(_acronym(organisation).lower())
    for event in sorted(context.events(), key=lambda e: e.at):
        if event.kind != "person" or not event.name or not event.role:
            continue
        role = event.role.lower().replace("’", "'")
        spoke = re.search(r"\b(spokes\w+|representative|envoy|ambassador|press secretary)\b", role)
        if spoke and any(re.search(rf"(?<![\w\-]){re.escape(n)}(?:'s)?(?![\w\-])", role) for n in names):
            return event
    return None


JOINT_BODIES = {
    "government": ("organisation", "name"),
    "country": ("organisation", "name"),
    "state": ("organisation", "name"),
    "side": ("organisation", "name"),
    "organisation": ("organisation",),
    "organization": ("organisation",),
    "ministry": ("organisation",),
    "group": ("organisation",),
    "party": ("organisation",),
    "body": ("organisation",),
    "agency": ("organisation",),
    "union": ("organisation",),
    "commission": ("organisation",),
    "committee": ("organisation",),
    "company": ("organisation",),
}


def _nations_named_with(head, at, context):
    """“The Armenian and Azerbaijani border commissions met …” then “the two commissions said”: one body
    each, of the two nations the text last named with that plural; None when it named none so."""
    plural = head[:-1] + "ies" if head.endswith("y") else head + "s"
    found = list(
        re.finditer(
            rf"\b({context.grammar.NATION})\s+and\s+({context.grammar.NATION})\s+((?:[{LOWER}][\w\-]*\s+){{0,2}}?)"
            rf"{re.escape(plural)}\b",
            context.source[:at],
            re.IGNORECASE,
        )
    )
    owned = list(
        re.finditer(
            rf"\b(?:two\s+|both\s+)?(?:countries|sides|states)[’']\s+((?:[{LOWER}][\w\-]*\s+){{0,2}}?){re.escape(plural)}\b",
            context.source[:at],
            re.IGNORECASE,
        )
    )
    if owned and (not found or owned[-1].start() > found[-1].start()):
        # (“talks between the countries' border commissions”, the countries named together before it)
        countries = _countries_named_together(owned[-1].start(), context)
        if len(countries) == 2:
            return [_speaker(f"{c}'s {owned[-1].group(1)}{head}", "organisation", basis="joint") for c in countries]
    if not found:
        return None
    m = found[-1]
    return [_speaker(f"{n} {m.group(3)}{head}", "organisation", basis="joint") for n in m.group(1, 2)]


def _head_word_alone(owner, lx):
    """“Council”, “Secretariat”: a body printed by its head word alone (the body named in full before)."""
    return " " not in owner and head_in(owner.lower(), lx.organisation_heads)


def _abbreviated_in(abbreviation, name):
    """“EU” is in “Delegation of the European Union to Velna”: as printed, or as the initials of words in a row."""
    if re.search(rf"\b{re.escape(abbreviation)}\b", name):
        return True
    return abbreviation in "".join(w[0] for w in re.findall(rf"[{UPPER}][\w’'\-]*", name))


def _named_since(start, at, speakers, context):
    """Somebody other than `speakers` is named between `start` and `at`."""
    theirs = {s.name for s in speakers}
    return any(e.name and e.name not in theirs for e in takewhile(lambda e: e.at >= start, context.before(at)))


def _holders(head, context, exact=False):
    """The people the text names with the office `head` (“envoy”: “Türkiye's special envoy, Ambassador X”),
    each once, in the order first named; with `exact`, that word only, not its synonyms."""
    wanted = {head} if exact else context.lx.role_synonyms.get(head, {head})
    people = {}
    for e in sorted(context.events(), key=lambda e: e.at):
        if e.kind == "person" and e.name and set(re.findall(r"[\w\-]+", e.role.lower())) & wanted:
            people.setdefault(e.name, e)
    return list(people.values())


OFFICE_THEN_NAME = re.compile(
    rf"(?:[Tt]he\s+|An?\s+)?((?:[{UPPER}][\w\-]*\s+){{0,3}}([{LOWER}][\w\-]*)\s+(?:of|for|on)\s+(?:[^,]*?\s)?"
    # (the name after a word of the office in lower case, not after the preposition: not “a spokesman for
    # President Ivo Danek”, somebody else)
    rf"(?!(?:of|for|on|the|and)\s)[{LOWER}][\w\-]*)"
    rf"\s+([{UPPER}][\w’'\-]+(?:\s+[{UPPER}][\w’'\-]+){{1,2}})"
)


def _office_then_name(phrase, at, context):
    """“the coordinator of the Taza Aba initiative group Aizada Sultanbekova”, “EU spokesperson for foreign affairs and
    security policy Pernille Holm”: the person the text names there, after their office in lower case (whatever
    “and” its remit holds); None otherwise."""
    held = OFFICE_THEN_NAME.fullmatch(phrase)
    if held is None or not head_in(held.group(2), context.lx.person_heads):
        return None
    if head_in(held.group(1).split()[-1], context.lx.person_heads):
        return None  # (the name's own title: “a representative of jailed former president Vaso Beridze”, not him)
    person = context.last(at + len(phrase) + 1, "person", lambda e: e.name == held.group(3))
    return _speaker(person.name, "person", person.role or held.group(1)) if person is not None else None


def resolve_together(phrase, at, context):
    """The speakers of a phrase that names several who spoke together: “the two presidents”, “both
    governments”, “Transparency International and the Georgian Young Lawyers' Association”. A list
    (empty: they are several, but not all of them are somebody the text names), or None when the
    phrase names one speaker."""
    lx = context.lx
    if phrase.lower() == "they":
        # “Envoy X and envoy Y met in Vienna. In a joint statement afterwards, they said …”: the two people
        # named together just before, when nobody else has been named since
        pair = _named_together(at, context)
        since = takewhile(lambda e: e.at > pair[-1].at, context.before(at)) if pair else ()
        if (
            pair
            and at - pair[-1].at < SENTENCE_REACH
            and not any(e.name and e.kind in ("person", "organisation") for e in since)
        ):
            return [_from_event(e, "joint") for e in pair]
        return None
    people = _each_an_office_and_a_name(phrase, at, context) or _two_named_each_with_an_appositive(phrase, at, context)
    if people:
        return people
    if _office_then_name(phrase, at, context) is not None:
        return None  # one person, whose office's remit holds an “and”
    if context.grammar.PORTFOLIO_OFFICE.fullmatch(phrase) or context.grammar.listed_portfolio(phrase):
        # “Ostranan Transport and Infrastructure Minister Petra Bergova”, “the Ministry of Investments, Industry and
        # Trade of Uzbekistan”: one office, one body
        return None
    nations = re.fullmatch(
        rf"(?:[Tt]he\s+)?({context.grammar.NATION})\s+and\s+({context.grammar.NATION})\s+((?:[{UPPER}{LOWER}][\w\-]*\s+){{0,2}})"
        rf"([{UPPER}{LOWER}][\w\-]*?)(ies|s)",
        phrase,
    )
    if nations:  # “the Russian and Iranian Foreign Ministries”: each country's
        singular = nations.group(4) + ("y" if nations.group(5) == "ies" else "")
        if head_in(singular, lx.organisation_heads):
            body = f"{nations.group(3)}{singular}"
            return [_speaker(f"{n} {body}", "organisation", basis="joint") for n in nations.group(1, 2)]
    of_the_two = re.fullmatch(
        rf"(?:the\s+)?((?:[{LOWER}][\w\-]*\s+)?)([{LOWER}][\w\-]*?)(ies|s)\s+of\s+(?:the\s+)?({SEVERAL})\s+"
        r"(?:countries|sides|states|nations|governments|parties)",
        phrase,
        re.IGNORECASE,
    )
    if of_the_two:
        modifier, stem, plural, count = of_the_two.groups()
        if head_in(stem + ("y" if plural == "ies" else ""), lx.organisation_heads):
            # “the foreign ministries of the two countries”: as “the two countries' foreign ministries”, one each
            phrase = f"the {count} countries' {modifier}{stem}{plural}"
        else:  # “the special envoys of the two countries”: the two envoys
            phrase = f"the {count} {stem}{plural}"
    owned = re.fullmatch(
        rf"(?:the\s+)?({SEVERAL}|both)\s+(?:countries|sides|states|nations)[’']\s+((?:[{LOWER}][\w\-]*\s+){{0,2}}?)"
        rf"([{LOWER}][\w\-]*?)(ies|s)",
        phrase,
        re.IGNORECASE,
    )
    if owned:
        # “the two countries' border commissions said”: a commission each, of the countries named together last
        number, modifier, stem, plural = owned.groups()
        singular = stem + ("y" if plural == "ies" else "")
        count = COUNTS.get(number.lower(), 2)
        countries = _countries_named_together(at, context)
        if head_in(singular, lx.organisation_heads) and len(countries) == count:
            body = f"{modifier}{singular}"
            return [_speaker(f"{country}'s {body}", "organisation", basis="joint") for country in countries]
        if head_in(singular, lx.person_heads):
            phrase = f"the {number.lower() if number.lower() in COUNTS else 'two'} {stem}{plural}"
    pair = re.fullmatch(rf"(?:the\s+)?({SEVERAL}|both)(?:\s+sides')?\s+([{LOWER}][\w\-]*?)s", phrase, re.IGNORECASE)
    bare = re.fullmatch(rf"(?:the|both)\s+([{LOWER}][\w\-]*?)(?<!ie)s", phrase, re.IGNORECASE) or re.fullmatch(
        rf"(?:the|both)\s+([{LOWER}][\w\-]*?)ies", phrase, re.IGNORECASE
    )
    if bare and not pair:
        # “the organizations said”, “the commissions issued a joint press release”: the bodies last named
        # together (a joint statement's issuers, or “the meeting of A and B”), when there are two or more
        head = bare.group(1).lower() + ("y" if phrase.lower().endswith("ies") else "")
        if head_in(head, lx.person_heads):
            # “the envoys said in a joint statement”: the two or three people the text gives that office (a
            # group's word, “the lawmakers”, only the two named together as such: “led by Representatives A and B”)
            people = _holders(head, context, exact=True) if head not in lx.groups else []
            if not 2 <= len(people) <= 3:
                # “Türkiye's special envoy, Ambassador X, and his Armenian counterpart, Y”: the two named together,
                # when the first holds the office and the second holds it too or is the first's counterpart
                pair = _named_together(at, context) or []
                named = context.source[max(0, pair[0].at - 60) : pair[1].at].lower() if pair else ""
                heads = "|".join(re.escape(h) for h in lx.role_synonyms.get(head, {head}) | {head})
                if (
                    re.search(rf"\b(?:{heads})s?\b.*\b(?:{heads}|counterpart)s?\b", named, re.DOTALL)
                    # (or introduced together: “the two countries’ special envoys, Ambassador X and Deputy Speaker Y”,
                    # “led by Representatives A and B”)
                    or re.search(rf"\b(?:{heads})s,?\s+[^.;:]*$", named[:60])
                    or (pair and re.match(rf"(?:{heads})s\b", pair[0].role.lower()))
                ):
                    people = pair
            return [_from_event(e, "joint") for e in people] if 2 <= len(people) <= 3 else None
        if head_in(head, lx.organisation_heads) or head in JOINT_BODIES:
            group = _bodies_named_together(head, at, context)
            if group:
                return group
            return _one_of_each_country(head, bare.group(0).split()[-1], 2, at, context)
        return None
    if pair:
        count = COUNTS.get(pair.group(1).lower(), 2)  # (“both”: two)
        head = re.sub(r"ie$", "y", pair.group(2).lower())  # “the two ministries”: a ministry each
        if head_in(head, lx.person_heads):
            # “the two presidents said in a joint statement”: the two the text names as such
            people = _holders(head, context)
            found = [e.name for e in people]
            if len(found) != count and count == 2:
                # “Ambassador Mehmet Özkan and Deputy Speaker Aram Tadevosyan met …” then “the two envoys said”:
                # the two the text last named together (or, in a lede that names nobody yet, first names below)
                pair = _named_together(at, context) or _named_together_after(at, context)
                if pair:
                    return [_from_event(e, "joint") for e in pair]
            if len(found) != count:
                return []
            return [_from_event(e, "joint") for e in people]
        if head in {"company", "organisation", "organization", "group"}:
            # “the two companies said”: the bodies a sentence named together, not any two named last
            group = _bodies_named_together(head, at, context, count)
            return group if group and len(group) == count else []
        if head in JOINT_BODIES:
            # “the two governments said”: the bodies (or the countries) named last
            kinds = JOINT_BODIES[head]
            bodies = []
            for event in context.before(at):
                if event.kind not in kinds or not event.name or any(_same_body(event.name, b) for b in bodies):
                    continue
                if (
                    head in {"ministry", "party", "union", "agency", "commission", "committee"}
                    and head not in event.name.lower()
                ):
                    continue
                if (
                    head in {"government", "country", "state"}
                    and event.kind == "organisation"
                    and not re.search(r"\b(?:government|cabinet|state|republic)\b", event.name, re.I)
                ):
                    continue  # “the two governments”: not the agency in the dateline, nor a company named before
                if event.kind == "organisation" and context.grammar.is_media(event.name):
                    continue
                if event.kind == "name" and not _country(event.name, context):
                    continue
                bodies.append(event.name)
                if len(bodies) == count:
                    break
            if len(bodies) != count:
                group = _nations_named_with(head, at, context) or _bodies_named_together(head, at, context)
                if not group and head == "ministry":
                    group = _ministries_of_ministers(at, context, count)
                if not group:  # “the two commissions said”, after “Armenia and Azerbaijan … their border commissions”
                    group = _one_of_each_country(head, phrase.split()[-1], count, at, context)
                return group if group and len(group) == count else []
            return [_speaker(name, "organisation", basis="joint") for name in reversed(bodies)]
        return None
    plural = re.fullmatch(
        rf"(?:[Tt]he\s+)?((?:[{LOWER}][\w\-]*\s+){{0,2}}?)([{LOWER}]+)\s+of\s+([{UPPER}][\w\-]*(?:\s+[{UPPER}][\w\-]*)*"
        rf"(?:,\s+(?:the\s+)?[{UPPER}][\w\-]*(?:\s+[{UPPER}][\w\-]*)*)*)\s+and\s+(?:the\s+)?([{UPPER}][\w\-]*(?:\s+[{UPPER}][\w\-]*)*)",
        phrase,
    )
    singular = plural and re.sub(r"ies$", "y", re.sub(r"(?<!ie)s$", "", plural.group(2)))
    if plural and plural.group(2) != singular and head_in(singular, lx.organisation_heads):
        # “the foreign ministries of Russia and Belarus”: each country's ministry
        owners = [*re.split(r",\s+", plural.group(3)), plural.group(4)]
        body = f"{plural.group(1)}{singular}"
        return [_speaker(f"{owner}'s {body}", "organisation", basis="joint") for owner in owners]
    bodies = _bodies_listed(phrase, context.grammar)
    if bodies:
        # “the Turkish Transport and Infrastructure Ministry, Azerbaijan’s Ministry of Digital Development and
        # Transport and Georgia’s Ministry of Economy and Sustainable Development”: three ministries, whatever
        # “and” their portfolios hold
        return _resolve_joint(bodies, at, context)
    capitalised = rf"[{UPPER}][\w\-]*(?:\s+[{UPPER}][\w\-]*)*"
    words = phrase.split()
    if (
        re.fullmatch(rf"(?:[Tt]he\s+)?{capitalised}\s+and\s+{capitalised}", phrase)
        and head_in(words[-1], lx.organisation_heads)
        # (a portfolio's “and”, not two names: “Amnesty International and Human Rights Watch”)
        and {words[words.index("and") - 1], words[words.index("and") + 1]} & lx.portfolio_words
        and not any(head_in(possessive(w).lower(), lx.organisation_heads) for w in words[:-1])
    ):
        return None  # “the Turkish Transport and Infrastructure Ministry”: one name, whose head ends it
    acronyms = re.split(r"(?<=\))\s+and\s+", phrase)
    if (
        len(acronyms) == 2
        and re.search(rf"\([{UPPER}][\w\-]{{1,12}}\)$", acronyms[0].strip())
        and "," not in acronyms[0]  # (a list: “A (GEMS), the B (AYLD) and C”, read below)
        and (
            re.search(rf"\([{UPPER}][\w\-]{{1,12}}\)$", acronyms[1].strip())
            or re.fullmatch(rf"(?:the\s+)?{NAME_RUN}", acronyms[1].strip())
        )
    ):
        # “the International Society for Fair Elections and Democracy (ISFED) and the Georgian Young Lawyers'
        # Association (GYLA)”: each name closed by its acronym, whatever “and” it holds (the second may have
        # none: “… (ISFED) and Transparency International Georgia”)
        return _resolve_joint(acronyms, at, context)
    listed = _list_items(phrase)
    if len(listed) >= 3 and "," in phrase and all(_list_item(c, lx) for c in listed):
        # “the Georgian Election Monitoring Society (GEMS), the Association … (AYLD) and Open Governance Georgia”
        return _resolve_joint(listed, at, context)
    if (
        phrase.count("(") == 1
        and re.search(rf"\([{UPPER}][\w\-]{{1,12}}\)$", phrase.strip())
        # (not “Transparency International Georgia and the Georgian Young Lawyers’ Association (GYLA)”: two)
        and not re.search(rf"\s+and\s+the\s+[{UPPER}]", phrase)
    ):
        return None  # “The Disaster and Emergency Management Authority (AFAD)”: one name, closed by its acronym
    # “MEPs Hanna Lindqvist and Pierre-Alain Dufresne”: the plural title is each one's, no part of the first name
    phrase = re.sub(
        rf"^(?:[{UPPER}][\w\-]*\s+)?(?:MEPs|MPs|Senators|Representatives|Reps\.|Ambassadors|Ministers|Deputies)\s+(?=[{UPPER}][^,]*\s+and\s+[{UPPER}])",
        "",
        phrase,
    )
    joint = re.split(r"\s+and\s+", phrase)
    if len(joint) == 2 and _one_body_named_with_and(phrase, at, context):
        return None  # “An inspection report by the Environmental and Mining Inspection Body”: one body's name
    if len(joint) == 2 and joint[0].islower() and head_in(joint[0].split()[-1], lx.person_heads):
        return None  # “architect and activist Nino Beridze”: one person, two callings
    if (
        len(joint) == 2
        and re.search(r"\s(?:on|for)\s+[a-z]", joint[0])
        and re.fullmatch(r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3}", joint[1])
        and not re.match(r"(?:the|its|their|his|her|other|others)\b", joint[1])
    ):
        return None  # “the Milli Majlis commission on international relations and inter-parliamentary ties”: a remit
    if (
        len(joint) == 2
        and re.search(rf"\b[{LOWER}][\w\-]*\s+{NAME_RUN}$", joint[1])
        and head_in(re.search(rf"\b([{LOWER}][\w\-]*)\s+{NAME_RUN}$", joint[1]).group(1), lx.person_heads)
        and not any(head_in(w.lower(), lx.person_heads | lx.organisation_heads) for w in joint[0].split())
    ):
        return None  # “CPJ’s Europe and Central Asia coordinator Anna Petrosyan”: one person, an office's remit
    lone = re.fullmatch(rf"(?:[Tt]he\s+)?([{UPPER}][{LOWER}]+)", joint[0])
    if (
        lone
        and len(joint) == 2
        and not re.match(r"(?:the|its|their)\s", joint[1], re.IGNORECASE)
        and any(head_in(w.lower(), lx.organisation_heads) for w in joint[1].split()[:3])
        and not head_in(lone.group(1).lower(), lx.organisation_heads)
        and not _state(lone.group(1), context)
        and not context.last_with_surname(at, lone.group(1))
    ):
        return None  # “the Migration and Citizenship Service of …”: one name, whose first word is nobody
    if len(joint) > 2 and re.search(r"\s+and\s+the\s", phrase):
        # “the Ministry of Foreign Affairs of Armenia and the European Commission's Directorate-General for
        # Migration and Home Affairs”: two names, the second with an “and” of its own
        joint = re.split(r"\s+and\s+(?=the\s)", phrase, maxsplit=1)
    if (
        len(joint) == 2
        # (no list, but for a ministry's: “… and the Ministry of Investments, Industry and Trade of Uzbekistan”)
        and all("," not in j or context.grammar.listed_portfolio(j) for j in joint)
        and all(joint)
        and (
            not re.search(rf"\b(?:for|of|on)\s+(?:the\s+)?[{UPPER}]", joint[0])  # (“Committee on A and B”: one name)
            or re.match(r"(?:the|its|their)\s", joint[1], re.IGNORECASE)  # “the Ministry of Energy and the Commission”
            or joint[1].split()[0] in lx.person_title_words  # “The Committee on Human Rights and Ombudsman X”
            # “the Bar Association of Georgia and Open Society Georgia”: a country ends the first name
            or joint[0].split()[-1] in lx.countries
            # “the de facto Ministry of Energy and Chernomorenergo said”: a body known by one word of its own
            or (
                re.fullmatch(rf"[{UPPER}][\w\-]+", joint[1])
                and joint[1] not in lx.portfolio_words
                and context.names.classify([joint[1]]).kind == "organisation"
            )
            # “The Ministry of Energy and Naftogaz said”: the text's names are two, one of them a body
            or (
                context.named_before(at + len(phrase) + 1, "organisation", re.sub(r"^[Tt]he\s+", "", joint[0]))
                and not context.named_before(at + len(phrase) + 1, "organisation", re.sub(r"^[Tt]he\s+", "", phrase))
                and joint[1][:1].isupper()
                and joint[1].split()[0] not in lx.portfolio_words
            )
        )
    ):
        speakers = _resolve_joint(joint, at, context)
        if any(s.kind == "organisation" for s in speakers):
            # a one-word name speaking together with a body, which the text never gave a person's first name
            # or role, is a body too (“the Ministry of Energy and Naftogaz”; not “the Ministry and Smith”, a
            # surname of somebody named before)
            speakers = [
                replace(s, kind="organisation")
                if " " not in s.name and s.basis == "joint" and not context.last_with_surname(at, s.name)
                else s
                for s in speakers
            ]
        return speakers
    return None


def _each_an_office_and_a_name(phrase, at, context):
    """“the European Parliament’s standing rapporteur on Georgia Ilze Kalnina and the chair of the EU-Georgia
    Parliamentary Association Committee Tomasz Wierzbicki”: a list whose every item ends with the name of a person
    the text names there, after their office (never after “of”, “for”, “by”: “the lawyers of A and B” are not A
    and B). Those people, together; None otherwise."""
    end = at + len(phrase)
    people, separators, cursor = [], [], at
    for start, event in context.named_within(at, end):
        if start < 0:
            return None
        between = context.source[cursor:start]
        if people:
            separator = re.match(r",\s+and\s+|,\s+|\s+and\s+", between)
            if not separator:
                return None  # (the next item opens right after the name before it)
            separators.append(separator.group().strip())
            between = between[separator.end() :]  # (the item's own words: “… and President B”)
        if _somebody_elses(between, context) or not re.search(r"\S\s+$", between):
            return None  # “the lawyers of A”: no office of the person's own before the name
        people.append(event)
        cursor = start + len(event.name)
    # a list: “A and B”, “A, B and C” (not “the director of the theatre, A”: one person, then their name)
    if len(people) < 2 or cursor != end or separators[-1] not in ("and", ", and") or set(separators[:-1]) - {","}:
        return None
    return [_from_event(e, "joint") for e in people]


def _two_named_each_with_an_appositive(phrase, at, context):
    """“Ambassador Selim Karaağaç, Türkiye's special envoy for the normalisation process, and Armenia's envoy, Deputy
    Parliament Speaker Ruben Avetisyan”: two people the text names, each with what they are set off by commas, joined
    by “and”; both, together. None otherwise."""
    end, source = at + len(phrase), context.source
    people = context.named_within(at, end)
    if len(people) != 2 or any(start < 0 for start, _ in people):
        return None
    (start1, first), (start2, second) = people
    end1, end2 = start1 + len(first.name), start2 + len(second.name)
    if any(re.search(rf"\b[{UPPER}]{{2,}}", e.name) for e in (first, second)):
        return None  # (a mention that took a title for a name: “MEPs Hanna Lindqvist”)
    if first.name == second.name or _somebody_elses(source[at:start1], context) or "," in source[at:start1]:
        return None  # (the first named first, after an office at most: not “the lawyers of A and B”)
    joined = re.fullmatch(r"(?:,\s+[^,]+)?,?\s+and\s+(?:[^,]+,\s+)?[^,]*", source[end1:start2])
    closing = re.fullmatch(r"(?:,\s+[^,]+)?", source[end2:end])
    if not joined or not closing or " and " not in source[end1:start2]:
        return None
    return [_from_event(first, "joint"), _from_event(second, "joint")]


def _one_body_named_with_and(phrase, at, context):
    """The text named a body in this phrase whose name holds its “and” (“the Environmental and Mining Inspection
    Body”)."""
    return any(" and " in e.name for _, e in context.named_within(at, at + len(phrase), ("organisation",)))


def _bodies_listed(phrase, grammar):
    """The bodies of a list whose every item opens as a body's name does (“the …”, a country's “Georgia’s
    …”, a nationality “Turkish …”) and names one (a ministry, a commission, …): split only where the next
    item opens so, never at an “and” inside a name (“the Ministry of Economy and Sustainable Development of
    Georgia”). None unless there are two items or more, each a body."""
    lx, opener = grammar.lexicon, grammar.BODY_NAME_OPENING
    items = re.split(rf"(?:,\s+(?:and\s+)?|\s+and\s+)(?={opener})", phrase)
    if len(items) < 2:
        return None
    if not all(
        re.match(opener, item)
        and any(head_in(possessive(w).lower(), lx.organisation_heads) for w in item.split()[1:])
        # (a comma or an “and” before a name of its own, which ends with a country not introduced by “of”:
        # “the Association … for Democracy and Open Governance Georgia” is two; the other readings decide)
        and ("," not in item or grammar.listed_portfolio(item))  # (“the Ministry of Investments, Industry and Trade”)
        and not re.search(r"\)\s+and\s", item)  # (an acronym closes a name: “… (AYJ) and Open Budget Kestria”)
        and not any(
            words[-1] in lx.countries and (len(words) < 2 or words[-2] != "of")
            for words in (part.split() for part in re.split(r"\s+and\s+", item)[1:])
        )
        for item in items
    ):
        return None
    return items


def _list_items(phrase):
    """“A, B and the C for D and E (CDE)”: the items of a list, split at its commas and at the “and”
    before its last item (the first “and the”, else the first “and”), not at an “and” inside a name."""
    items = re.split(r",\s+(?:and\s+)?", phrase)
    if len(items) > 1 and not re.match(r"and\s", phrase[phrase.rfind(items[-1]) - 4 :].lstrip(", ")):
        last = items.pop()
        split = re.search(r"\s+and\s+(?=the\s)", last) or re.search(r"\s+and\s+", last)
        items += [last[: split.start()], last[split.end() :]] if split else [last]
    elif len(items) == 1:
        items = re.split(r"\s+and\s+", phrase)
    return items


def _list_item(conjunct, lx):
    """One of a list of speakers: a name (“the Association of Young Lawyers (AYLD)”, “GEMS”), not a
    word of a title's own list (“Minister of Transport, Roads and Bridges”)."""
    words = re.sub(r"^[Tt]he\s+", "", conjunct).split()
    if not words or not words[0][:1].isupper():
        return False
    # (a body whose name opens with a title's word is a name: “the Prosecutor General's Office”)
    return words[0] not in lx.person_title_words or any(
        head_in(possessive(w).lower(), lx.organisation_heads) for w in words[1:]
    )


def _named_together(at, context):
    """The last two people named before `at` in one phrase joined by “and”, or None."""
    people = (e for e in context.before(at) if e.kind == "person" and e.name)
    for later, earlier in pairwise(people):
        if later.name == earlier.name or later.at <= earlier.at:
            continue
        return [earlier, later] if _joined(earlier, later, context) else None
    return None


def _named_together_after(at, context, reach=2 * SENTENCE_REACH):
    """The first two people named after `at`, within `reach`, in one phrase joined by “and”, or None: who
    “the special envoys of the two countries” of a lede are, when the text names them only below it."""
    people = [e for e in context.after(at) if e.kind == "person" and e.name and e.at - at < reach]
    for earlier, later in pairwise(people):
        if later.name != earlier.name and later.at > earlier.at and _joined(earlier, later, context, described=True):
            return [earlier, later]
    return None


def _joined(earlier, later, context, described=False):
    """Two people named in one phrase joined by “and” (“Ambassador X, and his Armenian counterpart, Y”: a
    description of whose the second is may stand before them; with `described`, any description: “Ambassador
    X, and Armenia's envoy, Deputy Speaker Y”, as the text introduces those a lede spoke of)."""
    # (without a lawmaker's party and state: “Representatives Daniel Hovsepian (D-Calif.) and Mark Whitfield”)
    between = PARTY_AND_STATE.sub("", context.source[earlier.at : later.at])
    description = r"[^.;:!?“”\"«»\x00,]*" if described else r"(?:his|her|their)\s+[^.;:!?“”\"«»\x00,]*"
    return len(between) < 160 and bool(
        re.fullmatch(
            rf"[^.;:!?“”\"«»\x00]*?\s(?:and|&)\s(?:{description},\s+)?[^.;:!?“”\"«»\x00,]*",
            between,
        )
    )


def _one_of_each_country(head, plural, count, at, context):
    """“Armenia and Azerbaijan have agreed …, the two countries' border commissions said” then “the commissions
    said”: a body of `head` for each of the `count` countries named together last, called as the text first
    called them (“border commissions”: “Armenia's border commission”); None when the text names no such countries."""
    countries = _countries_named_together(at, context)
    called = list(re.finditer(rf"\b((?:[{LOWER}][\w\-]*\s+)?){re.escape(plural)}\b", context.source[:at]))
    if not called and head == "ministry":
        # (“the foreign ministers of the three countries met …, the three ministries said”: their foreign ministries)
        called = [
            m
            for m in re.finditer(rf"\b([{LOWER}][\w\-]*\s+)ministers\b", context.source[:at])
            if m.group(1).strip().capitalize() in context.lx.portfolio_words | {"Foreign"}
        ]
    if len(countries) != count or not head_in(head, context.lx.organisation_heads) or not called:
        return None
    modifier = called[0].group(1) if called[0].group(1).strip() not in {"the", "both", "two", "three", "their"} else ""
    body = f"{modifier}{head}"
    if called[0].group(0).endswith("ministers"):
        body = body.title()  # “Türkiye's Foreign Ministry”, as a ministry is named
    return [_speaker(f"{c}'s {body}", "organisation", basis="joint") for c in countries]


def _countries_named_together(at, context):
    """The countries of the last phrase before `at` that names two or three together (“Armenia and
    Azerbaijan have agreed …”, “Türkiye, Azerbaijan and Georgia”), in the order named; [] when none."""
    countries = []
    for event in context.before(at):
        if event.kind not in ("name", "organisation") or not event.name or not _country(event.name, context):
            continue
        if countries:
            between = context.source[event.at + len(event.name) : countries[0].at]
            if not re.fullmatch(r"\s*(?:,|,?\s+and)\s+", between):
                if len(countries) >= 2:
                    break
                countries = []
        if event.name not in {c.name for c in countries}:
            countries.insert(0, event)
    return [c.name for c in countries] if len(countries) >= 2 else []


def _bodies_named_together(head, at, context, count=None):
    """The organisations of the last phrase before `at` that names two or more together (“A and B”, “A,
    B and C”, “the foreign ministries of A and B”) where each is a `head` (“commission”, “company”,
    “organization”: any body), as joint speakers; None when there is no such phrase."""
    specific = head not in {
        "organisation",
        "organization",
        "group",
        "body",
        "side",
        "party",
        "partie",
        "company",
        "companie",
    }
    states = head in {"party", "partie", "side", "country", "state", "government"}
    # (the parties to an agreement are often named once, in the lede)
    # (the two parties to a deal too: “the two companies” of the lede's “A and B have signed …”)
    for paragraph in reversed(re.split(r"\n\s*\n", context.source[:at])[-(30 if states or count else 6) :]):
        for sentence in reversed(re.split(rf"(?<=[.!?])\s+(?=[{UPPER}“\"])", paragraph)):
            plural = re.search(
                rf"\b((?:[{LOWER}]+\s+)?{re.escape(head[:-1] if head.endswith('y') else head)}(?:ies|s))\s+of\s+"
                rf"([{UPPER}][\w\-]*(?:,\s+[{UPPER}][\w\-]*)*\s+and\s+[{UPPER}][\w\-]*)",
                sentence,
            )
            if plural:  # “consultations between the foreign ministries of Russia and Azerbaijan”
                together = resolve_together(f"the {plural.group(1)} of {plural.group(2)}", at, context)
                if together:
                    return together
            nations = re.search(
                rf"\b({context.grammar.NATION})\s+and\s+({context.grammar.NATION})\s+(?:[{LOWER}][\w\-]*\s+){{0,2}}"
                rf"[{LOWER}][\w\-]*?(?:ies|s)\b",
                sentence,
            )
            if nations:  # “the Russian and Iranian foreign ministries held consultations”: one of each
                together = resolve_together(nations.group(0), at, context)
                if together:
                    return together
            offset = context.source.rfind(sentence, 0, at)
            bodies = [
                e
                for e in context.events()
                # “Azerbaijan, Georgia and Kazakhstan have signed a roadmap” then “the parties”: the countries
                if (e.kind == "organisation" or (states and e.kind == "name" and _country(e.name, context)))
                and e.name
                and offset <= e.at < offset + len(sentence)
                and (
                    not specific
                    or head_in(head, {w.lower() for w in re.findall(r"[\w\-]+", e.name)})
                    or head in e.name.lower()
                )
            ]
            names = list(dict.fromkeys(e.name for e in sorted(bodies, key=lambda e: e.at)))
            names = [
                n
                for n in names
                if not any(
                    n != m
                    and (
                        (_same_body(n, m) and len(n) < len(m))
                        or f"{m} ({n})" in sentence
                        or _acronym(m) == n
                        or m.endswith(f" {n}")
                    )
                    for m in names
                )
            ]  # one entry a body: not its shorter name, its acronym in brackets, nor the body a longer name ends with
            # (“the Azerbaijani delegation to the Euronest Parliamentary Assembly”: the delegation, not the assembly)
            names.sort(key=lambda n: (sentence.find(n) < 0, sentence.find(n)))  # in the order printed
            # (named together: “A and B”, or the two sides of a deal, “A signed an agreement … with B”)
            if count is not None and len(names) != count:
                continue  # (“the two companies”: a sentence naming two bodies, past one naming three)
            if head in {"side", "party", "partie"} and len(names) > 3:
                return None  # (“the sides” of talks are two or three: never a sentence's list of every country)
            if len(names) >= 2 and re.search(r"\b(?:and|with|signed|agreed)\b", sentence):
                return [_speaker(name, "organisation", basis="joint") for name in names]
    return None


def _same_body(a, b):
    """“Valdoria” and “Government of Valdoria”: one country's."""
    return (
        a == b or re.search(rf"\b{re.escape(a)}\b", b) is not None or re.search(rf"\b{re.escape(b)}\b", a) is not None
    )


def _one_capitalised_word(name):
    """“Armenia”, “Türkiye”: one word of letters, capitalised."""
    return name.isalpha() and name[:1].isupper() and name[1:].islower()


def _names_its_kind(name, word, lx):
    """A body's name holds `word` as the kind of body it is, right before its head (“Inspection Body”, “Audit
    Chamber”), not as any word of it (“Legal Issues Committee” makes no legal opinion its own)."""
    words = name.split()
    return any(w == word and head_in(after.lower(), lx.organisation_heads) for w, after in pairwise(words))


# A language, not a state, after a demonym: “Russian speakers”, “Russian-language schools”, “in Russian”.
LANGUAGE_AFTER = re.compile(r"(?:-language|-speaking|\s+(?:language|speakers?|speaking|-speakers?)\b)")


def _country_of_the_text(at, context):
    """The country the text is about, for “the government” or “a government official” that names none: the state it
    names most, by its name (twice) or its demonym (“Russian”, not a language), the nearest before `at` among equals;
    else a name the text uses as a country's (“Valdoria's parliament”) before `at`. Counted once per text."""
    if context.states_named is None:
        counts = {}
        for e in context.events():
            if e.kind == "name" and _state(e.name, context):
                counts[e.name] = counts.get(e.name, 0) + 2  # (a state named counts twice what its demonym does)
        for m in context.grammar.DEMONYMS.finditer(context.source):
            if not LANGUAGE_AFTER.match(context.source, m.end()):  # (not “Russian speakers”: a language)
                country = context.lx.demonyms[m.group(1)]
                counts[country] = counts.get(country, 0) + 1
        context.states_named = counts
    counts = context.states_named
    if counts:
        nearest = {}
        for i, e in enumerate(context.before(at)):
            if e.name in counts:
                nearest.setdefault(e.name, -i)
        return max(counts, key=lambda name: (counts[name], nearest.get(name, -len(context.source))))
    return next((e.name for e in context.before(at) if e.kind == "name" and _country(e.name, context)), "")


def _country(name, context):
    """A single capitalised word the text also uses as a country: with a possessive (“Valdoria's
    parliament”), or as a state is (_state: with its demonym, or in the lexicon)."""
    if not _one_capitalised_word(name):
        return False
    return _state(name, context) or bool(re.search(rf"\b{re.escape(name)}[’']s", context.source))


def _state(name, context):
    """A single capitalised word that names a country: in the lexicon, or with its demonym in the text
    (“Velna” beside “Velnian”)."""
    if not _one_capitalised_word(name):
        return False
    if name in context.lx.countries:
        return True
    stem = re.sub(r"(?:ia|a|o|e|i)$", "", name)
    # (the demonym, not the name itself: “Tbilisi” is no “Tbilis-i”)
    return bool(re.search(rf"\b(?!{re.escape(name)}\b){re.escape(stem)}(?:ian|an|ean|i|ese)\b", context.source))


def _resolve_joint(conjuncts, at, context):
    """“The European Union and NATO voiced …”: joint speakers, each the person the text names as
    speaking for it where it names one; abstain unless both are somebody."""
    resolved = [resolve_phrase(c, at, context) for c in conjuncts]
    if not all(resolved):
        return []
    speakers = []
    for speaker in resolved:
        voice = _voice_of(speaker.name, context) if speaker.kind == "organisation" else None
        speakers.append(_from_event(voice, "role") if voice else replace(speaker, basis="joint"))
    return speakers


# Ranks below an office: “the Governor” is not the Deputy Governor.
RANKS_BELOW = {"deputy", "vice", "assistant"}
# Which side of politics a role says (“the opposition leader”): the person must be said to be of it.
SIDES = {"opposition", "ruling", "governing", "pro-government"}
NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "both": 2}


def _the_number_named(phrase, at, context):
    """“the three deputy ministers”, “the two foreign ministers”: as many people of that office, each named —
    the last so many before, else, in a lede that sums up before it names them, the first so many after."""
    m = re.fullmatch(
        r"(?i:the)\s+(?:(two|three|four|five|both)\s+)?((?:[\w\-]+\s+){0,2}?)([a-z][\w\-]*s)"
        # (“the special envoys of the two countries”, “the envoys”: as many as the text names, two or more)
        r"(?:\s+of\s+the\s+(two|three)\s+(?:countries|sides|states|nations|governments))?",
        phrase,
    )
    if not m:
        return []
    head = re.sub(r"ies$", "y", m.group(3)).removesuffix("s")
    if not head_in(head, context.lx.office_heads):
        return []
    number = m.group(1) or m.group(4)
    if not number and head_in(head, context.lx.unnamed_heads):
        return []  # (“the officials said”, “the sources said”: of many, whom the text leaves open)
    wanted = {head, *m.group(2).lower().split()}
    count = NUMBERS[number.lower()] if number else None
    enough = count or 3  # (without a number, a third holder found is enough to know the words do not say which)
    seen = {}

    def holds(name):  # every role the text gives the person, read once per name
        if name not in seen:
            roles = " ".join(context.roles_of(name, len(context.source)))
            seen[name] = wanted <= set(re.findall(r"[\w\-]+", roles.lower()))
        return seen[name]

    def holders(events):
        people = {}
        for e in events:
            if e.name and e.name not in people and (holds(e.name) or wanted <= set(e.role.lower().split())):
                people[e.name] = e
                if len(people) == enough:
                    break
        return people

    before, after = context.split(at, "person")
    people = holders(reversed(before))
    if len(people) < (count or 2):
        # (the first so many after, with those named before: “Turkish Defence Minister X, who hosted the meeting, …
        # the ministers said …”, the other two named below)
        people = holders(chain(reversed(before), after)) if people and count is None else holders(after)
    if len(people) < (count or 2) and (count or 2) == 2:
        pair = _given_the_office_together(m.group(3), at, context)
        if pair:
            return [_from_event(e, "joint") for e in pair]
    if len(people) < (count or 2) or (count is None and len(people) != 2):
        return []  # (“the ministers”, more than two named: which of them the words do not say)
    chosen = sorted(list(people.values())[: count or 2], key=lambda e: e.at)
    return [_from_event(e, "joint") for e in chosen]


def _given_the_office_together(plural, at, context):
    """The two people a plural office is given to where the text names them right after it (“the two
    countries' special envoys for the normalization process, Ambassador X of Türkiye and Armenian Deputy
    Speaker Y”), the last such before `at`; or None."""
    for office in reversed(
        list(re.finditer(rf"\b{re.escape(plural)}\b[^.;:“”\"«»\x00]{{0,80}}?,\s+", context.source[:at]))
    ):
        pair = _named_together_after(office.end() - 1, context, reach=200)
        if pair and pair[0].at - office.end() < 5:
            return pair
    return None


# The words before a name that make it somebody else's complement: “the lawyers of A”, “a letter to B”.
COMPLEMENT_OPENINGS = ("of", "for", "to", "by", "with", "and")
SOMEBODY_ELSES = re.compile(rf"\b(?:{'|'.join(COMPLEMENT_OPENINGS)})\s+(?:the\s+)?$")


def _somebody_elses(before, context):
    """The name after `before` is somebody else's complement, past their titles and callings: “a spokesman for
    President …”, “Relatives of jailed journalist …”."""
    words = before.split()
    while words and (
        words[-1] in context.lx.titles if words[-1][:1].isupper() else words[-1] not in {"the", *COMPLEMENT_OPENINGS}
    ):
        words.pop()
    return bool(SOMEBODY_ELSES.search(" ".join(words) + " "))


def resolve_speakers(phrase, at, context):
    """Every speaker the phrase a cue names stands for: one, several who spoke together, or none."""
    phrase = " ".join(phrase.split()).strip(" ,")
    phrase = PARTY_AND_STATE.sub("", phrase)  # (“Daniel Hovsepian (D-Calif.)”: no part of the name)
    part = re.match(
        rf"(?:the\s+)?(?:[{LOWER}]+\s+)?(?:part|text|section|paragraph|passage|wording|extract|excerpt)\s+of\s+"
        rf"(?=(?:the|its|their)\s+(?:[{LOWER}]+\s+)?(?:{context.grammar.DOCUMENT})\b)",
        phrase,
        re.IGNORECASE,
    )
    if part:  # “the operative part of the decision”: the decision's
        phrase, at = phrase[part.end() :], at + part.end()
    placed = re.fullmatch(
        rf"((?:the|a|an)\s+(?:[\w\-]+\s+){{0,3}}?(?:{context.grammar.DOCUMENT}))\s+(?:{context.grammar.ISSUED})\s+"
        # (a place of no name: not “posted on the Foreign Ministry's website”, whose body the name tells)
        rf"(?:on|in|at)\s+(?:the\s+|an?\s+)?(?:[{LOWER}][\w\-]*\s*)+",
        phrase,
    )
    if placed:  # “the Government resolution published on the legal information portal”: the resolution's issuer
        phrase = placed.group(1)
    others = re.search(rf",?\s+and\s+(?:\d+|[{LOWER}]+)\s+other\s+[{LOWER}]+$", phrase)
    if others:
        # “the Yerevan Press Club, the Committee …, the Media Initiatives Center and eight other organisations said”:
        # those the text names (the list may open before the phrase the cue read, at its last comma)
        item = rf"(?:the\s+)?{CAP}(?:\s+(?:(?:of|the|for|to|on|in)\s+)*{CAP})*"
        opened = re.search(rf"((?:{item},\s+)+)$", context.source[max(0, at - 240) : at])
        before = opened.group(1) if opened else ""
        day = re.match(r"(\w+),\s+", before)
        if day and day.group(1) in context.lx.calendar:
            before = before[day.end() :]  # (not “issued on Tuesday, …”)
        listed = before + phrase[: others.start()]
        if "," in listed:
            last = listed.rfind(",")
            phrase, at = f"{listed[:last]} and{listed[last + 1 :]}", at - len(before)
    described = re.match(rf"{DESCRIBED}\s+(?=[{UPPER}])", phrase)
    if described:  # “State-owned Bulgargaz”: the body, by its name
        phrase, at = phrase[described.end() :], at + described.end()
    found = (
        _described_after_a_name(phrase, at, context)
        or _name_then_office(phrase, at, context)
        or _body_named_with_a_list(phrase, at, context)
    )
    if found:
        return found
    found = _the_number_named(phrase, at, context)
    if found:
        return found
    heads = re.match(r"(?:[Tt]he\s+)?(?:heads|leaders|chiefs|representatives|delegations)\s+of\s+(?=.*\band\s)", phrase)
    if heads:  # “the heads of Kazakhstan Temir Zholy, Azerbaijan Railways and Georgian Railway”: the bodies, for each
        bodies = resolve_speakers(phrase[heads.end() :], at + heads.end(), context)
        if len(bodies) > 1 and all(b.kind == "organisation" and not _country(b.name, context) for b in bodies):
            return bodies  # (not “The leaders of Armenia and Azerbaijan”: people, not the countries)
    each = context.grammar.bodies_of_each(phrase)
    if each:  # “The Embassies of the United States and the United Kingdom in Georgia said in a joint statement”
        return [_speaker(name, "organisation", basis="joint") for name in each]
    if "," in phrase or " and " in phrase:
        # An organisation named just so, commas and “and” in its name (“State Commission on Prisoners of
        # War, Hostages and Missing Persons”): that one body, not a list
        # (“The state-run Georgian Oil and Gas Corporation”: what kind of body it is, no part of its name)
        bare = re.sub(rf"{ACRONYM_AFTER.pattern}$", "", re.sub(rf"^(?:[Tt]he\s+)?(?:[{LOWER}][\w\-]*\s+)*", "", phrase))
        named = context.last(at + len(phrase) + 1, "organisation", lambda e: e.name == bare)
        if named is not None:
            return [_from_event(named, "name")]
    found = _two_named_after_what_they_are(phrase, at, context) or _two_each_described(phrase, at, context)
    if found:
        return found
    firm = re.fullmatch(
        rf"(?i:{alternation(context.lx.firm_voices)})\s+(?:at|of|from)\s+(?:the\s+)?({NAME_RUN})", phrase
    )
    if firm and context.names.classify(firm.group(1).split()).kind != "place":
        # “analysts at Caspian Research wrote in a note to clients”: the firm's research, the firm's words
        return [_speaker(firm.group(1), "organisation", basis="role")]
    issued = re.match(
        rf"^(?:the|a|an)\s+(?:joint\s+|bipartisan\s+|open\s+)?(?:press\s+)?(?:{context.grammar.DOCUMENT})(?:\s+of\s+understanding)?,?\s+"
        rf"(?:{context.grammar.ISSUED})"
        # (where and when: “signed by the two ministries in Tashkent on May 21”)
        # (not a vote's count: “adopted by 78 votes to 41”)
        rf"\b[^,]*?\s+by\s+(?!\d[\d,.]*\s+[{LOWER}])(.+?)(?:\s+in\s+[{UPPER}][\w\-]+)?"
        rf"(?:\s+on\s+(?:[{UPPER}][{LOWER}]+\s+\d{{1,2}}|\d{{1,2}}\s+[{UPPER}][{LOWER}]+|[{UPPER}][{LOWER}]+day))?(?:{OCCASION})?$",
        phrase,
        re.IGNORECASE,
    )
    if issued:  # “The joint declaration adopted at the meeting by the ministry and the Commission states”
        listed = _named_in_a_list(at + issued.start(1), at + issued.end(1), context)
        if listed:
            # (“the joint declaration signed by Kalkan, Azerbaijan's Energy Minister Rashad Aliyev and Turkmenistan's
            # Deputy Prime Minister Batyr Orazov”: each of them)
            return [_from_event(e, "joint") for e in listed]
        issuers = resolve_speakers(issued.group(1), at, context)
        if issuers:
            return [replace(s, basis="joint" if len(issuers) > 1 else "statement") for s in issuers]
    issuers = context.paragraph_document
    if phrase.lower() == "it" and len(issuers) > 1 and not _named_since(context.document_end, at, issuers, context):
        # “…,” the joint statement read. ¶ “…,” it added.: all who issued it (unless the text has named somebody
        # else since: “The European Union welcomed the agreement. “…,” it said.”)
        return [replace(s, basis="pronoun", why="", actor=None, actor_reason="") for s in issuers]
    found = _the_joint_document_just_named(phrase, at, context)
    if found:
        return found
    # (people listed each after an office of their own, before one of them is read as the phrase's titled person:
    # “Velna's Foreign Minister A, Tarsk's Foreign Minister B and Grenmark's Foreign Minister C”)
    listed = _each_an_office_and_a_name(phrase, at, context) if " and " in phrase else None
    if listed:
        return listed
    named = _titled_person(phrase, at, context)
    if named is not None:
        return [named]
    together = resolve_together(phrase, at, context)
    if together is not None:
        return together
    if re.fullmatch(
        rf"(?:the|this|that)\s+(?:(?:joint|press|final|written|official)\s+){{0,2}}(?:{context.grammar.DOCUMENT})",
        phrase,
        re.IGNORECASE,
    ) or re.fullmatch(
        # (“said a joint statement issued after the meeting in Kars”)
        rf"an?\s+joint\s+(?:{context.grammar.DOCUMENT})(?:\s+(?:{context.grammar.ISSUED})\b[^,]*)?",
        phrase,
        re.IGNORECASE,
    ):
        # (“A and B signed a joint statement, which reads:”: the statement named there, by its issuers)
        # “the statement said” after a joint statement: all who issued it (or the one this phrase opens)
        document = context.last_document(at + len(phrase) + 1, _kind_of_document(phrase, context.lx, last=True))
        issuers = document_issuers(document, context) if document else []
        if len(issuers) > 1:
            return [replace(s, basis="joint", why="", actor=None, actor_reason="") for s in issuers]
        # (only where the text says nobody issued a statement: not “The G7 foreign ministers issued a joint statement”)
        # (or, in a lede that names nobody yet, the two named together first below it)
        joint = document is None and re.search(r"\bjoint\b", phrase, re.I)
        pair = (_named_together(at, context) or _named_together_after(at, context)) if joint else None
        if pair:
            # “the joint statement said”, none named with its issuers: the two people the text last named together
            # (“The meeting between Türkiye's Special Envoy X and Armenia's Special Envoy Y took place …”)
            return [_from_event(e, "joint") for e in pair]
        if re.search(r"\bjoint\b", phrase, re.I):  # (a “joint” statement of one issuer is no joint one)
            # or the bodies named together just before (“ADY and Turkish State Railways held a meeting … A joint
            # statement was adopted following the meeting.”)
            bodies = _bodies_named_together("body", at, context) or []
            near = context.source[max(0, at - JOINT_REACH) : at]
            # (as printed, or one of each country's named together: “the Russian and Iranian foreign ministries”)
            if len(bodies) >= 2 and all(
                b.name in near or (b.basis == "joint" and b.name.split()[0] in near) for b in bodies
            ):
                return bodies
    found = _the_person_of_an_age(phrase, at, context)
    if found:
        return found
    if issued and re.match(r"(?:the\s+)?(?:two|three|four|both|several)\s", issued.group(1), re.IGNORECASE):
        return []  # “issued by the two commissions”, whom the text does not name together: never one of them
    found = resolve_phrase(phrase, at, context)
    return [found] if found else []


def _the_person_of_an_age(phrase, at, context):
    """“the 36-year-old told AFP”, “the 58-year-old farmer said”: the person named last before, whom the text
    now describes by age; [the person], or None."""
    if not re.fullmatch(rf"{THE_AGED}(?:\s+[{LOWER}][\w\-]*)?", phrase):
        return None
    found = context.last(at, "person", lambda e: bool(e.name) and not _a_group(e, context.lx))
    return [_from_event(found, "role", context)] if found else None


# A body's name whose complement ends in a list: “the State Commission on Prisoners of War, Hostages and
# Missing Persons”, up to the list (BODY_WITH_COMPLEMENT) and the list (NAME_LIST).
BODY_WITH_COMPLEMENT = (
    rf"(?:[Tt]he\s+)?(?:[{UPPER}][\w\-]*\s+){{0,3}}(?:Commission|Committee|Council|Ministry|Agency|Service|Office|"
    rf"Department|Centre|Center|Institute|Association|Union|Foundation)\s+(?:on|for|of)\s+(?:the\s+)?[{UPPER}][\w\-]*"
    rf"(?:\s+(?:of\s+)?[{UPPER}][\w\-]*)*,\s+"
)
NAME_LIST = (
    rf"(?:[{UPPER}][\w\-]*\s+)*[{UPPER}][\w\-]*(?:,\s+(?:[{UPPER}][\w\-]*\s+)*[{UPPER}][\w\-]*)*"
    rf",?\s+and\s+(?:[{UPPER}][\w\-]*\s*)+"
)


def _described_after_a_name(phrase, at, context):
    """A description set off after a name is that person's, whatever lists it holds (“Mamuka Beridze, the
    chair of the Parliament's Education, Science and Youth Committee, said”): [the person], or None."""
    if not re.match(r"(?:the|a|an|his|her|its|their)\s", phrase):
        return None
    if PARENT.match(phrase):
        # “The Kestra Railways company, a subsidiary of Tarsk Holding, said”: the body named before, not its parent
        body = context.last(at, "organisation")
        return [_from_event(body, "name")] if body is not None else None
    last = re.split(r"\s+(?:of|for|at|in|to)\s+|,", phrase)[0].split()[-1].lower()  # (its head, not its complement's)
    if head_in(last, context.lx.organisation_heads) and not head_in(last, context.lx.person_heads):
        return None  # “…, signed by deputy director X, the company stated”: a body, no description of a person
    named = _named_just_before(at, context)
    return [replace(_from_event(named, "name"), role=named.role or phrase)] if named is not None else None


def _name_then_office(phrase, at, context):
    """A person's name, then their office of a body whose name holds lists (“Tornike Abuladze, Chairman of the
    Parliamentary Committee on Human Rights and Civil Integration”): [the person], or None."""
    described = re.fullmatch(
        rf"({NAME_RUN}),\s+(?:the\s+)?((?:[\w\-]+\s+){{0,2}}?[\w\-]+)\s+(?:of|for|at)\s+.+", phrase
    )
    if not described or not head_in(described.group(2).split()[-1].lower(), context.lx.person_heads):
        return None
    person = resolve_phrase(described.group(1), at, context)
    if person is None or person.kind != "person":
        return None
    return [replace(person, role=person.role or phrase[described.end(1) :].strip(" ,"))]


def _body_named_with_a_list(phrase, at, context):
    """“the State Commission on Prisoners of War, Hostages and Missing Persons”: one body, whether the cue
    read its name whole or from its last comma; [the body], or None."""
    whole = re.fullmatch(BODY_WITH_COMPLEMENT + NAME_LIST, phrase)
    opened = None if whole else re.search(rf"({BODY_WITH_COMPLEMENT})$", context.source[max(0, at - 160) : at])
    if whole or (opened and re.fullmatch(NAME_LIST, phrase)):
        name = (opened.group(1) if opened else "") + phrase
        return [_speaker(re.sub(r"^[Tt]he\s+", "", name), "organisation")]
    return None


def _two_named_after_what_they_are(phrase, at, context):
    """“The two ministers, Ararat Mirzoyan and Jeyhun Bayramov,”: the two people named, each as named;
    None unless both names are people's (“the foreign ministries of Estonia, Latvia and Lithuania”)."""
    described = re.fullmatch(
        rf"(?:[Tt]he|[Bb]oth)\s+[^,]*?[{LOWER}]s\b[^,]*,\s+({NAME_RUN})\s+and\s+({NAME_RUN})", phrase
    )
    if not described or not all(context.names.classify(n.split()).kind == "person" for n in described.groups()):
        return None
    both = [resolve_phrase(name, at + phrase.find(name), context) for name in described.groups()]
    return (
        [replace(s, basis="joint") for s in both] if all(s is not None and s.kind == "person" for s in both) else None
    )


def _two_each_described(phrase, at, context):
    """“Türkiye's special envoy, Ambassador Kerem Aksoy and Armenia's special envoy, Vahan Khachikyan”: two
    people, each named after a description of their own; None unless both names are people's."""
    described = re.fullmatch(rf"([^,]+),\s+({NAME_RUN})\s+and\s+([^,]+),\s+({NAME_RUN})", phrase)
    if not described:
        return None
    both = []
    for role, name in (described.group(1, 2), described.group(3, 4)):
        if context.names.classify(name.split()).kind != "person":
            return None
        found = resolve_phrase(name, at + phrase.find(name), context)
        if found is None or found.kind != "person":
            return None
        both.append(replace(found, basis="joint", role=found.role or role))
    return both


def _the_joint_document_just_named(phrase, at, context):
    """“A and B issued a joint statement after the talks. “…,” it reads.”: “it” is the statement just named,
    all of its issuers, unless somebody else is named since; None otherwise."""
    document = context.last_document(at) if phrase.lower() == "it" else None
    if document is None or at - document.at >= SENTENCE_REACH:
        return None
    issuers = document_issuers(document, context)
    theirs = {s.name for s in issuers}
    since = takewhile(lambda e: e.at > document.at + len(document.issuer or ""), context.before(at))
    if len(issuers) < 2 or any(e.name and e.kind in ("person", "organisation") and e.name not in theirs for e in since):
        return None
    return [replace(s, basis="joint", why="", actor=None, actor_reason="") for s in issuers]


def _surname(name, role, at, context, sentence_start=False):
    """A person named by surname is the one named in full before; a lone plural opening a sentence
    (“Analysts”, “Residents”) names nobody."""
    surname = possessive(name.split()[-1])
    full = context.last_with_surname(at, surname)
    if full and len(name.split()) == 1:
        return _speaker(full.name, "person", role or full.role, "surname")
    if len(name.split()) == 1 and sentence_start and name.endswith("s") and not role:
        return None
    if len(name.split()) == 1 and name.endswith(("ans", "ians")) and not role:
        return None  # a nationality: “Armenians”
    return _speaker(name, "person", role or context.role_of(name, at))


def _document_issuer(document, context):
    if document.resolved is not None:
        return document.resolved
    if document.several:
        return document.several[0]
    return resolve_phrase(document.issuer, document.at, context)


def _named_in_a_list(start, end, context, kinds=("person",)):
    """Those of `kinds` a list from `start` to `end` names, two or more, each once (“Kalkan, Azerbaijan's Energy
    Minister Rashad Aliyev and Turkmenistan's Deputy Prime Minister Batyr Orazov”); None for no such list."""
    if not re.search(r",|\band\b", context.source[start:end]):
        return None
    named, spans = [], []  # (and where each was printed)
    for printed, event in context.named_within(start, end, kinds):
        if "person" not in kinds and not start <= printed < end:
            continue  # (a body as printed there, not one a speaker was named from: “The Embassies of A and B”)
        if event.name.isupper() and (
            context.source[event.at - 1 : event.at] == "(" or any(_abbreviated_in(event.name, e.name) for e in named)
        ):
            continue  # “Kyrgyz Rail Lines (KRL)”: the acronym of a body already listed
        owner = re.match(
            rf"((?:[{UPPER}][\w\-]*\s+){{0,3}}[{UPPER}][\w\-]*)[’']s\s", context.source[event.at : event.at + 80]
        )
        if owner and context.last_with_surname(event.at, owner.group(1).split()[-1]):
            continue  # “Gogoladze's lawyer, Mariam Tsulukidze, wrote …”: whose lawyer, not a second issuer
        office = re.match(
            rf"(?:[{UPPER}][\w\-]*\s+){{0,3}}[{UPPER}][\w\-]*[’']s\s+(?:[{LOWER}][\w\-]*\s+){{0,2}}([{LOWER}][\w\-]*),\s",
            context.source[event.at : event.at + 80],
        )
        if office and head_in(office.group(1), context.lx.person_heads):
            continue  # “The Yerevan Metro’s director, Armen Khachatryan, said”: whose director, not a second issuer
        if any(at < printed < at + len(e.name) for at, e in spans):
            continue  # (a body a longer name listed holds: “the Velnian delegation to the Kestria Assembly”)
        spans.append((printed, event))
        if event.name not in {e.name for e in named}:
            named.append(event)
    return named if len(named) >= 2 else None


def document_issuers(document, context):
    """Everyone who issued `document`: one, or several for a joint statement."""
    if document.several:
        return list(document.several)
    if document.resolved is not None:
        return [document.resolved]
    # (signed by people named with their offices, in a list: “signed … by Türkiye's Transport Minister A,
    # Azerbaijan's Minister of Digital Development B and Georgia's Economy Minister C”: each of them)
    # (not in a relative clause of the issuer's: “X, who was unable to travel to Los Angeles, sent a letter”)
    issuer = re.split(r",\s+(?:who|which|whose)\b", document.issuer or "")[0]
    # (where the issuer is printed: a document found by its name holds its place, not its issuer's)
    start = max(document.at, context.source.find(issuer, document.at, document.at + 400)) if issuer else document.at
    end = start + len(issuer)
    listed = _named_in_a_list(start, end, context)
    if listed:
        return [_from_event(e, "joint") for e in listed]
    issuers = resolve_speakers(document.issuer, document.at, context)
    bodies = _named_in_a_list(start, end, context, kinds=("organisation",)) if len(issuers) > 1 else None
    if bodies and len(bodies) > len(issuers):
        # (“a joint press release of the Prosecutor General's Office, the Ministry of Internal Affairs and ANAMA”: each
        # body the list names, an acronym after the last “and” too)
        return [_from_event(e, "joint") for e in bodies]
    return issuers


def _resolve_role(phrase, words, at, context):
    lx = context.lx
    low = [w.lower() for w in words]
    complement = re.search(r"\b(?:from|for|of|at|by|in|close to|familiar with)\s+(the\s+)?(.+)$", phrase)
    # (“the consultancy Fieldgate”; not “the delegation to the Euronest Parliamentary Assembly”, a body's part)
    named = re.search(
        rf"\s(?!(?:the|of|to|in|on|at|for|from|by|with|near|and)\s)[{LOWER}][\w\-]*\s([{UPPER}][\w’'.\-]*(?:\s+[{UPPER}][\w’'.\-]*)*)$",
        phrase,
    )
    preposition = named and re.search(
        rf"\s(in|on|to|with|near|of|for|at|from|by)\s[{UPPER}][\w’'.\-]*(?:\s+[{UPPER}][\w’'.\-]*)*$", phrase
    )
    if named and all(w in lx.titles for w in named.group(1).split()):
        named = None  # “an opposition MP”, “a senior MP”: a title, not a name
    if named and not preposition and not complement and words[0].lower() in {"the", "a", "an"} and len(words) > 2:
        # “the consultancy Fieldgate”: the name that ends the phrase
        return _speaker(named.group(1), "organisation")
    core = phrase[: complement.start()] if complement else phrase
    core_words = [w.lower() for w in re.findall(r"[\w’'\-.]+", core)]
    all_heads = lx.organisation_heads | lx.person_heads | lx.document_heads
    heads = [w for w in core_words if head_in(w, all_heads)]
    head = heads[-1] if heads else low[-1]
    if head_in(head, lx.document_heads):
        return _resolve_document(phrase, words, core_words, complement, at, context)
    if head_in(head, lx.person_heads):
        return _resolve_person_role(phrase, words, low, head, complement, at, context)
    if head_in(head, lx.organisation_heads):
        if words[0].lower() in {"its", "their"} and len(words) > 2:
            # “Serevia gave a different account. Its defence ministry said …”: the ministry of the
            # country or body named last, not the last ministry named
            owner = next(
                (
                    e.name
                    for e in context.before(at)
                    if e.kind in ("organisation", "name") and e.name and head not in e.name.lower()
                ),
                "",
            )
            if owner and (owner in context.lx.countries or _country(owner, context)):
                return _speaker(f"{owner}'s {' '.join(words[1:])}", "organisation", basis="role")
        if complement and complement.group(2).split()[-1] in lx.place_levels and " " in complement.group(2):
            # “the akimat of Mangystau region”: the body of a place, by its place, not the place
            return _speaker(re.sub(r"^(?:[Tt]he)\s+", "", phrase), "organisation")
        if complement and complement.group(2)[:1].isupper() and not re.search(rf"\s[{UPPER}]", core.strip()):
            # (not “The Permanent Mission of Russia to the EU”: a body's name, capitalised, all of it)
            inner = resolve_phrase(complement.group(2), at, context)
            if inner and inner.kind == "organisation":
                return replace(inner, basis="name")  # “the observation mission of the Organisation for …”
        if re.match(rf"(?:the\s+)?[{UPPER}][\w\-. ]*[’']s\s", core, re.IGNORECASE) and re.search(
            rf"[{UPPER}][\w\-]*[’']s\s", core
        ):
            return _speaker(" ".join(words[1:]), "organisation")  # “the European Union's delegation in Morvania”
        # (or the body the text introduced as such: “the civic movement “Tbilisi for People”” … “the movement”)
        # (an abbreviation before the head is part of a name: “The EU Delegation to Georgia” is no “European
        # Parliament's delegation”)
        proper = [w for w in re.findall(r"[\w’'\-]+", core)[:-1] if len(w) > 1 and w.isupper()]

        def named_so(e):
            # (the abbreviation of the body itself, not of where it is posted: “The EU Delegation to Georgia” is not
            # “the European Parliament's delegation to the EU-Georgia … Committee”)
            own = re.split(r"\s+(?:to|in)\s+", e.name)[0]
            return (org_matches(core, e.name, lx) and all(_abbreviated_in(w, own) for w in proper)) or (
                len(words) == 2 and e.role.lower() == head
            )

        # (“the Council's decision”: the body named in full before, not “Council” as printed there)
        # (a state's government by its country's name below, never “government” as a phrase of no name left it)
        found = context.last(at, "organisation", lambda e: named_so(e) and e.name.lower() != head) or context.last(
            at, "organisation", lambda e: named_so(e) and (e.name[:1].isupper() or head not in STATE_HEADS)
        )
        if found is None and head in lx.organisation_nicknames and words[0].lower() == "the":
            # “the bloc” is the EU, “the alliance” NATO, when the text has named them
            nickname = lx.organisation_nicknames[head]
            found = context.last(at, "organisation", lambda e: bool(re.search(nickname, e.name)))
        if (
            found is None
            and head in lx.generic_organisations
            and words[0].lower() == "the"
            and (head not in lx.bare_generic_organisations or len(words) == 2)
            # (not a body that the phrase names: “The Golos election watchdog said” is Golos, whatever was named last;
            # but “The London-based company”, “The Soviet-era company”, “The UN agency” only describe the one named)
            and not _names_its_own_body(words[1:-1], context)
        ):
            # “the company”: the organisation named last, not the outlet a person talked to (“told AFP”), nor,
            # for a business, a state body (“the Prosecutor General's Office”)
            business = head in {"company", "firm", "operator", "airline", "carrier", "lender"}
            found = context.last(
                at,
                "organisation",
                lambda e: (
                    not re.search(
                        r"\b(?:told|tells|telling|showing|showed|shows)\s+$", context.source[max(0, e.at - 10) : e.at]
                    )
                    and not (business and STATE_BODY.search(e.name))
                    # (nor a state body by its acronym: “the Public Services Regulatory Commission (PSRC)”)
                    and not (
                        business
                        and context.source[e.at - 1 : e.at] == "("
                        and STATE_BODY.search(context.source[max(0, e.at - 80) : e.at])
                    )
                    # (nor an outlet that saw a document: “In the letter, seen by Reuters, the company said”)
                    and not context.grammar.is_media(e.name)
                    # (nor the parent an appositive names: “South Caucasus Railway, a subsidiary of Russian
                    # Railways. The company said”)
                    and ("parent" in core.lower() or not PARENT_BEFORE.search(context.source[max(0, e.at - 60) : e.at]))
                ),
            )
        if found is None and words[0].lower() == "the" and len(words) == 2:
            # “The European Union's delegation in Tbilisi said …” then “the delegation wrote”: the body's, as named
            owned = list(
                re.finditer(
                    rf"\b([{UPPER}][\w\-]*(?:\s+[{UPPER}][\w\-]*)*)[’']s\s+{re.escape(head)}(\s+(?:in|to)\s+[{UPPER}][\w\-]*)?",
                    context.source[max(0, at - 1500) : at],
                )
            )
            if owned:
                return _speaker(re.sub(r"^The\s+", "", owned[-1].group(0)), "organisation", basis="role")
            # “The civic initiative Almaty Smog, which …” then “the initiative wrote”: the body introduced as such
            # (“the popular Telegram channel Ovozi Mardum”: a platform's name between)
            introduced = re.findall(
                rf"\b[Tt]he\s+(?:[{LOWER}][\w\-]*\s+)?(?:[{UPPER}][\w\-]*\s+)?{re.escape(head)}\s+({NAME_RUN})",
                context.source[max(0, at - 1500) : at],
            )
            body = introduced and context.last(at, "organisation", lambda e: e.name == introduced[-1])
            if body:
                return _from_event(body, "role")
            # “the Mangystau regional akimat announced …” then “the akimat said”: the place's body, as described
            described = list(
                re.finditer(
                    rf"\b(?!(?:The|A|An|This|Its)\b)([{UPPER}][\w\-]*(?:\s+[{UPPER}][\w\-]*)*\s+"
                    rf"(?:(?:{alternation(lx.administrative_levels)})\s+){{1,2}}{re.escape(head)})\b",
                    context.source[max(0, at - 1500) : at],
                )
            )
            if described:
                return _speaker(described[-1].group(1), "organisation", basis="role")
        if found is None and words[0].lower() == "the" and len(words) == 2:
            sent = _sent_by(head, at, context)
            if sent is not None:
                return sent
        if found is None and head_in(head, {"ministry"}) and words[0].lower() == "the":
            found = _ministry_of_minister(core, at, context)
            if found is not None:
                return found
        if found:
            return _from_event(found, "role")
        if head in STATE_HEADS and words[0].lower() == "the" and len(words) == 2:
            # “the government”, “the presidency”, none named: the country's the text is about
            country = _country_of_the_text(at, context)
            body = "Presidency" if head == "presidency" else "Government"
            return _speaker(f"{body} of {country}" if country else head, "organisation", basis="role")
        if words[0].lower() in {"a", "an"}:
            named = _named_ahead(phrase, at, context)
            if named is not None:
                return named
            if (
                len(words) >= 3
                and all(w[:1].islower() and not head_in(w, lx.person_heads) for w in words[1:])
                and not complement
            ):
                # “A peacekeeping mission deployed in the area said”: the body as the text describes it
                return _speaker(" ".join(words[1:]), "organisation", basis="role")
        if any(w[:1].isupper() for w in words[1:]):  # “the Azerbaijani side”: a name as printed
            named = words[1:]
            while named[0][:1].islower():
                named = named[1:]  # “the main opposition Hayastan alliance”: from its name on
            return _speaker(" ".join(named), "organisation")
        if words[0].lower() == "the" and len(words) >= 3 and not head_in(words[1], {"ministry"}):
            rest = (
                words[2:]
                if re.search(r"[’']s?$", words[1]) and words[1][:1].islower() and len(words) > 3
                else words[1:]
            )
            return _speaker(" ".join(rest), "organisation")  # “the weather service”; “the country's interior ministry”
        return None
    return None


# What “the government” may be: a state's, by the country the text is about (_country_of_the_text).
STATE_HEADS = {"government", "authorities", "cabinet", "presidency"}
COURT_REACH = 1500  # characters: how far back a court's decision looks for the court
SAME_SENTENCE = 250  # characters: how far back “a statement, which reads” looks for who issued it


def _resolve_document(phrase, words, core_words, complement, at, context):
    lx, names = context.lx, context.names
    acronym = re.fullmatch(rf"(?:[Tt]he\s+)?([{UPPER}][{UPPER}\-]{{1,8}})\s+[{LOWER}]+", phrase)
    if acronym:
        # “the MGM warning said”, after “The Turkish State Meteorological Service (MGM)”: the body so abbreviated
        named = list(
            re.finditer(rf"([{UPPER}][^()\n.;:]{{3,90}}?)\s*\({re.escape(acronym.group(1))}\)", context.source[:at])
        )
        if named:
            inner = resolve_phrase(named[-1].group(1), named[-1].start(1), context)
            if inner is not None and inner.kind == "organisation":
                return replace(inner, basis="statement")
    possessor = re.match(r"^(?:[Tt]he\s+)?(.+?)(?:[’']s|(?<=s)[’'])\s", phrase)
    if possessor and re.search(r"\b(?:by|of|from|for)\s", possessor.group(1)):
        possessor = None  # “the indictment prepared by the X Prosecutor's Office”: a name's possessive, not the owner
    if possessor and possessor.group(1).lower() not in {"it", "its"}:
        inner = resolve_phrase("the " + possessor.group(1), at, context)
        if inner is None and possessor.group(1)[:1].isupper():
            inner = resolve_phrase(possessor.group(1), at, context)  # “The Russian peacekeepers' bulletin”
        if inner is None and re.search(
            r"\b(summit|meeting|conference|talks|council|congress|forum)$", possessor.group(1), re.I
        ):
            # “the summit's final declaration”: the gathering's document speaks for it
            return _speaker(
                " ".join(words[1:]) if words[0].lower() == "the" else phrase, "organisation", basis="statement"
            )
        return replace(inner, basis="statement") if inner else None
    if complement:
        inner = resolve_phrase(("the " if complement.group(1) else "") + complement.group(2), at, context)
        if inner:
            return replace(inner, basis="statement")
    issuer = next((w for w in core_words[1:-1] if head_in(w, lx.organisation_heads)), None)
    if issuer:  # “a ministry statement said”
        inner = resolve_phrase("the " + issuer, at, context)
        modifier = words[1:-1]
        if (
            inner is None
            and modifier
            and all(w[:1].isupper() for w in modifier)
            and names.classify(modifier).kind == "organisation"
        ):
            return _speaker(" ".join(modifier), "organisation", basis="statement")  # “the Kestrian MFA statement reads”
        return replace(inner, basis="statement") if inner else None
    first = words[0].lower()
    if first in {"a", "an"}:
        # “X issued a statement, which reads:”: the document its sentence says X issued
        document = context.last_document(at)
        if (
            document is not None
            and 0 <= at - document.at < SAME_SENTENCE
            and not re.search(rf"[.!?]\s+[{UPPER}]", context.source[document.at : at + 1])
            and head_in(words[-1].lower(), lx.document_heads)
        ):
            issuer = _document_issuer(document, context)
            if issuer is not None:
                return replace(issuer, basis="statement")
            if document.issuer:
                # (“the parties adopted a joint statement, which reads:” where the parties are no one the text
                # names: its issuers are those words, not whoever issues a document further down)
                return None
    if first in {"a", "an"} and head_in(words[-1].lower(), lx.document_issue):
        # A lede's “a new report has warned”, and below “The study, published by the Heritage Agency, …” (a joint one
        # only in its own sentence: “A joint statement published … by several organisations called”, never the
        # post of one person further down)
        ahead = next(
            (
                d
                for d in sorted(context.documents, key=lambda d: d.at)
                if at < d.at <= at + ISSUER_AHEAD
                and ("joint" not in core_words or d.at <= at + len(phrase) or _issued_together(d, context))
            ),
            None,
        )
        issuer = _document_issuer(ahead, context) if ahead else None
        return replace(issuer, basis="statement") if issuer else None
    if first in {"a", "an", "one"}:
        return None  # “read a message on the wall”: no one in particular
    if first in {"its", "their"}:
        found = context.last(at, "organisation")
        return _from_event(found, "statement") if found and found.name else None
    if first in {"his", "her"}:
        found = context.last(at, "person")
        return _from_event(found, "statement") if found and found.name else None
    if first == "the" and core_words[-1] in lx.court_documents:
        court = context.last(
            at,
            "organisation",
            lambda e: at - e.at < COURT_REACH and any(head_in(w, lx.court_heads) for w in e.name.lower().split()),
        )
        # “the decision states”: the court's, not the judge's named since; unless another body was named since
        # (“On Wednesday, the Cabinet of Ministers adopted a decision …”), other than in a complement (“The court
        # rejected … a separate appeal by the Prosecutor's Office”)
        since = (
            [e for e in takewhile(lambda e: e.at < at, context.after(court.at)) if e.kind == "organisation"]
            if court
            else []
        )
        if court is not None and all(
            e is court
            or re.search(r"\b(?:by|of|from|against|with|to)\s+(?:the\s+)?$", context.source[max(0, e.at - 20) : e.at])
            for e in since
        ):
            return _from_event(court, "statement")
    # (the document this very phrase opens counts: “The letter, led by Representatives A and B, describes …”)
    document = context.last_document(at + len(phrase) + 1, _kind_of_document(core_words[-1], lx))
    if document:  # “the statement said”: whoever issued the statement named last (“the post”: the post)
        issuer = _document_issuer(document, context)
        if issuer:
            return replace(issuer, basis="statement")
    if core_words[-1].lower() in lx.moved_documents:
        return None  # (a motion's mover is named as its issuer or not at all)
    # (never the outlet that reports it: “…, APA reports.”; nor the person named last for a document bodies make)
    candidates = (
        e
        for e in context.before(at)
        if e.kind in ("organisation", "person") and not (e.kind == "organisation" and context.grammar.is_media(e.name))
    )
    found = next(candidates, None)
    outer = next(candidates, None) if found is not None else None
    if outer is not None and outer.kind == "organisation" and 0 < found.at - outer.at < len(outer.name) + 4:
        found = outer  # (a name inside a longer one named there: “the Milli Majlis commission on …”)
    if found is not None and found.kind == "person" and _bodies_make(phrase, lx):
        return None
    return _from_event(found, "statement") if found else None


def _issued_together(document, context):
    """The document is said to be issued by several (“by the foreign ministries of A and B”), as a joint one is."""
    return len(document.several) > 1 or bool(re.search(rf"\band\b|[{LOWER}]s$", document.issuer))


def _bodies_make(phrase, lx):
    """“the protocol”, “the joint statement”, “the document”: what bodies sign or issue together, whose issuer is
    never merely the person named last before it (its signatory, or somebody quoted beside it)."""
    return "joint" in phrase.lower().split() or any(head_in(w, lx.bodies_documents) for w in phrase.lower().split())


PRESS_SERVICE_REACH = 400  # characters: how far back “the press service” of no body looks for the body named
JOINT_REACH = 700  # characters: how far back a joint statement nobody is said to have issued looks for its bodies


def _sent_by(head, at, context):
    """“The International Monetary Fund, whose staff concluded a mission to Yerevan, …” then “the mission
    said”: the body whose sentence introduced “a mission”, when the text named no mission."""
    start = max(0, at - 1500)
    window = context.source[start:at]
    # (sent on it: “whose staff concluded a mission”, “dispatched a mission”; not “demanded a committee”)
    introduced = list(
        re.finditer(
            r"\b(?:sent|dispatched|deployed|concluded|completed|led|wrapped up|ended)\s+"
            rf"(?:a|an)\s+(?:[\w\-]+\s+){{0,2}}?{re.escape(head)}\b",
            window,
            re.IGNORECASE,
        )
    )
    if not introduced:
        return None
    m = introduced[-1]
    stop = window.rfind(". ", 0, m.start())
    opens = max(stop + 2 if stop >= 0 else 0, window.rfind("\n", 0, m.start()) + 1)
    subject = context.grammar.np_at_start(window[opens : m.start()])
    inner = resolve_phrase(subject.text, start + opens, context) if subject else None
    return replace(inner, basis="role") if inner is not None and inner.kind == "organisation" else None


def _resolve_person_role(phrase, words, low, head, complement, at, context):
    lx, names = context.lx, context.names
    if words[0].lower() in {"a", "an", "one"}:
        # A spokesperson or representative speaks for their body; anybody else the text does not name
        # is a speaker of their own, described and unnamed (“a senior official of the ministry”).
        # A spokesperson the text does not name is recorded as such, of the body they speak for (“A
        # Commission spokesperson”, “a spokesperson for the Interior Ministry”): unnamed, never the body.
        speaks_for = re.fullmatch(r"spokes\w+|representative", head)
        body = None
        if speaks_for and complement and re.search(r"\b(for|of|at)\b", phrase):
            body = resolve_phrase(
                complement.group(2) if not complement.group(1) else "the " + complement.group(2), at, context
            )
        elif speaks_for and len(words) > 2 and low[-1] == head:
            modifier = " ".join(words[1:-1])
            if all(w[:1].isupper() for w in words[1:-1]):
                body = (
                    _named_body(modifier, at, context) if names.classify(words[1:-1]).kind == "organisation" else None
                )
            else:
                body = resolve_phrase("the " + modifier, at, context)  # “a mission spokesperson”
        unnamed = unnamed_speaker(phrase, context, at=at)
        if body is not None and body.kind == "organisation":
            return replace(unnamed, affiliation=body.name)
        return unnamed
    wanted = lx.role_synonyms.get(head, {head})
    if re.search(r"\bhead of (?:the )?state\b", phrase, re.I):
        wanted = {"president", "king", "queen", "emir", "monarch", "head"}  # “the head of state said”
    elif re.search(r"\bhead of (?:the )?government\b", phrase, re.I):
        wanted = {"prime", "premier", "chancellor"}
    elif re.search(r"\bhead of the (?:\w+\s+)?ministry\b", phrase, re.I):
        wanted = {"minister", "head"}  # “the head of the ministry said” of the minister named
    document_possessive = (
        len(words) > 2
        and re.fullmatch(rf"([{LOWER}]+)[’']s?", low[1])
        and head_in(re.sub(r"[’']s?$", "", low[1]), lx.document_heads)
    )
    if head in {"author", "authors"} and (words[0].lower() in {"its", "their"} or document_possessive):
        document = context.last_document(at)
        issuer = _document_issuer(document, context) if document else None
        return replace(issuer, basis="statement") if issuer else None  # “its authors”, “the report's authors”
    # (“the spokesperson said” of a press secretary or the head of a ministry's press service)
    press = re.fullmatch(r"spokes\w+", head) is not None

    def speaks_so(e):
        role = e.role.lower()
        if e.role and e.name:
            # (with the body printed before the office: “Russian Foreign Ministry spokeswoman X”, the diplomat)
            before = re.split(r"[.;,:!?]", context.source[max(0, e.at - 60) : e.at])[-1].lower()
            role = f"{before} {role}" if role in before else role
        return any(w in wanted for w in re.findall(r"[\w\-]+", role)) or (
            press and re.search(r"\bpress\s+(?:service|secretary|office|department)", role) is not None
        )

    found = context.last(at, "person", speaks_so)
    # “the Armenian minister said”, “the Azerbaijani official said”: the country's name and its demonyms
    nations = [lx.demonyms[w.capitalize()] for w in low if w.capitalize() in lx.demonyms]
    names_of = (
        {nations[0].lower()} | {d.lower() for d, c in lx.demonyms.items() if c == nations[0]} if nations else set()
    )
    title = [w for w in low[1:] if w in {t.lower() for t in lx.titles} and w not in {"of", "the", "for", "on", "to"}]
    if found and found.name:
        # Of those who hold the title (all its words: “deputy prime minister”), the one named last
        # (“the Governor said” is not the Deputy Governor, when the phrase does not say deputy)
        below = (
            None
            if set(low) & RANKS_BELOW
            else re.compile(rf"\b(?:{'|'.join(sorted(RANKS_BELOW))})[\s\-]+(?:\w+\s+)?{re.escape(head)}\b")
        )

        def holds(e):
            roles = " ".join(context.roles_of(e.name, at)).lower()
            role = set(re.findall(r"[\w\-]+", roles))
            if not (e.name and role & wanted and set(title) <= role | {head}):
                return False
            return below is None or not below.search(roles)

        found = context.last(at, "person", holds) or found
        # “the Armenian minister said”, two ministers named: the one whose role names Armenia
        if nations:

            def of_nation(e):
                role = " ".join(context.roles_of(e.name, at)).lower()
                return holds(e) and any(n in role for n in names_of)

            nation_found = context.last(at, "person", of_nation)
            if nation_found is None and context.countries_of(found.name) - {nations[0]}:
                # “the two countries' special envoys, Ambassador X of Türkiye and Armenian Deputy Speaker Y” …
                # “the Armenian envoy said”: not the envoy of another country, but the person of that one
                nation_found = context.last(
                    at,
                    "person",
                    # (among those named in the paragraphs just before: a long paste of names must not make each
                    # such phrase read every person's every mention)
                    lambda e: e.name and e.at > at - 2 * SENTENCE_REACH and nations[0] in context.countries_of(e.name),
                )
            found = nation_found or found
        # “the opposition leader stressed”: a leader of the opposition, never the electoral commission's chairman
        sides = [w for w in low[1:-1] if w in SIDES]
        if sides:

            def of_side(e):
                return bool(e.name) and any(w in context.said_around(e, at) for w in sides)

            found = context.last(at, "person", of_side)
    if found and not found.name:
        # “the Azerbaijani official said”, two officials described: the one described as Azerbaijani
        if nations:
            found = (
                context.last(
                    at,
                    "person",
                    lambda e: not e.name and speaks_so(e) and any(n in e.role.lower().split() for n in names_of),
                )
                or found
            )
        # “A State Department spokesperson, …, said” then “the spokesperson said”: whom they speak for
        if re.fullmatch(r"spokes\w+|representative", head):
            indefinite = re.match(r"(?:an?|one)\s", found.role, re.I)
            inner = resolve_phrase(found.role, found.at, context) if indefinite else None
            return replace(inner, basis="role") if inner and inner.unnamed else None
        return _from_event(found, "role", context)  # “the official said”: the official the text described
    if found:
        return _from_event(found, "role")
    if re.fullmatch(r"spokes\w+", head) and words[0].lower() in {"the", "its", "their"}:
        # “the ministry's spokesperson said” and nobody named as such: the body they speak for
        owner = re.match(r"^(?:the\s+)?(.+?)[’']s\s+spokes\w+$", phrase) or re.match(
            r"^the\s+(.+?)\s+spokes\w+$", phrase, re.I
        )  # “the ministry's spokesperson”; “the Azerbaijan's Defence Ministry spokesman”: the ministry's
        if owner and owner.group(1).lower() not in {"it", "its"}:
            inner = resolve_phrase(("" if owner.group(1)[:1].isupper() else "the ") + owner.group(1), at, context)
            if inner and inner.kind == "organisation":
                return replace(inner, basis="role")
        elif words[0].lower() in {"its", "their"}:
            found = context.last(at, "organisation")
            return _from_event(found, "role") if found and found.name else None
        return None
    if words[0].lower() == "the" and complement and not complement.group(1) and re.match(r"an?\s", complement.group(2)):
        # “the top manager of a large grain trading company told Kommersant”, “the owner of a café said”: of a body
        # the text does not name, somebody it does not name either
        return unnamed_speaker(phrase, context, at=at)
    speaker = context.paragraph_speaker
    if words[0].lower() == "the" and speaker is not None and speaker.kind == "person" and speaker.name:
        # “…,” Hajiyev stressed. … “…,” the presidential aide emphasized: a role nobody was given by
        # name is the person quoted just before
        return _from_event(speaker, "role")
    if words[0].lower() == "the" and not complement and head not in lx.office_heads:
        # “Nodar Javakhishvili tips a crate into a trailer.” then ““…,” the 67-year-old grower said”: a
        # description of the person the text named last, just before, who was given no other role
        last = context.last(at, "person", lambda e: bool(e.name))
        # (an outlet the person spoke to is no one the description could fit: “… said in an interview with APA”)
        nearer = context.last(at, "organisation", lambda e: bool(e.name) and not context.grammar.is_media(e.name))
        role = context.role_of(last.name, at).lower() if last is not None else ""
        described = {w for w in low[1:] if w.isalpha() and w != head}
        if (
            last is not None
            and at - last.at < DESCRIBED_WITHIN
            # given no other role, or one the description repeats (“a senior member of the opposition bloc” …
            # “the opposition figure”)
            and (not role or head in role.split() or described & set(re.findall(rf"[{LOWER}]+", role)))
            # and no organisation named since, but in the person's own role (“… of the opposition Mer Tun bloc”)
            and (nearer is None or nearer.at < last.at + len(last.name) + len(role) + 8)
        ):
            return _from_event(last, "role")
    if head in lx.unnamed_heads and words[0].lower() == "the" and not complement:
        return unnamed_speaker(phrase, context, at=at)  # “the doctor said, asking not to be named”
    return None


def affiliation_of(role, at, context):
    """The organisation a role names: “the EU’s foreign affairs spokesperson” → EU; “the ministry
    spokeswoman” → the last ministry."""
    if not role:
        return ""
    # (a body's name whole, whatever “for”, “on” or “and” it holds: “the Institute for Transport and Logistics Studies”)
    joiner = r"(?:(?:of|for|on)\s+the\s+|(?:of|for|on|and)\s+)"
    for run in re.findall(rf"[{UPPER}][\w’'.\-]*(?:\s+{joiner}?[{UPPER}][\w’'.\-]*)*", role):
        if run in context.lx.titles or run.split()[-1] in context.lx.titles:
            continue  # “MP”, “Energy Minister”: a title, not a body
        if re.search(r"\bMinister\s+of\s", run) or all(w in context.lx.portfolio_words for w in run.split()):
            continue  # “Azerbaijani Minister of Digital Development”, “Energy and …”: an office's, not a body
        found = context.names.classify([possessive(w) for w in run.split()])
        if found.kind == "organisation":
            return possessive(found.name)
    for word in re.findall(rf"[{LOWER}]+", role):
        if head_in(word, context.lx.organisation_heads):
            found = context.last(
                at, "organisation", lambda e, word=word: org_matches("the " + word, e.name, context.lx)
            )
            if found:
                return found.name
    return ""


# “its annual report published April 1”: a document of the organisation named last.
DOCUMENT_ITS = re.compile(
    r"\b(?:its|their)\s+(?:(?:annual|latest|new|final|quarterly|monthly|written|official|own)\s+)?"
    r"(?:statement|communiqu[eé]|press release|declaration|report|letter|study|review|audit|survey|assessment)\b"
)
# How far ahead (characters) a lede's “a new report has warned” may find who issued it.
ISSUER_AHEAD = 1200


def _documents(copy, layout, context):
    """The statements, reports and bulletins the text says somebody issued, with their issuers."""
    grammar, lx = context.grammar, context.lx
    for index, part in enumerate(copy.parts):
        if part.kind != "paragraph":
            continue
        raw = copy.source[part.start : part.end]
        masked = layout.paragraph(index).masked
        _posts(raw, part, index, layout, context)
        # (a lawmaker's party and state hold no sentence's end: “by Representatives A (D-Calif.) and B (R-Mich.)”)
        raw = PARTY_AND_STATE.sub(lambda m: m.group().replace(".", " "), raw)
        for m in grammar.DOCUMENT_OF.finditer(raw):
            if not layout.inside_quotation(part.start + m.start()):
                kind = _kind_of_document(m.group(0), lx)
                context.documents.append(Document(part.start + m.start(), m.group("issuer"), kind=kind))
        for m in re.finditer(rf"\b(?:[Tt]he|[Aa]n?)\s+([{LOWER}]{{4,}})\s+(?:{grammar.DOCUMENT})\b", raw):
            # “the inspection report” after “the Environmental Protection and Mining Inspection Body”: the report of the
            # body named before whose name holds its kind
            at = part.start + m.start()
            kind_word = m.group(1).capitalize()
            body = context.last(at, "organisation", lambda e, w=kind_word: _names_its_kind(e.name, w, lx))
            if body is not None and at - body.at < ISSUER_AHEAD and not layout.inside_quotation(at):
                context.documents.append(
                    Document(at, resolved=_from_event(body, "statement"), kind=_kind_of_document(m.group(0), lx))
                )
        for m in re.finditer(rf"\b(?:[Tt]he|[Aa]n?)\s+({NAME_RUN})\s+(?:{grammar.DOCUMENT})\b", raw):
            # “A World Bank assessment released on October 14 …”: a body's document, by the body's name before it
            if context.names.classify(m.group(1).split()).kind == "organisation" and not layout.inside_quotation(
                part.start + m.start()
            ):
                kind = _kind_of_document(m.group(0), lx)
                context.documents.append(Document(part.start + m.start(1), m.group(1), kind=kind))
        for m in re.finditer(
            r"\bIn (?:a|its|his|her|their) (?:\w+ )?(?:statement|application|response|reply|letter|opinion|complaint|"
            r"commentary|declaration|communiqu[eé]|post|message|tweet)"
            rf"(?:\s+(?:on|to|{grammar.ISSUED})\b[^,.;:]{{1,40}})?,\s+",
            raw,
        ):
            verb = re.search(rf"\s(?:{grammar.FRAGMENT_VERB})\b", raw[m.end() : m.end() + 300])
            opening = grammar.np_at_start(raw[m.end() : m.end() + 300])
            # “In its application, ENA substantiates …”: whoever the clause opens with, whatever its verb
            subject = grammar.clause_subject(raw[m.end() : m.end() + verb.start()]) if verb else None
            subject = subject or (opening.text if opening and opening.text[:1].isupper() else None)
            if subject and not layout.inside_quotation(part.start + m.start()):
                # “In a statement, the ministry said that …”
                kind = _kind_of_document(m.group(0), lx)
                context.documents.append(Document(part.start + m.end(), subject, kind=kind))
        for m in re.finditer(
            rf"\b(?:[Tt]he|[Aa]|[Aa]n|[Tt]heir|[Ii]ts)\s+(?:\w+\s+){{0,2}}?(?:{grammar.DOCUMENT})\s+"
            # (what it is on first: “the motion on Azerbaijan adopted by the House of Representatives”, “a report on the
            # human rights situation in Azerbaijan adopted by …”; not another document, whose the participle is: “a
            # statement on the resolution adopted by the Senate”)
            rf"(?:(?:on|about|regarding|concerning)\s+(?:(?!(?:{grammar.DOCUMENT})\b)[\w\-’']+\s+){{1,8}}?"
            r"(?=(?:was|were|had|has|jointly)\s|[a-z]+ed\s))?"
            r"(?:(?:was|were|had been|has been)\s+)?(?:jointly\s+)?"
            # (where and at what it was signed first: “signed in the Turkish province of Kars at the end of the eighth
            # trilateral meeting of transport ministers by …”)
            rf"(?:{grammar.ISSUED})\b(?:\s+(?!by\b)(?:(?!\bthat\b)[^.;:“”\"«»\x00,]){{1,160}}?)?\s+by\s+"
            # (a list of names with commas whole: “by the Prosecutor General’s Office, the Ministry of Internal Affairs
            # and ANAMA, the incident occurred”)
            rf"((?:the\s+)?{NAME_RUN}(?:,\s+(?:the\s+)?{NAME_RUN})+,?\s+and\s+(?:the\s+)?{NAME_RUN}"
            r"|[^.;:“”\"«»\x00]{3,240}?)"
            # (its issuers end where the sentence goes on: “…, 17 bridges have been built”, not at a list's comma)
            rf"(?=[.;:]|,\s+(?:which|who|the|a|an|it|he|she|they)\b|,\s+(?!(?:and\s+)?(?:the\s+)?[{UPPER}])"
            r"|\s+(?:on|following|after|at|in|during)\s"
            r"|\s+(?:reads?|said|says|states?|noted|added|found|finds|showed|shows|concluded|concludes)\b"
            rf"|\s+(?:{grammar.VERB})\b|$)",  # (or any verb of speech: “… by X warned that …”)
            raw,
        ):
            # “The statement was signed by the foreign ministers of Estonia, Latvia and Lithuania.”: its issuers
            if not layout.inside_quotation(part.start + m.start()):
                kind = _kind_of_document(raw[m.start() : m.start(1)], lx)
                context.documents.append(Document(part.start + m.start(1), m.group(1), kind=kind))
        # “X and Y called the search “…” in a joint statement”, “Amnesty International described the sentence as “…”
        # in a statement released on Friday”, or whatever the verb in the past (“The ombudsman criticized the overuse
        # of detention in an annual report released this year”): the statement the text goes on to quote, issued by
        # the subject of the verb nearest before it that has one (“X, which was itself forced to …, documented …”)
        verbs_before = {}
        for m in DESCRIBED_IN_A_DOCUMENT.finditer(masked):
            verbs_before.setdefault(m.start() + len(m.group(1)), []).append(m)
        paragraph = layout.paragraph(index)
        for end, candidates in verbs_before.items():
            for m in reversed(candidates):
                if re.search(rf"\b(?:{grammar.VERB})\b", m.group(1)[m.group(1).find(" ") :]):
                    break  # (“A and B agreed …, the envoys said in a joint statement”: the envoys', read above)
                start = paragraph.sentence_start(m.start())
                subject = grammar.clause_subject(raw[start : m.start()].rstrip(), strict=False)
                if subject:
                    kind = _kind_of_document(m.group(1), lx, last=True)
                    context.documents.append(Document(part.start + end, subject, kind=kind))
                    break
        for m in re.finditer(
            # (“Batumi City Hall responded to the protest with a statement published on its website”)
            # (or drafted it: “The Ministry of Economic Development has prepared a draft government resolution”)
            rf"\b(?:(?:{grammar.VERB}|reported)\s+in|{grammar.PUBLISHED}|{grammar.DRAFTED}|(?:responded|reacted|replied)\s+"
            r"(?:to\s+[^\x00,.;:“”\"]{1,60}?\s+)?with)\s+"
            r"(?:a|an|its|his|her|their)\s+(?:\w+\s+){0,2}?(?:statement|bulletin|report|communiqu\w+|release|declaration|"
            r"letter|appeal|petition|study|audit|opinion|response|reply|application|complaint|memorandum|commentary|"
            # (what bodies sign or adopt too: “the sides signed a protocol”; not a decision, whose signer may merely
            # enact another's words, nor a speech or a video)
            r"note|message|resolution|document|protocol|treaty|plan|programme|program|strategy|concept|motion)\b",
            raw,
        ):
            if layout.inside_quotation(part.start + m.start()):
                continue
            paragraph = layout.paragraph(index)
            start = max(paragraph.sentence_start(m.start()), masked.rfind("\x00", 0, m.start()) + 1)
            named = re.search(rf"(?:^|\s){QUOTED_NAME_FIRST}[{LOWER}][\w\-]*\s+$", raw[: m.start()])
            if named and named.start() >= paragraph.sentence_start(m.start()):
                start = named.start()  # “The “Rioni Valley Guardians” movement released a statement”: its name
            prefix = raw[start : m.start()].lstrip('“”"«» ')
            prefix = re.sub(r"\s+(?:have|has|had|also|jointly)\s*$", " ", prefix)  # “…, have issued a statement”
            subject = grammar.clause_subject(prefix.rstrip()) or _closing_subject(prefix, grammar)
            named = [] if subject else _named_opening(part.start + start, part.start + m.start(), context)
            if not subject and not named and re.search(r"\band\s*$", prefix):
                # “X laid a wreath at the Eternal Flame and left a note in the Book of Honorary Guests”: a second
                # predicate of the sentence's subject
                opening = grammar.np_at_start(prefix)
                subject = grammar.main_subject(prefix) or (
                    opening.text if opening and opening.text[:1].isupper() else None
                )
                if subject and " and " in subject:
                    subject = None  # (“ANAMA and UNDP signed … and adopted a joint statement”: read as a joint one)
            if named:
                # (“The State Service for the Protection, Development and Restoration of Cultural Heritage under the
                # Ministry of Culture said in a statement”: the name the mentions stage read whole; or the names,
                # when several issued it: “The Ministry of X of Armenia and the Ministry of Y of Georgia issued …”)
                kind = _kind_of_document(m.group(0), lx, last=True)
                issuers = [_from_event(e, "joint" if len(named) > 1 else "statement") for e in named]
                several = tuple(issuers) if len(issuers) > 1 else ()
                resolved = None if several else issuers[0]
                context.documents.append(Document(named[0].at, resolved=resolved, several=several, kind=kind))
            if subject:
                # “Armenia’s Ministry of Foreign Affairs said in a statement.”
                at = part.start + m.start() - len(prefix) + prefix.find(subject)
                context.documents.append(Document(at, subject, kind=_kind_of_document(m.group(0), lx, last=True)))
        for m in re.finditer(r"\s+(?:(?:has|have|had)\s+)?commented\s+on\b", raw):
            # “X has commented on the motion …” … “The comment reads:”: X's comment
            start = layout.paragraph(index).sentence_start(m.start())
            if re.search(r"\b(?:not|never|yet)\s*$", raw[start : m.start()]):
                continue  # “X has not yet commented on the resolution”: no comment of X's
            subject = grammar.clause_subject(raw[start : m.start()], strict=False)
            if subject and not layout.inside_quotation(part.start + m.start()):
                at = part.start + start + raw[start : m.start()].find(subject)
                context.documents.append(Document(at, subject, kind=lx.document_kind("comment")))
        issued_here = [d.at for d in context.documents if part.start <= d.at < part.end]
        for m in DOCUMENT_ITS.finditer(raw):
            # “its report”: the organisation named last, unless the sentence said who issued it (“Türk-İş said in
            # its monthly report”, read above)
            at = part.start + m.start()
            sentence = part.start + layout.paragraph(index).sentence_start(m.start())
            owner = context.last(at, "organisation", lambda e: bool(e.name))
            if (
                owner is not None
                and not layout.inside_quotation(at)
                and not re.match(r"\bIn\b", raw[max(0, m.start() - 3) : m.start()])
                and not any(sentence <= issued < at for issued in issued_here)
            ):
                kind = _kind_of_document(m.group(0), lx)
                context.documents.append(Document(at, resolved=_from_event(owner, "statement"), kind=kind))


# A verb in the past, then the document it was said or done in (a lookahead: every verb before the document is a
# candidate, the nearest first).
DESCRIBED_IN_A_DOCUMENT = re.compile(
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)"  # (not a passive: “was mentioned in a report”)
    # (within 200 characters: every such verb of a long paragraph without a full stop would read to its end)
    r"(?=(\b(?:called|described|termed|condemned|welcomed|[a-z]{3,}ed)\b[^.;]{0,200}?\bin\s(?:a|an|their|its)\s"
    r"(?:joint\s)?(?:\w+\s)?(?:statement|post|letter|report|study|review|audit|assessment)\b))"
)


def _named_opening(start, end, context):
    """The people or organisations named from `start` to `end` when their names are all it holds: one name opening
    it (after “The” at most) and nothing but a qualifier of it after (“under the Ministry of Culture”), or names
    joined by “and” (“The Ministry of X of Armenia and the Ministry of Y of Georgia”); [] otherwise."""
    named = [e for _, e in context.named_within(start, end, ("person", "organisation"))]
    if not named or context.source[start : named[0].at].strip() not in ("", "The", "the"):
        return []
    between = [context.source[a.at + len(a.name) : b.at] for a, b in pairwise(named)]
    if len(named) > 1 and all(re.fullmatch(r"\s*,?\s+and\s+(?:the\s+)?|,\s+(?:the\s+)?", g) for g in between):
        return named
    rest = context.source[named[0].at + len(named[0].name) : end]
    if re.search(r"[,;:“”\"«»]|\b(?:and|who|which|that)\b", rest):
        return []
    return named[:1]


def _kind_of_document(words, lx, last=False):
    """The kind of the document `words` name: of its first word that names a kind (its last, with `last`)."""
    kinds = [k for k in map(lx.document_kind, re.findall(r"[\w\-]+", words)) if k]
    return (kinds[-1] if last else kinds[0]) if kinds else ""


# A post the text says somebody wrote (“The EU Delegation to Georgia wrote on X that …”): the document a later
# “the post read” quotes.
POSTED = re.compile(
    r"\b(?:(?:wrote|posted|tweeted|said|announced|commented|shared)\s+(?:[^.;:“”\"«»\n]{1,40}?\s+)?(?:on|in)\s+"
    # (whatever the verb, in a post: “Chernomorenergo acknowledged the problem in a post on its Telegram channel”)
    r"(?:a\s+post\s+on\s+)?|in\s+a\s+post\s+on\s+)"
    r"(?:(?:its|his|her|their)\s+(?:official\s+)?)?(?:X|Twitter|Facebook|Telegram|Instagram|VKontakte|social media)"
    r"(?:\s+(?:account|page|channel))?\b"
)


def _posts(raw, part, index, layout, context):
    """The posts a paragraph says somebody wrote on social media, with their writers, as documents."""
    for m in POSTED.finditer(raw):
        if layout.inside_quotation(part.start + m.start()):
            continue
        paragraph = layout.paragraph(index)
        prefix = raw[paragraph.sentence_start(m.start()) : m.start()].lstrip('“”"«» ')
        # (the name just before the verb where an office of a place stands before it: “Akim of Alai district
        # Nurbek Asanov wrote on Facebook”)
        subject = context.grammar.clause_subject(prefix.rstrip(), strict=False)
        if subject:
            at = part.start + m.start() - len(prefix) + prefix.rfind(subject)
            context.documents.append(Document(at, subject, kind="post"))


def _closing_subject(prefix, grammar):
    """The subject of an attribution that closes its sentence after a comma, when the words up to its
    verb end with it whole (“Türkiye and Armenia have agreed on a roadmap …, the special envoys of the
    two countries” + “ said in a joint statement”), else None."""
    last = re.search(rf",\s+((?:[Tt]he|[Aa]n?)\s+[^,]+|[{UPPER}][^,]+)$", prefix.rstrip())
    found = grammar.np_at_start(last.group(1)) if last else None
    return found.text if found and found.end >= len(last.group(1).rstrip()) else None


def name_speakers(copy, quotations, mentions, layout, language):
    """Fill each quotation's `speakers` from its cue and the text before it."""
    starts = set()
    for part in copy.parts:
        raw = copy.source[part.start : part.end]
        starts.add(part.start)
        starts.update(part.start + m.end() for m in re.finditer(r"[.!?][”\"’]?\s+", raw))
    context = Context(mentions, language, starts, copy.source)
    _documents(copy, layout, context)
    mention_starts = [m.start for m in mentions]
    previous = head = None
    pending = []
    for q in quotations:
        resolved = None
        if q.pattern in ("question", "impersonal"):
            continue  # a reporter's question, put to the speaker: nobody named said it
        chanted = None if q.mention or q.heading else _chanted(copy, q)
        if chanted is not None:
            # “…, chanting “Shame!””, “Some of them held up posters reading “Free Garnik””: a crowd's words
            chanted.why = why(q, chanted, [chanted], context)
            q.speakers = [chanted]
            q.medium = q.medium or "other"  # chanted, shouted, carried: neither remarks nor a statement
            previous = q
            continue
        if names_a_thing(copy.source, q, language.lexicon) or _charge(copy, q, layout, context):
            q.dropped = True  # “the “Northern Shield” exercise”, “so-called “volunteer battalions””
            continue
        if q.heading:
            continue  # once the body is read: see _heading_speakers
        context.paragraph_speaker = _paragraph_speaker(copy, q, previous, mentions, mention_starts)
        context.paragraph_reason = "quoted just before"
        # “…,” the opinion reads. It adds that …: “it” is the document quoted just before, its issuer's
        # (and “it” again: “…,” it added. … noting that “…”)
        context.document_end = previous.end if previous is not None else 0
        context.paragraph_document = (
            list(previous.speakers)
            if previous is not None
            and previous.mention
            and (
                head_in(previous.mention.split()[-1].lower(), context.lx.document_heads)
                or (previous.mention.lower() == "it" and len(previous.speakers) > 1)
            )
            else []
        )
        if not q.goes_on:
            head = q  # the first paragraph of a quotation that may run on over the next ones
        if q.goes_on and q.mention and q.mention.lower() in context.lx.pronouns:
            # “…¶“…,” she told reporters.: she is whoever the paragraph before the quotation's first was about
            context.paragraph_speaker = _paragraph_speaker(copy, head, previous, mentions, mention_starts)
        elif q.mention and q.mention.lower() in context.lx.pronouns:
            since = previous.end + 1 if previous is not None and previous.last_part == q.part else None
            relative = _relative_clause_subject(copy, q, layout, context)
            lead = relative or _lead_subject(copy, q, context, since)
            if lead:  # “The Kremlin spokesman noted that … “…,” he said.”: the subject of the sentence before
                context.paragraph_speaker = Event(q.start, lead.kind, "" if lead.unnamed else lead.name, lead.role)
                context.paragraph_reason = (
                    "the subject of its sentence" if relative else "the subject of the sentence before"
                )
        if _second_part(copy, previous, q):
            # “«…,» Vadim Kozhevnikov, head of the Institute for Labour Mobility Studies, told Kommersant, «but …»”:
            # the rest of the sentence its cue split, whatever names the cue holds
            resolved = [replace(s, basis="carried", actor=None, actor_reason="") for s in previous.speakers]
        elif q.mention and q.mention.lower() == "they" and _group_subject(copy, q, layout, context):
            pass  # “opposition MPs criticised what they called “…””: people the text does not name
        elif q.mention:
            at = q.mention_start if q.mention_start is not None else q.start
            if q.goes_on and q.mention.lower() in context.lx.pronouns:
                at = head.start  # nobody named inside the quotation stands between the pronoun and its antecedent
            resolved = _aside_issuer(q, context) or _first_name_given(resolve_speakers(q.mention, at, context), q)
            if resolved and q.fragment and _group_characterises(q, resolved, context):
                resolved = None  # “Residents described the response as “slow””: a scare quote, nobody's words
        elif q.goes_on and previous is not None and previous.speakers:
            # “…¶“…”: the quotation before runs on into this paragraph
            resolved = [replace(s, basis="carried", actor=None, actor_reason="") for s in previous.speakers]
        elif (
            previous is not None
            and previous.speakers
            and not q.fragment
            and q.pattern != "unread cue"
            and _follows_on(copy, previous, q, mentions, mention_starts)
        ):
            resolved = [replace(s, basis="carried", actor=None, actor_reason="") for s in previous.speakers]
        if not resolved and q.mention and not (q.fragment and q.mention.lower() in context.lx.pronouns):
            # nobody found for the cue read first: the next reading that names somebody (“The court ruled
            # that the detention was “lawful”, according to a statement from the Tbilisi City Court.”)
            for cue in q.other_cues:
                at = cue.at if cue.at is not None else q.start
                found = _first_name_given(resolve_speakers(cue.phrase, at, context), q)
                if found:
                    q.found, q.medium, q.when, resolved = cue, "", "", found
                    break
        if not resolved and not q.mention and q.found is None and _opens_paragraph(copy, q):
            # “At a briefing, Bishop Sahak Melkonyan said the church …” ¶ “We will go to court. …”: a quotation
            # a paragraph opens on, no cue anywhere, after a paragraph that reports what somebody says
            lead = _lead_subject(copy, q, context)
            issued = re.search(
                rf"\b(?:{context.grammar.PUBLISHED})\s+(?:a|an|its)\s+(?:[\w\-“”\"]+\s+){{0,2}}?"
                r"(?:warning|statement|notice|alert|appeal|forecast|bulletin)\b",
                copy.parts[q.part - 1].text if q.part > 0 else "",
            )
            # (a body, when it issued a warning or a statement: “The State Meteorological Service has issued an
            # “orange” warning” ¶ “Heavy rainfall is expected …”)
            if lead is not None and not lead.unnamed and (lead.kind == "person" or issued):
                resolved = [replace(lead, basis="carried")]
        resolved = [s for s in resolved or () if s.name.strip(" \"“”«»'’")]  # never a speaker without a name
        resolved = [_without_leader(s, q.start, context) for s in resolved]
        if resolved:
            at = q.mention_start if q.mention_start is not None else q.start
            for speaker in resolved:
                if not speaker.unnamed:
                    speaker.affiliation = affiliation_of(speaker.role, q.start, context)
                speaker.why = why(q, speaker, resolved, context)
                # Somebody unnamed is remembered by their description, never by a name another could share.
                context.add(at, speaker.kind, "" if speaker.unnamed else speaker.name, speaker.role)
            q.speakers = resolved
            if not (q.medium and q.when):
                _occasion_reported(copy, q, layout, context)
            cue = q.found
            kind = _kind_of_document(f"{cue.lead} {cue.phrase or ''} {cue.extra}", context.lx) if cue else ""
            if q.medium == "press_statement" and resolved[0].basis != "statement" and len(resolved) == 1:
                context.documents.append(Document(at, resolved=resolved[0], kind=kind or "statement"))
            elif len(resolved) == 1 and resolved[0].basis == "statement" and q.mention:
                # “The justification published in the EU’s Official Journal … is blunt: “…”” then “The entry
                # adds that …”: the document just quoted, whoever issued it
                context.documents.append(Document(at, resolved=resolved[0], kind=kind))
            elif len(resolved) > 1 and (q.medium == "press_statement" or _joint_document(q)):
                context.documents.append(Document(at, several=tuple(resolved), kind=kind or "statement"))
        elif q.fragment or q.text[:1].islower():
            # a scare quote, unless somebody's quotation holds its words (below); or a longer phrase inside the
            # reporter's sentence, whose words somebody's quotation may hold (“carriers fear that the queue will
            # simply move «from the road to the server»”)
            pending.append(q)
            continue
        if not q.dropped:
            previous = q
    _run_on_speakers(quotations, context)
    body = [q for q in quotations if not q.heading and not q.dropped and q.speakers]
    echoes = Echoes(body)
    for q in body:
        if q.fragment and len(q.speakers) == 1 and _office_only(q.speakers[0], context.lx):
            # “Armenia’s foreign minister says the two are “closer than ever”” and, below, “We are closer
            # than ever …,” Keshishyan told reporters: the office is the person who said the words
            match = echoes.one_speaker(
                _plain(q.text), Echoes.LONGEST, exclude=lambda b: _office_only(b.speakers[0], context.lx)
            )
            if match is not None:
                q.speakers = [
                    replace(s, basis="role", actor=None, actor_reason="", why=f"the words of {s.name}'s quotation")
                    for s in match.speakers
                ]
    for q in pending:
        # (a word or two; or a phrase of four words or more, no name, which only one speaker's words hold: the lede's
        # “from the road to the server” and, below, Avagyan's “The queue will simply move from the road to the server.”)
        words = q.text.split()
        phrase = (
            len(words) >= 4
            and not all(w[:1].isupper() or not w[:1].isalpha() for w in words)
            # (not a slogan somebody repeats later: “under the banner “stop the war on our land””)
            and not SLOGAN_BEFORE.search(context.source[max(0, q.start - 60) : q.start])
        )
        match = echoes.one_speaker(_plain(q.text)) or (
            echoes.one_speaker(_plain(q.text), longest=12) if phrase else None
        )
        if match is None:
            q.dropped = q.fragment  # a scare quote: nobody is said to have said it
            continue
        # “prompting a warning of unspecified “consequences” from Moscow” and the spokeswoman's “… cannot
        # remain without consequences”: her word
        q.speakers = [
            replace(s, basis="headline", actor=None, actor_reason="", why=f"the words of {s.name}'s quotation")
            for s in match.speakers
        ]
    _heading_speakers(copy, quotations, context)
    return quotations


# What names a slogan, a title or a sign just before the words it quotes.
SLOGAN_BEFORE = re.compile(
    r"\b(?:slogans?|banners?|billboards?|posters?|placards?|signs?|mottos?|hashtags?|titled|entitled)\b"
    r"[^.!?“”\"«»]{0,30}[“\"«‘]?$",
    re.IGNORECASE,
)
# Words a crowd chants, shouts or carries: the verb or the banner just before the quotation (past any
# other slogans of the same list: “chanting “Freedom for Data!” and “Shame!””).
CHANTED = re.compile(
    # (“greeted the decision with shouts of “Shame!””, “chants of “…””)
    r"\b(?:chant(?:ed|ing|s)?|shout(?:ed|ing|s)?|yell(?:ed|ing)|(?:shouts|chants|cries)\s+of|"
    r"(?:banners?|posters?|placards?|signs?|slogans?)\s+"
    r"(?:reading|saying|that\s+(?:read|said)|which\s+(?:read|said)|with\s+the\s+(?:words|slogan)))\s*[:,]?\s*"
    r"(?:[“\"«][^”\"»]{1,80}[”\"»]\s*(?:,|and|or)\s*)*$"
)
CROWD = re.compile(
    r"(?<![\w’'])((?:(?:[Ss]everal|[Dd]ozens|[Hh]undreds|[Tt]housands|[Mm]any|[Ss]ome|a\s+crowd|a\s+group)"
    rf"(?:\s+(?:dozen|hundred|thousand))?\s+(?:of\s+)?)?(?:(?:[{UPPER}][\w\-]*[’']s|local|angry|young|elderly|opposition)\s+)?"
    # (in capitals too, opening the sentence: “Supporters of the jailed activist …”)
    r"(?i:protesters|demonstrators|supporters|relatives|participants|residents|people|crowd|fans|workers|students|"
    rf"activists|villagers|farmers|pensioners|families|mourners|miners)(?:\s+of\s+(?:the\s+)?[{LOWER}][\w\-]*(?:\s+(?!who\b|which\b|as\b|filling\b)[{LOWER}][\w\-]*)?)?)\b"
)


def _chanted(copy, q):
    """An unnamed crowd as the speaker of a quotation it chants, shouts or carries on a banner, described
    as the text describes it (“several dozen relatives of soldiers”), or None when nobody chants it."""
    part = copy.parts[q.part]
    # (the paragraph's last SENTENCE_REACH characters before it: a chant is near its crowd, and a long paste
    # must not be split again for each of its quotations)
    before = copy.source[max(part.start, q.start - 1 - SENTENCE_REACH) : q.start - 1]
    sentence = re.split(rf"(?<=[.!?])\s+(?=[{UPPER}“\"«])", before)[-1]
    chant = CHANTED.search(sentence)
    if not chant:
        return None
    if re.match(r"(?:banners?|posters?|placards?|signs?|slogans?)\b", chant.group(0)) and not re.search(
        r"\b(?:held|holding|hold|carried|carrying|carry|waved|waving|raised|raising)\b(?:\s+up)?[^.;]{0,40}$",
        sentence[: chant.start()],
    ):
        return None  # “a banner reading “…” hung from the railings”, “signs reading “State Border””: not said
    if re.search(r"\b(?:he|she)\s+(?:\w+\s+)?$", sentence[: CHANTED.search(sentence).start()]):
        return None  # “she shouted “…””: hers, as her cue says
    crowds = CROWD.findall(before[-600:])
    described = crowds[-1].strip() if crowds else "protesters"
    if not re.match(r"\S+[’']s\s", described):  # (“Supporters of …” opening the sentence: described, not named)
        described = described[:1].lower() + described[1:]
    return Speaker(name=described, kind="person", role=described, unnamed=True, basis="unnamed")


def _run_on_speakers(quotations, context):
    """A quotation that runs over paragraphs is one speaker's, whichever of its paragraphs the cue names
    them at (“…¶“…¶“…,” he said.): the paragraphs before the cue take its speakers too."""
    run = []
    for q in [*quotations, None]:
        if q is not None and q.goes_on and run:
            run.append(q)
            continue
        named = next((m for m in run if m.speakers and m.speakers[0].basis != "carried"), None)
        for member in run:
            if (
                named is not None
                and member is not named
                and (not member.speakers or member.speakers[0].basis == "carried")
            ):
                member.speakers = [replace(s, basis="carried", actor=None, actor_reason="") for s in named.speakers]
                for speaker in member.speakers:
                    speaker.why = why(member, speaker, member.speakers, context)
        run = [q] if q is not None else []


def _group_characterises(q, speakers, context):
    """A word or phrase a group the text does not name is said to have called something (“Analysts called
    the dispute a “storm in a teacup””): the reporter's summary, not words anybody is quoted as saying."""
    verb = context.lx.verb(q.found.verb) if q.found else None
    return (
        all(s.unnamed and context.grammar.GROUP.fullmatch(s.name) for s in speakers)
        and verb is not None
        and SPEECH not in verb.classes
    )


def _joint_document(q):
    """The cue says the words were issued together, in writing (“in a joint statement”)."""
    cue = q.found
    words = f"{cue.lead} {cue.extra}" if cue else ""
    return bool(re.search(r"\bjoint\s+(?:statement|declaration|communiqu\w+|press release|letter)\b", words, re.I))


def _plain(text):
    return " ".join(re.findall(r"[\w\-]+", text.lower()))


def _outside_nested_marks(text):
    """`text` without the quotations it holds (a quotation quoting somebody else's words), read by the
    quoting module's scanner: the ’ of “didn't” or “Azerbaijan's” is an apostrophe, not a mark."""
    kept, last = [], 0
    for mark in scan_marks(text):
        if mark.close is not None:
            kept.append(text[last : mark.open])
            last = mark.close + 1
    kept.append(text[last:])
    return " ".join(kept)


def _quoted_in(words, body):
    """The words of a heading are this body quotation's: all of it, or three words or more of it
    that it does not itself quote from somebody else. (A heading drops an article: ‘historic step’
    over the body's “a historic step”.)"""
    plain = _plain(body.text)
    if words in (plain, re.sub(r"^(?:a|an|the) ", "", plain)):
        return True
    return len(words.split()) >= 3 and f" {words} " in f" {_plain(_outside_nested_marks(body.text))} "


def _person_named_in(phrase, at, context):
    """The person the text names at the end of the phrase, after what they are (“Honored Pilot of Russia Viktor
    Zhuravlev”, “Vinokurov's wife, the actress Yelena Vinokurova”), or before the body they are of, whatever marks
    its name (“Opposition MP Gohar Melikyan of the “Hayastan” faction”); never one named after “of” (“the lawyer of
    Ivo Dan of the party”). None otherwise."""
    end = at + len(phrase)
    for start, event in context.named_within(at, end):
        if re.match(rf"[{UPPER}][\w\-]*[’']s\s", context.source[event.at : end]):
            continue  # an owner: “Vinokurov's wife, the actress Yelena Vinokurova”
        if start < 0:
            return None
        between, rest = context.source[at:start], context.source[start + len(event.name) : end]
        if _somebody_elses(between, context):
            return None
        # Last in the phrase, only where the readings before this one fail: after an owner's description and what
        # the person is (“X's wife, the actress …”), or after an office of a country (“… of Russia”, “… to Georgia”):
        # a name of at most three words (a longer one is the mention's mistake, a body's words and all)
        described = re.fullmatch(rf"[^,]*[’']s\s+[{LOWER}][\w\-]*,\s+the\s+(?:[{LOWER}][\w\-]*\s+){{1,3}}", between)
        of_a_country = re.search(r"\b(?:of|to|in|on|for)\s+(\S+)\s+$", between)  # (“The EU Ambassador to Georgia X”)
        of_a_country = of_a_country and "," not in between and _country(of_a_country.group(1), context)
        if not rest and len(event.name.split()) <= 3 and (described or of_a_country):
            return _from_event(event, "name", context)
        # (an office set off before the name is read with its appositive: “The lawyer, Ani X of …”)
        if "," not in between and re.fullmatch(r"\s+(?:of|from)\s+(?:the\s+)?[“\"«]?[A-Z][^,;:]*", rest):
            return _from_event(event, "name", context)
        return None
    return None


def _titled_once(phrase, context):
    """“Deputy Minister”: the one person of the text whose role holds every word of the title."""
    words = {w.lower() for w in phrase.split()}
    if not all(w[:1].isupper() and w in context.lx.titles for w in phrase.split()):
        return None
    people = {
        e.name: e
        for e in context.events()
        if e.kind == "person" and e.name and words <= set(re.findall(r"[\w\-]+", e.role.lower()))
    }
    return _from_event(next(iter(people.values())), "role") if len(people) == 1 else None


def _heading_speakers(copy, quotations, context):
    """Quotations in the headline and subheads. Their words quoted in the body are the body
    quotation's speaker's (“Moscow Slams Western ‘Double Standards’” over a body that quotes the
    ministry's “double standards”); otherwise the heading's own cue when it names somebody the body
    names too (“Pashinyan: …” is the Nikol Pashinyan of the body). A title alone (“Deputy Minister:
    …”) or a place (“Valdoria Says …”) is not enough: a heading abbreviates."""
    body = [q for q in quotations if not q.heading and not q.dropped and q.speakers]
    echoes = Echoes(body)
    end = len(copy.source)
    named = {(e.kind, e.name) for e in context.events() if e.name}
    for q in quotations:
        if not q.heading or q.dropped or q.pattern in ("question", "impersonal"):
            continue
        words = _plain(q.text)
        holding = [b for b in body if words and _quoted_in(words, b)]
        # the words' fullest source: a quotation of sentences before a phrase quoted in the reporter's own
        match = next((b for b in holding if not b.fragment), holding[0] if holding else None)
        lead = copy.source[max(0, q.start - 60) : q.start - 1]
        several = re.search(rf"\b[{UPPER}][\w.]*\s*(?:,|and|&)\s+[{UPPER}][\w.]*\s*$", lead)
        if match is None and not several:
            match = echoes.one_speaker(words)  # (not when the heading names several: “EU, NATO ‘Concerned’”)
        how = "the words of {}'s quotation in the body"
        if match is None and not q.mention:
            match = _section_echo(copy, q, body, words)
            how = "words of {}'s quotation in the section under it"
        if match is None and not q.mention and not several:
            match = _echoed_run(words, echoes)
            how = "words of {}'s quotation in the body"
        if match is not None:
            q.speakers = [
                replace(s, basis="headline", actor=None, actor_reason="", why=how.format(s.name))
                for s in match.speakers
            ]
            continue
        resolved = None
        if q.mention and q.mention.lower() not in context.lx.pronouns:
            resolved = _titled_once(q.mention, context) or resolve_phrase(q.mention, end, context)
            if resolved and resolved.kind == "organisation" and (resolved.kind, resolved.name) not in named:
                # “EU Delegation Says …” over a body that names “The EU Delegation to Georgia”: a heading shortens
                fuller = sorted(n for k, n in named if k == "organisation" and n.startswith(resolved.name + " "))
                # (or “Azerbaijani MFA: …” over a body that names “The Ministry of Foreign Affairs of the Republic of
                # Azerbaijan”: the one body named that the heading's words name)
                if not fuller and head_in(resolved.name.split()[-1].lower(), context.lx.organisation_heads):
                    fuller = sorted(
                        {n for k, n in named if k == "organisation" and org_matches(resolved.name, n, context.lx)}
                    )
                resolved = replace(resolved, name=fuller[0]) if len(fuller) == 1 else resolved
            if resolved and (resolved.kind, resolved.name) not in named:
                resolved = None
        resolved = resolved or _heading_office(copy, q, context)
        if resolved:
            resolved.affiliation = affiliation_of(resolved.role, end, context)
            resolved.why = resolved.why or why(q, resolved, [resolved], context)
            q.speakers = [resolved]
        elif q.fragment:
            q.dropped = True  # a headline's scare quote


# An appositive naming a body's parent (“a subsidiary of Russian Railways”), and the words before the parent's name.
PARENT = re.compile(r"(?:a|an|the)\s+(?:[\w\-]+\s+)?(?:subsidiary|unit|division|affiliate|arm|branch|part)\s+of\s")
PARENT_BEFORE = re.compile(rf",\s+{PARENT.pattern}+(?:the\s+)?$")


# Who a heading quotes, by office: “Deputy minister: “…””, “‘…,’ says Turkish foreign minister”.
HEADING_OFFICE = re.compile(
    r"^(?P<before>[^:“”\"«»]{2,60}):\s*[“\"«‘]|[”\"»’']\s*,?\s*(?:says|said|warns|tells\s+\w+)\s+(?P<after>[^,.;:“”\"«»]{2,60})$"
)


def _heading_office(copy, q, context):
    """The one person of the body who holds the office a heading names its speaker by (the office's words
    in their role, a nationality as its country: “Turkish foreign minister” is the body's “Turkish Foreign
    Minister Kerem Aydinli”); None when the heading names no office, or the body two such people."""
    line = copy.headline if q.part < 0 else copy.parts[q.part].text
    found = HEADING_OFFICE.search(line)
    if not found:
        return None
    office, countries = set(), set()
    for word in (found.group("before") or found.group("after")).split():
        country = context.lx.demonyms.get(word.capitalize())
        if country:
            countries.add(country.lower())
        elif word.lower() not in ("the", "a", "an"):
            office.add(word.lower())
    if not any(w.capitalize() in context.lx.titles for w in office):
        return None  # (the office's words, and the place it is of: “Tashkent hokim”)
    people = {}
    for e in context.events():
        if e.kind != "person" or not e.name:
            continue
        role = set(re.findall(r"[\w\-]+", e.role.lower()))
        role |= {context.lx.demonyms[w.capitalize()].lower() for w in role if w.capitalize() in context.lx.demonyms}
        # (a place the role as read leaves out, printed before the name: “Tashkent city hokim Jahongir Nurmatov”)
        role |= {w.lower() for w in _words_naming(context.source[max(0, e.at - 60) : e.at], context.lx)}
        if office <= role and countries <= role:
            people[e.name] = e
    if len(people) != 1:
        return None
    speaker = _from_event(next(iter(people.values())), "role")
    printed = " ".join((found.group("before") or found.group("after")).split())
    speaker.why = f"the heading's ‘{printed}’, the office of {speaker.name} in the report"
    return speaker


def _words_naming(before, lx):
    """The words printed just before a name that say who the person is: capitalised words, titles and
    administrative levels (“Tashkent city hokim”), back to the first other word (“… met Tarsk's”: “Tarsk's”)."""
    words = []
    for word in reversed(re.findall(r"[\w\-’']+", before)):
        if not (word[:1].isupper() or word.capitalize() in lx.titles or word in lx.administrative_levels):
            break
        words.append(possessive(word))
    return words


ECHOED_RUN = 4  # words in a row a heading's quotation shares with one speaker's quotation in the body


def _echoed_run(words, echoes):
    """A heading's quotation in words of its own, four of them in a row those of one speaker's quotation in the
    body (‘It was a play about fear’ over “I made a play about fear, …”), two of them words of substance: that
    quotation; None when no one's, or several people's, words hold such a run."""
    heading = words.split()
    holders = []
    for i in range(len(heading) - ECHOED_RUN + 1):
        run = heading[i : i + ECHOED_RUN]
        if sum(len(w) > 3 for w in run) >= 2:
            holders.extend(echoes.holding(" ".join(run)))
    speakers = {tuple(s.name for s in b.speakers) for b in holders}
    return holders[0] if len(speakers) == 1 else None


SECTION_ECHO = 3  # words in a row a subhead shares with the quotation of its section that it sums up


def _section_echo(copy, q, body, words):
    """A subhead's quotation in words of its own that the section under it quotes in part: ‘Kars will
    become a trade hub’ over “… this region will become a trade hub between …”. The first quotation of the
    section (up to the next subhead) that holds at least SECTION_ECHO of the subhead's words in a row, and
    half of them; None otherwise, and for the headline (which sums up the whole report)."""
    if not 0 <= q.part < len(copy.parts) or copy.parts[q.part].kind != "subhead":
        return None
    end = next((p.start for p in copy.parts[q.part + 1 :] if p.kind == "subhead"), len(copy.source))
    heading = words.split()
    wanted = max(SECTION_ECHO, (len(heading) + 1) // 2)
    runs = {" ".join(heading[i : i + wanted]) for i in range(len(heading) - wanted + 1)}
    for b in body:
        if q.end < b.start < end and any(f" {run} " in f" {_plain(_outside_nested_marks(b.text))} " for run in runs):
            return b
    return None


def _aside_issuer(q, context):
    """“The EIA conclusion, signed on September 18 by the Environmental Expertise Center, acknowledges … “…””:
    the issuer that the aside between a document and its verb names; None when there is no such aside."""
    cue = q.found
    words = (q.mention or "").lower().split()
    if cue is None or not cue.aside or cue.at is None or not words or not head_in(words[-1], context.lx.document_heads):
        return None
    by = re.match(rf"\s*,\s*(?:{context.grammar.ISSUED})\b[^,;:]{{0,40}}?\bby\s+(.+?)\s*,?\s*$", cue.aside)
    if by is None:
        return None
    start = cue.at + len(cue.phrase or "") + by.start(1)
    # (the name the mentions stage read, without what qualifies it: “… SNCO under the Ministry of Environment”)
    named = _named_opening(start, start + len(by.group(1)), context)
    if named:
        return [_from_event(e, "joint" if len(named) > 1 else "statement") for e in named]
    found = resolve_speakers(by.group(1), start, context)
    return [replace(s, basis="statement") for s in found] if found else None


def _office_only(speaker, lx):
    """A person the text names only by office (“Armenia’s foreign minister”), not by name."""
    words = speaker.name.split()
    return speaker.kind == "person" and not speaker.unnamed and bool(words) and head_in(words[-1], lx.person_heads)


class Echoes:
    """The quotations with a speaker (sentences, and phrases quoted in the reporter's own: a headline's
    ‘backbone’ over the body's “the backbone of Eurasian trade”), indexed by every run of up to five of
    their words (outside the quotations they quote), so that where a short phrase comes from is one
    look-up, not a scan of every quotation: the analysis stays linear in the size of the copy."""

    LONGEST = 5

    def __init__(self, quotations):
        self._runs = {}
        self._plain = {}
        for b in quotations:
            if not b.speakers:
                continue
            self._plain[id(b)] = _plain(_outside_nested_marks(b.text))
            words = self._plain[id(b)].split()
            seen = set()
            for n in range(1, self.LONGEST + 1):
                for i in range(len(words) - n + 1):
                    run = " ".join(words[i : i + n])
                    if run not in seen:
                        seen.add(run)
                        self._runs.setdefault(run, []).append(b)

    def holding(self, words):
        """The quotations whose words hold the phrase `words` (plain), in order: a longer phrase looked up by its
        first five words, then read whole in those that hold them."""
        if not words:
            return []
        split = words.split()
        if len(split) <= self.LONGEST:
            return self._runs.get(words, [])
        padded = f" {words} "
        return [b for b in self._runs.get(" ".join(split[: self.LONGEST]), []) if padded in f" {self._plain[id(b)]} "]

    def one_speaker(self, words, longest=2, exclude=lambda b: False):
        """The first quotation holding the phrase `words` (of up to `longest` words) when every one that
        holds it has the same speakers (“Moscow warns of ‘consequences’” over the spokeswoman's “…
        cannot remain without consequences”); None when no one's, or several people's, words do."""
        if not words or len(words.split()) > longest:
            return None
        holding = [b for b in self.holding(words) if not exclude(b)]
        speakers = {tuple(s.name for s in b.speakers) for b in holding}
        return holding[0] if len(speakers) == 1 else None


def _paragraph_speaker(copy, q, previous, mentions, mention_starts):
    """The speaker quoted just before `q` in its paragraph, or in the paragraph before when nobody
    is named since: whom “he said” most likely means."""
    if previous is None or not previous.speakers:
        return None
    speaker = previous.speakers[0]
    if previous.last_part != q.part:
        if previous.last_part != q.part - 1 or speaker.kind != "person":
            return None
        tail = copy.source[previous.end + 1 : copy.parts[previous.last_part].end].strip()
        if len(re.split(rf"(?<=[.!?])\s+(?=[{UPPER}])", tail)) > 1:
            return None
        paragraph_start = copy.parts[q.part].start
        stop = max(q.start, q.mention_start or 0)
        i = bisect_left(mention_starts, paragraph_start)
        while i < len(mentions) and mentions[i].start < stop:
            if mentions[i].kind in ("person", "organisation", "name"):
                return None  # the speaker quoted in the paragraph just before, if none is named since
            i += 1
    # somebody unnamed is an event with their description and no name, as the text gave them
    return Event(q.start, speaker.kind, "" if speaker.unnamed else speaker.name, speaker.role)


def _without_leader(speaker, at, context):
    """“Nersisian’s Communal Alliance”: a body by its name, not by the person the text says leads it."""
    owned = (
        re.match(rf"(?:[{UPPER}][\w\-]+\s+)?([{UPPER}][\w\-]+)[’']s\s+(?=[{UPPER}])", speaker.name)
        if speaker.kind == "organisation"
        else None
    )
    leader = owned and context.last_with_surname(at, owned.group(1))
    # (and by its name alone, as the text goes on to call it: “Marek’s Civic Alliance bloc” is “Civic Alliance”)
    name = (
        re.sub(r"\s+(?:bloc|alliance|party|movement|faction|coalition)$", "", speaker.name[owned.end() :])
        if owned
        else ""
    )
    # (a name of its own, not the leader's office: “Marek's Office” stays)
    own_name = len(name.split()) > 1 and not any(w in context.lx.generic_name_words for w in name.split()[-1:])
    if leader and len(leader.name.split()) > 1 and not _state(owned.group(1), context) and own_name:
        return replace(speaker, name=name)
    return speaker


def _first_name_given(resolved, q):
    """“…,” said a dealer, who asked that only his first name, Arman, be used: the person so named."""
    if len(resolved) != 1 or not resolved[0].unnamed or resolved[0].kind != "person":
        return resolved
    said = " ".join([q.mention or "", q.found.aside or "", q.found.extra or ""] if q.found else [q.mention or ""])
    named = FIRST_NAME.search(said)
    if not named:
        return resolved
    return [Speaker(name=named.group(1), kind="person", role=resolved[0].role, basis="name")]


TITLE_CASE_LOWER = {"from", "with", "into", "onto", "over", "upon", "than", "that", "after", "amid", "about", "under"}


def _title_case(source, q):
    """The line `q` stands in capitalises every word of four letters or more outside the quotation (but
    the prepositions some house styles keep in lower case)."""
    start = source.rfind("\n", 0, q.start) + 1
    end = source.find("\n", q.end)
    line = source[start : q.start - 1] + " " + source[q.end + 1 : end if end >= 0 else len(source)]
    words = [
        w for w in re.findall(rf"[{UPPER}{LOWER}][\w’'\-]*", line) if len(w) >= 4 and w.lower() not in TITLE_CASE_LOWER
    ]
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def _name_like(words, connectors):
    """Every word capitalised, a number, or one of `connectors`: words that may be a name."""
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in connectors for w in words)


def names_a_thing(source, q, lx):
    """Quotation marks around a name (an exercise, an operation, a title) or a phrase the writer
    keeps at a distance (“so-called”): nobody is quoted."""
    before = source[max(0, q.start - 40) : q.start - 1]
    after = source[q.end + 1 : q.end + 60]
    words = q.text.split()
    if re.search(rf"\b(?:{alternation(lx.thing_introducers)})\s*[,:]?\s*$", before, re.IGNORECASE):
        return True
    if re.search(
        r"\b(?:law|bill|decree|code|act|draft|strategy|concept|programme|program)\s+(?:on|about)\s*$", before, re.I
    ):
        return True  # “a draft law on “national values””: the law's title, nobody's words
    # (a name may be a number: “the “3+3” format”; in a heading in title case, capitals say nothing:
    # “EU Delegation Says Bill “Moves Georgia Further Away””)
    title = not (q.heading and _title_case(source, q)) and _name_like(words, {"of", "the", "and", "for", "in", "on"})
    # “the play “The Quiet Hour””, “the film “Ashes””: a work's title opens with a capital, at least (not
    # “argued that the play “formed a negative image of …””)
    # “the international conference “Connectivity and Stability in the South Caucasus””, “launch «Caspian
    # Shield – 2026»”, “a program branded “Gyumri Without Ruins.””, “the 1997 treaty «On Friendship, …»”: a
    # name in title case after what names it
    named_so = _name_like(words, {"of", "the", "and", "for", "in", "on", "to", "a", "–", "—", "-", "&", "with"})
    if (
        len(words) >= 2
        and named_so
        and not (q.heading and _title_case(source, q))
        and re.search(
            r"(?:\b(?:the|its|their|our|branded|titled|entitled|named|dubbed|launch|launched|launches|conference|"
            r"forum|program|programme|strategy|treaty|initiative|campaign|project|exercises?|drills|festival|summit|"
            r"round\s?-?table|congress|exhibition|expo)"
            r"|\b\d{4})\s*[,:]?\s*$",
            before,
            re.IGNORECASE,
        )
    ):
        return True
    the_work = alternation(f"the {w}" for w in lx.works)
    if q.text[:1].isupper() and re.search(rf"\b(?:{the_work})\s*[,:]?\s*$", before, re.IGNORECASE):
        return True
    # “the “Zangezur corridor””, “the so-called “Lachin road””: a place's name, however it is called
    place = (
        q.fragment and len(words) <= 4 and words[0][:1].isupper() and words[-1].strip(".,").lower() in lx.place_nouns
    )
    things = "|".join(sorted(lx.thing_nouns))
    named = title and 2 <= len(words) <= 6 and words[-1].strip(".,").lower() in lx.thing_nouns
    if named and words[-1][:1].isupper():
        return True  # “the “Foreign Agents Registration Act””: a law's, a plan's name
    descriptors = alternation(w for w in lx.organisation_descriptors if " " not in w)
    works_named = alternation([*lx.works, *(w + "s" for w in lx.works)])
    if (
        title
        and len(words) <= 6
        and (
            # “the ballets “Kyz Zhibek” and “Swan Lake””: works named, one after another
            re.search(
                rf"\b(?:{works_named})\s+(?:[“\"«][^”\"»]{{1,60}}[”\"»]\s*(?:,|and|or)\s*)*$", before, re.IGNORECASE
            )
            or re.search(
                rf"\b[{UPPER}][\w\-]*[’']s\s*$", before
            )  # “Verdi's “La Traviata””: somebody's work by its title
        )
    ):
        return True
    if (
        title
        and _name_like(words, {"of", "the", "and", "for"})
        and len(words) <= 6
        and re.search(rf"\b(?:{descriptors}|initiative|platform|club|team)\s*$", before)
    ):
        return True  # “the student movement “Auditorium 115””: a body's name
    if title and re.match(rf"^\s*(?:{COMPANY_FORMS})\b", after):
        return True  # “«Azerbaijan Railways» CJSC”, “LLC “Kakhuri Marani””: a company's name
    if title and len(words) <= 5 and re.search(r"\b(?:leaders?|members?|head|chair\w*|founders?)\s+of\s*$", before):
        return True  # “One of the leaders of “Coalition for Change”, Nika Abuladze, told …”: a body's name
    if title and re.search(rf"\b(?:{COMPANY_FORMS})\s*$", before):
        return True
    return place or (
        # “the “3+3” regional consultative platform”, “the next “3+3” meeting”: a name before what it names
        q.fragment
        and title
        and bool(
            re.match(
                # (up to two words between that describe it, not a preposition's phrase: “… at the meeting”)
                rf"^\s*(?:(?!(?:at|in|on|during|after|before|for|with|to|by|the|a|an)\b)[{LOWER}][\w\-]*\s+){{0,2}}"
                rf"(?:{things}|faction|bloc|alliance|meeting|summit|talks)s?\b",
                after,
                re.IGNORECASE,
            )
        )
    )


def _charge(copy, q, layout, context):
    """A charge's legal wording (“… ordered that he be held on charges of “organising mass disorder””)
    in a sentence that reports nobody saying it: nobody's words."""
    if q.part < 0 or copy.parts[q.part].kind != "paragraph":
        return False
    charges = "|".join(context.lx.charge_introducers)
    paragraph = layout.paragraph(q.part)
    open_at = q.start - 1 - paragraph.start
    before = paragraph.masked[paragraph.sentence_start(open_at) : open_at]
    if not re.search(rf"\b(?:{charges})\s*$", before, re.IGNORECASE):
        return False
    return not re.search(rf"\b(?:{context.grammar.VERB})\b", before)


def _occasion_reported(copy, q, layout, context):
    """A quotation whose cue does not say how or when (“…,” he said.) takes the medium and day of the
    sentence that reports the same speaker's words nearby (“Soltanov told Trend on Thursday that …”):
    before it in its paragraph, in the paragraph before, or in the report's first paragraph."""
    from newsroom.ingest.statements import medium_of, when_of

    if q.part < 0 or copy.parts[q.part].kind != "paragraph" or not q.speakers:
        return
    speaker = q.speakers[0]
    paragraph = layout.paragraph(q.part)
    candidates = []
    upto = q.start - 1 - paragraph.start
    candidates += [(paragraph, a, b) for a, b in paragraph.sentences_before(upto, 3)]
    if q.part > 0 and copy.parts[q.part - 1].kind == "paragraph":
        before = layout.paragraph(q.part - 1)
        candidates += [(before, a, b) for a, b in before.sentences_before(len(before.masked), 2)]
    first = next((i for i, p in enumerate(copy.parts) if p.kind == "paragraph"), None)
    if first is not None and first not in (q.part, q.part - 1):
        lede = layout.paragraph(first)
        candidates += [(lede, a, b) for a, b in lede.sentences()[:2]] if len(lede.ends) < 50 else []
    grammar = context.grammar
    for where, a, b in candidates:
        sentence = where.masked[a:b]
        for verb in re.finditer(rf"\b({grammar.FRAGMENT_VERB})\b", sentence):
            after = grammar.np_at_start(sentence[verb.end() :])  # “…, said X”
            subject = grammar.clause_subject(sentence[: verb.start()].rstrip()) or (after.text if after else None)
            if not subject or "\x00" in subject:
                continue
            found = resolve_phrase(subject, where.start + a + max(sentence.find(subject), 0), context)
            if found is None or found.name != speaker.name or found.unnamed != speaker.unnamed:
                continue
            at = sentence.find(subject)
            cue = Cue(
                verb.group(1),
                "",
                subject,
                extra=sentence[verb.end() :],
                lead=sentence[:at] if at >= 0 else "",
                aside=sentence[at + len(subject) : verb.start()] if at >= 0 else "",
            )
            q.medium = q.medium or medium_of(cue, context.lx)
            q.when = q.when or when_of(cue, context.lx)
            return


def _relative_clause_subject(copy, q, layout, context):
    """“The ministry rejected the resolution, which it said was “…””: a pronoun opening a relative
    clause stands for the subject of the sentence it hangs on."""
    if q.mention_start is None or q.mention_start > q.start or q.part < 0:
        return None
    paragraph = layout.paragraph(q.part)
    start = paragraph.start + paragraph.sentence_start(q.mention_start - paragraph.start)
    lead = copy.source[start : q.mention_start]
    if not re.search(r"\b(?:which|that|who|whom|what)\s+$", lead):
        return None
    subject = context.grammar.main_subject(lead)
    if not subject or subject.lower() in context.lx.pronouns:
        return None
    found = resolve_phrase(subject, start + lead.find(subject), context)
    if found and found.kind != context.lx.pronouns[q.mention.lower()]:
        return None
    return found


def why(q, speaker, speakers, context):
    """The reason for a speaker, in plain words, for the reviewer."""
    cue = q.found
    phrase = cue.phrase if cue and cue.phrase else ""
    said = f"{phrase} {cue.verb}".strip() if cue else ""
    if cue and cue.unknown_verb:
        return f"unknown verb ‘{cue.verb}’ beside a named subject"
    # (several speakers of one joint quotation: one reason that names them all, not a reason each)
    whose = speaker.name if len(speakers) < 2 else and_list(s.name for s in speakers)
    if speaker.basis == "carried":
        return f"goes on from {whose}'s quotation just before"
    if speaker.basis == "headline":
        return f"the words of {whose}'s quotation in the body"
    if len(speakers) > 1:
        return f"‘{phrase}’ means " + and_list(s.name for s in speakers)
    if speaker.unnamed:
        return f"‘{phrase or speaker.name}’, a speaker the text does not name"
    if speaker.basis == "pronoun":
        if context.paragraph_speaker is not None and context.paragraph_speaker.name == speaker.name:
            return (
                f"‘{phrase}’ after the sentence whose subject is {speaker.name}"
                if context.paragraph_reason.startswith("the subject")
                else f"‘{phrase}’ means {speaker.name}, {context.paragraph_reason}"
            )
        return f"‘{phrase}’ means {speaker.name}, named last before"
    if speaker.basis in ("role", "statement", "surname") and phrase and phrase != speaker.name:
        return f"‘{phrase}’ means {speaker.name}, named earlier"
    if cue and cue.pattern.startswith("after"):
        return f"after ‘{said}’"
    if cue and cue.pattern.startswith(("before", "block")):
        return f"before ‘{said}’"
    if cue and cue.pattern.startswith("heading"):
        return f"the heading's ‘{phrase}:’"
    if cue and cue.verb:
        return f"‘{cue.verb}’ in the sentence whose subject is {speaker.name}"
    return ""


def _names_unmarked(text):
    """`text` with the marks around a short name or term taken off, (“the opposition “Hayastan” faction”, the
    law “On State Pensions”, an “orange” warning: not quotations), offsets kept."""
    names = re.sub(
        rf"[“\"«]((?:[{UPPER}][^\s“”\"«»]*\s?){{1,4}})[”\"»]",
        lambda m: " " + m.group(1) + " " * (len(m.group(0)) - len(m.group(1)) - 1),
        text,
    )
    # and a term of a word or two (an “orange” warning)
    return re.sub(r"[“\"«]([^\s“”\"«»]+(?:\s[^\s“”\"«»]+)?)[”\"»]", lambda m: " " + m.group(1) + " ", names)


def _lead_subject(copy, q, context, since=None):
    """The Speaker who is the subject of the sentence just before `q` in its paragraph (after the
    quotation before it, `since`) or, for a quotation opening its paragraph, of the paragraph before;
    a subject that is itself “he” or “she” stands for the subject of the sentence before it (“Davit
    Sahakyan said … He cited the case of Armen Petrosyan's family … “…,” he said.”). None when the
    sentence before has no subject that speaks."""
    part = copy.parts[q.part] if q.part >= 0 else copy.head
    start = since if since is not None else part.start
    text = copy.source[start : q.start - 1]
    if since is not None and not re.match(rf"[”\"’»]?\s+[{UPPER}]", text):
        text = re.split(rf"(?<=[.!?])\s+(?=[{UPPER}])", text.strip(), maxsplit=1)[
            1:
        ]  # past the cue of the quotation before
        text = text[0] if text else ""
    text = text.lstrip('”"’» ')
    if not text.strip() and since is None and q.part > 0 and copy.parts[q.part - 1].kind == "paragraph":
        before = copy.parts[q.part - 1]  # the quotation opens its paragraph: the paragraph before
        start = before.start
        text = copy.source[before.start : before.end]
        last_mark = max(_names_unmarked(text).rfind(m) for m in '“”"«»')
        if last_mark >= 0:  # the sentences after the last quotation of it
            text = re.split(rf"(?<=[.!?])\s+(?=[{UPPER}])", text[last_mark + 1 :].strip(), maxsplit=1)[1:]
            text = text[0] if text else ""
    if not text.strip() or re.search(r"[“”\"«»]", _names_unmarked(text)):
        return None
    text = _names_unmarked(text)  # (“MP of the opposition “Hayastan” faction Artur Grigoryan”: a subject)
    sentences = [x for x in re.split(rf"(?<=[.!?])\s+(?=[{UPPER}])", text.strip()) if x.strip()]
    if sentences and (
        (q.mention_start is not None and q.mention_start < q.start)
        or not re.search(r"[.!?][”\"’»]?$", sentences[-1].strip())
    ):
        # “Asked about it, she said the agreement “…””, “The talks were “…,” he added”: the pronoun's
        # own sentence is not the one before it
        sentences = sentences[:-1]
    for sentence in reversed(sentences[-3:]):
        found = _sentence_subject(copy, q, context, sentence.rstrip(), start)
        if found != "again":
            return found
    return None


def _sentence_subject(copy, q, context, sentence, start):
    """The speaker who is the subject of `sentence`, None, or "again" when the subject is the same
    pronoun as `q`'s: the sentence before tells who."""
    grammar, lx = context.grammar, context.lx
    final = re.search(
        rf",\s+((?:the|a|an)\s+[^,]+?|[{UPPER}][^,]+?)\s+(?:{grammar.VERB}|reported)(?:\s+on\s+\w+)?\.$",
        sentence,
    )
    if final:  # “Azerbaijani forces fired on the village, the Armenian Defence Ministry said.”
        subject = final.group(1)
    else:
        subject = grammar.main_subject(sentence)
        rest = sentence[sentence.find(subject) + len(subject) :] if subject else ""
        verb = re.match(
            r"[,\s]+(?:(?:also|then|later|has|have|was|were|is|would|will|had|already|\w+ly)\s+)*(\w+)", rest
        )
        speech = verb and verb.group(1).lower() in grammar.fragment_forms | grammar.lead_forms
        pronoun = (q.mention or "").lower()
        speech = speech or (not pronoun and verb and verb.group(1).lower() in OPINION_FORMS)
        if subject and subject.lower() == pronoun and pronoun in {"he", "she"}:
            return "again"
        if not speech and not (verb and pronoun in {"he", "she"}):
            return None  # “Azerbaijani forces fired on the village.”: nobody speaking (“it said”)
    if not subject or subject.lower() in lx.pronouns:
        return None
    at = copy.source.find(sentence, start)
    if at < 0:
        at = start + _names_unmarked(copy.source[start:]).find(sentence)
    found = resolve_phrase(subject, at + max(sentence.find(subject), 0), context)
    if found and (q.mention or "").lower() in {"he", "she"} and found.kind != "person":
        return None
    return found


def _group_subject(copy, q, layout, context):
    """“they” inside a sentence whose subject is a group of people the text does not name
    (“In Yerevan, opposition MPs criticised what they called …”)."""
    if q.mention_start is None or q.mention_start > q.start:
        return False
    paragraph = layout.paragraph(q.part)
    start = paragraph.start + paragraph.sentence_start(q.mention_start - paragraph.start)
    sentence = copy.source[start : q.mention_start]
    m = re.search(
        rf"(?:^|,\s+)(?:[{UPPER}{LOWER}][\w\-]*\s+){{0,2}}?([{UPPER}{LOWER}]+s)\s+(?:\w+ly\s+|also\s+)?[{LOWER}]+ed\b",
        sentence,
    )
    return bool(m) and group_of_people(m.group(1), context.lx)


def _second_part(copy, previous, q):
    """`q` goes on with the sentence of the quotation before it, split by that one's cue: the first part closes
    on a comma, nothing but its cue stands between (who, the verb and a few words: “told Kommersant”), ending on a
    comma, and `q` opens straight after it. Not where somebody else speaks between (“…,” X said, and his lawyer Y
    added, “…”)."""
    cue = previous.found if previous is not None else None
    if cue is None or not previous.speakers or previous.last_part != q.part or not cue.phrase or not cue.verb:
        return False
    between = copy.source[previous.end + 1 : q.start - 1]
    if not (
        cue.pattern.startswith("after:")
        and previous.text.rstrip().endswith(",")
        and cue.at is not None
        and previous.end < cue.at < q.start
        and re.fullmatch(r"(?:[^.!?;:“”\"«»]|\.(?=\w)){3,200},\s*", between)  # (“told Report.az,”)
        and cue.phrase in between
    ):
        return False
    rest = re.findall(r"[\w’'\-]+", between.replace(cue.phrase, " ", 1))
    return cue.verb.split()[0] in rest and len(rest) <= 5


def _opens_paragraph(copy, q):
    """`q` opens its paragraph, and the paragraph holds nothing but quoted words and their punctuation."""
    if q.part <= 0 or q.heading or q.block:
        return False
    part = copy.parts[q.part]
    if part.kind != "paragraph" or q.start - part.start > 1:
        return False
    outside = re.sub(r"“[^”]*”|\"[^\"]*\"|«[^»]*»|‘[^’]*’", "", copy.source[part.start : part.end])
    return not re.search(r"\w", outside)


def _follows_on(copy, previous, q, mentions, mention_starts):
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
    i = bisect_left(mention_starts, after)
    while i < len(mentions) and mentions[i].start < stop:
        if mentions[i].kind == "person" and mentions[i].name != previous.speaker:
            return False
        i += 1
    return True
