"""The public reading site: published content only, constant query counts, everything reachable."""

import re
from html.parser import HTMLParser

import pytest
from django.core.management import call_command
from django.db import connection
from django.urls import reverse

from newsroom import workflow
from newsroom.models import Actor, Article, Source, Statement
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("kind", [0, 1], ids=["article", "statement"])
def test_details_answer_404_unless_published(client, trio, kind):
    assert client.get(trio["published"][kind].get_absolute_url()).status_code == 200
    for state in ["draft", "unpublished"]:
        assert client.get(trio[state][kind].get_absolute_url()).status_code == 404


def test_staff_see_unpublished_details_marked_as_not_public(client, trio, reporter):
    client.force_login(reporter)
    page = client.get(trio["draft"][0].get_absolute_url()).content.decode()
    assert "Not public: this article is draft" in page


@pytest.mark.parametrize(
    "url",
    ["/", "/articles/", "/statements/", "/actors/peter-stano/", "/sources/interfax/", "/tags/eu/", "/tags/"],
)
def test_lists_show_only_published_items(client, trio, url):
    page = client.get(url).content.decode()
    assert "Report published" in page or "Words published" in page or url == "/tags/"
    for state in ["draft", "unpublished"]:
        assert f"Report {state}" not in page and f"Words {state}" not in page


def test_counts_count_only_published_items(client, trio):
    page = client.get("/tags/").content.decode()
    # One published article and one published statement carry EU.
    assert re.search(r"EU <span class=\"count\"><span class=\"visually-hidden\">items: </span>2</span>", page)
    actors = client.get("/actors/").content.decode()
    assert "1 statement<" in actors


def test_a_statement_page_lists_only_published_articles_quoting_it(client, trio, editor):
    published_statement = trio["published"][1]
    draft_article = factories.article(headline="Draft quoting it")
    factories.citation(draft_article, published_statement, wording="Other words entirely.")
    page = client.get(published_statement.get_absolute_url()).content.decode()
    assert "Report published" in page and "Draft quoting it" not in page
    assert "Wording published." in page  # this report's wording differs, so it is shown


def test_an_article_shows_only_published_citations_and_related_articles(client, trio, editor):
    article, _ = trio["published"]
    hidden = factories.statement(text="Not yet public words.")
    factories.citation(article, hidden, wording="Not yet public words.")
    page = client.get(article.get_absolute_url()).content.decode()
    assert "Wording published." in page and "Not yet public words." not in page
    assert "Report draft" not in page and "Report unpublished" not in page
    related = factories.article(headline="Also about the EU", slug="also-eu", tags=["EU"])
    workflow.article_publish(article=related, user=editor)
    assert "Also about the EU" in client.get(article.get_absolute_url()).content.decode()


def test_actors_and_sources_with_no_published_content_are_not_public(client, trio):
    lonely_actor = factories.actor(name="Only in drafts", slug="only-in-drafts")
    factories.statement(actor=lonely_actor)
    lonely_source = factories.source(name="Draft source", slug="draft-source")
    factories.article(publisher=lonely_source)
    assert client.get("/actors/only-in-drafts/").status_code == 404
    assert client.get("/sources/draft-source/").status_code == 404
    assert "Only in drafts" not in client.get("/actors/").content.decode()
    assert "Draft source" not in client.get("/sources/").content.decode()


def test_an_organisation_page_lists_its_members(client, trio):
    eu = factories.actor(name="European Union", slug="european-union", kind=Actor.Kind.INTERNATIONAL_ORGANISATION)
    Actor.objects.filter(slug="peter-stano").update(affiliation=eu)
    page = client.get("/actors/european-union/").content.decode()
    assert "Members and officials" in page and "Peter Stano" in page


def test_combining_tags_narrows_the_list(client, editor):
    both = factories.article(headline="EU and NATO", slug="eu-and-nato", tags=["EU", "NATO"])
    only_eu = factories.article(headline="Only EU", slug="only-eu", tags=["EU"])
    for article in (both, only_eu):
        workflow.article_publish(article=article, user=editor)
    eu = client.get("/tags/eu/").content.decode()
    assert "EU and NATO" in eu and "Only EU" in eu
    assert 'href="/tags/eu/nato/"' in eu  # the page links to the narrower list
    narrowed = client.get("/tags/eu/nato/").content.decode()
    assert "EU and NATO" in narrowed and "Only EU" not in narrowed
    assert client.get("/tags/eu/no-such-tag/").status_code == 404


def test_tag_pages_paginate_newest_first(client, editor, time_machine):
    for day in range(1, 24):
        time_machine.move_to(f"2024-05-{day:02d} 12:00Z", tick=False)
        workflow.article_publish(article=factories.article(headline=f"Day {day:02d}", tags=["Ceasefire"]), user=editor)
    first = client.get("/tags/ceasefire/").content.decode()
    headlines = re.findall(r"Day (\d\d)", first)
    assert headlines == [f"{d:02d}" for d in range(23, 3, -1)]
    second = client.get("/tags/ceasefire/?page=2").content.decode()
    assert re.findall(r"Day (\d\d)", second) == ["03", "02", "01"]


