"""Stage 5: resolve each speaker to an Actor of the registry, or propose a new one.

By name or alias (case, possessives, "the", "MFA"/"Foreign Ministry"/"Ministry of Foreign
Affairs" and one typo in a long word do not matter), by surname for a person the registry holds
once, and say why: "name", "alias", "role" or "pronoun" (how the text named the speaker). A
speaker the registry does not hold becomes a proposal: the name as printed, a kind, and the role
and affiliation as the text gives them.
"""

import re
from dataclasses import dataclass, field

from newsroom.ingest.lexicon import ENGLISH as ENGLISH_LEXICON
from newsroom.ingest.lexicon import edit_distance_at_most_one
from newsroom.ingest.records import ActorRecord

EXPANSIONS = [
    (r"\bmfa\b", "ministry of foreign affairs"),
    (r"\bforeign ministry\b", "ministry of foreign affairs"),
    (r"\bforeign min\w?stry\b", "ministry of foreign affairs"),
    (r"\bdefen[cs]e ministry\b", "ministry of defence"),
    (r"\bministry of defen[cs]e\b", "ministry of defence"),
    (r"\binterior ministry\b", "ministry of internal affairs"),
    (r"\bu\.?s\.?\b", "united states"),
]


def normalise_name(name):
    """The form names are compared in."""
    text = name.lower().replace("’", "'").replace("‘", "'")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"^(the|a|an)\s+", "", text.strip())
    for pattern, replacement in EXPANSIONS:
        text = re.sub(pattern, replacement, text)
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


@dataclass
class Registry:
    """The actors and statements the newsroom already holds, as plain records."""

    actors: list[ActorRecord] = field(default_factory=list)
    statements: list = field(default_factory=list)

    def __post_init__(self):
        self.by_name, self.by_alias = {}, {}
        for actor in self.actors:
            self.by_name.setdefault(normalise_name(actor.name), actor)
            for alias in actor.aliases:
                self.by_alias.setdefault(normalise_name(alias), actor)
        self.by_slug = {a.slug: a for a in self.actors}

    def find(self, name, kind=""):
        """(ActorRecord, "name" | "alias") or (None, "")."""
        key = normalise_name(name)
        if not key:
            return None, ""
        if key in self.by_name:
            return self.by_name[key], "name"
        if key in self.by_alias:
            return self.by_alias[key], "alias"
        tokens = key.split()
        for table, reason in ((self.by_name, "name"), (self.by_alias, "alias")):
            for other, actor in table.items():
                others = other.split()
                if len(others) == len(tokens) and all(
                    a == b or (len(a) >= 6 and edit_distance_at_most_one(a, b))
                    for a, b in zip(tokens, others, strict=True)
                ):
                    return actor, reason
        if kind == "person" and tokens:
            people = [a for a in self.actors if a.kind == "person" and normalise_name(a.name).split()[-1] == tokens[-1]]
            if len(people) == 1 and (len(tokens) == 1 or normalise_name(people[0].name).split()[0] == tokens[0]):
                return people[0], "name"
        return None, ""


def kind_for(name, speaker_kind, lexicon=ENGLISH_LEXICON):
    """The Actor.kind a new actor gets: a person, or the kind of body its name tells (lexicon.body_kinds)."""
    if speaker_kind == "person":
        return "person"
    return next((kind for kind, pattern in lexicon.body_kinds if re.search(pattern, name, re.IGNORECASE)), "other")


def resolve_actors(quotations, registry):
    """Fill `actor` (an existing actor's slug) and `actor_reason` of each quotation's speakers. An
    unnamed speaker is never an existing actor: “a senior official” in one report is not the one in
    another."""
    for q in quotations:
        if q.dropped:
            continue
        for speaker in q.speakers:
            if speaker.unnamed or not speaker.name:
                speaker.actor_reason = "new"
                continue
            actor, reason = registry.find(speaker.name, speaker.kind)
            if actor is None and speaker.kind == "organisation" and speaker.name.lower().startswith(("the ", "a ")):
                actor, reason = registry.find(speaker.name[4:], speaker.kind)
            if actor is not None:
                speaker.actor = actor.slug
                speaker.name = actor.name
                speaker.kind = "person" if actor.kind == "person" else "organisation"
                speaker.actor_reason = {"pronoun": "pronoun", "role": "role", "statement": "role"}.get(
                    speaker.basis, reason
                )
            else:
                speaker.actor_reason = "new"
    return quotations
