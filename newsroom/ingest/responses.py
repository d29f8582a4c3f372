"""Stage 7: the statements a report says its statements answer, proposed as links between them.

The reporter's sentence around a quotation often says what the words answer: “Keller dismissed
claims by Ostmark's Foreign Ministry that …”, “Responding to Brandt, the ministry said: “…””,
“Echoing a weekend statement by …”, ““…,” she said, hitting back at the mayor”. Each construction is
a small named `AnswerCue` with the sentences it exists for, tried in the order ANSWER_CUES states;
it gives the kind of link (newsroom.claims.kinds) and the words that name who is answered.

A proposal needs all of three things, or none is made:
- a cue in the sentence the quotation stands in, or in the sentence before when the quotation opens
  its own, whose subject is the quotation's speaker: a finite verb's own subject (“Keller dismissed”),
  or, for a participle or a preposition (“dismissing”, “in response to”), the subject of the
  quotation's sentence, or of the sentence before where that names the speaker;
- who is answered: the party the cue names (an actor the newsroom holds, or a speaker this report
  quotes), else, where neither the cue nor another in its sentence names anybody (“denied the
  accusations”), the speaker of the quotation just before it, where the words around that quotation
  call it what the cue answers (“accused”);
- a statement of theirs, made no later than the answer: one this report quotes (held or new), the
  one whose words the cue or the answer repeats; else one the newsroom holds, the one whose words
  overlap, else the latest.
A proposal is `sure` (accepted unless the editor says otherwise) only when the cue names the party
and the report or the words point to the statement; otherwise the review preselects nothing.

Pure: the registry is what the newsroom already holds; nothing is read from or written to the database.
"""

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from newsroom.core.phrases import and_list
from newsroom.core.quoting import overlap
from newsroom.ingest.actors import normalise_name
from newsroom.ingest.grammar import MASK, SUBJECT_PRONOUNS, alternation
from newsroom.ingest.letters import UPPER
from newsroom.ingest.lexicon import english_forms
from newsroom.ingest.records import LinkProposal, LinkTarget

MATCH_SHARE = 0.25  # of the cue's (or the answer's) word triples a held statement must carry to be the one meant
MAX_CANDIDATES = 5  # statements offered to the editor for one link
EVIDENCE_MAX = 400  # characters of the report's words kept as the link's evidence
NEAR = 2  # paragraphs between a cue that names nobody and the quotation it is taken to answer

# What a statement is called when a cue's verb takes it as its object. A claim of fact is denied or
# confirmed; a saying (a call, a criticism, a position) is rejected or dismissed: an answer, not a denial.
CLAIMS = "claim allegation accusation assertion account version suggestion report finding information rumour rumor"
SAYINGS = (
    "statement remark comment word post message position view assessment warning criticism call demand "
    "proposal denial explanation threat ultimatum interview speech tweet"
)
# Nouns that do not say whose they are (news reports, findings, rumours): the cue must name who.
UNOWNED = {"report", "finding", "information", "rumour", "rumor"}
NOUN = rf"(?:{alternation(CLAIMS.split() + SAYINGS.split())})(?:s|es)?"
# What the words after “in response to” name when they answer the reporter, not a statement.
ASKED = re.compile(
    r"^\s*(?:(?:an?|the|our|his|her|their|its)\s+)?(?:\w+\s+)?(?:questions?|inquiry|inquiries|enquiry|request|"
    r"queries|query|reporters|journalists)\b",
    re.IGNORECASE,
)
# A verb whose subject is not doing it: “did not deny”, “refused to confirm”, “accused X of denying”.
NOT_DONE = re.compile(
    r"\b(?:not|never|n[’']t|neither|nor|to|of|for|from|about|without|against)\s+(?:\w+ly\s+)?$", re.IGNORECASE
)
# Where the words naming the answered statement end: what it said (“that …”), or another clause.
OBJECT_END = re.compile(
    r"\s(?:that|alleging|saying|claiming|as|and|but|which|who|because|after|when|while|before|since|during|"
    r"in an?|on \w+day|at an?|at the|calling|adding|telling|writing|over|about)\b|[\x00;:!?()—–]|,\s|\.\s*$"
)
CLAUSE_END = re.compile(r"[;:!?—–]|,\s+(?:saying|adding|telling|calling|writing|and|but)\b|\.\s*$")
# whose it is: “claims by X”, “criticism from X” (“criticism of the bill” says what it is about)
PARTY_AFTER = re.compile(r"\b(?:by|from)\s+(?P<party>\S.*)$")
OWNER = re.compile(r"^(?P<owner>.+?)[’'](?:s\b)?\s+(?:[\w\-]+\s+){0,3}?$")
CAPITALISED = re.compile(rf"(?<![\w’'])(?!The\b)[{UPPER}][\w\-]*(?:\s+[{UPPER}][\w\-]*)*")
OWN = re.compile(r"(?:his|her|its|their)\b", re.IGNORECASE)
# Words that call a statement an attack, which an answer to “the criticism” may answer.
ATTACK = r"accus|alleg|critici[sz]|condemn|slam|attack|blam|denounc"


