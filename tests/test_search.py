"""Search (newsroom/reading/search/): the stored index kept current by every path, matching, ranking,
snippets, filters, bad input, and the page's constant query count. Runs on SQLite and PostgreSQL."""

import datetime
import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from newsroom.content.models import Actor, Article, Statement
from newsroom.editorial import workflow
from newsroom.editorial.editing import save_edit
from newsroom.reading.search import backends
from newsroom.reading.search.backends import windows
from newsroom.reading.search.candidates import candidates, search
from newsroom.reading.search.snippets import SNIPPET_MARKS, marked_snippet
from newsroom.reading.search.terms import SearchError, parse
from tests import factories
from tests.conftest import NOT_LIVE
from tests.queries import sent

pytestmark = pytest.mark.django_db
POSTGRESQL = connection.vendor == "postgresql"


def published_article(editor, **fields):
    article = factories.article(**fields)
    workflow.transition(item=article, user=editor, name="publish")
    return article


def published_statement(editor, **fields):
    statement = factories.statement(**fields)
    workflow.transition(item=statement, user=editor, name="publish")
    return statement


def found(words, model=Article):
    """Primary keys of the published items of `model` that a search for `words` finds, best first."""
    return list(search(model.objects.live(), words).values_list("pk", flat=True))


def page(client, **params):
    response = client.get("/search/", params)
    assert response.status_code == 200
    return response.content.decode()


# What a reader may type


def test_parse_reads_words_phrases_and_prefixes():
    terms = parse('Peace "Lachin  corridor" negoti* ab* NATO\x00 peace')
    assert terms.words == ("peace", "ab", "nato")
    assert terms.prefixes == ("negoti",)
    assert terms.phrases == (("lachin", "corridor"),)


def test_parse_of_punctuation_finds_nothing_to_search():
    assert not parse("!!! ... --- \x00 “”")
    assert not parse('""')


def test_parse_refuses_a_search_too_long_to_run():
    with pytest.raises(SearchError, match="at most 32 words"):
        parse(" ".join(f"word{i}" for i in range(1000)))


@pytest.mark.parametrize("kind", ["", "article", "statement", "nonsense"])
def test_the_kind_select_is_the_fields_own_rendered_once_per_choice(client, kind, monkeypatch):
    """The search form's <select> of kinds is the field's own widget (the selected choice, an error's
    attributes), rendered once per process for each choice: Django renders a widget through its template engine."""
    from django.http import QueryDict

    from newsroom.reading.search import forms

    form = forms.SearchForm(QueryDict(f"q=convoy&kind={kind}"))
    form.is_valid()
    expected = str(form["kind"])
    assert form.kind_select() == expected
    assert expected in page(client, q="convoy", kind=kind)
    rendered = []
    monkeypatch.setattr(type(form["kind"]), "as_widget", lambda self, *a, **k: rendered.append(1) or "")
    again = forms.SearchForm(QueryDict(f"q=other&kind={kind}"))
    again.is_valid()
    assert again.kind_select() == (expected if kind != "nonsense" else "")
    assert len(rendered) == (0 if kind != "nonsense" else 1)  # a value that is no choice: rendered each time


# Matching and what readers may see


def test_search_finds_published_items_only(client, states):
    html = page(client, q="live")
    assert "Report live" in html and "Words <mark>live</mark>" in html
    for state in NOT_LIVE:
        html = page(client, q=state)
        assert f"Report {state}" not in html and f"Words {state}" not in html
        assert found(state) == [] and found(state, Statement) == []


def test_search_matches_every_word_in_text_and_speakers(client):
    call_command("loaddata", "seed", verbosity=0)  # fixtures load with raw saves: the triggers index them
    html = page(client, q="Roquefeuil Minsk")
    assert "EU, NATO ‘Concerned’" in html and "Karabakh Leader Warns" not in html
    assert "We strongly urge the sides" in page(client, q="Zakharova")
    assert "No results." in page(client, q="xylophone")
    # One token to PostgreSQL's parser, so its snippet does not mark it; the index reads it as two words.
    assert re.search(r"My (<mark>)?mistrust(</mark>)?/doubts", page(client, q="mistrust"))


