"""The editor's change page and desk, as rendered: every inline row's controls named for its own row,
citations listed by the statement they cite, the desk's sections and times in plain words."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from newsroom.content.models import Article
from newsroom.editorial import workflow
from tests import factories

pytestmark = pytest.mark.django_db


def controls(html, prefix):
    """{name: aria-label} of the <select>s and <input>s whose name starts with `prefix`."""
    found = {}
    for tag in re.findall(rf'<(?:select|input)\b[^>]*\bname="{re.escape(prefix)}[^"]*"[^>]*>', html):
        name = re.search(r'name="([^"]+)"', tag).group(1)
        label = re.search(r'aria-label="([^"]*)"', tag)
        if 'type="hidden"' not in tag:
            found[name] = label.group(1) if label else None
    return found


def test_each_inline_row_names_its_own_controls(client, editor):
    """Django's related-field wrapper shared one `attrs` among its copies: the first row had no
    name and every later row (and the empty form) was named "… 1"."""
    article = factories.article()
    for name in ["Nikol Pashinyan", "Ilham Aliyev", "Peter Stano"]:
        article.actors.add(factories.actor(name=name))
    client.force_login(editor)
    html = client.get(reverse("admin:newsroom_article_change", args=[article.pk])).content.decode()
    prefix = "articleactor_set-"
    labels = controls(html, prefix)
    assert labels == {
        f"{prefix}0-actor": "Actor (actor mentioned 1)",
        f"{prefix}0-DELETE": "Delete (actor mentioned 1)",
        f"{prefix}1-actor": "Actor (actor mentioned 2)",
        f"{prefix}1-DELETE": "Delete (actor mentioned 2)",
        f"{prefix}2-actor": "Actor (actor mentioned 3)",
        f"{prefix}2-DELETE": "Delete (actor mentioned 3)",
        f"{prefix}__prefix__-actor": "Actor (new actor mentioned)",
    }


def test_a_citation_row_is_headed_by_the_statement_it_cites(client, editor):
    """Not "Cited statement: <the article's whole headline> cites …" on every row."""
    article = factories.article(headline="A headline long enough to crowd every row of the citations")
    statement = factories.statement(text="We will not accept any ultimatum on the corridor.")
    factories.citation(article, statement)
    client.force_login(editor)
    html = client.get(reverse("admin:newsroom_article_change", args=[article.pk])).content.decode()
    row = re.search(r'<div class="inline-related has_original[^"]*" id="citations-0">\s*<h3>(.*?)</h3>', html, re.S)
    heading = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", row.group(1))).strip()
    assert article.headline not in heading
    assert heading.startswith(f"1. {statement.actor.name}: “We will not accept any ultimatum")


def test_the_desk_names_the_tags_section_in_words(client, superuser):
    client.force_login(superuser)
    html = client.get(reverse("admin:index")).content.decode()
    assert "Taggit" not in html and "TAGGIT" not in html
    assert re.search(r'<a href="/admin/taggit/"[^>]*>Tags</a>', html)


def test_the_desk_says_just_now_not_0_minutes_ago(client, editor, reporter):
    draft = factories.article(created_by=reporter, headline="Filed a moment ago")
    workflow.transition(item=draft, user=reporter, name="submit")  # awaiting review, since a moment
    client.force_login(editor)
    html = client.get(reverse("admin:index")).content.decode()
    assert "0 minutes ago" not in html
    assert "just now" in html
    Article.objects.filter(pk=draft.pk).update(updated_at=timezone.now() - timedelta(hours=3))
    assert (
        "3\xa0hours ago" in client.get(reverse("admin:index")).content.decode()
    )  # timesince keeps the number and unit together