def _forms(lemmas):
    """Every form of the verbs `lemmas` (“deny, rebut:rebutted rebutting”: a lemma and its irregular
    forms, as the lexicon writes them) that carries a cue: finite (“denied”, “denies”) or the
    participle (“denying”)."""
    out = set()
    for spec in lemmas.split(","):
        lemma, _, irregular = spec.strip().partition(":")
        forms = english_forms(lemma, irregular)
        out |= forms["third"] | forms["past"] | forms["ing"]
    return frozenset(out)


@dataclass(frozen=True)
class AnswerCue:
    """One construction of the reporter's that says a statement answers another.

    `verbs` (lemmas, as the lexicon writes them) or a fixed `phrase` (“in response to”); `after` the
    words that may follow the verb and lead to whom it answers (“hit back at”). A verb's finite form
    has its own subject, which must be the speaker; its participle and a phrase take the sentence's.
    """

    name: str  # what tests and readers of this table call it
    kind: str  # the kind of link it states (newsroom.claims.kinds)
    # What must follow: "noun" (“denied the claims”), "party" (a noun or whom: “echoing Brandt”), "" (nothing).
    needs: str
    examples: tuple  # (sentence, the answered party as printed or "" for nobody named, kind): what it exists for
    verbs: str = ""
    phrase: str = ""
    after: str = ""
    saying_kind: str = ""  # the kind when its object is a saying, not a claim of fact (“rejected the criticism”)
    guess_party: bool = True  # where it names nobody, the speaker quoted just before may be meant

    @cached_property
    def words(self):
        """The cue's words, compiled once."""
        words = self.phrase or rf"\b(?:{alternation(_forms(self.verbs))})\b{self.after}"
        return re.compile(words, re.IGNORECASE)  # “Responding to …” opens a sentence

    def finite(self, word):
        """Whether the matched `word` is a finite verb (its own subject), not a participle or a phrase."""
        return bool(self.verbs) and not word.split()[0].endswith("ing")

    def __repr__(self):
        return f"AnswerCue({self.name!r})"


