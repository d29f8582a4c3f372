"""The data classes passed from one ingest stage to the next.

Every stage is a pure function: it takes these records (and, for the last two, a registry of
what the newsroom already holds) and returns new or filled-in records. Offsets are character
offsets into the decoded file, so a reviewer can always be shown the words where they were printed.
"""

from dataclasses import dataclass, field
from datetime import date


@dataclass
class Part:
    """One block of the copy as printed: a paragraph, a subhead or one paragraph of a block quotation."""

    kind: str  # "paragraph", "subhead" or "quote"
    text: str  # whitespace-normalised, as it goes into the body
    start: int  # offsets of `text`'s first and last character in the file (end exclusive)
    end: int


@dataclass
class CaptionPart:
    text: str
    position: int  # how many body blocks stand before the photo


@dataclass
class Copy:
    """Stage 1's result: the file split into the parts an article has."""

    source: str
    headline: str = ""
    head: Part | None = None  # the headline where it was printed (kind "headline"), when it was
    dateline: str = ""
    byline: str = ""
    stamp: str = ""  # the page's date and time line in the header (“December 2, 2026 1:18 PM GMT+4”): not for readers
    dek: str = ""  # the standfirst printed under the headline
    dek_part: Part | None = None  # where it was printed (kind "dek"), for its quotations
    captions: list[CaptionPart] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    parts: list[Part] = field(default_factory=list)
    # Index of the part that introduces a block quotation ("The statement reads, in part:") → first quote part.
    block_intros: dict[int, int] = field(default_factory=dict)

    @property
    def body(self):
        """The body in the format of newsroom/body.py."""
        out = []
        for part in self.parts:
            prefix = {"subhead": "## ", "quote": "> "}.get(part.kind, "")
            out.append(prefix + part.text)
        return "\n\n".join(out)


@dataclass
class Mention:
    """Somebody or some organisation named in the text, in order of appearance."""

    name: str  # the name as it reads once titles are taken off ("Jeyhun Bayramov")
    start: int
    end: int
    kind: str  # "person" or "organisation"
    role: str = ""  # title or appositive as printed ("Azerbaijani Foreign Minister", "the ministry spokeswoman")
    printed: str = ""  # the whole phrase as printed


@dataclass
class ActorRecord:
    """An Actor of the registry, as the pure stages see it."""

    slug: str
    name: str
    kind: str = "person"
    role: str = ""
    affiliation: str = ""  # slug
    aliases: tuple = ()
    pk: int | None = None


@dataclass
class StatementRecord:
    pk: int
    actor: str  # slug
    text: str
    made_on: date | None = None  # the day it was made, where the newsroom knows it


@dataclass
class Speaker:
    """Who said a quotation, as the text names them, and (stage 5) the actor they are."""

    name: str  # the name as printed in full; for an unnamed speaker the description (“a senior official”)
    kind: str = "person"  # "person" or "organisation"
    role: str = ""  # title or appositive as printed (“the ministry spokeswoman”)
    affiliation: str = ""  # the organisation's name as printed
    unnamed: bool = False  # somebody the text describes but does not name
    why: str = ""  # the reason, in plain words, for the reviewer (“after ‘Lebed said’”)
    confidence: float = 0.0
    basis: str = ""  # how the text named them: "name", "surname", "pronoun", "role", "statement", "carried", …
    # Stage 5: the actor.
    actor: str | None = None  # slug of an existing actor
    actor_reason: str = ""  # "name", "alias", "role", "pronoun" or "new"

    def as_json(self):
        return {
            "name": self.name,
            "kind": self.kind,
            "role": self.role,
            "affiliation": self.affiliation,
            "unnamed": self.unnamed,
            "why": self.why,
            "confidence": round(self.confidence, 2),
            "actor": self.actor,
        }


