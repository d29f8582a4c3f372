"""The data classes passed from one ingest stage to the next.

Every stage is a pure function: it takes these records (and, for the last two, a registry of
what the newsroom already holds) and returns new or filled-in records. Offsets are character
offsets into the decoded file, so a reviewer can always be shown the words where they were printed.
"""

from dataclasses import dataclass, field


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
    dateline: str = ""
    byline: str = ""
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


@dataclass
class Quotation:
    """A direct quotation and, stage by stage, what is known of it."""

    text: str  # the quoted words; paragraphs separated by a blank line
    start: int
    end: int
    part: int  # index of the part it starts in
    last_part: int
    block: bool = False  # a block quotation introduced by a colon
    fragment: bool = False  # a word or phrase, not whole sentences
    # Stage 3: the cue.
    cue: str | None = None  # the speech verb or construction, e.g. "said", "according to", "colon"
    pattern: str | None = None  # which cue pattern matched, e.g. "after:X said"
    mention: str | None = None  # who the cue names, as printed ("he", "the ministry spokeswoman")
    mention_start: int | None = None
    medium: str = ""  # "press_statement", "social_media_post", "interview" or "" from the cue's words
    # Stage 4: the speaker's name as the text gives it in full.
    speaker: str | None = None
    speaker_kind: str = ""
    speaker_role: str = ""
    speaker_affiliation: str = ""  # the organisation's name as printed
    why: str = ""  # "name", "surname", "pronoun", "role", "carried", "statement"
    # Stage 5: the actor.
    actor: str | None = None  # slug of an existing actor
    actor_reason: str = ""  # "name", "alias", "role", "pronoun" or "new"
    # Stage 6: the statement it quotes.
    statement: int | None = None
    statement_text: str = ""
    group: int = 0  # quotations of one group become one statement
    confidence: float = 0.0
    dropped: bool = False  # a scare quote nobody is said to have said: not a quotation

    def as_json(self):
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "speaker": self.speaker,
            "actor": self.actor,
            "cue": self.cue,
            "statement": self.statement,
            "confidence": round(self.confidence, 2),
        }


@dataclass
class Analysis:
    """Everything the pipeline recognised in one file."""

    copy: Copy
    quotations: list[Quotation]
    mentions: list[Mention]

    def as_json(self, file=""):
        return {
            "file": file,
            "headline": self.copy.headline,
            "dateline": self.copy.dateline,
            "byline": self.copy.byline,
            "captions": [c.text for c in self.copy.captions],
            "dropped": list(self.copy.dropped),
            "quotations": [q.as_json() for q in self.quotations],
        }
