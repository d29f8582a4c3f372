"""Error pages (newsroom/errors.py, templates/404.html 500.html 503.html): they render when the rest
of the site cannot, with DEBUG off as in production."""

from unittest import mock

import pytest
from django.db import InterfaceError, OperationalError, connections
from django.test import Client

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def uncollected_static(settings, tmp_path):
    """Production storage (hashed names from a manifest) before anyone ran collectstatic."""
    assert not settings.DEBUG
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    settings.WHITENOISE_USE_FINDERS = False
    settings.WHITENOISE_AUTOREFRESH = False
    return tmp_path


@pytest.fixture
def reader():
    return Client(raise_request_exception=False)


def test_the_404_page_renders_without_collected_static_files(reader, uncollected_static):
    response = reader.get("/articles/no-such-report/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "<h1>Page not found</h1>" in html and 'href="/static/newsroom/site.css"' in html


def test_the_500_page_renders_without_collected_static_files(reader, uncollected_static):
    """A page that needs the manifest fails; the 500 page that says so does not."""
    response = reader.get("/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "<h1>Something went wrong</h1>" in html and 'href="/static/newsroom/site.css"' in html


def test_the_api_answers_errors_in_json(reader):
    response = reader.get("/api/no-such-thing/")
    assert response.status_code == 404 and response.json() == {"detail": "Not found."}


def database_gone(error):
    """Every new cursor fails as after a database restart, until the block ends."""

    def refuse(*args, **kwargs):
        raise error

    return mock.patch.object(connections["default"], "cursor", refuse)


@pytest.mark.parametrize(
    "error",
    [
        OperationalError("connection to server at 127.0.0.1, port 5432 failed: Connection refused"),
        InterfaceError("connection already closed"),
    ],
)
def test_a_database_that_went_away_gives_readers_a_503_with_retry_after(reader, settings, error):
    settings.NEWSROOM_RETRY_AFTER = 7
    with database_gone(error):
        page = reader.get("/")
        api = reader.get("/api/articles/")
    assert page.status_code == 503 and page["Retry-After"] == "7"
    assert "Back in a moment" in page.content.decode() and "try again in 7 seconds" in page.content.decode()
    assert "no-store" in page["Cache-Control"]
    assert api.status_code == 503 and api["Retry-After"] == "7"
    assert api.json() == {"detail": "The service is briefly unavailable. Try again shortly."}


def test_the_site_recovers_when_the_database_is_back(reader):
    article = factories.article(headline="Still here")
    with database_gone(OperationalError("server closed the connection unexpectedly")):
        assert reader.get("/").status_code == 503
    assert reader.get("/").status_code == 200
    assert reader.get("/api/articles/").status_code == 200
    assert article.headline == "Still here"


def test_other_errors_are_still_500s(reader):
    with mock.patch("newsroom.reading.views.HomeView.get_context_data", side_effect=ValueError("a bug")):
        response = reader.get("/")
    assert response.status_code == 500 and "Something went wrong" in response.content.decode()
    assert "Retry-After" not in response