@pytest.mark.skipif(not POSTGRESQL, reason="English stemming comes with PostgreSQL's full-text search")
def test_search_on_postgresql_understands_word_forms(client):
    call_command("loaddata", "seed", verbosity=0)
    assert "Karabakh Leader Warns" in page(client, q="warning assassinations")


def test_phrases_match_words_side_by_side_only(editor):
    together = published_article(editor, body="The Lachin corridor stays closed.")
    apart = published_article(editor, body="The corridor near Lachin stays closed.")
    assert set(found("Lachin corridor")) == {together.pk, apart.pk}
    assert found('"Lachin corridor"') == [together.pk]
    assert found('closed "lachin corridor') == [together.pk]  # an unclosed quote runs to the end


def test_a_star_matches_words_that_begin_with_it(editor):
    talks = published_article(editor, body="Negotiations resumed in Brussels.")
    published_article(editor, body="Nothing of the kind.")
    assert found("negoti*") == [talks.pk]
    assert found("bruss*") == [talks.pk]
    assert found("bruss") == []


def test_headline_matches_rank_above_body_matches(editor):
    in_body = published_article(editor, headline="Border news", body="Talks on the ceasefire went on.")
    in_headline = published_article(editor, headline="Ceasefire holds", body="Quiet night at the border.")
    assert found("ceasefire") == [in_headline.pk, in_body.pk]
    speaker = factories.actor(name="Ceasefire Monitor")
    by_words = published_statement(editor, text="The ceasefire must hold.")
    by_speaker = published_statement(editor, actor=speaker, text="We watched all night.")
    assert found("ceasefire", Statement) == [by_words.pk, by_speaker.pk]


# The index follows every way an item changes


def test_the_index_follows_workflow_edits_bulk_loads_and_updates(editor):
    article = published_article(editor, body="Original wording.")
    assert found("original") == [article.pk]

    article.body = "Edited wording about shelling."
    save_edit(item=article, expected_version=article.version, user=editor)  # save(update_fields=[...])
    assert found("original") == [] and found("shelling") == [article.pk]

    Article.objects.filter(pk=article.pk).update(dek="Drones overhead")  # no save() at all
    assert found("drones") == [article.pk]

    workflow.transition(item=article, user=editor, note="pulled", name="unpublish")
    assert found("drones") == []

    bulk = Article.objects.bulk_create([Article(headline="Bulk-loaded convoy report", slug="bulk", body="Trucks.")])
    workflow.transition(item=Article.objects.get(pk=bulk[0].pk), user=editor, name="publish")
    assert found("convoy") == [bulk[0].pk]


def test_deleting_an_item_removes_it_from_the_index(editor):
    """Deleted by any path (here a bulk delete, which sends no signals), an item leaves the index."""

    def indexed(word):
        with connection.cursor() as cursor:
            if POSTGRESQL:  # the vector is a column of the row itself: it goes with the row
                cursor.execute(
                    "SELECT count(*) FROM newsroom_article WHERE search_vector @@ to_tsquery('english', %s)", [word]
                )
            else:  # the FTS5 table stands apart: the delete trigger clears it
                cursor.execute("SELECT count(*) FROM newsroom_article_fts WHERE newsroom_article_fts MATCH %s", [word])
            return cursor.fetchone()[0]

    factories.article(headline="Convoy kept")
    gone = factories.article(headline="Convoy gone")
    assert indexed("convoy") == 2
    Article.objects.filter(pk=gone.pk).delete()
    assert indexed("convoy") == 1


