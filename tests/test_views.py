"""The public reading site: published content only, constant query counts, everything reachable."""

import html
import re
from html.parser import HTMLParser

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from newsroom.content.models import Actor, Article, Source, Statement
from newsroom.editorial import workflow
from tests import factories
from tests.conftest import NOT_LIVE

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("kind", [0, 1], ids=["article", "statement"])
def test_details_answer_404_unless_published(client, states, kind):
    assert client.get(states["live"][kind].get_absolute_url()).status_code == 200
    for state in NOT_LIVE:
        assert client.get(states[state][kind].get_absolute_url()).status_code == 404


def test_staff_see_unpublished_details_marked_as_not_public(client, states, reporter):
    client.force_login(reporter)
    page = client.get(states["draft"][0].get_absolute_url()).content.decode()
    assert "Not public: this article is draft" in page


@pytest.mark.parametrize(
    "url, live_markers",
    [
        ("/", ["Report live", "Words live", "Only live"]),
        ("/articles/", ["Report live"]),
        ("/statements/", ["Words live"]),
        ("/actors/", ["Witness live", "Peter Stano"]),
        ("/actors/peter-stano/", ["Words live", "Report live"]),
        ("/actors/witness-live/", ["Report live"]),
        ("/sources/", ["Outlet live", "Interfax"]),
        ("/sources/interfax/", ["Report live", "Words live"]),
        ("/tags/", ["Only live", "EU"]),
        ("/tags/eu/", ["Report live", "Words live", "Only live"]),
        ("/tags/only-live/", ["Report live", "Words live"]),
    ],
)
def test_lists_show_the_live_items_and_nothing_that_is_not_live(client, states, url, live_markers):
    page = client.get(url).content.decode()
    for marker in live_markers:
        assert marker in page
    for state in NOT_LIVE:
        for marker in ("Report", "Words", "Wording", "Witness", "Outlet", "Only"):
            assert f"{marker} {state}" not in page


def test_counts_count_only_published_items(client, states):
    page = client.get("/tags/").content.decode()
    # One published article and one published statement carry EU.
    assert re.search(r"EU <span class=\"count\"><span class=\"visually-hidden\">items: </span>2</span>", page)
    actors = client.get("/actors/").content.decode()
    assert "1 statement<" in actors


def test_a_statement_page_lists_only_published_articles_quoting_it(client, states, editor):
    published_statement = states["live"][1]
    draft_article = factories.article(headline="Draft quoting it")
    factories.citation(draft_article, published_statement, wording="Other words entirely.")
    page = client.get(published_statement.get_absolute_url()).content.decode()
    assert "Report live" in page and "Draft quoting it" not in page
    assert "<ins>Wording</ins> live." in page  # this report's wording differs, so it is shown, marked


def test_an_article_shows_only_published_citations_and_related_articles(client, states, editor):
    article, _ = states["live"]
    hidden = factories.statement(text="Not yet public words.")
    factories.citation(article, hidden, wording="Not yet public words.")
    page = client.get(article.get_absolute_url()).content.decode()
    # The box lists the statements themselves (their words), not this report's printing of them.
    assert "Words live." in page and "Not yet public words." not in page
    assert "Report draft" not in page and "Report unpublished" not in page
    related = factories.article(headline="Also about the EU", slug="also-eu", tags=["EU"])
    workflow.transition(item=related, user=editor, name="publish")
    assert "Also about the EU" in client.get(article.get_absolute_url()).content.decode()


def test_actors_and_sources_with_no_published_content_are_not_public(client, states):
    lonely_actor = factories.actor(name="Only in drafts", slug="only-in-drafts")
    factories.statement(actor=lonely_actor)
    lonely_source = factories.source(name="Draft source", slug="draft-source")
    factories.article(publisher=lonely_source)
    assert client.get("/actors/only-in-drafts/").status_code == 404
    assert client.get("/sources/draft-source/").status_code == 404
    assert "Only in drafts" not in client.get("/actors/").content.decode()
    assert "Draft source" not in client.get("/sources/").content.decode()


def test_an_organisation_page_lists_its_members(client, states):
    eu = factories.actor(name="European Union", slug="european-union", kind=Actor.Kind.INTERNATIONAL_ORGANISATION)
    Actor.objects.filter(slug="peter-stano").update(affiliation=eu)
    page = client.get("/actors/european-union/").content.decode()
    assert "Members and officials" in page and "Peter Stano" in page


