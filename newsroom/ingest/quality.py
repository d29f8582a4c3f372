"""How well the pipeline finds and attributes quotations, on a labelled set.

Two label formats are read (a folder may mix them):

- the first: `{"quotations": [[words, [acceptable names] or null], …]}`, one speaker per quotation
  (null: the text does not say who spoke, so the pipeline must abstain), beside its `.txt` (or
  naming it in "text"). A speaker is a name or, for the seed texts, an actor slug of
  fixtures/seed.json, which stands for the actor's name and aliases. It predates unnamed speakers:
  a speaker the pipeline marks unnamed counts as an abstention, unless it speaks for a body the label
  names (“A State Department spokesperson” labelled “State Department”: an unnamed spokesperson of it).
- v2 (/work/blind/LABELS.md): `{"report": {"published"}, "quotations": [{"words", "speakers",
  "statement"}], "statements": {id: {"text", "made_on", "made_on_from", "medium"}}}`, where each
  speaker is a list of acceptable names or `{"unnamed": description, "of": [organisations]}`, and
  a quotation may have several (a joint statement).

Texts are analysed with an empty registry (names compared as printed, and as the same entity: case,
“the”, possessives, word order and a demonym for its country set aside) and, for v2, the report's date.

Precision: right (quotation, speaker) pairs over the pairs the pipeline proposed (v2: one pair per
speaker; a labelled unnamed speaker is right when the pipeline marks its speaker unnamed and, when
the label says whose, names that organisation). Recall: right pairs over the labelled pairs.
Speakers right: of the labelled quotations found, the share whose speakers (or abstention) are all
right. For v2 texts also: the share of labelled statements whose text the pipeline reproduces
exactly, whose date and whose medium it gets right; and over every statement it produces, the
share that passes the printed-words check (printed.py).
"""

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from django.conf import settings

from newsroom.core.quoting import MARKS, plain
from newsroom.ingest.actors import normalise_name
from newsroom.ingest.lexicon import ENGLISH
from newsroom.ingest.pipeline import analyse
from newsroom.ingest.printed import is_printed

LABELLED = Path(settings.BASE_DIR) / "fixtures" / "ingest-labelled"
NAME_NOISE = {"of", "the", "republic", "and"}


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
    statements_labelled: int = 0
    statements_text: int = 0
    statements_date: int = 0
    statements_medium: int = 0
    statements_produced: int = 0
    statements_printed: int = 0
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

    def share(self, name):
        """A statement figure as a share: "text", "date", "medium" of labelled statements, "printed" of produced."""
        if name == "printed":
            return self.statements_printed / self.statements_produced if self.statements_produced else None
        total = self.statements_labelled
        return getattr(self, f"statements_{name}") / total if total else None


@dataclass
class Wanted:
    """One labelled speaker: acceptable names, or an unnamed one and the organisations it may be of."""

    names: set = field(default_factory=set)
    unnamed: bool = False
    of: set = field(default_factory=set)
    printed: str = ""  # as the label gives it, for the list of mistakes
    speaks_for: bool = False  # the first format: a body's unnamed spokesperson stands for the body

    def accepts(self, speaker):
        if self.unnamed:
            return speaker.unnamed and (not self.of or canonical(speaker.affiliation) in self.of)
        if speaker.unnamed:
            return self.speaks_for and bool(speaker.affiliation) and canonical(speaker.affiliation) in self.names
        return canonical(speaker.name) in self.names

    def __repr__(self):
        return self.printed


@dataclass
class Label:
    words: str
    wanted: list  # of Wanted; empty: nobody
    statement: str = ""
    one_of: bool = False  # the first format: the pipeline's speakers are right when one is acceptable


def canonical(name):
    """A name in the form two names of one entity share: lower case, no “the” or possessive, the
    ministries' names spelled one way, a demonym as its country, the words in order."""
    text = normalise_name(name or "")
    words = []
    for word in text.split():
        country = ENGLISH.demonyms.get(word.capitalize())
        words.extend(country.lower().split() if country else [word])
    return " ".join(sorted(w for w in words if w not in NAME_NOISE))


def _same(found, words):
    """The quotation found is the labelled one: it opens with the labelled words (all of them, when short)."""
    found, words = plain(found), plain(words)
    return found == words if len(words.split()) < 3 else found.startswith(words)


def _labels(label, aliases):
    """The labelled quotations of a label file, in either format."""
    out = []
    for entry in label["quotations"]:
        if isinstance(entry, dict):
            wanted = []
            for speaker in entry.get("speakers") or []:
                if isinstance(speaker, dict):
                    of = speaker.get("of", [])
                    printed = f"unnamed {speaker['unnamed']}" + (f" of {of[0]}" if of else "")
                    wanted.append(Wanted(unnamed=True, of={canonical(n) for n in of}, printed=printed))
                else:
                    wanted.append(Wanted(names={canonical(n) for n in speaker}, printed=speaker[0]))
            out.append(Label(entry["words"], wanted, entry.get("statement", "")))
        else:
            words, speakers = entry
            names = set()
            for speaker in speakers or []:
                names |= {canonical(n) for n in aliases.get(speaker, {speaker})}
            printed = " / ".join(speakers or [])
            wanted = [Wanted(names=names, printed=printed, speaks_for=True)] if speakers else []
            out.append(Label(words, wanted, one_of=True))
    return out


