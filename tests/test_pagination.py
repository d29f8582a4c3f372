"""Keyset pages (newsroom.reading.pagination): every item once, in order, both ways, whatever the ties and
NULLs; a deep page costs the queries of the first; a cursor no page wrote is a 404."""

import base64
import datetime
import html
import re

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

from newsroom.content.models import Article, Statement
from newsroom.content.states import Status
from newsroom.reading.pagination import BadCursor, Order, decode, encode, queryset_page
from newsroom.reading.stream import stream_page
from tests import factories

pytestmark = pytest.mark.django_db
START = datetime.datetime(2024, 5, 1, 12, tzinfo=datetime.UTC)


def live(make, moment, **fields):
    return make(status=Status.PUBLISHED, first_published_at=moment, **fields)


def walk(read, size):
    """Every page from the first by "Older" links, then back by "Newer" links from the last."""
    forward, page = [], read(QueryDict())
    forward.append(page)
    while page.has_next():
        page = read(QueryDict(mutable=True) | {"before": page.older})
        forward.append(page)
    backward = [page]
    while page.has_previous():
        page = read(QueryDict(mutable=True) | {"after": page.newer})
        backward.append(page)
    assert all(len(p) <= size for p in forward + backward)
    return forward, backward


def ids(pages, key=lambda item: item.pk):
    return [key(item) for page in pages for item in page.object_list]