def test_combining_tags_narrows_the_list(client, editor):
    both = factories.article(headline="EU and NATO", slug="eu-and-nato", tags=["EU", "NATO"])
    only_eu = factories.article(headline="Only EU", slug="only-eu", tags=["EU"])
    for article in (both, only_eu):
        workflow.transition(item=article, user=editor, name="publish")
    eu = client.get("/tags/eu/").content.decode()
    assert "EU and NATO" in eu and "Only EU" in eu
    assert 'href="/tags/eu/nato/"' in eu  # the page links to the narrower list
    narrowed = client.get("/tags/eu/nato/").content.decode()
    assert "EU and NATO" in narrowed and "Only EU" not in narrowed
    assert client.get("/tags/eu/no-such-tag/").status_code == 404


def test_tag_pages_paginate_newest_first(client, editor, time_machine):
    for day in range(1, 24):
        time_machine.move_to(f"2024-05-{day:02d} 12:00Z", tick=False)
        workflow.transition(
            item=factories.article(headline=f"Day {day:02d}", tags=["Ceasefire"]), user=editor, name="publish"
        )
    first = client.get("/tags/ceasefire/").content.decode()
    headlines = re.findall(r"Day (\d\d)", first)
    assert headlines == [f"{d:02d}" for d in range(23, 3, -1)]
    second = client.get("/tags/ceasefire/" + older_link(first)).content.decode()
    assert re.findall(r"Day (\d\d)", second) == ["03", "02", "01"]


def older_link(page):
    """The query string of a page's "Older" link."""
    return html.unescape(re.search(r'rel="next" href="([^"]+)"', page).group(1))


def newer_link(page):
    return html.unescape(re.search(r'rel="prev" href="([^"]+)"', page).group(1))


def test_not_found_pages_use_the_site_design(client):
    page = client.get("/articles/no-such-article/")
    assert page.status_code == 404
    assert 'class="masthead"' in page.content.decode() and "Page not found" in page.content.decode()


def test_bad_page_addresses_are_404_not_500(client, states):
    for url in ("/articles/", "/statements/", "/tags/eu/"):
        assert client.get(url, {"before": "abc"}).status_code == 404
        assert client.get(url, {"after": "!!"}).status_code == 404
        assert client.get(url, {"before": "MjAyNC0wMS0wMQ"}).status_code == 404  # one value, not two
    # An old numbered address shows the first page.
    assert client.get("/articles/?page=2").status_code == 200


def test_body_text_is_escaped(client, editor):
    article = factories.article(headline="<b>Bold</b>", slug="escaped", body="<script>alert('x')</script>")
    workflow.transition(item=article, user=editor, name="publish")
    page = client.get("/articles/escaped/").content.decode()
    assert "<script>alert" not in page and "&lt;script&gt;alert" in page
    assert "<b>Bold</b>" not in page


# Query counts: the same page with 2 and with 50 related things stays under one bound.


def build_article(n, editor):
    article = factories.article(tags=[f"tag {i}" for i in range(n)])
    for i in range(n):
        speaker = factories.actor()
        article.actors.add(speaker)
        article.sources.add(factories.source())
        statement = factories.statement(actor=speaker, tags=[f"tag {i}"])
        statement.speaker_rows.create(actor=factories.actor(affiliation=factories.actor()), order=2)  # joint
        workflow.transition(item=statement, user=editor, name="publish")
        factories.citation(article, statement)
        article.captions.create(text=f"Caption {i}", position=i)
    workflow.transition(item=article, user=editor, name="publish")
    for i in range(n):
        other = factories.article(tags=[f"tag {i}"])
        workflow.transition(item=other, user=editor, name="publish")
    return article


def build_speaker(n, editor):
    speaker = factories.actor(slug=f"speaker-{n}")
    for i in range(n):
        statement = factories.statement(actor=speaker, source=factories.source(), tags=[f"t{i}", "x"])
        if i % 2:  # half of them joint statements, with the speaker first or second
            other = factories.actor(affiliation=factories.actor())
            statement.speaker_rows.create(actor=other, order=2)
            joint = factories.statement(actor=other, tags=["x"])
            joint.speaker_rows.create(actor=speaker, order=2)
            workflow.transition(item=joint, user=editor, name="publish")
        workflow.transition(item=statement, user=editor, name="publish")
        article = factories.article(tags=[f"t{i}"])
        article.actors.add(speaker)
        factories.actor(affiliation=speaker)
        workflow.transition(item=article, user=editor, name="publish")
    return speaker


# Page bounds below count one query of the reader's page cache (the last public change) besides the view's,
# and one for the other speakers of the statements shown (fill_speakers: joint statements).
@pytest.mark.parametrize("n", [2, 50])
def test_article_page_queries_do_not_grow(client, editor, django_assert_max_num_queries, n):
    article = build_article(n, editor)
    # The related reports' window edge is kept per process for five minutes (ArticleQuerySet._related_edge):
    # read it now, so that the count is the page's every time, not once in five minutes one more.
    Article.objects.all()._related_edge()
    with django_assert_max_num_queries(13):  # 11, its incidents (newsroom.reading.claims), co-speakers
        assert client.get(article.get_absolute_url()).status_code == 200


