"""What shared caches are told (newsroom/edge/headers.py) and the surrogate keys each surface names
(newsroom/edge/keys.py): public pages, feeds and the API are shared and keyed; nothing signed-in,
private, a preview, the admin, or a response that sets a cookie ever is."""

import datetime

import pytest
from django.utils import timezone

from newsroom.edge import keys as k
from newsroom.editorial import workflow
from tests import factories

pytestmark = pytest.mark.django_db

DRY_RUN = {"BACKEND": "newsroom.edge.backends.dry_run.DryRunBackend"}


@pytest.fixture
def purged(settings):
    """A purge backend configured (the dry run): shared caches may keep keyed pages long."""
    settings.NEWSROOM_PURGE = DRY_RUN


@pytest.fixture
def live(editor):
    speaker = factories.actor(name="Peter Stano", slug="peter-stano")
    outlet = factories.source(name="Interfax", slug="interfax")
    statement = factories.statement(actor=speaker, source=outlet, text="We call for calm.", tags=["EU"])
    workflow.transition(item=statement, user=editor, name="publish")
    article = factories.article(headline="First report", slug="first-report", publisher=outlet, tags=["EU"])
    article.actors.add(speaker)
    factories.citation(article, statement)
    workflow.transition(item=article, user=editor, name="publish")
    return article, statement


def directives(response):
    return {part.strip().split("=")[0]: part.strip() for part in response.get("Cache-Control", "").split(",")}


def surrogate_keys(response):
    return set(response.get("Surrogate-Key", "").split())


def test_public_pages_feeds_and_api_are_shared_with_their_keys(client, live, purged, settings):
    article, statement = live
    tag = article.tags.get()
    for url in ["/", "/articles/", f"/articles/{article.slug}/", f"/statements/{statement.pk}/", "/feeds/atom/"]:
        response = client.get(url)
        assert response.status_code == 200, url
        cache_control = directives(response)
        assert "public" in cache_control, url
        assert cache_control["s-maxage"] == f"s-maxage={settings.NEWSROOM_EDGE_SECONDS}", url
        assert cache_control["max-age"] == f"max-age={settings.NEWSROOM_PAGE_MAX_AGE}", url
        assert "stale-while-revalidate" in cache_control, url
        assert {k.ALL, f"article-{article.pk}"} <= surrogate_keys(response), url
    page = surrogate_keys(client.get(f"/articles/{article.slug}/"))
    # The report, what it shows (tag, publisher, actor, the statement it quotes and its speaker),
    # its quotations' list and the lists its related reports come from.
    assert {f"tag-{tag.pk}", f"source-{article.publisher_id}", f"actor-{statement.actor_id}"} <= page
    assert {f"statement-{statement.pk}", f"article-{article.pk}-items", f"tag-{tag.pk}-items"} <= page
    assert {"articles", "statements", "tags"} <= surrogate_keys(client.get("/"))
    assert {f"tag-{tag.pk}", f"tag-{tag.pk}-items", f"statement-{statement.pk}"} <= surrogate_keys(
        client.get(f"/tags/{tag.slug}/")
    )
    assert {f"actor-{statement.actor_id}-items", f"statement-{statement.pk}"} <= surrogate_keys(
        client.get(f"/feeds/actors/{statement.actor.slug}/feed.json")
    )


def test_api_responses_say_how_long_they_may_be_kept(client, live, purged):
    """Issue 22, finding 15: API responses had no Cache-Control at all."""
    article, statement = live
    listing = client.get("/api/articles/", HTTP_ACCEPT="application/json")
    assert "public" in directives(listing) and "s-maxage" in directives(listing)
    assert {"articles", f"article-{article.pk}", f"statement-{statement.pk}"} <= surrogate_keys(listing)
    detail = client.get(f"/api/statements/{statement.pk}/", HTTP_ACCEPT="application/json")
    assert {f"statement-{statement.pk}", f"statement-{statement.pk}-items", f"article-{article.pk}"} <= surrogate_keys(
        detail
    )
    assert "search" in surrogate_keys(client.get("/api/articles/?q=report", HTTP_ACCEPT="application/json"))
    tags = client.get("/api/tags/", HTTP_ACCEPT="application/json")
    assert "tags" in surrogate_keys(tags) and "public" in directives(tags)


def test_an_anonymous_request_with_stale_cookies_is_never_public(client, live, purged):
    """Issue 22, finding 12: a stale session cookie is deleted with Set-Cookie, and the response
    said `public`: a CDN could have stored the cookie and handed it to everyone."""
    client.cookies["sessionid"] = "stale-and-unknown"
    response = client.get("/")
    assert response.status_code == 200
    assert "sessionid" in response.cookies  # Django deletes the stale cookie
    cache_control = directives(response)
    assert "public" not in cache_control and "s-maxage" not in cache_control
    assert "private" in cache_control
    assert "Surrogate-Key" not in response


