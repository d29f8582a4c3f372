"""The seeds' incident as a live page (fixtures/seed-live.json): every entry in the reports' own
words, in time order, citing the seed statements it quotes."""

import re
from pathlib import Path

import pytest
from django.core.management import call_command

from newsroom.live.models import LiveEntry, LivePage

TEXTS = Path(__file__).resolve().parent.parent / "fixtures" / "seed-texts"


@pytest.fixture
def seed_live(seed_content):
    call_command("loaddata", "seed-live", verbosity=0)
    return LivePage.objects.get()


def printed():
    """The seed texts' words, spacing collapsed."""
    return " ".join(" ".join(p.read_text().split()) for p in sorted(TEXTS.glob("*.txt")))


def test_every_entry_is_in_the_reports_own_words(seed_live):
    words = printed()
    for entry in seed_live.entries.all():
        for paragraph in entry.body.split("\n\n"):
            assert " ".join(paragraph.split()) in words, paragraph


def test_entries_are_in_time_order_with_their_numbers_and_cite_seed_statements(seed_live):
    entries = list(LiveEntry.objects.live().filter(page=seed_live).order_by("first_published_at"))
    assert [e.sequence for e in entries] == list(range(1, len(entries) + 1)) and seed_live.sequence == len(entries)
    for entry in entries:
        for citation in entry.citations.all():
            quoted = [" ".join(q.split()).rstrip(",.") for q in re.findall(r"“([^”]+)”", entry.body)]
            assert any(" ".join(piece.split()).rstrip(",.") in quoted for piece in citation.wording.split("\n\n"))
            assert citation.statement.status == "published"


def test_the_page_reads_as_an_ended_page_with_its_key_events_and_linked_quotations(seed_live, client):
    html = client.get(seed_live.get_absolute_url()).content.decode()
    assert "live-status-ended" in html and "Police vehicle attacked near Stepanakert" in html
    assert html.count('class="quotation-link"') >= 8
    assert "data-live-updates" not in html  # an ended page asks for nothing
    assert "“aftet” should read “after”" in html  # the report's typos kept as printed, corrected visibly


def test_loading_it_twice_duplicates_nothing(seed_live):
    call_command("loaddata", "seed-live", verbosity=0)
    assert LivePage.objects.count() == 1 and LiveEntry.objects.count() == 9