ANSWER_CUES = (
    AnswerCue(
        "in response to",
        "responds_to",
        needs="party",
        phrase=r"\bin (?:a |direct )?(?:response|reply|answer|riposte) to\b",
        examples=(
            (
                "In response to the Halvard Institute's statement, the ministry said it would wait.",
                "the Halvard Institute",
                "responds_to",
            ),
            ("In response to the accusations, the ministry said it had nothing to hide.", "", "responds_to"),
        ),
    ),
    AnswerCue(
        "responded to",
        "responds_to",
        needs="party",
        verbs="respond to, reply to, react to",
        examples=(
            (
                "Responding to Mayor Lina Torvik, the governor said the bridge would open.",
                "Mayor Lina Torvik",
                "responds_to",
            ),
            ("The governor responded to Torvik's remarks on Friday.", "Torvik", "responds_to"),
        ),
    ),
    AnswerCue(
        "hit back",
        "criticises",
        needs="",
        verbs="hit back:hit hitting, lash out, strike back:struck striking",
        after=r"(?:\s+(?:at|by (?:calling|accusing|saying))\b)?",
        examples=(
            ("The governor hit back at Mayor Lina Torvik on Friday.", "Mayor Lina Torvik", "criticises"),
            ("“We will not be lectured,” the governor said, hitting back at Torvik.", "Torvik", "criticises"),
            ("The governor hit back within the hour.", "", "criticises"),
        ),
    ),
    AnswerCue(
        "echoed",
        "echoes",
        needs="party",
        verbs="echo",
        examples=(
            (
                "Echoing a weekend statement by the Halvard Institute, the minister said the dam was safe.",
                "the Halvard Institute",
                "echoes",
            ),
            ("The minister echoed the institute's position at a briefing.", "the institute", "echoes"),
        ),
    ),
    AnswerCue(
        "contradicted",
        "contradicts",
        needs="party",
        verbs="contradict",
        examples=(
            (
                "The mayor said the water was clean, contradicting Governor Emil Sarn.",
                "Governor Emil Sarn",
                "contradicts",
            ),
            ("The mayor contradicted Sarn's account on Monday.", "Sarn", "contradicts"),
        ),
    ),
    AnswerCue(
        "denied",
        "denies",
        needs="noun",
        verbs="deny, refute, rebut:rebutted rebutting",
        examples=(
            (
                "The ministry denied claims by the Halvard Institute that the dam was leaking.",
                "the Halvard Institute",
                "denies",
            ),
            ("“The dam is sound,” the ministry said, denying Sarn's claims.", "Sarn", "denies"),
            ("The ministry denied the accusations.", "", "denies"),
        ),
    ),
    AnswerCue(
        "dismissed",
        "denies",
        needs="noun",
        verbs="reject, dismiss",
        saying_kind="responds_to",
        examples=(
            (
                "Keller dismissed claims by Ostravia's ombudsman that the dam was leaking.",
                "Ostravia's ombudsman",
                "denies",
            ),
            ("The ministry rejected the criticism from the Halvard Institute.", "the Halvard Institute", "responds_to"),
            (
                "The ministry said the dam was sound, dismissing reports by the Halvard Institute.",
                "the Halvard Institute",
                "denies",
            ),
        ),
    ),
    AnswerCue(
        "confirmed",
        "confirms",
        needs="noun",
        verbs="confirm",
        guess_party=False,  # “confirmed reports of a fire”: what is confirmed is a fact, unless the cue says whose
        examples=(("The governor confirmed the mayor's account of the flood.", "the mayor", "confirms"),),
    ),
    AnswerCue(
        "criticised",
        "criticises",
        needs="noun",
        verbs="criticise, criticize, slam:slammed slamming, condemn",
        examples=(("The governor criticised Torvik's remarks.", "Torvik", "criticises"),),
    ),
    AnswerCue(
        "clarified",
        "clarifies",
        needs="noun",
        verbs="clarify",
        examples=(("The ministry later clarified its earlier statement.", "", "clarifies"),),
    ),
    AnswerCue(
        "retracted",
        "retracts",
        needs="noun",
        verbs="retract, withdraw:withdrew withdrawn",
        examples=(("The senator retracted her remarks on Tuesday.", "", "retracts"),),
    ),
)
OWN_KINDS = ("retracts", "clarifies")  # kinds a speaker may state of their own earlier words


# Reading one cue in one sentence ---------------------------------------------------------------


@dataclass(frozen=True)
class Sentence:
    """A sentence around a quotation, masked (layout.py), and where it stands in the file."""

    text: str
    at: int  # offset in the file of text[0]
    part: int  # the index of its paragraph
    own: bool  # the quotation stands in it (else it is the sentence before)


@dataclass(frozen=True)
class Reading:
    """What one cue says in one sentence: the kind of link, who is answered, and its words."""

    cue: AnswerCue
    kind: str
    start: int  # offsets of the cue's words in the sentence
    end: int
    finite: bool  # its verb has its own subject
    party: str  # the words naming who is answered, as printed; "" when they name nobody
    party_at: int  # offset of `party` in the sentence
    noun: str  # what the cue calls the answered statement (“claims”), or ""
    own_words: bool  # “his earlier remarks”: the speaker's own statement (a retraction, a clarification)
    words: str  # the cue and the words naming what it answers, as printed (the reviewer's reason)
    evidence: str  # the clause as printed, what the answered statement said included
    content: str  # the words of what it said (“that troops had crossed the river”), for comparing wordings


def read_cue(cue, sentence, source=None):
    """Each Reading of `cue` in `sentence` (a Sentence; `source` the file, for the words as printed), in order."""
    source = source if source is not None else sentence.text
    for m in cue.words.finditer(sentence.text):
        if NOT_DONE.search(sentence.text[: m.start()]):
            continue
        reading = _reading(cue, sentence, m, source)
        if reading is not None:
            yield reading