def test_renaming_a_speaker_reindexes_their_statements(editor):
    speaker = factories.actor(name="Arayik Harutyunyan")
    statement = published_statement(editor, actor=speaker, text="We will not leave.")
    assert found("Harutyunyan", Statement) == [statement.pk]
    speaker.name = "Samvel Shahramanyan"
    speaker.save()
    assert found("Harutyunyan", Statement) == []
    assert found("Shahramanyan", Statement) == [statement.pk]
    statement.actor = factories.actor(name="Davit Babayan")
    statement.save()
    assert found("Shahramanyan", Statement) == [] and found("Babayan", Statement) == [statement.pk]
    Actor.objects.filter(pk=statement.actor_id).update(name="Ruben Vardanyan")
    assert found("Vardanyan", Statement) == [statement.pk]


def test_a_one_megabyte_body_is_indexed_in_part_and_never_breaks_search(client, editor):
    """One published item of about 1 MB once made every search a 500: snippets read the indexed part only."""
    start = "Shelling reported near Martuni. " * 20
    body = start + " ".join(f"w{i}x" for i in range(200_000)) + " farbeyondtheindexedpart"
    assert len(body) > 1_000_000
    big = published_article(editor, headline="A very long report", body="Short for now.")
    # Forms and the workflow refuse a body this long (newsroom/limits.py); one can still reach the
    # database around them (a bulk loader, an old dump), and search must hold then too.
    Article.objects.filter(pk=big.pk).update(body=body)
    other = published_article(editor, body="Shelling again.")
    assert set(found("shelling")) == {big.pk, other.pk}
    assert found("farbeyondtheindexedpart") == []  # only the first 100,000 characters are indexed
    html = page(client, q="shelling Martuni")
    assert "A very long report" in html and "<mark>Martuni</mark>" in html
    assert len(client.get("/api/articles/", {"q": "shelling"}).json()["results"]) == 2


# Snippets


def test_snippets_mark_matches_and_let_no_markup_through(client, editor):
    published_article(
        editor,
        headline="<b>Headline</b>",
        body='Before <script>alert("x")</script> the sabotage \ue000claim\ue001 </mark> <img src=x onerror=alert(1)>.',
    )
    html = page(client, q="sabotage")
    main = html[html.index("<main") :]
    assert "<script>" not in main and "<img" not in main and "<b>" not in main
    # PostgreSQL's snippets leave out what its parser reads as a tag (<script>); the rest is escaped.
    assert "&lt;img src=x onerror=alert" in main and "&lt;b&gt;Headline&lt;/b&gt;" in main
    assert main.count("<mark>") == main.count("</mark>") == 1
    assert "<mark>sabotage</mark>" in main


def test_marked_snippet_keeps_marks_in_pairs():
    start, stop = SNIPPET_MARKS
    assert marked_snippet(f"a {start}b{stop} <c> {stop}{start}d") == "a <mark>b</mark> &lt;c&gt; <mark>d</mark>"
    assert marked_snippet(None) == ""


# Filters


def test_filters_by_kind_tag_actor_and_date(client, editor):
    speaker = factories.actor(name="Hikmet Hajiyev", slug="hikmet-hajiyev")
    article = published_article(editor, headline="Corridor report", tags=["Lachin"])
    article.actors.add(speaker)
    statement = published_statement(editor, actor=speaker, text="The corridor is open.")
    untagged = published_article(editor, headline="Corridor closed again")
    Article.objects.filter(pk=untagged.pk).update(first_published_at=datetime.datetime(2023, 1, 5, tzinfo=datetime.UTC))

    assert "Corridor report" in page(client, q="corridor", kind="article")
    assert "The <mark>corridor</mark> is open" not in page(client, q="corridor", kind="article")
    assert "Corridor report" not in page(client, q="corridor", kind="statement")
    tagged = page(client, q="corridor", tag="lachin")
    assert "Corridor report" in tagged and "Corridor closed again" not in tagged
    involving = page(client, q="corridor", actor="hikmet-hajiyev")
    assert "Corridor report" in involving and "is open" in involving and "Corridor closed again" not in involving
    old = page(client, q="corridor", before="2023-01-31")
    assert "Corridor closed again" in old and "Corridor report" not in old
    recent = page(client, q="corridor", after="2023-02-01")
    assert "Corridor closed again" not in recent and "Corridor report" in recent
    assert statement.pk in found("corridor", Statement)


