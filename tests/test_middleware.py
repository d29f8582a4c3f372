"""The Content-Security-Policy header (newsroom/middleware.py) and the templates it allows."""

import re
from pathlib import Path
from unittest import mock

import pytest
from django.db import OperationalError, connections
from django.test import Client

pytestmark = pytest.mark.django_db

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
INLINE = [
    (re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/(ld\+)?json\")[^>]*>", re.I), "inline <script>"),
    (re.compile(r"<style\b", re.I), "<style> block"),
    (re.compile(r"\sstyle=", re.I), "style attribute"),
    (re.compile(r"\son[a-z]+=", re.I), "event handler attribute"),
    (re.compile(r"javascript:", re.I), "javascript: URL"),
]


def policy(response):
    parts = [part.split() for part in response["Content-Security-Policy"].split(";") if part.strip()]
    return {part[0]: part[1:] for part in parts}


@pytest.mark.parametrize("url", ["/", "/articles/", "/tags/", "/search/?q=x", "/no-such-page/", "/admin/login/"])
def test_the_site_and_the_admin_allow_no_inline_script_or_style(client, url):
    directives = policy(client.get(url))
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"] and directives["frame-ancestors"] == ["'none'"]
    assert directives["base-uri"] == ["'self'"] and directives["form-action"] == ["'self'"]


def test_the_api_pages_may_style_inline_but_never_script(client):
    directives = policy(client.get("/api/articles/", HTTP_ACCEPT="text/html"))
    assert directives["style-src"] == ["'self'", "'unsafe-inline'"]
    assert directives["script-src"] == ["'self'"]


def test_the_503_page_carries_the_policy_too():
    def refuse(*args, **kwargs):
        raise OperationalError("gone")

    with mock.patch.object(connections["default"], "cursor", refuse):
        response = Client(raise_request_exception=False).get("/")
    assert response.status_code == 503 and policy(response)["script-src"] == ["'self'"]


def test_no_template_carries_inline_script_or_style():
    """Everything the policy refuses, looked for in our own templates."""
    found = [
        f"{path.relative_to(TEMPLATES)}:{text[: match.start()].count(chr(10)) + 1}: {what}"
        for path in TEMPLATES.rglob("*.html")
        for text in [path.read_text()]
        for pattern, what in INLINE
        for match in pattern.finditer(text)
    ]
    assert found == []