def _paragraphs(text):
    return "\n\n".join(" ".join(p.split()) for p in text.strip().split("\n\n"))


def evaluate(split="dev", labelled=LABELLED, directory=None):
    """Scores of the pipeline on one part of the labelled set ("dev" or "heldout"), or on `directory`."""
    folder = Path(directory) if directory else labelled / split
    aliases = seed_names()
    scores = Scores()
    for label_file in sorted(folder.glob("*.json")):
        _score_file(label_file, aliases, scores)
    return scores


def _score_file(label_file, aliases, scores):
    label = json.loads(label_file.read_text(encoding="utf-8"))
    text_file = (label_file.parent / label["text"]) if "text" in label else label_file.with_suffix(".txt")
    text = text_file.read_text(encoding="utf-8")
    published = (label.get("report") or {}).get("published")
    analysis = analyse(text, published=date.fromisoformat(published) if published else None)
    scores.files += 1
    name = label_file.stem
    predicted = list(analysis.quotations)
    used, matched = set(), {}
    labels = _labels(label, aliases)
    cursor = 0
    for number, wanted in enumerate(labels):
        scores.labelled += 1
        scores.labelled_pairs += 1 if wanted.one_of and wanted.wanted else len(wanted.wanted)
        at = _quoted_at(text, wanted.words, cursor)
        if at < 0:
            raise ValueError(f"{label_file.name}: “{wanted.words}” is not in the text after the quotations before it.")
        cursor = at + 1
        match = next(
            (i for i, q in enumerate(predicted) if i not in used and q.start == at and _same(q.text, wanted.words)),
            None,
        )
        if match is None:
            if wanted.wanted:  # a scare quote left out is right; a statement left out is missed
                scores.mistakes.append((name, wanted.words, "not found", wanted.wanted))
            continue
        used.add(match)
        matched[number] = predicted[match]
        q = predicted[match]
        scores.found += 1
        speakers = [
            s for s in q.speakers if not (wanted.one_of and s.unnamed and not (s.affiliation and wanted.wanted))
        ]
        proposed, right = _pairs(wanted, speakers)
        scores.proposed_pairs += proposed
        scores.right_pairs += right
        if right == len(wanted.wanted) and proposed == right:
            scores.speakers_right += 1
        else:
            got = [("unnamed: " if s.unnamed else "") + s.name for s in speakers] or None
            scores.mistakes.append((name, wanted.words, got, wanted.wanted or None))
    one_of = all(w.one_of for w in labels)
    for i, q in enumerate(predicted):
        speakers = [s for s in q.speakers if not (one_of and s.unnamed)]
        if speakers and i not in used:
            scores.proposed_pairs += 1 if one_of else len(speakers)
            scores.mistakes.append((name, q.text[:40], [s.name for s in speakers], "not a labelled quotation"))
    for draft in analysis.statements:
        scores.statements_produced += 1
        if is_printed(draft.text, text):
            scores.statements_printed += 1
        else:
            scores.mistakes.append((name, draft.text[:40], "statement text", "not the printed words"))
    _score_statements(name, label, labels, matched, analysis, scores)


OPENING_MARKS = MARKS.opening + MARKS.ambiguous + MARKS.single_open


def _quoted_at(text, words, cursor):
    """Where the labelled words stand in the text from `cursor`: the first place a quotation mark opens on
    them (“cooperating” after “We are cooperating fully …” in the quotation before), else the first place."""
    at = text.find(words, cursor)
    first = at
    while at > 0 and text[at - 1] not in OPENING_MARKS:
        at = text.find(words, at + 1)
    return at if at >= 0 else first


def _pairs(wanted, speakers):
    """(proposed, right) pairs of one labelled quotation."""
    if wanted.one_of:
        proposed = 1 if speakers else 0
        return proposed, int(bool(speakers and wanted.wanted) and any(wanted.wanted[0].accepts(s) for s in speakers))
    right, taken = 0, set()
    for want in wanted.wanted:
        hit = next((i for i, s in enumerate(speakers) if i not in taken and want.accepts(s)), None)
        if hit is not None:
            taken.add(hit)
            right += 1
    return len(speakers), right


def _score_statements(name, label, labels, matched, analysis, scores):
    statements = label.get("statements") or {}
    for sid, wanted in statements.items():
        scores.statements_labelled += 1
        members = [matched.get(i) for i, w in enumerate(labels) if w.statement == sid]
        first = next((q for q in members if q is not None), None)
        draft = next((d for d in analysis.statements if any(m is first for m in d.quotations)), None)
        if draft is None:
            scores.mistakes.append((name, wanted.get("text", "")[:40], "no statement", sid))
            continue
        if _paragraphs(draft.text) == _paragraphs(wanted.get("text", "")):
            scores.statements_text += 1
        else:
            scores.mistakes.append((name, wanted.get("text", "")[:40], f"text {draft.text[:60]!r}", sid))
        made_on = draft.made_on.isoformat() if draft.made_on else None
        if made_on == wanted.get("made_on"):
            scores.statements_date += 1
        else:
            scores.mistakes.append((name, wanted.get("text", "")[:40], f"date {made_on}", wanted.get("made_on")))
        if draft.medium == wanted.get("medium"):
            scores.statements_medium += 1
        else:
            scores.mistakes.append((name, wanted.get("text", "")[:40], f"medium {draft.medium}", wanted.get("medium")))