def test_nothing_signed_in_private_a_preview_or_the_admin_is_shared(client, live, purged, editor):
    article, _ = live
    draft = factories.article(headline="Secret draft", slug="secret-draft")
    client.force_login(editor)
    for url in ["/", f"/articles/{article.slug}/", "/api/articles/", f"/articles/{draft.slug}/", "/admin/"]:
        response = client.get(url)
        assert response.status_code == 200, url
        cache_control = directives(response)
        assert "private" in cache_control and "public" not in cache_control, url
        assert "s-maxage" not in cache_control and "Surrogate-Key" not in response, url
    client.logout()
    assert "public" not in directives(client.get("/admin/login/"))


def test_errors_and_misses_are_not_kept_by_shared_caches(client, live, purged):
    """A 404 for an address published a minute later must not outlive the publication."""
    for url in ["/articles/not-yet/", "/api/articles/not-yet/", "/tags/nothing-here/"]:
        response = client.get(url, HTTP_ACCEPT="application/json" if "/api/" in url else "text/html")
        assert response.status_code == 404, url
        assert "public" not in directives(response) and "no-cache" in directives(response), url


def test_without_a_purge_backend_shared_caches_keep_pages_only_as_long_as_browsers(client, live, settings):
    settings.NEWSROOM_PURGE = {}
    cache_control = directives(client.get("/"))
    assert cache_control["s-maxage"] == f"s-maxage={settings.NEWSROOM_PAGE_MAX_AGE}"


def test_a_response_that_names_no_keys_is_kept_only_briefly(client, live, purged, settings):
    """The sitemap names no keys: nothing would purge it, so the browser's bound holds."""
    response = client.get("/sitemap-articles.xml")
    assert directives(response)["s-maxage"] == f"s-maxage={settings.NEWSROOM_PAGE_MAX_AGE}"
    assert "Surrogate-Key" not in response


def test_no_page_is_kept_past_the_next_go_live_or_expiry(client, live, purged, editor):
    """Go-live and expiry happen by the clock: the cache may not hold a page across them."""
    scheduled = factories.article(headline="Embargoed", slug="embargoed")
    workflow.transition(
        item=scheduled, user=editor, name="publish", go_live_at=timezone.now() + datetime.timedelta(seconds=90)
    )
    cache_control = directives(client.get("/articles/"))
    assert 85 <= int(cache_control["s-maxage"].split("=")[1]) <= 90
    assert int(cache_control["max-age"].split("=")[1]) <= 60
    assert cache_control["stale-while-revalidate"] == "stale-while-revalidate=0"  # nor served stale past it


def test_cloudflare_reads_its_tags_from_its_own_header(client, live, settings):
    settings.NEWSROOM_PURGE = {
        "BACKEND": "newsroom.edge.backends.cloudflare.CloudflareBackend",
        "OPTIONS": {"zone_id": "z", "api_token": "t"},
    }
    response = client.get("/")
    assert set(response["Cache-Tag"].split(",")) == surrogate_keys(response)


def test_keys_that_would_not_fit_give_way_to_their_lists():
    many = {f"tag-{n}" for n in range(2000)} | {f"article-{n}" for n in range(100)} | {"articles"}
    value, fits = k.header_value(many)
    assert fits and "tags" in value.split() and "tag-7" not in value.split() and "article-7" in value.split()
    value, fits = k.header_value({f"article-{n}" for n in range(2000)})
    assert not fits


def test_declared_querysets_count_only_if_the_page_showed_them(django_assert_num_queries, live):
    from newsroom.content.models import Article

    unevaluated = Article.objects.live()
    with django_assert_num_queries(0):
        assert k.keys_of(["articles", unevaluated]) == {"articles"}
    shown = list(Article.objects.live().cards())
    with django_assert_num_queries(0):
        found = k.keys_of([shown])
    assert f"article-{live[0].pk}" in found and f"tag-{live[0].tags.get().pk}" in found


def test_a_304_keeps_the_policy_of_the_page_it_confirms(client, live, purged):
    """A 304 updates what a cache keeps: it must not turn a shared page into one nobody may keep."""
    first = client.get("/articles/")
    again = client.get("/articles/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304 and "public" in directives(again)
    client.cookies["sessionid"] = "stale"
    assert "public" not in directives(client.get("/articles/", HTTP_IF_NONE_MATCH=first["ETag"]))