@pytest.mark.parametrize("n", [2, 50])
def test_statement_page_queries_do_not_grow(client, editor, django_assert_max_num_queries, n):
    statement = factories.statement(tags=[f"t{i}" for i in range(n)])
    workflow.transition(item=statement, user=editor, name="publish")
    for _ in range(n):
        article = factories.article()
        factories.citation(article, statement, wording="Different wording.")
        workflow.transition(item=article, user=editor, name="publish")
    # 7, the other speakers of joint statements, and what newsroom.reading.claims adds: its thread,
    # fact-checks and incidents (one each).
    with django_assert_max_num_queries(11):
        assert client.get(statement.get_absolute_url()).status_code == 200


@pytest.mark.parametrize("n", [2, 50])
@pytest.mark.parametrize("url", ["/", "/statements/", "/articles/", "/tags/", "/tags/x/", "/actors/"])
def test_list_queries_do_not_grow(client, editor, django_assert_max_num_queries, n, url):
    build_speaker(n, editor)
    with django_assert_max_num_queries(13):  # the first request after a change counts the tags (of 3 kinds)
        assert client.get(url).status_code == 200
    with django_assert_max_num_queries(8):
        assert client.get(url).status_code == 200


def test_tag_counts_are_counted_once_per_public_change(client, editor, django_assert_num_queries):
    build_speaker(3, editor)
    client.get("/")
    with CaptureQueriesContext(connection) as again:
        client.get("/")
    assert not [q for q in again.captured_queries if "COUNT(" in q["sql"].upper()]
    workflow.transition(item=factories.article(headline="New", tags=["t0"]), user=editor, name="publish")
    with CaptureQueriesContext(connection) as after_change:
        page = client.get("/tags/").content.decode()
    assert [q for q in after_change.captured_queries if "COUNT(" in q["sql"].upper()]
    assert re.search(r'>t0 <span class="count"><span class="visually-hidden">items: </span>3</span>', page)


@pytest.mark.parametrize("n", [2, 50])
def test_actor_and_source_pages_queries_do_not_grow(client, editor, django_assert_max_num_queries, n):
    speaker = build_speaker(n, editor)
    source = Source.objects.public().first()
    # 11, the actor's dialogue (newsroom.claims.threads: two), co-speakers, the live pages covering the actor
    with django_assert_max_num_queries(15):
        assert client.get(speaker.get_absolute_url()).status_code == 200
    with django_assert_max_num_queries(9):
        assert client.get(source.get_absolute_url()).status_code == 200


# Everything in the seed content is reachable from the home page by following links.


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        href = dict(attrs).get("href")
        if tag == "a" and href and href.startswith("/") and not href.startswith(("/admin/", "/static/")):
            # Combined tag pages (/tags/a/b/) multiply without end; single ones are enough to reach everything.
            if not re.fullmatch(r"/tags/[^/]+/[^/]+/.*", href):
                self.hrefs.append(href.split("#")[0])


def test_every_seed_item_is_reachable_from_the_home_page(client):
    call_command("loaddata", "seed", verbosity=0)
    seen, queue = set(), ["/"]
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url)
        assert response.status_code == 200, url
        parser = Links()
        parser.feed(response.content.decode())
        queue.extend(h for h in parser.hrefs if h not in seen)
    expected = {a.get_absolute_url() for a in Article.objects.all()}
    expected |= {s.get_absolute_url() for s in Statement.objects.all()}
    expected |= {a.get_absolute_url() for a in Actor.objects.public()}
    expected |= {s.get_absolute_url() for s in Source.objects.all()}
    from taggit.models import Tag

    expected |= {reverse("newsroom:tag_detail", kwargs={"slugs": t.slug}) for t in Tag.objects.all()}
    assert expected - seen == set()
    assert Actor.objects.public().count() >= 25


def test_static_files_are_served_by_the_app_with_debug_off(client, settings):
    assert settings.DEBUG is False
    response = client.get("/static/newsroom/site.css")
    assert response.status_code == 200
    assert b"--ink" in b"".join(response.streaming_content)


def test_the_server_error_page_uses_the_site_design():
    from django.template.loader import render_to_string

    page = render_to_string("500.html")
    assert 'class="masthead"' in page and "Something went wrong" in page and 'lang="en"' in page