def test_bad_filters_are_named_on_the_page(client):
    html = page(client, q="corridor", after="2023-02-30", kind="poem")
    assert "From: Enter a valid date." in html and "Select a valid choice" in html


# Bad input: a message or nothing, never a 500


def test_a_thousand_words_or_punctuation_get_a_message(client):
    words = " ".join(f"word{i}" for i in range(1000))
    assert "at most 32 words" in page(client, q=words)
    assert "punctuation alone finds nothing" in page(client, q="?!… ---")
    assert "Type words from a report" in page(client, q="")
    assert client.get("/search/", {"q": "\x00"}).status_code == 400  # refused at the edge (newsroom.http.middleware)
    assert "at most 1,000 characters" in page(client, q="a" * 5000)
    for odd in ["___", "_ - _", "a_b*", "'quoted'", "O’Brien*", '"" "x"']:
        assert page(client, q=odd)


def test_the_api_refuses_a_thousand_words_and_finds_nothing_for_punctuation(client, states):
    response = client.get("/api/articles/", {"q": " ".join(["peace"] * 1000)})
    assert response.status_code == 400 and "at most 32 words" in response.json()["q"][0]
    assert len(client.get("/api/statements/", {"q": "!!! ..."}).json()["results"]) == 0
    assert len(client.get("/api/statements/", {"q": ""}).json()["results"]) == 1


@pytest.mark.skipif(not POSTGRESQL, reason="only PostgreSQL leaves out words too common to index")
def test_words_too_common_to_index_get_a_message(client, states):
    assert "too common to search for" in page(client, q="the and of")


# Ranking on the API, pagination, query counts


def test_api_q_ranks_best_first_unless_ordering_is_given(client, editor):
    once = published_article(editor, headline="Talks", body="A word on the blockade.")
    often = published_article(editor, headline="Blockade", dek="The blockade goes on.", body="Blockade, blockade.")
    ranked = [a["slug"] for a in client.get("/api/articles/", {"q": "blockade"}).json()["results"]]
    assert ranked == [often.slug, once.slug]
    oldest_first = client.get("/api/articles/", {"q": "blockade", "ordering": "published"}).json()["results"]
    assert [a["slug"] for a in oldest_first] == [once.slug, often.slug]


def test_api_q_sees_every_other_filter(client, editor, monkeypatch):
    """`q` keeps the newest matches only, so the other filters must narrow the list before it."""
    monkeypatch.setattr(backends, "CANDIDATES", 2)
    speaker = factories.actor(slug="the-speaker")
    old = published_statement(editor, actor=speaker, text="Shelling at dawn.")
    for _ in range(3):
        published_statement(editor, text="Shelling again.")
    results = client.get("/api/statements/", {"q": "shelling", "actor": "the-speaker"}).json()["results"]
    assert [s["id"] for s in results] == [old.pk]


def test_pages_run_through_the_best_matches(client, editor):
    for i in range(25):
        published_statement(editor, text=f"Statement {i} on the humanitarian convoy.")
    first = page(client, q="convoy")
    assert "Results 1–20" in first and 'rel="next" href="?q=convoy&amp;page=2"' in first
    second = page(client, q="convoy", page=2)
    assert "Results 21–25" in second and 'rel="prev"' in second and 'rel="next"' not in second
    assert "Results 21–25" in page(client, q="convoy", page=99)  # past the end: the last page


@pytest.mark.parametrize("n", [3, 30])
def test_search_page_queries_do_not_grow(client, editor, n):
    """As many queries for 3 results as for 30: fewer only when a page holds one kind alone."""
    for i in range(n):
        published_statement(editor, text=f"Blockade day {i}.", tags=[f"t{i}"])
        published_article(editor, headline=f"Blockade report {i}", tags=[f"t{i}", "x"])
    with CaptureQueriesContext(connection) as queries:
        assert "Blockade" in page(client, q="blockade")
    reads = sent(queries)
    # The page cache's look-up of the last public change; PostgreSQL's windows; the matches of each
    # kind; the page's articles, statements, their tags and their other speakers (joint statements);
    # the live pages matching (one query). On PostgreSQL the page's articles and statements with their
    # snippets, tags and other speakers are one round trip (five compiled queries sent together), and so
    # are the two kinds' matches.
    assert len(reads) <= (5 if POSTGRESQL else 9)


