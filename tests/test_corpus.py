"""The corpus generator (bench/corpus.py): its shape, idempotence, and that editorial rows stay."""

import datetime
from collections import Counter

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.base import CommandError
from taggit.models import Tag, TaggedItem

from bench import corpus
from bench.corpus import generated
from newsroom.claims.models import FactCheck, Incident, StatementLink
from newsroom.content.models import ArticleActor, Citation, Statement
from tests import factories

SMALL = ["--articles", "200", "--tags", "40", "--seed", "7"]


def build(*args):
    call_command(corpus.Command(), *(args or SMALL), stdout=open("/dev/null", "w"))


def sizes():
    return {kind: queryset.count() for kind, queryset in generated().items()}


@pytest.mark.django_db
def test_the_shape_scales_with_the_articles():
    build("--articles", "50")
    assert sizes() == {
        "articles": 50, "statements": 250, "actors": 6, "sources": 3, "tags": 5,
        "links": 25, "incidents": 1, "fact_checks": 1,
    }  # fmt: skip


@pytest.mark.django_db
def test_every_article_cites_three_statements_in_its_own_wording_and_mentions_three_actors():
    build()
    articles = generated()["articles"]
    citations = Counter(Citation.objects.filter(article__in=articles).values_list("article", flat=True))
    mentions = Counter(ArticleActor.objects.filter(article__in=articles).values_list("article", flat=True))
    assert set(citations.values()) == {3} and len(citations) == 200
    assert set(mentions.values()) == {3} and len(mentions) == 200
    citations = Citation.objects.filter(article__in=articles).select_related("statement")
    assert all(c.wording.strip() for c in citations)
    assert any(c.wording != c.statement.text for c in citations), "some articles print their own wording"
    # An article quotes its statements in its text, where search finds them.
    first = citations[0]
    assert first.wording.rstrip(".,") in first.article.body


@pytest.mark.django_db
def test_drafts_are_drafts_and_nobody_reads_them():
    build()
    for kind in ("articles", "statements"):
        rows = generated()[kind]
        drafts = rows.model.objects.drafts().filter(pk__in=rows.values("pk"))
        assert 0 < drafts.count() < rows.count() * 0.15
        assert not drafts.filter(first_published_at__isnull=False).exists()
        assert not rows.model.objects.live().filter(pk__in=drafts.values("pk")).exists()
        statuses = Counter(rows.values_list("status", flat=True))
        assert statuses["published"] > rows.count() * 0.8
        assert statuses["in_review"] and statuses["unpublished"]


@pytest.mark.django_db
def test_published_articles_quote_only_published_statements():
    build()
    published = generated()["articles"].filter(status="published")
    quoted = Statement.objects.filter(citations__article__in=published)
    assert quoted.exists()
    assert not quoted.exclude(status="published").exists()


