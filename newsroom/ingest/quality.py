"""How well the pipeline finds and attributes quotations, on a labelled set.

A labelled text is a `.json` file of [quoted words it starts with, [acceptable speakers] or null]
for every quotation an editor would record (null: the text does not say who spoke, so the
pipeline must abstain), beside its `.txt` (or naming it in "text"). A speaker is a name or, for
the seed texts, an actor slug of fixtures/seed.json, which stands for the actor's name and
aliases. Texts are analysed with an empty registry: names are compared as printed.

Precision: right (quotation, speaker) pairs over the pairs the pipeline proposed.
Recall: right pairs over the labelled pairs that have a speaker.
Speakers right: of the labelled quotations found, the share whose speaker (or abstention) is right.
"""

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings

from newsroom.ingest.actors import normalise_name
from newsroom.ingest.pipeline import analyse

LABELLED = Path(settings.BASE_DIR) / "fixtures" / "ingest-labelled"


def seed_names():
    """slug → every name the seed fixture gives that actor."""
    data = json.loads((Path(settings.BASE_DIR) / "fixtures" / "seed.json").read_text(encoding="utf-8"))
    by_pk, names = {}, {}
    for row in data:
        if row["model"] == "newsroom.actor":
            by_pk[row["pk"]] = row["fields"]["slug"]
            names.setdefault(row["fields"]["slug"], set()).add(row["fields"]["name"])
    for row in data:
        if row["model"] == "newsroom.actoralias":
            names[by_pk[row["fields"]["actor"]]].add(row["fields"]["name"])
    return names


@dataclass
class Scores:
    files: int = 0
    labelled_pairs: int = 0
    proposed_pairs: int = 0
    right_pairs: int = 0
    found: int = 0
    speakers_right: int = 0
    labelled: int = 0
    mistakes: list = field(default_factory=list)

    @property
    def precision(self):
        return self.right_pairs / self.proposed_pairs if self.proposed_pairs else 0.0

    @property
    def recall(self):
        return self.right_pairs / self.labelled_pairs if self.labelled_pairs else 0.0

    @property
    def speaker_share(self):
        return self.speakers_right / self.found if self.found else 0.0


def _norm(text):
    return " ".join(normalise_name(text).split())


def _same(found, words):
    """The quotation found is the labelled one: it opens with the labelled words (all of them, when short)."""
    found, words = _plain(found), _plain(words)
    return found == words if len(words.split()) < 3 else found.startswith(words)


def _plain(text):
    return " ".join(re.findall(r"[\w\-]+", text.lower()))


def evaluate(split, labelled=LABELLED):
    """Scores of the pipeline on one part of the labelled set ("dev" or "heldout")."""
    aliases = seed_names()
    scores = Scores()
    for label_file in sorted((labelled / split).glob("*.json")):
        label = json.loads(label_file.read_text(encoding="utf-8"))
        text_file = (label_file.parent / label["text"]) if "text" in label else label_file.with_suffix(".txt")
        analysis = analyse(text_file.read_text(encoding="utf-8"))
        scores.files += 1
        predicted = list(analysis.quotations)
        used = set()
        text = text_file.read_text(encoding="utf-8")
        cursor = 0
        for words, speakers in label["quotations"]:
            scores.labelled += 1
            acceptable = set()
            for speaker in speakers or []:
                acceptable |= {_norm(n) for n in aliases.get(speaker, {speaker})}
            if speakers:
                scores.labelled_pairs += 1
            at = text.find(words, cursor)
            if at < 0:
                raise ValueError(f"{label_file.name}: “{words}” is not in the text after the quotations before it.")
            cursor = at + 1
            match = next(
                (i for i, q in enumerate(predicted) if i not in used and q.start == at and _same(q.text, words)), None
            )
            if match is None:
                if speakers:  # a scare quote left out is right; a statement left out is missed
                    scores.mistakes.append((label_file.stem, words, "not found", speakers))
                continue
            used.add(match)
            q = predicted[match]
            scores.found += 1
            said = _norm(q.speaker) if q.speaker else None
            right = (said in acceptable) if speakers else said is None
            if right:
                scores.speakers_right += 1
                if speakers:
                    scores.right_pairs += 1
            else:
                scores.mistakes.append((label_file.stem, words, q.speaker, speakers))
        for i, q in enumerate(predicted):
            if q.speaker:
                scores.proposed_pairs += 1
                if i not in used:
                    scores.mistakes.append((label_file.stem, q.text[:40], q.speaker, "not a labelled quotation"))
    return scores
