"""manage.py ingest and the service that writes the draft (newsroom/ingest/service.py)."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db.models.functions import Length

from newsroom.content.models import Actor, Article, Caption, Citation, Statement
from newsroom.content.states import Status
from newsroom.ingest.files import MAX_BYTES
from newsroom.ingest.models import IngestedCopy
from tests import factories

pytestmark = pytest.mark.django_db
TEXTS = Path(__file__).resolve().parent.parent / "fixtures" / "seed-texts"
SEEDS = [str(TEXTS / n) for n in ("000_df6807e0e8078fea.txt", "002_5f19ac38d71cd182.txt", "003_ea7fa0eaae2a757b.txt")]


def run(*args):
    out, err = StringIO(), StringIO()
    call_command("ingest", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def counts():
    return [m.objects.count() for m in (Article, Statement, Actor, Citation, Caption, IngestedCopy)]


def test_the_three_seed_texts_from_an_empty_database():
    run(*SEEDS)
    assert Article.objects.count() == 3
    assert not Article.objects.exclude(status=Status.DRAFT).exists()
    assert not Statement.objects.exclude(status=Status.DRAFT).exists()
    mirror, radio, eu = Article.objects.order_by("pk")
    assert mirror.dateline == "STEPANAKERT" and mirror.byline == "Combined Sources"
    assert mirror.captions.count() == 3 and eu.captions.count() == 1
    # Every seed quotation is cited, by the right speaker (names as printed: the registry was empty);
    # Harutyunyan's words at the emergency meeting are one statement, the phrase “integration” another.
    speakers = [c.statement.actor.name for c in mirror.citations.select_related("statement__actor")]
    assert speakers == [
        "Nagorno-Karabakh’s leadership", "Arayik Harutyunyan", "Russian Foreign Ministry", "Maria Zakharova",
        "Nikol Pashinyan", "Jeyhun Bayramov", "Arayik Harutyunyan", "Azerbaijani side",
        "Artsakh’s Foreign Ministry", "Armenia’s Ministry of Foreign Affairs",
    ]  # fmt: skip
    meeting = mirror.citations.filter(statement__actor__name="Arayik Harutyunyan").first().statement
    assert meeting.text.startswith("The vast majority") and "\n\nWe must keep fighting" in meeting.text
    assert Actor.objects.get(name="Maria Zakharova").role == "the ministry spokeswoman"
    # The Artsakh MFA statement: written once by 000, cited by 002 in its own wording.
    (mfa,) = Statement.objects.filter(actor__name="Artsakh’s Foreign Ministry")
    assert set(mfa.citations.values_list("article", flat=True)) == {mirror.pk, radio.pk}
    radio_citation = radio.citations.get()
    assert "9 November 2020, which" in radio_citation.wording and "November 9, 2020" in mfa.text
    block = mirror.citations.get(statement__actor__name="Armenia’s Ministry of Foreign Affairs")
    assert len(block.paragraphs) == 7
    assert [c.statement.actor.name for c in eu.citations.select_related("statement__actor")][:4] == [
        "Peter Stano",
        "Peter Stano",
        "Javier Colomina",
        "Javier Colomina",
    ]


def test_the_same_file_twice_creates_nothing_new():
    run(SEEDS[1])
    before = counts()
    out, _ = run(SEEDS[1])
    assert counts() == before and "nothing new created" in out


def test_json_prints_what_was_recognised_and_writes_nothing():
    out, _ = run("--json", SEEDS[2])
    data = json.loads(out)
    assert set(data) == {
        "file",
        "headline",
        "dateline",
        "byline",
        "captions",
        "dropped",
        "quotations",
        "statements",
        "links",
    }
    text = Path(SEEDS[2]).read_text(encoding="utf-8")
    first = data["quotations"][0]
    assert set(first) == {"text", "start", "end", "speaker", "speakers", "actor", "cue", "statement", "confidence"}
    assert text[first["start"] : first["end"]] == first["text"] and first["speaker"] == "Peter Stano"
    assert counts() == [0, 0, 0, 0, 0, 0]


def test_json_names_existing_actors_and_statements():
    call_command("loaddata", "seed", verbosity=0)
    data = json.loads(run("--json", SEEDS[1])[0])
    assert {q["actor"] for q in data["quotations"]} == {"artsakh-mfa"}
    assert {q["statement"] for q in data["quotations"]} == {Statement.objects.get(actor__slug="artsakh-mfa").pk}


def test_dry_run_writes_nothing():
    out, _ = run("--dry-run", *SEEDS)
    assert counts() == [0, 0, 0, 0, 0, 0] and out.count("dry run") == 3


def test_the_reports_date_dates_the_statements_in_the_json():
    out, _ = run("--json", "--published", "2023-03-07", SEEDS[2])
    statements = json.loads(out)["statements"]
    assert statements and all(s["made_on"] for s in statements)
    assert {s["made_on_from"] for s in statements} <= {"text", "report"}
    # “In a statement on Monday, March 6” and the like: the day the text gives, where it gives one.
    assert any(s["made_on"] == "2023-03-06" and s["made_on_from"] == "text" for s in statements)


def test_options_publisher_url_and_date():
    publisher = factories.source(name="Public Radio of Armenia")
    run("--publisher", publisher.slug, "--url", "https://en.armradio.am/x", "--published", "2023-03-05", SEEDS[1])
    article = Article.objects.get()
    assert (article.publisher, article.original_url) == (publisher, "https://en.armradio.am/x")
    assert article.ingested_from.get().published_on.isoformat() == "2023-03-05"
    with pytest.raises(CommandError, match="No source"):
        run("--publisher", "nobody", SEEDS[1])
    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        run("--published", "March 5", SEEDS[1])


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "is empty"),
        (b"   \n\n  ", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"Talks Resume\n\n" + b"The talks resumed. " * 600 + b"\x00 and went on.", "NUL bytes at byte"),
        ("Caf\u00e9 society".encode("latin-1"), "not UTF-8"),
        (b"a" * (MAX_BYTES + 1), "too large"),
    ],
)
def test_bad_files_get_a_clear_error_and_nothing_is_written(tmp_path, content, message):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    with pytest.raises(CommandError, match="1 of 2 files not ingested") as error:
        run(str(bad), SEEDS[1])
    assert message in str(error.value)
    # The good file beside it went in whole; the bad one left nothing.
    assert Article.objects.count() == 1 and IngestedCopy.objects.count() == 1


def test_a_failure_while_writing_leaves_nothing_half_written(monkeypatch):
    from newsroom.ingest import service

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(service, "_actor_for", broken)
    with pytest.raises(RuntimeError):
        run(SEEDS[1])
    assert counts() == [0, 0, 0, 0, 0, 0]


def test_progress_bar_over_many_files():
    _, err = run(*SEEDS)
    assert "3/3" in err and "#" in err


def test_copy_with_no_body_is_refused(tmp_path):
    lonely = tmp_path / "headline.txt"
    lonely.write_text("Just A Headline Here\n", encoding="utf-8")
    with pytest.raises(CommandError, match="no headline or no body"):
        run(str(lonely))
    assert counts() == [0, 0, 0, 0, 0, 0]


def test_how_a_statement_was_made_comes_from_its_cue():
    run(SEEDS[2])
    # Each speaker's longest statement (Peter Stano also voiced the EU's “concern”, a fragment).
    mediums = dict(Statement.objects.order_by("actor__name", Length("text")).values_list("actor__name", "medium"))
    assert mediums["Peter Stano"] == Statement.Medium.PRESS_STATEMENT  # “said in a statement”
    assert mediums["Toivo Klaar"] == Statement.Medium.SOCIAL_MEDIA_POST  # “tweeted”
