import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import ProtectedError

from newsroom.content.models import Actor, Article, Citation, Source, Statement
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "make",
    [
        lambda: factories.article(headline=""),
        lambda: factories.statement(text=""),
        lambda: factories.actor(name=""),
        lambda: factories.source(name=""),
    ],
    ids=["article headline", "statement words", "actor name", "source name"],
)
def test_required_text_cannot_be_empty_in_the_database(make):
    with pytest.raises(IntegrityError), transaction.atomic():
        make()


@pytest.mark.parametrize(
    "make", [factories.article, factories.actor, factories.source], ids=["article", "actor", "source"]
)
def test_slugs_are_unique(make):
    make(slug="same")
    with pytest.raises(IntegrityError), transaction.atomic():
        make(slug="same")


def test_an_actor_is_not_its_own_affiliation():
    nato = factories.actor(name="NATO")
    nato.affiliation = nato
    with pytest.raises(IntegrityError), transaction.atomic():
        nato.save()


def test_an_affiliation_loop_is_a_validation_error():
    eu = factories.actor(name="EU")
    envoy = factories.actor(name="Envoy", affiliation=eu)
    eu.affiliation = envoy
    with pytest.raises(ValidationError, match="cannot belong to itself"):
        eu.full_clean()


def test_a_statement_is_quoted_once_per_article_but_by_many_articles():
    quoted = factories.statement()
    first, second = factories.article(), factories.article()
    factories.citation(first, quoted, wording="9 November 2020")
    factories.citation(second, quoted, wording="November 9, 2020")
    assert set(quoted.articles.all()) == {first, second}
    with pytest.raises(IntegrityError), transaction.atomic():
        factories.citation(first, quoted)


def test_deleting_an_actor_with_statements_is_refused_and_names_them():
    speaker = factories.actor(name="Maria Zakharova")
    said = factories.statement(actor=speaker, text="We strongly urge the sides to show restraint.")
    with pytest.raises(ProtectedError) as refused:
        speaker.delete()
    assert said in refused.value.protected_objects
    assert Actor.objects.filter(pk=speaker.pk).exists() and Statement.objects.filter(pk=said.pk).exists()


@pytest.mark.parametrize("relation", ["actors", "affiliation"])
def test_deleting_an_actor_that_content_or_members_depend_on_is_refused(relation):
    organisation = factories.actor(name="NATO")
    if relation == "actors":
        article = factories.article()
        article.actors.add(organisation)
    else:
        factories.actor(name="Javier Colomina", affiliation=organisation)
    with pytest.raises(ProtectedError):
        organisation.delete()
    assert Actor.objects.filter(pk=organisation.pk).exists()


@pytest.mark.parametrize("relation", ["publisher", "sources", "statement"])
def test_deleting_a_source_that_content_draws_on_is_refused(relation):
    outlet = factories.source(name="Interfax")
    if relation == "publisher":
        factories.article(publisher=outlet)
    elif relation == "sources":
        factories.article().sources.add(outlet)
    else:
        factories.statement(source=outlet)
    with pytest.raises(ProtectedError):
        outlet.delete()
    assert Source.objects.filter(pk=outlet.pk).exists()


def test_deleting_a_cited_statement_is_refused():
    quoted = factories.statement()
    factories.citation(factories.article(), quoted)
    with pytest.raises(ProtectedError):
        quoted.delete()
    assert Citation.objects.filter(statement=quoted).exists()


def test_unused_actor_and_source_can_be_deleted():
    factories.actor().delete()
    factories.source().delete()
    assert not Actor.objects.exists() and not Source.objects.exists()


def test_citation_wording_differs_only_when_the_words_do():
    quoted = factories.statement(text="Trilateral Statement of 9 November 2020.")
    same = factories.citation(factories.article(), quoted, wording="Trilateral Statement of 9 November 2020,")
    other = factories.citation(factories.article(), quoted, wording="Trilateral Statement of November 9, 2020,")
    assert not same.differs_from_statement
    assert other.differs_from_statement
    broken = factories.citation(factories.article(), quoted, wording="Trilateral Statement\n\nof 9 November 2020.")
    assert not broken.differs_from_statement  # the same words, in paragraphs of the report's


def test_publication_rule_is_one_queryset(editor, make_published):
    draft = factories.article()
    published = make_published(factories.article())
    unpublished = make_published(factories.article())
    from newsroom.editorial import workflow

    workflow.transition(item=unpublished, user=editor, note="withdrawn", name="unpublish")
    assert list(Article.objects.live()) == [published]
    assert list(Article.objects.drafts()) == [draft]


def test_every_model_has_a_readable_name_and_a_public_url():
    speaker = factories.actor(name="Peter Stano", slug="peter-stano")
    outlet = factories.source(name="Azatutyun", slug="azatutyun")
    said = factories.statement(
        actor=speaker, text="The circumstances of this fatal incident must be thoroughly investigated."
    )
    report = factories.article(headline="EU concerned", slug="eu-concerned")
    assert str(speaker) == "Peter Stano" and speaker.get_absolute_url() == "/actors/peter-stano/"
    assert str(outlet) == "Azatutyun" and outlet.get_absolute_url() == "/sources/azatutyun/"
    assert str(said).startswith("Peter Stano: “The circumstances")
    assert said.get_absolute_url() == f"/statements/{said.pk}/"
    assert str(report) == "EU concerned" and report.get_absolute_url() == "/articles/eu-concerned/"
