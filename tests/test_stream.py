"""The mixed streams of tag and source pages read by compiled queries (newsroom/reading/stream.py, `Side`):
every page is what the querysets they stand for give, byte for byte, and only live items."""

import datetime
import re

import pytest
from django.utils import timezone

from newsroom.editorial import workflow
from newsroom.reading import stream
from newsroom.reading import views as reading_views
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive(editor, time_machine):
    """25 articles and 25 statements tagged Red (every other one Blue too), from or drawing on the outlet
    now and then, published a minute apart (a few in the same second); and a draft of each with every tag."""
    outlet = factories.source(name="Outlet", slug="outlet")
    start = timezone.now() - datetime.timedelta(hours=2)
    for n in range(50):
        time_machine.move_to(start + datetime.timedelta(minutes=n - n % 5 // 4), tick=False)
        tags = ["Red", "Blue"] if n % 2 else ["Red"]
        if n % 2:
            item = factories.statement(tags=tags, source=outlet if n % 3 else None)
        else:
            item = factories.article(tags=tags, publisher=outlet if n % 3 == 0 else None)
            if n % 4 == 2:
                item.sources.add(outlet)
        workflow.transition(item=item, user=editor, name="publish")
    time_machine.move_to(start + datetime.timedelta(hours=1), tick=False)
    factories.article(headline="Draft report", tags=["Red", "Blue"], publisher=outlet)
    factories.statement(text="Draft words.", tags=["Red", "Blue"], source=outlet)


def walk(client, path):
    """The page, the pages older than it by their links, then one newer from the last: their bodies."""
    pages, url = [], path
    while url:
        body = client.get(url).content
        pages.append(body)
        older = re.search(rb'href="(\?[^"]*before=[^"]+)"', body)
        url = path + older.group(1).decode().replace("&amp;", "&") if older else None
    newer = re.search(rb'href="(\?[^"]*after=[^"]+)"', pages[-1])
    if newer:
        pages.append(client.get(path + newer.group(1).decode().replace("&amp;", "&")).content)
    return pages


PATHS = [
    "/tags/red/",
    "/tags/blue/red/",
    "/tags/red/?kind=statements",
    "/sources/outlet/",
    "/sources/outlet/?kind=reports",
]


@pytest.mark.parametrize("path", PATHS)
def test_every_page_is_the_querysets_byte_for_byte(client, archive, monkeypatch, settings, path):
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 0
    read = []
    rows = stream.Side.rows

    def counted(self, *args):
        read.append(self.narrow)
        return rows(self, *args)

    monkeypatch.setattr(stream.Side, "rows", counted)
    path, _, query = path.partition("?")
    compiled = walk(client, path + (f"?{query}" if query else ""))
    assert read and (len(compiled) >= 2 or query == "kind=reports")
    assert not any(b"Draft" in page for page in compiled)

    # The querysets the Sides stand for, as the views built them before
    def queryset(model, narrow, **arguments):
        return narrow(model.objects.live(), **arguments)

    monkeypatch.setattr(reading_views, "Side", queryset)
    read.clear()
    assert walk(client, path + (f"?{query}" if query else "")) == compiled
    assert not read