@pytest.mark.skipif(not POSTGRESQL, reason="the windows of newest items come from PostgreSQL's statistics")
def test_windows_of_newest_items_give_the_same_matches(editor, monkeypatch):
    """A common word is looked for among the newest items first; a rare one in the whole table."""
    monkeypatch.setattr(backends, "CANDIDATES", 3)
    monkeypatch.setattr(backends, "WINDOWS", (6, 24))
    start = datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
    for i in range(60):
        words = "common " + ("rare" if i == 2 else "other")
        article = published_article(editor, headline=f"Item {i}", body=words)
        Article.objects.filter(pk=article.pk).update(first_published_at=start + datetime.timedelta(days=i))
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE newsroom_article")
    backends.forget_statistics()  # read at the next search, not up to STATISTICS_SECONDS later
    bounds, _ = windows([Article], parse("common"))
    assert len(bounds[Article]) == 2
    newest = list(Article.objects.order_by("-first_published_at").values_list("pk", flat=True)[:3])
    with CaptureQueriesContext(connection) as queries:
        assert sorted(found("common")) == sorted(newest)
    assert any("ts_match_vq" in q["sql"] for q in queries.captured_queries)  # read in a window
    with CaptureQueriesContext(connection) as queries:
        assert found("rare") == [Article.objects.get(headline="Item 2").pk]
    assert not any("ts_match_vq" in q["sql"] for q in queries.captured_queries)  # the GIN index, at once


@pytest.mark.skipif(not POSTGRESQL, reason="the windows of newest items come from PostgreSQL's statistics")
def test_the_statistics_and_whether_words_are_indexed_are_read_once(editor):
    """The histogram bounds are read once per STATISTICS_SECONDS in a process, and whether words are indexed
    once per words: a search asked again reads neither, and words too common are still found to be so."""
    article = published_article(editor, headline="Convoy reaches the valley")
    backends.forget_statistics()
    assert found("convoy") == [article.pk]

    def reads(words):
        with CaptureQueriesContext(connection) as queries:
            found(words)
        return [q["sql"] for q in queries.captured_queries if "numnode" in q["sql"]]

    assert reads("convoy") == []  # both kept
    first = reads("valley")  # other words: whether they are indexed, alone
    assert len(first) == 1 and "pg_stats" not in first[0]
    assert reads("valley") == []
    backends.forget_statistics()
    again = reads("convoy")
    assert len(again) == 1 and "pg_stats" in again[0]  # the statistics again, the words with them
    assert backends.windows([Article], parse("the and of"))[1] is False
    assert backends.windows([Article], parse("the and of"))[1] is False


def _items_a_day(editor, days, *, rare_on=2, scheduled=0):
    """`days` live articles saying "common", a day apart (one also "rare"), and `scheduled` more
    going live in the future, first published then, as the corpus has them; analysed."""
    start = datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
    for i in range(days + scheduled):
        words = "common " + ("rare" if i == rare_on else "other")
        article = published_article(editor, headline=f"Item {i}", body=words)
        moment = start + datetime.timedelta(days=i)
        if i >= days:
            moment = timezone.now() + datetime.timedelta(days=1 + i - days)
            Article.objects.filter(pk=article.pk).update(go_live_at=moment)
        Article.objects.filter(pk=article.pk).update(first_published_at=moment)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE newsroom_article")
    backends.forget_statistics()  # read at the next search, not up to STATISTICS_SECONDS later