def _printed(source, sentence, start, end):
    """The file's words between two offsets of a sentence, as printed (quotation marks included)."""
    return " ".join(source[sentence.at + start : sentence.at + end].split()).strip(" ,")


def _reading(cue, sentence, m, source):
    """The Reading of a cue matched by `m`, from the words after it; None when they do not name a
    statement or whom it answers (“denied access”, “in response to a question”)."""
    text = sentence.text
    region_at = m.end() + len(text[m.end() :]) - len(text[m.end() :].lstrip())
    region = text[region_at:]
    stop = OBJECT_END.search(region)
    region = region[: stop.start() if stop else len(region)].rstrip(" ,.")
    if cue.phrase and ASKED.match(region):
        return None
    found = _object(cue, region, m.group(0))
    if found is None:
        return None
    party, party_at, noun = found
    clause = CLAUSE_END.search(text, region_at + len(region))
    clause_end = clause.start() if clause else len(text)
    content = text[region_at + len(region) : clause_end].replace(MASK, " ")
    content = re.sub(r"^\W*(?:that|alleging|saying|claiming)\b", "", content)
    return Reading(
        cue=cue,
        kind=cue.saying_kind if cue.saying_kind and _is_saying(noun) else cue.kind,
        start=m.start(),
        end=m.end(),
        finite=cue.finite(m.group(0)),
        party=party,
        party_at=region_at + party_at,
        noun=noun,
        own_words=bool(noun) and not party and bool(OWN.match(region)),
        words=_printed(source, sentence, m.start(), region_at + len(region)),
        evidence=_printed(source, sentence, m.start(), clause_end)[:EVIDENCE_MAX],
        content=" ".join(content.split()),
    )


def _singular(noun):
    noun = noun.lower()
    for form in (noun, noun[:-1], noun[:-2]):
        if form in CLAIMS.split() or form in SAYINGS.split():
            return form
    return noun


def _is_saying(noun):
    return bool(noun) and _singular(noun) in SAYINGS.split()


def _object(cue, region, matched):
    """(party, offset in `region`, noun) of the words after a cue: who they name (“claims by X”, “X's
    remarks”, “the EU criticism”, “hit back at X”) and the statement noun (“” where none); None when
    the cue needs what they do not give."""
    noun = re.search(rf"\b{NOUN}\b", region, re.IGNORECASE)
    if noun and len(region[: noun.start()].split()) > 6:
        noun = None  # too far from the verb to be its object
    if noun:
        before, tail = region[: noun.start()], region[noun.end() :]
        by = PARTY_AFTER.search(tail)
        if by and not ASKED.match(by.group("party")):
            return by.group("party").strip(), noun.end() + by.start("party"), noun.group(0)
        owner = OWNER.match(before)
        if owner and not OWN.fullmatch(owner.group("owner").strip()):
            return owner.group("owner").strip(), owner.start("owner"), noun.group(0)
        named = CAPITALISED.search(before)  # “the EU criticism”, “Western criticism”
        if named:
            return named.group(0), named.start(), noun.group(0)
        return "", 0, noun.group(0)
    if cue.needs == "noun":
        return None
    if cue.needs == "" and not re.search(r"\b(?:at|by \w+)$", matched):
        return "", 0, ""  # “hit back within the hour”: names nobody
    if not region:
        return None
    if cue.needs == "party" and not (region[:1].isupper() or region.startswith("the ")):
        return None  # “echoed through the hall”, “contradicting himself”
    return region, 0, ""


# The report ------------------------------------------------------------------------------------


@dataclass
class Party:
    """Who a cue says is answered: an actor the newsroom holds (`actor`), the report's drafts of theirs."""

    name: str
    actor: str | None = None
    drafts: list = field(default_factory=list)
    named: bool = True  # the cue names them; False: the speaker quoted just before the cue