@dataclass
class Cue:
    """What stage 3 found beside a quotation: the construction that attributes it and who it names."""

    verb: str  # the speech verb or construction: "said", "according to", "colon", …
    pattern: str  # the name of the cue pattern in the registry that matched
    phrase: str | None = None  # who the cue names, as printed (“he”, “the ministry spokeswoman”)
    at: int | None = None  # offset of `phrase` in the file
    extra: str = ""  # the words after the verb (“in a statement on Thursday”): medium and date
    lead: str = ""  # the words of its sentence before the phrase (“In a statement on Thursday, ”)
    aside: str = ""  # the words between the phrase and the verb (“, speaking at a briefing on Tuesday,”)
    nobody: bool = False  # the words are nobody's (a question put to the speaker, an impersonal note)
    unknown_verb: bool = False  # a verb the lexicon does not know, beside a named subject
    confidence: float = 1.0


@dataclass
class Quotation:
    """A direct quotation and, stage by stage, what is known of it."""

    text: str  # the quoted words; paragraphs separated by a blank line
    start: int
    end: int
    part: int  # index of the part it starts in (-1: the headline)
    last_part: int
    block: bool = False  # a block quotation introduced by a colon
    fragment: bool = False  # a word or phrase, or words inside the reporter's sentence: not whole sentences
    heading: bool = False  # in the headline or a subhead
    goes_on: bool = False  # opens a paragraph the quotation before ran on into (“…¶“…”): its speaker's words
    # Stage 3: the cue.
    found: Cue | None = None
    other_cues: list[Cue] = field(default_factory=list, repr=False)  # readings to try when `found` names nobody
    medium: str = ""  # "press_statement", "social_media_post", "interview", "briefing", … or "" from the cue
    when: str = ""  # the words of the cue that say when (“on Thursday”)
    # Stage 4: who said it (empty: nobody the text names; several: a joint statement).
    speakers: list[Speaker] = field(default_factory=list)
    # Stage 6: the statement it belongs to and the statement the newsroom holds that it quotes.
    group: int = 0  # quotations of one group become one statement
    statement: int | None = None
    statement_text: str = ""
    confidence: float = 0.0
    dropped: bool = False  # a scare quote nobody is said to have said: not a quotation

    # The cue as the review screen reads it.
    @property
    def cue(self):
        return self.found.verb if self.found else None

    @property
    def pattern(self):
        return self.found.pattern if self.found else None

    @property
    def mention(self):
        return self.found.phrase if self.found else None

    @property
    def mention_start(self):
        return self.found.at if self.found else None

    # The first speaker, as callers written before joint speakers read it. The setters serve the
    # review screen, which applies the editor's decisions to these (newsroom/admin/ingest.py).
    @property
    def speaker(self):
        return self.speakers[0].name if self.speakers else None

    @speaker.setter
    def speaker(self, name):
        if not name:
            self.speakers = []
        elif not self.speakers:
            self.speakers = [Speaker(name=name, why="named by the editor", basis="editor", confidence=1.0)]
        elif self.speakers[0].name != name:
            first = self.speakers[0]
            first.name, first.unnamed, first.why, first.basis = name, False, "named by the editor", "editor"

    @property
    def speaker_kind(self):
        return self.speakers[0].kind if self.speakers else ""

    @speaker_kind.setter
    def speaker_kind(self, kind):
        if self.speakers:
            self.speakers[0].kind = kind

    @property
    def speaker_role(self):
        return self.speakers[0].role if self.speakers else ""

    @speaker_role.setter
    def speaker_role(self, role):
        if self.speakers:
            self.speakers[0].role = role

    @property
    def speaker_affiliation(self):
        return self.speakers[0].affiliation if self.speakers else ""

    @property
    def actor(self):
        return self.speakers[0].actor if self.speakers else None

    @actor.setter
    def actor(self, slug):
        if self.speakers:
            self.speakers[0].actor = slug
        elif slug:
            self.speakers = [Speaker(name="", actor=slug, why="chosen by the editor", basis="editor", confidence=1.0)]

    @property
    def actor_reason(self):
        return self.speakers[0].actor_reason if self.speakers else ""

    def as_json(self):
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "speaker": self.speaker,
            "speakers": [s.as_json() for s in self.speakers],
            "actor": self.actor,
            "cue": self.cue,
            "statement": self.statement,
            "confidence": round(self.confidence, 2),
        }


