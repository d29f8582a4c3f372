"""The quality command and its labelled set (newsroom/ingest/quality.py)."""

import json
import re
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from newsroom.ingest.quality import LABELLED, evaluate, seed_names

TEXTS = Path(__file__).resolve().parent.parent / "fixtures" / "seed-texts"


def entries(label):
    """(words, speakers) of each labelled quotation, in either format."""
    for entry in label["quotations"]:
        yield (entry["words"], entry.get("speakers")) if isinstance(entry, dict) else entry


def test_seed_labels_agree_with_the_fixture():
    """Each seed label is carried by a citation of that actor in fixtures/seed.json, as test_fixtures checks."""
    data = json.loads((TEXTS.parent / "seed.json").read_text(encoding="utf-8"))
    actors = {r["pk"]: r["fields"]["slug"] for r in data if r["model"] == "newsroom.actor"}
    statements = {r["pk"]: actors[r["fields"]["actor"]] for r in data if r["model"] == "newsroom.statement"}
    citations = [
        (r["fields"]["wording"].lower(), statements[r["fields"]["statement"]])
        for r in data
        if r["model"] == "newsroom.citation"
    ]
    for label_file in (LABELLED / "dev").glob("seed-*.json"):
        for words, speakers in json.loads(label_file.read_text(encoding="utf-8"))["quotations"]:
            assert any(words.lower().rstrip(",.") in w and a in speakers for w, a in citations), words
    assert "Artsakh MFA" in seed_names()["artsakh-mfa"]


@pytest.mark.parametrize("split", ["dev", "heldout"])
def test_every_split_has_labelled_texts_covering_abstention(split):
    labels = [json.loads(f.read_text(encoding="utf-8")) for f in (LABELLED / split).glob("*.json")]
    assert labels and any(s is None for label in labels for _, s in entries(label))


def test_scores_count_what_they_say(tmp_path):
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "a.txt").write_text(
        "A Headline In Title Case\n\n“We will rebuild the town together,” Tomas Redfern said.\n\n"
        "“Nobody answered the emergency line that night,” one resident said.\n\n“The river rose fast this year,” "
        "Ana Ruiz said.",
        encoding="utf-8",
    )
    labels = {
        "quotations": [
            ["We will rebuild", ["Tomas Redfern"]],
            ["Nobody answered the", None],
            ["The river rose", ["Someone Else"]],
        ]
    }
    (tmp_path / "t" / "a.json").write_text(json.dumps(labels), encoding="utf-8")
    s = evaluate("t", labelled=tmp_path)
    assert (s.labelled_pairs, s.proposed_pairs, s.right_pairs, s.found, s.speakers_right) == (2, 2, 1, 3, 2)
    assert (s.precision, s.recall) == (0.5, 0.5)


def test_v2_labels_score_each_speaker_and_the_statements(tmp_path):
    """The v2 format (/work/blind/LABELS.md): a pair per speaker, unnamed and joint speakers, statements."""
    (tmp_path / "v2").mkdir()
    (tmp_path / "v2" / "a.txt").write_text(
        "Water Talks End in Brena\n\n"
        "“We can go home now,” Anton Keller said on Thursday, “but not before we thank the engineers.”\n\n"
        "A senior official of the Government of Valdoria, who spoke on condition of anonymity, said the talks "
        "had been hard. “It took us three nights,” the official said.\n\n"
        "“The river is shared,” Kestria and Velmar said in a joint statement.",
        encoding="utf-8",
    )
    label = {
        "report": {"outlet": "Reuters", "published": "2026-11-27"},
        "quotations": [
            {"words": "We can go home now", "speakers": [["Anton Keller"]], "statement": "s1"},
            {"words": "but not before we thank", "speakers": [["Anton Keller"]], "statement": "s1"},
            {
                "words": "It took us three nights",
                "speakers": [{"unnamed": "senior official", "of": ["Government of Valdoria"]}],
                "statement": "s2",
            },
            {"words": "The river is shared", "speakers": [["Kestria"], ["Velmar"]], "statement": "s3"},
        ],
        "statements": {
            "s1": {
                "text": "We can go home now, but not before we thank the engineers.",
                "made_on": "2026-11-26",
                "made_on_from": "text",
                "medium": "remarks",
            },
            "s2": {
                "text": "It took us three nights,",
                "made_on": "2026-11-27",
                "made_on_from": "report",
                "medium": "remarks",
            },
            "s3": {
                "text": "The river is shared,",
                "made_on": "2026-11-27",
                "made_on_from": "report",
                "medium": "press_statement",
            },
        },
    }
    (tmp_path / "v2" / "a.json").write_text(json.dumps(label), encoding="utf-8")
    s = evaluate(directory=tmp_path / "v2")
    assert (s.labelled_pairs, s.proposed_pairs, s.right_pairs) == (5, 5, 5), s.mistakes
    assert (s.share("text"), s.share("date"), s.share("medium"), s.share("printed")) == (1.0, 1.0, 1.0, 1.0), s.mistakes


def test_a_blind_folder_is_scored_by_its_path(tmp_path):
    out = StringIO()
    call_command("ingest_quality", "--dir", str(LABELLED / "dev"), stdout=out)
    header, row = out.getvalue().splitlines()[:2]
    assert header.split()[-5:] == ["statements", "text", "date", "medium", "printed"] and row.split()[0] == "dev"


def test_command_prints_both_parts():
    out = StringIO()
    call_command("ingest_quality", stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[0].split()[:2] == ["part", "files"] and [line.split()[0] for line in lines[1:]] == ["dev", "heldout"]


def _rewrite(text, how):
    if how == "stressed":  # another reporting verb for every "said"
        return re.sub(r"(?<=[”\"’»,] )said\b|(?<=[a-z] )said\b(?=[ ,.:])", "stressed", text)
    if how == "a line a paragraph":
        return re.sub(r"\n\s*\n", "\n", text)
    if how == "guillemets":  # straight double marks printed as «…»
        return "".join(
            ("«" if i == 0 or text[i - 1].isspace() or text[i - 1] in "([—–-/:" else "»") if ch == '"' else ch
            for i, ch in enumerate(text)
        )
    raise ValueError(how)


@pytest.mark.parametrize("how", ["stressed", "a line a paragraph", "guillemets"])
def test_development_figures_hold_when_the_copy_is_printed_differently(tmp_path, how):
    """The development texts rewritten as other outlets print them: the rules are not tied to one house style."""
    (tmp_path / "v").mkdir()
    for label_file in (LABELLED / "dev").glob("*.json"):
        label = json.loads(label_file.read_text(encoding="utf-8"))
        if "text" in label or any("said" in words or '"' in words for words, _ in entries(label)):
            continue
        text = label_file.with_suffix(".txt").read_text(encoding="utf-8")
        (tmp_path / "v" / label_file.with_suffix(".txt").name).write_text(_rewrite(text, how), encoding="utf-8")
        (tmp_path / "v" / label_file.name).write_text(json.dumps(label), encoding="utf-8")
    s = evaluate("v", labelled=tmp_path)
    assert s.files > 50 and s.precision >= 0.99 and s.recall >= 0.98, (s.precision, s.recall, s.mistakes)
