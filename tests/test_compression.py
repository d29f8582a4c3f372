"""Pages for readers are sent gzip-compressed (they were 13 to 39 KB uncompressed); a page that
carries a secret (the admin's CSRF token, a signed preview link, anything a signed-in person sees)
never is, so that BREACH, which reads a secret from the size of compressed responses that also
reflect what an attacker sent, has nothing to find."""

import gzip

import pytest
from django.core.management import call_command
from django.urls import reverse

from newsroom.editorial import previews
from tests import factories

pytestmark = pytest.mark.django_db
GZIP = {"HTTP_ACCEPT_ENCODING": "gzip, deflate, br"}


@pytest.fixture
def seed(db):
    call_command("loaddata", "seed", verbosity=0)


@pytest.mark.parametrize(
    "path", ["/", "/articles/", "/statements/10/", "/tags/nato/", "/search/?q=nato", "/feeds/rss/", "/api/articles/"]
)
def test_reader_pages_feeds_and_the_api_are_compressed(client, seed, path):
    plain = client.get(path)
    response = client.get(path, **GZIP)
    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    assert gzip.decompress(response.content) == plain.content
    assert len(response.content) < len(plain.content) / 2
    assert "Content-Encoding" not in plain  # a client that did not ask gets it plain


def test_a_page_from_the_readers_cache_is_compressed_too(client, seed):
    first, second = client.get("/", **GZIP), client.get("/", **GZIP)
    assert first["Content-Encoding"] == second["Content-Encoding"] == "gzip"
    assert gzip.decompress(first.content) == gzip.decompress(second.content)


def test_nothing_with_a_secret_is_compressed(client, seed, editor):
    article = factories.article(created_by=editor)
    link = previews.preview_link_create(item=article, user=editor, hours=24)
    preview = client.get(reverse("newsroom:preview", args=[previews.preview_token(link)]), **GZIP)
    assert preview.status_code == 200 and "Content-Encoding" not in preview  # its address is the secret
    client.force_login(editor)
    admin = client.get(reverse("admin:newsroom_article_change", args=[article.pk]), **GZIP)
    assert b"csrfmiddlewaretoken" in admin.content and "Content-Encoding" not in admin
    staff_view = client.get("/", **GZIP)  # a signed-in person's page: their session, drafts at public addresses
    assert staff_view.status_code == 200 and "Content-Encoding" not in staff_view