@pytest.mark.skipif(not POSTGRESQL, reason="the windows of newest items come from PostgreSQL's statistics")
def test_a_window_sized_by_the_count_is_counted_from_now_past_scheduled_items(editor, monkeypatch, settings):
    """The newest items of the histogram are scheduled ones (928 statements of the 100k corpus): a
    window counted from the newest bound held no live item at all."""
    settings.NEWSROOM_SEARCH_COUNT_SECONDS = 600
    monkeypatch.setattr(backends, "CANDIDATES", 3)
    monkeypatch.setattr(backends, "WINDOWS", (6, 24))
    _items_a_day(editor, 60, scheduled=20)
    bounds, _ = windows([Article], parse("common"))
    bound, rows, _ = bounds[Article].sized(5)
    assert bound <= timezone.now() and rows >= 5
    assert Article.objects.live().filter(first_published_at__gte=bound).count() >= 5
    monkeypatch.setattr(backends, "estimated_rows", lambda queryset: 1)  # no window by the estimate
    newest = list(Article.objects.live().order_by("-first_published_at").values_list("pk", flat=True)[:3])
    with CaptureQueriesContext(connection) as queries:
        assert sorted(found("common")) == sorted(newest)
    reads = [q["sql"] for q in queries.captured_queries if "ts_rank_cd" in q["sql"]]  # the matches, ranked
    assert len(reads) == 1 and "ts_match_vq" in reads[0]  # one window held enough: nothing read after it


@pytest.mark.skipif(not POSTGRESQL, reason="the windows of newest items come from PostgreSQL's statistics")
def test_a_windows_walk_starts_at_its_newest_live_item_and_finds_what_it_found_before(editor, monkeypatch, settings):
    """A window's walk starts at the newest item of its queryset (a subquery that reads the scheduled items
    at the top of the newest-first index from the index alone), not at the top of the index: the same matches,
    the scheduled never among them, and an item live now though first published later than now (scheduled,
    unpublished, then published at once: its first publication stays) still found."""
    settings.NEWSROOM_SEARCH_COUNT_SECONDS = 600
    monkeypatch.setattr(backends, "CANDIDATES", 3)
    monkeypatch.setattr(backends, "WINDOWS", (6, 24))
    _items_a_day(editor, 60, scheduled=20)
    monkeypatch.setattr(backends, "estimated_rows", lambda queryset: 1)  # the window sized by the count
    ahead = Article.objects.get(headline="Item 65")
    assert ahead not in Article.objects.live() and ahead.first_published_at > timezone.now()
    with CaptureQueriesContext(connection) as queries:
        newest = list(Article.objects.live().order_by("-first_published_at").values_list("pk", flat=True)[:3])
        assert sorted(found("common")) == sorted(newest) and ahead.pk not in newest
    walk = [q["sql"] for q in queries.captured_queries if "ts_match_vq" in q["sql"]]
    assert len(walk) == 1 and walk[0].count('"first_published_at" <= (SELECT') == 1, walk
    Article.objects.filter(pk=ahead.pk).update(go_live_at=None)  # live now, first published in the future
    assert sorted(found("common")) == sorted([ahead.pk, *newest[:2]])
    Article.objects.filter(status="published").update(status="draft")
    assert found("common") == []


@pytest.mark.skipif(not POSTGRESQL, reason="the windows of newest items come from PostgreSQL's statistics")
@pytest.mark.parametrize("words", ["common", "common other", '"common other"', "comm* -x other"])
def test_a_window_of_every_live_item_is_compiled_once_into_the_sql_the_orm_builds(editor, words, monkeypatch):
    """The search page's unfiltered kinds (backends.every_live) walk their windows by SQL compiled once per shape
    of the search, with the moment, the bound and the words as its arguments: the ORM's SQL and parameters,
    exactly. A filtered queryset (a clone) is built by the ORM."""
    at = timezone.now()
    monkeypatch.setattr(backends.timezone, "now", lambda: at)  # the ORM's walk starts where gone live by now
    bound = at - datetime.timedelta(days=3)
    for model in (Article, Statement):
        built = backends._step(model.objects.live(at), parse(words), bound)
        assert backends._step(backends.every_live(model, at), parse(words), bound) == built
        assert any(key[1] == model._meta.db_table for key in backends._WINDOWS)
        assert getattr(backends.every_live(model, at).filter(pk__gt=0), "every_live_at", None) is None
    assert backends._step(backends.every_live(Article, at), parse(words), None) == backends._step(
        Article.objects.live(at), parse(words), None
    )