def test_not_found_pages_use_the_site_design(client):
    page = client.get("/articles/no-such-article/")
    assert page.status_code == 404
    assert 'class="masthead"' in page.content.decode() and "Page not found" in page.content.decode()


def test_bad_page_numbers_are_404_not_500(client, trio):
    assert client.get("/articles/?page=abc").status_code == 404
    assert client.get("/articles/?page=999").status_code == 404
    assert client.get("/tags/eu/?page=abc").status_code == 200  # falls back to the first page


def test_body_text_is_escaped(client, editor):
    article = factories.article(headline="<b>Bold</b>", slug="escaped", body="<script>alert('x')</script>")
    workflow.article_publish(article=article, user=editor)
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
        workflow.statement_publish(statement=statement, user=editor)
        factories.citation(article, statement)
        article.captions.create(text=f"Caption {i}", position=i)
    workflow.article_publish(article=article, user=editor)
    for i in range(n):
        other = factories.article(tags=[f"tag {i}"])
        workflow.article_publish(article=other, user=editor)
    return article


def build_speaker(n, editor):
    speaker = factories.actor(slug=f"speaker-{n}")
    for i in range(n):
        statement = factories.statement(actor=speaker, source=factories.source(), tags=[f"t{i}", "x"])
        workflow.statement_publish(statement=statement, user=editor)
        article = factories.article(tags=[f"t{i}"])
        article.actors.add(speaker)
        factories.actor(affiliation=speaker)
        workflow.article_publish(article=article, user=editor)
    return speaker


@pytest.mark.parametrize("n", [2, 50])
def test_article_page_queries_do_not_grow(client, editor, django_assert_max_num_queries, n):
    article = build_article(n, editor)
    with django_assert_max_num_queries(10):
        assert client.get(article.get_absolute_url()).status_code == 200


@pytest.mark.parametrize("n", [2, 50])
def test_statement_page_queries_do_not_grow(client, editor, django_assert_max_num_queries, n):
    statement = factories.statement(tags=[f"t{i}" for i in range(n)])
    workflow.statement_publish(statement=statement, user=editor)
    for _ in range(n):
        article = factories.article()
        factories.citation(article, statement, wording="Different wording.")
        workflow.article_publish(article=article, user=editor)
    with django_assert_max_num_queries(6):
        assert client.get(statement.get_absolute_url()).status_code == 200


@pytest.mark.parametrize("n", [2, 50])
@pytest.mark.parametrize("url", ["/", "/statements/", "/articles/", "/tags/", "/tags/x/", "/actors/"])
def test_list_queries_do_not_grow(client, editor, django_assert_max_num_queries, n, url):
    build_speaker(n, editor)
    with django_assert_max_num_queries(8):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize("n", [2, 50])
def test_actor_and_source_pages_queries_do_not_grow(client, editor, django_assert_max_num_queries, n):
    speaker = build_speaker(n, editor)
    source = Source.objects.public().first()
    with django_assert_max_num_queries(10):
        assert client.get(speaker.get_absolute_url()).status_code == 200
    with django_assert_max_num_queries(7):
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


def test_search_finds_published_items_only(client, trio):
    page = client.get("/search/", {"q": "published"}).content.decode()
    assert "Report published" in page and "Words published" in page
    for state in ["draft", "unpublished"]:
        page = client.get("/search/", {"q": state}).content.decode()
        assert f"Report {state}" not in page and f"Words {state}" not in page


def test_search_matches_every_word_in_text_and_speakers(client):
    call_command("loaddata", "seed", verbosity=0)
    page = client.get("/search/", {"q": "Roquefeuil Minsk"}).content.decode()
    assert "EU, NATO ‘Concerned’" in page and "Karabakh Leader Warns" not in page
    speaker = client.get("/search/", {"q": "Zakharova"}).content.decode()
    assert "We strongly urge the sides" in speaker
    assert "0 results, newest first." in client.get("/search/", {"q": "xylophone"}).content.decode()
    # A NUL byte is refused at the edge (newsroom.middleware), naming the parameter.
    assert client.get("/search/", {"q": "\x00"}).status_code == 400
    assert "My mistrust/doubts" in client.get("/search/", {"q": "mistrust"}).content.decode()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="stemming comes with PostgreSQL's full-text search")
def test_search_on_postgresql_understands_word_forms(client):
    call_command("loaddata", "seed", verbosity=0)
    assert "Karabakh Leader Warns" in client.get("/search/", {"q": "warning assassinations"}).content.decode()


@pytest.mark.parametrize("n", [2, 50])
def test_search_queries_do_not_grow(client, editor, django_assert_max_num_queries, n):
    build_speaker(n, editor)
    with django_assert_max_num_queries(6):
        assert client.get("/search/", {"q": "Words"}).status_code == 200


def test_the_sitemap_lists_published_content_only(client, trio):
    xml = client.get("/sitemap.xml").content.decode()
    assert "/articles/report-published/" in xml and "/tags/eu/" in xml and "/actors/peter-stano/" in xml
    assert "report-draft" not in xml and "report-unpublished" not in xml
    assert "Sitemap: http://testserver/sitemap.xml" in client.get("/robots.txt").content.decode()