@dataclass
class StatementDraft:
    """One act of speech as this report quotes it: what stage 6 proposes to record as a statement."""

    text: str  # the printed words: split quotations joined as printed, “ … ” or a blank line between stretches
    quotations: list[Quotation]
    speakers: list[Speaker]
    made_on: date | None = None
    made_on_from: str = ""  # "text" (the copy says when) or "report" (the report's date); "" when neither is known
    medium: str = "remarks"  # a Statement.Medium value
    statement: int | None = None  # stage 6: the statement the newsroom holds that this one is
    statement_text: str = ""

    @property
    def wording(self):
        """The quotations as this report printed them, for a citation."""
        return self.text

    def as_json(self):
        return {
            "text": self.text,
            "speakers": [s.name for s in self.speakers],
            "made_on": self.made_on.isoformat() if self.made_on else None,
            "made_on_from": self.made_on_from,
            "medium": self.medium,
            "statement": self.statement,
        }


@dataclass(frozen=True)
class LinkTarget:
    """The statement a proposed link points to: one the newsroom holds (`statement`), or one this
    report quotes and ingest creates (`quotations`: the indexes of its quotations in Analysis.quotations)."""

    statement: int | None = None
    quotations: tuple = ()
    speaker: str = ""  # who made it, in words
    text: str = ""  # its words, for the review

    @property
    def key(self):
        """How the review form names it: “s12” (statement #12) or “q3” (the statement of quotation 3)."""
        return f"s{self.statement}" if self.statement is not None else f"q{self.quotations[0] + 1}"


@dataclass
class LinkProposal:
    """A link between statements that the copy's own words state (“dismissed claims by X that …”):
    the statement of the quotations `quotations` (indexes in Analysis.quotations) answers `target`
    in the way `kind` says (a newsroom.claims.kinds value). Made by responses.py."""

    quotations: tuple  # the answering statement's quotations
    kind: str
    target: LinkTarget
    evidence: str  # the report's words that state the link, as printed
    why: str  # the reason, in plain words, for the reviewer (“after ‘dismissed claims by X’”)
    answered: str  # who it answers, in words
    candidates: tuple = ()  # the statements the editor may choose instead, the proposed one first
    sure: bool = False  # the cue names who is answered and the report or the words point to one statement
    # True: written; False: not; None: undecided, not written. The stage accepts what it is sure of;
    # the editor's decisions (decisions.py) set it.
    accept: bool | None = None

    def as_json(self):
        return {
            "quotations": [n + 1 for n in self.quotations],
            "kind": self.kind,
            "statement": self.target.statement,
            "target_quotations": [n + 1 for n in self.target.quotations],
            "answered": self.answered,
            "evidence": self.evidence,
            "why": self.why,
            "sure": self.sure,
        }


@dataclass
class Analysis:
    """Everything the pipeline recognised in one file."""

    copy: Copy
    quotations: list[Quotation]
    mentions: list[Mention]
    statements: list[StatementDraft] = field(default_factory=list)
    published: date | None = None  # the report's date, as given
    links: list[LinkProposal] = field(default_factory=list)  # stage 7: the links its words state

    def as_json(self, file=""):
        return {
            "file": file,
            "headline": self.copy.headline,
            "dateline": self.copy.dateline,
            "byline": self.copy.byline,
            "captions": [c.text for c in self.copy.captions],
            "dropped": list(self.copy.dropped),
            "quotations": [q.as_json() for q in self.quotations],
            "statements": [s.as_json() for s in self.statements],
            "links": [link.as_json() for link in self.links],
        }