@dataclass
class Report:
    """What every proposal of one report reads: its drafts and quotations, whom it names, what the
    newsroom holds; indexed once, so that a report of many quotations costs no more per cue."""

    copy: object
    layout: object
    grammar: object
    registry: object
    mentions: list  # in order
    drafts: list  # in order of their first quotation
    quotations: list  # in order
    number: dict  # id(quotation) → its index in the analysis's quotations
    by_speakers: dict = field(default_factory=dict)  # the speakers' key → their drafts, in order
    held: dict = field(default_factory=dict)  # actor slug → its StatementRecords, the latest first
    dates: dict = field(default_factory=dict)  # statement pk → made_on
    found: dict = field(default_factory=dict)  # (phrase, kind) → what registry.find gave

    @classmethod
    def of(cls, copy, drafts, quotations, mentions, layout, registry, language):
        report = cls(
            copy=copy,
            layout=layout,
            grammar=language.grammar,
            registry=registry,
            mentions=sorted(mentions, key=lambda m: m.start),
            drafts=sorted(drafts, key=lambda d: d.quotations[0].start),
            quotations=sorted(quotations, key=lambda q: q.start),
            number={id(q): n for n, q in enumerate(quotations)},
        )
        for draft in report.drafts:
            report.by_speakers.setdefault(_speakers_key(draft), []).append(draft)
        for statement in registry.statements:
            report.held.setdefault(statement.actor, []).append(statement)
            report.dates[statement.pk] = getattr(statement, "made_on", None)
        for statements in report.held.values():
            statements.sort(key=lambda s: (getattr(s, "made_on", None) or date.min, s.pk), reverse=True)
        return report

    @cached_property
    def mention_starts(self):
        return [m.start for m in self.mentions]

    @cached_property
    def quotation_ends(self):
        return [q.end for q in self.quotations]

    def find(self, phrase, kind=""):
        """The registry's actor for `phrase` (registry.find), asked once per phrase."""
        if (phrase, kind) not in self.found:
            self.found[phrase, kind] = self.registry.find(phrase, kind)[0]
        return self.found[phrase, kind]


def propose_links(copy, drafts, quotations, mentions, layout, registry, language):
    """The LinkProposals of a report: for each StatementDraft, the statements its copy says it
    answers. `quotations` are the analysis's (the proposals name them by index)."""
    drafts = [d for d in drafts if d.quotations and d.speakers]
    report = Report.of(copy, drafts, quotations, mentions, layout, registry, language)
    proposals, made = [], set()
    for draft in report.drafts:
        for sentence in _sentences_of(draft, report):
            readings = [reading for cue in ANSWER_CUES for reading in read_cue(cue, sentence, copy.source)]
            # “In response to the EU's statement, X dismissed claims that …”: the sentence says whom it
            # answers, and nobody is guessed for the cue that names nobody
            guess = not any(reading.party for reading in readings)
            for reading in readings:
                proposal = _proposal(draft, sentence, reading, report, guess)
                # one link from a statement to another, however many cues say so
                if proposal is not None and (proposal.quotations, proposal.target.key) not in made:
                    made.add((proposal.quotations, proposal.target.key))
                    proposals.append(proposal)
    return proposals


def _sentences_of(draft, report):
    """The sentences each quotation of the draft stands in, and the sentence before one that opens its
    own (“Keller dismissed the claims. “…,” he said.”), once each."""
    found = {}
    for q in draft.quotations:
        if q.block or q.part < 0:
            continue
        paragraph = report.layout.paragraph(q.part)
        open_at = max(q.start - 1 - paragraph.start, 0)
        start, end = paragraph.sentence_start(open_at), paragraph.sentence_end(open_at)
        found.setdefault(
            paragraph.start + start, Sentence(paragraph.masked[start:end], paragraph.start + start, q.part, True)
        )
        if paragraph.masked[start:open_at].strip(" \x00"):
            continue
        before = _sentence_before(report, q.part, start)
        if before is not None:
            found.setdefault(before.at, before)
    return [found[at] for at in sorted(found)]


def _sentence_before(report, part, start):
    """The sentence before the one that starts at `start` of paragraph `part`: in the same paragraph,
    or the last of the paragraph before."""
    paragraph = report.layout.paragraph(part)
    if start > 0:
        for a, b in paragraph.sentences_before(start, 1):
            return Sentence(paragraph.masked[a:b], paragraph.start + a, part, False)
        return None
    if part == 0 or report.copy.parts[part - 1].kind != "paragraph":
        return None
    previous = report.layout.paragraph(part - 1)
    sentences = previous.sentences()
    if not sentences:
        return None
    a, b = sentences[-1]
    return Sentence(previous.masked[a:b], previous.start + a, part - 1, False)