def test_a_list_with_ties_pages_every_item_once_both_ways():
    # Five items share each moment: the primary key orders them.
    articles = [live(factories.article, START + datetime.timedelta(hours=n // 5)) for n in range(23)]
    expected = [a.pk for a in sorted(articles, key=lambda a: (a.first_published_at, a.pk), reverse=True)]
    queryset = Article.objects.live().newest_first()
    forward, backward = walk(lambda params: queryset_page(queryset, params, size=4), 4)
    assert ids(forward) == expected
    assert ids(reversed(backward)) == expected
    assert [len(p) for p in forward] == [4, 4, 4, 4, 4, 3]
    assert not forward[0].has_previous() and not forward[-1].has_next()


def test_a_nullable_first_field_pages_dated_items_then_undated_ones():
    speaker = factories.actor()
    made = [datetime.date(2024, 1, 1 + n % 3) if n % 4 else None for n in range(18)]
    statements = [
        live(factories.statement, START + datetime.timedelta(minutes=n % 5), actor=speaker, made_on=day)
        for n, day in enumerate(made)
    ]
    dated = sorted(
        (s for s in statements if s.made_on), key=lambda s: (s.made_on, s.first_published_at, s.pk), reverse=True
    )
    undated = sorted((s for s in statements if not s.made_on), key=lambda s: (s.first_published_at, s.pk), reverse=True)
    expected = [s.pk for s in dated + undated]
    queryset = Statement.objects.live().newest_made()
    for size in (1, 3, 5, 20):
        forward, backward = walk(lambda params, size=size: queryset_page(queryset, params, size=size), size)
        assert ids(forward) == expected, size
        assert ids(reversed(backward)) == expected, size


@pytest.mark.parametrize("joint", [False, True])
def test_an_actor_timeline_compiled_pages_as_its_queryset_both_ways(joint):
    """views.actor_timeline (a CompiledList read by compiled queries) against the queryset it stands for,
    across dated and undated statements with ties, only the live ones, for an actor who speaks in no
    joint statement and for one who does."""
    from newsroom.content.models import Actor, StatementSpeaker
    from newsroom.content.querysets import actor_page
    from newsroom.reading import cards
    from newsroom.reading.views import actor_timeline

    speaker = factories.actor(slug="the-speaker")
    made = [datetime.date(2024, 1, 1 + n % 3) if n % 4 else None for n in range(14)]
    for n, day in enumerate(made):
        live(factories.statement, START + datetime.timedelta(minutes=n % 5), actor=speaker, made_on=day)
    factories.statement(actor=speaker, made_on=datetime.date(2024, 1, 9))  # a draft
    live(factories.statement, START, actor=speaker, go_live_at=START + datetime.timedelta(days=10**4))  # scheduled
    if joint:
        other = live(factories.statement, START, actor=factories.actor(), made_on=datetime.date(2024, 1, 2))
        StatementSpeaker.objects.create(statement=other, actor=speaker, order=1)
    actor = actor_page("the-speaker")
    assert isinstance(actor, Actor) and (actor.joint_counted == 0) != joint
    queryset = Statement.objects.live().spoken_by(actor).newest_made()
    for size in (1, 4, 20):
        compiled = walk(lambda params, size=size: queryset_page(actor_timeline(actor), params, size=size), size)
        built = walk(lambda params, size=size: queryset_page(queryset, params, size=size, read=cards.read), size)
        for pages, expected in zip(compiled, built, strict=True):
            assert [(ids([p]), p.newer, p.older) for p in pages] == [(ids([p]), p.newer, p.older) for p in expected]
        assert len(ids(compiled[0])) == 14 + joint


def test_a_mixed_stream_with_ties_across_kinds_pages_every_item_once_both_ways():
    moment = START
    items = []
    for n in range(9):  # articles and statements published at the same moments, pks overlapping
        items.append(live(factories.article, moment + datetime.timedelta(hours=n // 3)))
        items.append(live(factories.statement, moment + datetime.timedelta(hours=n // 3)))
    key = lambda item: (item.first_published_at, item.pk, item._meta.model_name)  # noqa: E731
    expected = [(k[2], k[1]) for k in sorted(map(key, items), reverse=True)]
    articles, statements = Article.objects.live(), Statement.objects.live()
    for size in (1, 4, 7):
        forward, backward = walk(lambda params, size=size: stream_page(articles, statements, params, size=size), size)
        assert ids(forward, key=lambda row: (row[0], row[1])) == expected, size
        assert ids(reversed(backward), key=lambda row: (row[0], row[1])) == expected, size


def test_a_deep_page_is_one_bounded_range_with_the_queries_of_the_first():
    for n in range(30):
        live(factories.article, START + datetime.timedelta(minutes=n))
    queryset = Article.objects.live().newest_first()
    first = queryset_page(queryset, QueryDict(), size=5)
    deep = first
    for _ in range(4):
        deep = queryset_page(queryset, QueryDict(mutable=True) | {"before": deep.older}, size=5)
    with CaptureQueriesContext(connection) as captured:
        queryset_page(queryset, QueryDict(mutable=True) | {"before": deep.older}, size=5)
    (sql,) = [q["sql"] for q in captured]
    assert "OFFSET" not in sql.upper() and "COUNT(" not in sql.upper()
    assert re.search(r'"first_published_at" <= ', sql)  # the index range starts at the cursor


def test_cursors_round_trip_and_refuse_what_no_page_wrote():
    values = (START, 12, "article")
    assert decode(encode(values), ("datetime", "int", "str")) == values
    assert decode(encode((None, START, 3)), ("date", "datetime", "int")) == (None, START, 3)
    for cursor in ("abc", "!!", encode((START,)), encode(("yesterday", 1, "article")), encode((START, "x", "a"))):
        with pytest.raises(BadCursor):
            decode(cursor, ("datetime", "int", "str"))


@pytest.mark.parametrize(
    "values",
    [("", "5"), ("2024-05-01T12:00:00+00:00", ""), ("9999-12-31T23:59:59-23:59", "5"), ("2024-05-01T12:00:00", "x")],
)
def test_a_crafted_cursor_is_a_404_on_lists_and_the_api(client, values):
    live(factories.article, START)
    text = "\x1f".join(values)
    cursor = base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")
    assert client.get("/articles/", {"before": cursor}).status_code == 404
    api_cursor = base64.urlsafe_b64encode(("before\x1f" + text).encode()).decode().rstrip("=")
    assert client.get("/api/articles/", {"cursor": api_cursor}).status_code == 404


def test_a_naive_cursor_time_is_read_as_utc():
    (moment,) = decode(encode(("2024-05-01T12:00:00",)), ("datetime",))
    assert moment == START


def test_an_order_must_be_made_of_the_models_own_fields():
    assert Order.of(Article.objects.order_by("headline")).fields == ("headline", "pk")
    assert Order.of(Article.objects.newest_first()).fields == ("-first_published_at", "-pk")
    with pytest.raises(ValueError):
        Order.of(Article.objects.order_by("publisher__name"))


def test_links_keep_the_other_parameters(client, editor):
    for n in range(25):
        live(factories.statement, START + datetime.timedelta(minutes=n), tags=["Ceasefire"])
    page = client.get("/tags/ceasefire/", {"kind": "statements"}).content.decode()
    link = html.unescape(re.search(r'rel="next" href="([^"]+)"', page).group(1))
    assert link.startswith("?kind=statements&before=")
    older = client.get("/tags/ceasefire/" + link)
    assert older.status_code == 200 and len(re.findall(r'class="card card-statement', older.content.decode())) == 5