def test_the_sitemap_lists_published_content_only(client, states):
    index = client.get("/sitemap.xml").content.decode()
    sections = re.findall(r"<loc>http://testserver([^<]+)</loc>", index)
    names = ("articles", "statements", "incidents", "fact-checks", "live", "actors", "sources", "tags")
    assert sections == [f"/sitemap-{name}.xml" for name in names]
    xml = "".join(client.get(section).content.decode() for section in sections)
    assert "/articles/report-live/" in xml and "/tags/eu/" in xml and "/actors/peter-stano/" in xml
    assert "report-draft" not in xml and "report-unpublished" not in xml
    assert "Sitemap: http://testserver/sitemap.xml" in client.get("/robots.txt").content.decode()


def test_a_tag_only_drafts_carry_does_not_exist_for_readers(client, states):
    """Bug: /tags/<slug>/ looked tags up among all tags, so a draft's tag answered 200 with its name."""
    for state in NOT_LIVE:
        response = client.get(f"/tags/only-{state}/")
        assert response.status_code == 404, state
        assert f"Only {state}" not in response.content.decode()
    assert client.get("/tags/eu/only-draft/").status_code == 404  # nor in a combination
    assert client.get("/tags/only-live/").status_code == 200


def test_the_staff_banner_reads_the_state(client, states, editor):
    """Bug: an expired embargoed item read "scheduled to go live" with a time in the past."""
    client.force_login(editor)
    banners = {}
    for state in NOT_LIVE:
        page = client.get(states[state][0].get_absolute_url()).content.decode()
        banners[state] = re.search(r'<p class="not-public" role="status">(.*?)</p>', page).group(1)
    assert banners["expired"].startswith("Not public: this article is past its expiry (")
    assert banners["scheduled"].startswith("Not public: this article is scheduled to go live ")
    assert banners["draft"].startswith("Not public: this article is draft.")
    assert banners["in_review"].startswith("Not public: this article is in review.")
    assert banners["unpublished"].startswith("Not public: this article is unpublished.")
    live = client.get(states["live"][0].get_absolute_url()).content.decode()
    assert 'class="not-public"' not in live


def test_lists_page_newest_first_without_counting_the_archive(client, editor, time_machine, django_assert_num_queries):
    """Pages know only whether another follows: no COUNT(*) over the archive on any list."""
    for day in range(1, 24):
        time_machine.move_to(f"2024-05-{day:02d} 12:00Z", tick=False)
        workflow.transition(
            item=factories.article(headline=f"Day {day:02d}", tags=["Ceasefire"]), user=editor, name="publish"
        )
    for url in ("/articles/", "/tags/ceasefire/", "/feeds/rss/"):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        # The live tags' counts are counted once per public change (the tag page looks its tags
        # up in them; test_tag_counts_are_counted_once_per_public_change), never per view.
        counts = [q["sql"] for q in queries if "COUNT(" in q["sql"].upper()]
        assert not [
            sql for sql in counts if not sql.startswith('SELECT "taggit_taggeditem"."tag_id" AS "tag", COUNT(')
        ], url
    first = client.get("/articles/").content.decode()
    assert 'rel="next" href="?before=' in first and 'rel="prev"' not in first
    second = client.get("/articles/" + older_link(first)).content.decode()
    assert re.findall(r"Day (\d\d)", second) == ["03", "02", "01"]
    assert 'rel="prev" href="?after=' in second and 'rel="next"' not in second
    back = client.get("/articles/" + newer_link(second)).content.decode()
    assert re.findall(r"Day (\d\d)", back) == re.findall(r"Day (\d\d)", first)


def test_cards_are_rendered_once_per_version_of_what_they_show(client, editor, settings):
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 0  # every page made anew: only the cards are kept
    from django.test.signals import template_rendered

    publisher = factories.source(name="Old Name")
    article = factories.article(headline="First headline", publisher=publisher, tags=["Ceasefire"])
    workflow.transition(item=article, user=editor, name="publish")
    cards = []

    def rendered(sender, template, **kwargs):
        if template.name == "newsroom/includes/article_card.html":
            cards.append(template.name)

    template_rendered.connect(rendered)
    try:
        assert "First headline" in client.get("/articles/").content.decode()
        assert len(cards) == 1
        client.get("/articles/")
        assert len(cards) == 1  # the second list reads the card from the cache
        publisher.name = "New Name"
        publisher.save()
        assert "New Name" in client.get("/articles/").content.decode()
        assert len(cards) == 2
        article.tags.add("Blockade")
        assert ">Blockade<" in client.get("/articles/").content.decode()
        assert len(cards) == 3
    finally:
        template_rendered.disconnect(rendered)


@pytest.mark.parametrize("url", ["/", "/tags/x/", "/feed.json", "/api/articles/"])
def test_the_last_public_change_is_looked_up_once_per_request(client, editor, url):
    build_speaker(2, editor)
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    assert len([q for q in queries if "MAX(moment)" in q["sql"]]) == 1