@pytest.mark.skipif(not POSTGRESQL, reason="the windows of newest items come from PostgreSQL's statistics")
def test_a_count_of_the_matches_walks_a_window_the_estimate_would_not(editor, monkeypatch, settings):
    """Two common words: the planner expected 1,827 statements, 12,676 matched; by the count, the
    newest matches are read in a window instead of all of them."""
    settings.NEWSROOM_SEARCH_COUNT_SECONDS = 600
    monkeypatch.setattr(backends, "CANDIDATES", 3)
    monkeypatch.setattr(backends, "WINDOWS", (6, 24))
    _items_a_day(editor, 60, scheduled=5)
    assert backends.known_matches(Article, parse("common")) == 65  # the scheduled too: an upper bound
    with CaptureQueriesContext(connection) as queries:
        assert backends.known_matches(Article, parse("common")) == 65
    assert queries.captured_queries == []  # kept
    monkeypatch.setattr(backends, "MAX_EVERYWHERE", 50)
    assert backends.known_matches(Article, parse("item")) == 51  # no more read than that
    monkeypatch.setattr(backends, "estimated_rows", lambda queryset: 1)  # a wrong estimate
    newest = list(Article.objects.live().order_by("-first_published_at").values_list("pk", flat=True)[:3])
    with CaptureQueriesContext(connection) as queries:
        assert sorted(found("common")) == sorted(newest)
    assert any("ts_match_vq" in q["sql"] for q in queries.captured_queries)
    settings.NEWSROOM_SEARCH_COUNT_SECONDS = 0
    with CaptureQueriesContext(connection) as queries:
        assert sorted(found("common")) == sorted(newest)
    assert not any("ts_match_vq" in q["sql"] for q in queries.captured_queries)  # by the estimate


@pytest.mark.skipif(not POSTGRESQL, reason="the windows of newest items come from PostgreSQL's statistics")
@pytest.mark.parametrize("known, estimate", [(10**6, 1), (1, 10**6)])
def test_a_rare_word_is_found_whatever_its_count_says(editor, monkeypatch, settings, known, estimate):
    """A count that is old or wrong (it is kept for an hour) chooses how the matches are read, never
    which: a rare word counted as common is looked for in the windows, then everywhere. And a count
    of few matches reads on past the windows where the planner, expecting more than MAX_EVERYWHERE
    (as for a phrase of common words), would have stopped at the last window with fewer than it
    needed."""
    settings.NEWSROOM_SEARCH_COUNT_SECONDS = 600
    monkeypatch.setattr(backends, "CANDIDATES", 3)
    monkeypatch.setattr(backends, "WINDOWS", (6, 24))
    _items_a_day(editor, 60, rare_on=2)
    monkeypatch.setattr(backends, "known_matches", lambda model, terms: known)
    monkeypatch.setattr(backends, "estimated_rows", lambda queryset: estimate)
    with CaptureQueriesContext(connection) as queries:
        assert found("rare") == [Article.objects.get(headline="Item 2").pk]
    assert any("ts_match_vq" in q["sql"] for q in queries.captured_queries)  # the windows first