def _proposal(draft, sentence, reading, report, guess=True):
    """The LinkProposal a Reading makes for a draft, or None when its subject is not the speaker, the
    party is nobody the report or the newsroom knows (or, without `guess`, nobody the cue names), or
    they made no statement before it."""
    if not _subject_is_speaker(draft, sentence, reading, report):
        return None
    party = _party(draft, sentence, reading, report, guess)
    if party is None:
        return None
    found = _target(draft, party, reading, report, sentence.at + reading.start)
    if found is None:
        return None
    target, candidates, matched = found
    sure = party.named and matched
    return LinkProposal(
        quotations=tuple(report.number[id(q)] for q in draft.quotations),
        kind=reading.kind,
        target=target,
        evidence=reading.evidence,
        why=f"after ‘{reading.words}’" + ("" if party.named else f": {party.name}, quoted before"),
        answered=party.name,
        candidates=candidates,
        sure=sure,
        accept=True if sure else None,
    )


# Who said it, and who is answered ----------------------------------------------------------------


def _subject_is_speaker(draft, sentence, reading, report):
    """Whether the cue's subject is the draft's speaker: a finite verb's own subject; for a participle
    or a phrase, the speaker the quotation's own sentence attributes it to, or the subject of the
    sentence before."""
    grammar = report.grammar
    if reading.finite or (sentence.own and _others_quoted_in(sentence, draft, report)):
        # (a participle in a sentence quoting somebody else too: ““…,” X said, but Y, dismissing …”)
        prefix = sentence.text[: reading.start]
        subject = grammar.clause_subject(prefix, strict=False)
    elif sentence.own:
        return True
    else:
        prefix = sentence.text
        subject = grammar.main_subject(sentence.text[reading.end :]) or grammar.main_subject(sentence.text)
    if not subject:
        return False
    at = sentence.at + max(prefix.rfind(subject), 0)
    if subject.lower() in SUBJECT_PRONOUNS:
        mention = _mention_before(report, at, subject.lower())
        return mention is not None and _names_speaker(mention.name, draft.speakers, report)
    return any(_names_speaker(phrase, draft.speakers, report) for phrase in _phrases(subject, at, report))


def _others_quoted_in(sentence, draft, report):
    """Whether the sentence quotes another speaker besides the draft's."""
    mine, own = _speakers_key(draft), {id(q) for q in draft.quotations}
    start = bisect_left(report.quotation_ends, sentence.at + 1)
    for q in report.quotations[start:]:
        if q.start >= sentence.at + len(sentence.text):
            return False
        if q.speakers and id(q) not in own and _speakers_key_of(q.speakers) != mine:
            return True
    return False


def _phrases(words, at, report):
    """What the words at offset `at` may name somebody by: the people and organisations named in them
    (titles off: “Defence Minister Anton Keller” is Anton Keller), then each part an appositive sets off
    (“Elnur Rzayev, a foreign policy adviser to …”)."""
    named = [
        m.name
        for m in report.mentions
        if at <= m.start < at + len(words) and m.kind in ("person", "organisation") and m.name
    ]
    return [*named, *(part.strip() for part in words.split(",") if part.strip())]


def _mention_before(report, at, pronoun):
    """The last person (he, she) or organisation (it) named before offset `at`."""
    kinds = {"he": ("person",), "she": ("person",), "it": ("organisation",)}.get(pronoun, ("person", "organisation"))
    for mention in reversed(report.mentions[: bisect_left(report.mention_starts, at)]):
        if mention.kind in kinds and mention.name:
            return mention
    return None


def _names_speaker(phrase, speakers, report):
    """Whether `phrase` (“Keller”, “the ministry”, “Ostravia's Foreign Ministry”) names one of `speakers`."""
    return any(_names(phrase, speaker, report) for speaker in speakers)