@pytest.mark.django_db
def test_tags_are_used_zipf_like_and_dates_spread_over_years():
    build()
    articles = generated()["articles"]
    article_type = ContentType.objects.get_for_model(articles.model)
    uses = Counter(
        TaggedItem.objects.filter(content_type=article_type, object_id__in=articles.values("pk")).values_list(
            "tag", flat=True
        )
    )
    ranked = sorted(uses.values(), reverse=True)
    assert ranked[0] > 0.2 * 200, "the most used tag is on a large share of the articles"
    assert ranked[len(ranked) // 2] < ranked[0] / 5, "most tags are on few"
    dates = articles.filter(status="published").values_list("first_published_at", flat=True)
    assert max(dates) - min(dates) > datetime.timedelta(days=3 * 365)


@pytest.mark.django_db
def test_a_second_run_leaves_a_complete_corpus_alone():
    build()
    before = list(generated()["articles"].values_list("pk", "headline").order_by("pk"))
    build()
    assert list(generated()["articles"].values_list("pk", "headline").order_by("pk")) == before


@pytest.mark.django_db
def test_a_run_with_other_sizes_replaces_the_generated_rows_and_keeps_editorial_ones(editor):
    speaker = factories.actor(name="Maria Zakharova", slug="maria-zakharova")
    statement = factories.statement(actor=speaker, tags=["ceasefire"])
    article = factories.article(headline="Editorial report", slug="editorial-report", tags=["ceasefire"])
    factories.citation(article, statement)
    build()
    build("--articles", "30", "--seed", "3")
    assert sizes() == {
        "articles": 30, "statements": 150, "actors": 6, "sources": 3, "tags": 5,
        "links": 15, "incidents": 1, "fact_checks": 1,
    }  # fmt: skip
    # One live page (5,000 entries at 100,000 articles; 50 here), replaced with the rest.
    from newsroom.live.models import LiveEntry, LivePage

    assert LivePage.objects.live().get().sequence == LiveEntry.objects.live().count() == 50
    article.refresh_from_db()
    assert article.headline == "Editorial report"
    assert list(article.citations.values_list("statement", flat=True)) == [statement.pk]
    assert list(article.tags.names()) == ["ceasefire"] and list(statement.tags.names()) == ["ceasefire"]
    assert Tag.objects.filter(name="ceasefire").count() == 1


@pytest.mark.django_db
def test_replacing_refuses_while_an_editorial_article_quotes_a_generated_statement():
    build()
    quoted = generated()["statements"].first()
    article = factories.article(headline="Editorial report", slug="editorial-report")
    factories.citation(article, quoted)
    with pytest.raises(CommandError, match="editorial articles citing generated statements"):
        build("--replace", *SMALL)
    assert sizes()["articles"] == 200


@pytest.mark.django_db
def test_new_rows_get_ids_after_the_generated_ones():
    """The loader picks ids itself; the sequences must move past them or the next save collides."""
    build("--articles", "20")
    factories.article()
    factories.statement()
    assert generated()["articles"].count() == 20


@pytest.mark.django_db
def test_claims_come_in_proportion_and_obey_the_models_rules():
    build("--articles", "400", "--links", "500", "--incidents", "4", "--fact_checks", "30", "--seed", "5")
    links = generated()["links"].select_related("from_statement", "to_statement")
    assert links.count() == 500
    for link in links:
        link.full_clean()  # no link to itself, none to a later statement, none twice
    # A long exchange: one statement answering the one before, 40 deep.
    from bench.corpus import LONG_EXCHANGE, LONG_EXCHANGE_NOTE
    from newsroom.claims.threads import thread_ids

    end = links.filter(note=LONG_EXCHANGE_NOTE).order_by("-from_statement").first().from_statement_id
    assert len(thread_ids(end, limit=1000)) >= LONG_EXCHANGE
    assert StatementLink.objects.live().count() > 0.7 * 500  # mostly between published statements
    incidents = generated()["incidents"]
    assert incidents.count() == 4 and all(i.articles.exists() for i in incidents)
    for incident in incidents:  # its statements are those its reports quote
        quoted = Statement.objects.filter(citations__article__in=incident.articles.all())
        assert set(incident.statements.values_list("pk", flat=True)) == set(quoted.values_list("pk", flat=True))
    checks = generated()["fact_checks"]
    assert checks.count() == 30 and not checks.exclude(statement__status="published").exists()
    assert FactCheck.objects.live().count() > 20


@pytest.mark.django_db
def test_replacing_refuses_while_an_editorial_link_or_incident_names_generated_content(editor):
    build()
    generated_statement = generated()["statements"].first()
    mine = factories.statement()
    link = factories.link(mine, generated_statement, "denies")
    with pytest.raises(CommandError, match="editorial links naming a generated statement"):
        build("--replace", *SMALL)
    link.delete()
    incident = factories.incident(statements=[generated_statement])
    with pytest.raises(CommandError, match="editorial incidents holding generated"):
        build("--replace", *SMALL)
    incident.statements.clear()
    build("--replace", *SMALL)
    assert Incident.objects.filter(pk=incident.pk).exists()