@pytest.mark.skipif(not POSTGRESQL, reason="the windows of newest items come from PostgreSQL's statistics")
def test_a_kept_count_walks_each_kinds_window_in_one_round_trip_without_an_estimate(editor, monkeypatch, settings):
    """Where the counts of a search's matches are kept, each kind's window sized by its count is walked first,
    both kinds in one round trip; when each holds enough matches (the newest, whichever window held them) no
    estimate is asked of the planner. The results are those of the search with no count kept."""
    settings.NEWSROOM_SEARCH_COUNT_SECONDS = 600
    monkeypatch.setattr(backends, "CANDIDATES", 3)
    monkeypatch.setattr(backends, "WINDOWS", (6, 24))
    _items_a_day(editor, 60, scheduled=5)
    start = datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
    for i in range(60):
        statement = published_statement(editor, text=f"Common words {i}.")
        Statement.objects.filter(pk=statement.pk).update(first_published_at=start + datetime.timedelta(days=i))
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE newsroom_statement")
    backends.forget_statistics()
    querysets = [Article.objects.live(), Statement.objects.live()]
    candidates(querysets, parse("common"))  # the statistics read and the counts kept
    with CaptureQueriesContext(connection) as queries:
        found_now = candidates(querysets, parse("common"))
    reads = sent(queries)
    assert len(reads) == 1 and reads[0].count("ts_match_vq") == 2, reads
    settings.NEWSROOM_SEARCH_COUNT_SECONDS = 0
    with CaptureQueriesContext(connection) as queries:
        assert candidates(querysets, parse("common")) == found_now
    assert any(q["sql"].startswith("EXPLAIN") for q in queries.captured_queries)
    newest = list(Statement.objects.order_by("-first_published_at").values_list("pk", flat=True)[:3])
    assert sorted(pk for pk, _, _ in found_now[1]) == sorted(newest)


# Each result is a fragment kept per version of what it shows (newsroom.reading.fragments.search_results).


def test_a_result_is_rendered_once_then_read_and_an_edit_shows_at_once(client, editor, monkeypatch, settings):
    from newsroom.reading import fragments

    settings.NEWSROOM_PAGE_CACHE_SECONDS = 0  # (a row is changed below without the workflow)
    article = published_article(editor, headline="Convoy reaches the valley", body="A convoy of trucks.")
    statement = published_statement(editor, text="The convoy will pass tonight.", tags=["aid"])
    factories.statement(text="A convoy still in draft Quuxwidget.")
    first = page(client, q="convoy")
    assert "Convoy reaches the valley" in first and "will pass tonight" in first and "Quuxwidget" not in first

    rendered = []
    real = fragments.get_template
    monkeypatch.setattr(fragments, "get_template", lambda name: rendered.append(name) or real(name))
    assert page(client, q="convoy") == first and rendered == []
    assert page(client, q="trucks") != first and rendered == [fragments.SEARCH_RESULT_TEMPLATE]  # another snippet

    rendered.clear()
    article.headline = "Convoy turned back at the valley"
    save_edit(item=article, expected_version=article.version, user=editor)
    again = page(client, q="convoy")
    assert "Convoy turned back at the valley" in again and rendered == [fragments.SEARCH_RESULT_TEMPLATE]
    speaker = statement.actor
    speaker.name = "Renamed Envoy"
    speaker.save()
    assert "Renamed Envoy" in page(client, q="convoy")
    workflow.transition(item=statement, user=editor, note="pulled", name="unpublish")
    assert "will pass tonight" not in page(client, q="convoy")


def test_a_kept_result_is_shown_without_building_its_item(client, editor, monkeypatch, settings):
    """The results are read as rows (newsroom.reading.cards.Card): an article or a statement instance is
    built only to render a result the cache does not hold."""
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 0
    published_article(editor, headline="Convoy reaches the valley", body="A convoy of trucks.", tags=["aid"])
    published_statement(editor, text="The convoy will pass tonight.", tags=["aid"])
    first = page(client, q="convoy")
    assert "Convoy reaches the valley" in first and "will pass tonight" in first
    built = []
    for model in (Article, Statement):
        real = model.from_db
        monkeypatch.setattr(model, "from_db", lambda *args, real=real: built.append(args) or real(*args))
    assert page(client, q="convoy") == first and built == []


def test_results_are_whole_with_the_cache_away(client, editor, request):
    published_article(editor, headline="Convoy reaches the valley", tags=["aid"])
    published_statement(editor, text="The convoy will pass tonight.")
    expected = page(client, q="convoy")
    request.getfixturevalue("cache_away")
    assert page(client, q="convoy") == expected