def _names(phrase, speaker, report):
    """Whether `phrase` names `speaker`: the actor the registry finds under it; the name, a person's
    surname alone, or the words of an organisation's name (“the Foreign Ministry”: the Armenian Foreign
    Ministry); or, for a description (“the ombudsman”, “the ministry”, “Ostravia's ombudsman”), the
    word the speaker's name or role ends with, and whose it is as the text tells of them."""
    key = normalise_name(phrase)
    if not key or speaker.unnamed or not speaker.name:
        return False
    if speaker.actor:
        actor = report.find(phrase, speaker.kind)
        if actor is not None:
            return actor.slug == speaker.actor
    name = normalise_name(speaker.name)
    if key == name or (speaker.role and key == normalise_name(speaker.role)):
        return True
    words = re.findall(r"[\w’'\-]+", phrase)
    if words[-1][:1].isupper():  # a name
        if speaker.kind == "person":
            return len(key.split()) == 1 and key == name.split()[-1]
        return len(key.split()) >= 2 and set(key.split()) <= set(name.split())
    head = key.split()[-1]
    owners = {normalise_name(w) for w in words[:-1] if w[:1].isupper() and w != "The"}
    told = set(normalise_name(f"{speaker.name} {speaker.role} {speaker.affiliation}").split())
    heads = set(name.split()) | set(normalise_name(speaker.role).split()[-1:])
    return len(key.split()) <= 5 and head in heads and owners <= told


def _party(draft, sentence, reading, report, guess=True):
    """Who the reading says is answered (a Party), or None: nobody the report quotes or the newsroom
    holds; the speaker themself, unless the kind is their own to state (a retraction, a clarification);
    or nobody named where the cue or its noun cannot tell whom it means."""
    own = reading.kind in OWN_KINDS
    if reading.party:
        party = _named_party(reading, sentence, report)
        if party is None:
            return None
        mine = {_speakers_key(draft)}
        is_self = any(_speakers_key(d) in mine for d in party.drafts) or (
            party.actor is not None and party.actor in {s.actor for s in draft.speakers}
        )
        if is_self and not own:
            return None
        party.drafts = [d for d in party.drafts if d is not draft]
        return party
    if reading.own_words and own:
        speaker = draft.speakers[0]
        drafts = [d for d in report.by_speakers[_speakers_key(draft)] if d is not draft]
        return Party(name=speaker.name, actor=speaker.actor, drafts=drafts)
    if not guess or not reading.cue.guess_party or _singular(reading.noun) in UNOWNED:
        return None  # “denied reports that …”: news reports, not a statement anybody here made
    return _quoted_before(draft, sentence, reading, report)


def _speakers_key(draft):
    return _speakers_key_of(draft.speakers)


def _speakers_key_of(speakers):
    """Who the speakers are, as drafts are told apart: the same speakers, the same key."""
    return frozenset(s.actor or normalise_name(s.name) for s in speakers)


def _named_party(reading, sentence, report):
    """The Party the cue's words name: the person or organisation named at the head of the phrase
    (“Ostravia's Foreign Minister Ivo Brandt”: Brandt), else the phrase itself; a speaker this report
    quotes, else an actor the newsroom holds."""
    start = sentence.at + reading.party_at
    end = start + len(reading.party)
    # the name at the head of the words, not a possessor's (“Ostravia's Foreign Minister Ivo Brandt”)
    names = [
        (m.name, m.kind)
        for m in report.mentions
        if start <= m.start < end and m.end >= end - 2 and m.kind in ("person", "organisation") and m.name
    ]
    for phrase, kind in [*names, (reading.party, "")]:
        keys = [key for key, drafts in report.by_speakers.items() if _names_speaker(phrase, drafts[0].speakers, report)]
        if len(keys) > 1:
            return None  # the words fit more than one speaker: not sure which
        if keys:
            drafts = report.by_speakers[keys[0]]
            speakers = drafts[0].speakers
            actor = speakers[0].actor if len(speakers) == 1 else None
            return Party(name=and_list(s.name for s in speakers), actor=actor, drafts=drafts)
        actor = report.find(phrase, kind)
        if actor is not None:
            return Party(name=actor.name, actor=actor.slug)
    return None


def _quoted_before(draft, sentence, reading, report):
    """Who a cue that names nobody answers (“Keller denied the accusations”): the speaker of the last
    quotation before it, somebody else, quoted no more than NEAR paragraphs before, where the
    words around that quotation call it what the cue answers (“accused”, “claimed”, “criticised”).
    None otherwise: the speaker quoted before is not always the one answered (“He has denied the
    accusations throughout the trial”, after the judge's words: the prosecutors' accusations)."""
    at = sentence.at + reading.start
    mine = {id(q) for q in draft.quotations}
    ended = bisect_left(report.quotation_ends, at + 1)  # the quotations that end before the cue
    last = next((q for q in reversed(report.quotations[:ended]) if id(q) not in mine), None)
    if last is None or sentence.part - last.last_part > NEAR:
        return None
    answered = next((d for d in report.drafts if any(q is last for q in d.quotations)), None)
    if answered is None or _speakers_key(answered) == _speakers_key(draft):
        return None
    # what they said around it: that quotation's words and the others of theirs in its paragraph and the one before
    near = [
        q
        for d in report.by_speakers[_speakers_key(answered)]
        for q in d.quotations
        if last.part - 1 <= q.part <= last.part
    ]
    if not any(_called_so(q, reading.noun, report) for q in near):
        return None
    speakers = answered.speakers
    actor = speakers[0].actor if len(speakers) == 1 else None
    return Party(name=and_list(s.name for s in speakers), actor=actor, drafts=[answered], named=False)


def _called_so(q, noun, report):
    """Whether the words around quotation `q` (its sentence and the one before) call what was said
    what the cue calls the statement it answers (“criticised” for “the criticism”), or an attack."""
    paragraph = report.layout.paragraph(q.part)
    open_at = max(q.start - 1 - paragraph.start, 0)
    start, end = paragraph.sentence_start(open_at), paragraph.sentence_end(open_at)
    words = paragraph.masked[start:end]
    before = _sentence_before(report, q.part, start)
    words += " " + (before.text if before else "")
    called = f"{re.escape(_singular(noun)[:5])}|{ATTACK}" if noun else ATTACK
    return bool(re.search(rf"\b(?:{called})", words, re.IGNORECASE))


# The statement answered ------------------------------------------------------------------------


def _answer_dates(draft, report):
    """The days the answering statement may carry: the draft's, and that of the statement it cites."""
    return [d for d in (draft.made_on, report.dates.get(draft.statement)) if d]


def _not_after(made_on, dates):
    """A statement made on `made_on` may be answered on each of `dates`: it was not made after any."""
    return made_on is None or all(made_on <= d for d in dates)


def _quoted_targets(draft, party, report):
    """(draft, LinkTarget) of each statement of the party this report quotes that the draft may answer."""
    dates = _answer_dates(draft, report)
    out = []
    for d in party.drafts:
        if d.statement is not None and d.statement == draft.statement:
            continue
        made_on = report.dates.get(d.statement) if d.statement is not None else d.made_on
        if not _not_after(made_on, dates):
            continue
        speaker = and_list(s.name for s in d.speakers)
        if d.statement is not None:
            target = LinkTarget(statement=d.statement, speaker=speaker, text=d.statement_text or d.text)
        else:
            target = LinkTarget(
                quotations=tuple(report.number[id(q)] for q in d.quotations), speaker=speaker, text=d.text
            )
        out.append((d, target))
    return out


def _held_targets(draft, party, report, taken):
    """A LinkTarget for each statement of the party the newsroom holds that the draft may answer, the latest first."""
    if party.actor is None:
        return []
    dates = _answer_dates(draft, report)
    return [
        LinkTarget(statement=s.pk, speaker=party.name, text=s.text)
        for s in report.held.get(party.actor, ())
        if s.pk != draft.statement and s.pk not in taken and _not_after(report.dates.get(s.pk), dates)
    ]


def _target(draft, party, reading, report, at):
    """(target, candidates, matched) for a party, or None where they made no statement it may answer.

    The party's statement this report quotes, the one whose words the cue or the answer repeats, else
    the nearest before the cue (at offset `at`) (matched); else the newsroom's, the one whose words
    overlap (matched), else the latest (not matched). The candidates are what the editor may choose
    instead, the target first.
    """
    quoted = _quoted_targets(draft, party, report)
    held = _held_targets(draft, party, report, {t.statement for _, t in quoted})
    words = [w for w in (reading.content, draft.text) if w]

    def share(target):
        return max((overlap(w, target.text) for w in words), default=0.0)

    if quoted:
        best = max(quoted, key=lambda pair: share(pair[1]))
        if share(best[1]) == 0.0:
            earlier = [pair for pair in quoted if pair[0].quotations[0].start < at]
            best = earlier[-1] if earlier else quoted[0]
        target, matched = best[1], True
    elif held:
        best = max(held, key=share)
        target, matched = (best, True) if share(best) >= MATCH_SHARE else (held[0], False)
    else:
        return None
    others = [t for _, t in quoted if t != target] + [t for t in held if t != target]
    return target, (target, *others)[:MAX_CANDIDATES], matched
