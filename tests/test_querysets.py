"""The reading rules in newsroom/querysets.py, each against an item in every state."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from newsroom.content import compiled
from newsroom.content.models import Actor, Article, Citation, Source, Statement
from newsroom.content.public_clock import last_public_change
from newsroom.content.querysets import (
    citations_in_live_articles,
    citations_of_live_statements,
    frequent_actor,
    live_q,
)
from newsroom.content.states import State
from newsroom.content.tag_counts import tags_with_counts
from newsroom.editorial import workflow
from tests import factories
from tests.conftest import NOT_LIVE, STATES

pytestmark = pytest.mark.django_db

EXPECTED_STATE = {
    "draft": State.DRAFT,
    "in_review": State.IN_REVIEW,
    "scheduled": State.SCHEDULED,
    "live": State.LIVE,
    "expired": State.EXPIRED,
    "unpublished": State.UNPUBLISHED,
}


@pytest.mark.parametrize("model, index", [(Article, 0), (Statement, 1)], ids=["article", "statement"])
def test_published_holds_the_live_item_only_and_not_live_holds_the_rest(states, model, index):
    assert list(model.objects.live()) == [states["live"][index]]
    assert set(model.objects.not_live()) == {states[state][index] for state in NOT_LIVE}
    assert list(model.objects.filter(live_q())) == [states["live"][index]]


@pytest.mark.parametrize("model, index", [(Article, 0), (Statement, 1)], ids=["article", "statement"])
def test_with_state_names_every_state(states, model, index):
    annotated = {item.pk: item.state for item in model.objects.with_state()}
    assert {state: annotated[states[state][index].pk] for state in STATES} == EXPECTED_STATE


def test_the_states_follow_the_clock(states, time_machine):
    scheduled, expired = states["scheduled"][0], states["expired"][0]
    time_machine.move_to(scheduled.go_live_at + datetime.timedelta(seconds=1), tick=False)
    assert Article.objects.with_state().get(pk=scheduled.pk).state == State.LIVE
    assert scheduled in Article.objects.live()
    # At a time before the expired item's expiry, it was live.
    earlier = expired.expires_at - datetime.timedelta(seconds=1)
    assert Article.objects.with_state(at=earlier).get(pk=expired.pk).state == State.LIVE
    assert expired in Article.objects.live(at=earlier)


def test_scheduled_and_expired(states):
    assert list(Article.objects.scheduled()) == [states["scheduled"][0]]
    assert list(Article.objects.expired()) == [states["expired"][0]]
    assert list(Statement.objects.drafts()) == [states["draft"][1]]
    assert list(Statement.objects.in_review()) == [states["in_review"][1]]


def test_visible_to_gives_staff_everything_and_others_the_live_item(states, reporter, django_user_model):
    reader = django_user_model.objects.create_user("reader", password="pw")
    assert Article.objects.visible_to(reporter).count() == len(STATES)
    assert list(Article.objects.visible_to(reader)) == [states["live"][0]]


def test_published_tags_count_live_items_and_leave_out_tags_only_not_live_items_carry(states):
    counts = {tag.slug: tag.count for tag in tags_with_counts()}
    assert counts == {"eu": 2, "only-live": 2}


def test_published_citations_and_quotations_hold_live_items_only(states):
    live_article, live_statement = states["live"]
    assert {c.statement for c in citations_of_live_statements()} == {live_statement}
    assert {c.article for c in citations_in_live_articles()} == {live_article}
    # Every state's published item cites its own statement; only the live pair shows.
    assert Citation.objects.count() == 4


def test_actors_and_sources_are_public_through_live_content_only(states):
    assert set(Actor.objects.public().values_list("slug", flat=True)) == {"peter-stano", "witness-live"}
    assert set(Source.objects.public().values_list("slug", flat=True)) == {"interfax", "outlet-live"}


def test_for_page_fetches_an_article_in_a_fixed_number_of_queries(states, django_assert_num_queries):
    article = Article.objects.live().for_page().get()
    with django_assert_num_queries(0):
        assert article.state == State.LIVE
        assert [c.wording for c in article.live_citations] == ["Wording live."]
        assert {t.name for t in article.tags.all()} == {"EU", "Only live"}
        assert [a.slug for a in article.actors.all()] == ["peter-stano", "witness-live"]
        assert article.publisher.slug == "interfax"


def test_for_page_quotes_a_statement_only_in_live_articles(states):
    statement = Statement.objects.for_page().get(pk=states["live"][1].pk)
    assert [c.article for c in statement.live_citations] == [states["live"][0]]


def test_related_reports_are_live_and_share_a_tag_or_an_actor(states, editor):
    live = states["live"][0]
    shares_actor = factories.article(headline="Same witness", slug="same-witness")
    shares_actor.actors.add(*live.actors.all())
    unrelated = factories.article(headline="Elsewhere", slug="elsewhere", tags=["Weather"])
    for article in (shares_actor, unrelated):
        workflow.transition(item=article, user=editor, name="publish")
    related = list(Article.objects.related_to(Article.objects.for_page().get(pk=live.pk)))
    assert related == [shares_actor]  # the other EU items are not live; the weather report shares nothing


class TestLastPublicChange:
    def test_is_none_with_nothing_public(self, db):
        assert last_public_change() is None

    def test_moves_when_an_item_is_published(self, editor, time_machine):
        time_machine.move_to("2030-01-01 10:00Z", tick=False)
        article = factories.article()
        workflow.transition(item=article, user=editor, name="publish")
        assert last_public_change() == timezone.now()

    def test_does_not_move_when_a_draft_is_edited(self, states, time_machine):
        before = last_public_change()
        time_machine.move_to(timezone.now() + datetime.timedelta(hours=1), tick=False)
        draft = states["draft"][0]
        draft.body = "Private work."
        draft.save()
        assert last_public_change() == before

    def test_moves_when_a_scheduled_item_goes_live_by_the_clock(self, states, time_machine):
        go_live = states["scheduled"][0].go_live_at
        time_machine.move_to(go_live + datetime.timedelta(minutes=5), tick=False)
        assert last_public_change() == go_live

    def test_moves_when_an_item_expires_by_the_clock(self, editor, time_machine):
        time_machine.move_to("2030-01-01 10:00Z", tick=False)
        article = factories.article()
        expiry = timezone.now() + datetime.timedelta(hours=2)
        workflow.transition(item=article, user=editor, expires_at=expiry, name="publish")
        time_machine.move_to(expiry + datetime.timedelta(minutes=1), tick=False)
        assert last_public_change() == expiry

    def test_moves_when_an_item_is_unpublished(self, states, editor, time_machine):
        time_machine.move_to(timezone.now() + datetime.timedelta(hours=1), tick=False)
        workflow.transition(item=states["live"][0], user=editor, note="Legal hold.", name="unpublish")
        assert last_public_change() == timezone.now()

    def test_is_one_query(self, states, django_assert_num_queries):
        with django_assert_num_queries(1):
            last_public_change()


def test_related_reports_past_the_window_are_found_exactly_as_within_it(editor, monkeypatch):
    """related_to reads the newest articles first and each tag's and actor's own newest after them:
    with a window of 2, the answer is the one the whole archive gives."""
    ArticleQuerySet = type(Article.objects.all())
    shared = factories.actor()
    this = factories.article(tags=["Rare"])
    this.actors.add(shared)
    made = []
    for n in range(6):
        other = factories.article(headline=f"Other {n}", tags=["Rare"] if n in (0, 3) else ["Else"])
        if n == 1:
            other.actors.add(shared)
        made.append(other)
    for article in [this, *made]:
        workflow.transition(item=article, user=editor, name="publish")
    page = Article.objects.for_page().get(pk=this.pk)
    everything = [a.pk for a in Article.objects.related_to(page)]
    monkeypatch.setattr(ArticleQuerySet, "RELATED_WINDOW", 2)
    monkeypatch.setattr(ArticleQuerySet, "_edge", (None, 0.0))
    assert [a.pk for a in Article.objects.related_to(page)] == everything == [made[3].pk, made[1].pk, made[0].pk]


def test_tags_fill_every_item_from_one_query_in_the_order_they_were_added(django_assert_num_queries):
    first = factories.article(tags=["Zulu", "alpha"])
    factories.article(tags=["Mike"])
    with django_assert_num_queries(2):  # the articles, then every tag
        articles = {a.pk: a for a in Article.objects.with_tags()}
        assert [t.name for t in articles[first.pk].tags.all()] == ["Zulu", "alpha"]
        assert sum(len(a.tags.all()) for a in articles.values()) == 3


@pytest.fixture
def involvement(editor):
    """An actor in every way an item can be theirs, beside items that are not: (actor, articles, statements)
    with the actor's live items, newest first, and items readers may not see that would otherwise match."""
    actor = factories.actor(name="Busy Speaker")
    own = factories.statement(actor=actor)
    joint = factories.statement()
    joint.speaker_rows.create(actor=actor, order=2)
    factories.statement(actor=actor)  # a draft, which readers never see
    elsewhere = factories.statement()
    for statement in (own, joint, elsewhere):
        workflow.transition(item=statement, user=editor, name="publish")
    mentioning, quoting, quoting_joint, unrelated, draft_article = (factories.article() for _ in range(5))
    mentioning.actors.add(actor)
    draft_article.actors.add(actor)
    factories.citation(quoting, own)
    factories.citation(quoting_joint, joint)
    factories.citation(unrelated, elsewhere)
    for article in (mentioning, quoting, quoting_joint, unrelated):
        workflow.transition(item=article, user=editor, name="publish")
    return actor, [quoting_joint, quoting, mentioning], [joint, own]


@pytest.fixture(autouse=True)
def compiled_queries_forgotten():
    """A test here that patches FREQUENT_ACTOR may compile a query that holds it (CappedCount's LIMIT, a
    compiled query's constant): forgotten before and after each test, so that neither this test nor a later
    one reads a query compiled with another threshold."""
    compiled.forget_all()
    yield
    compiled.forget_all()


@pytest.mark.parametrize("frequent", [False, True], ids=["fetched by key", "walked"])
def test_an_actors_items_are_the_same_found_either_way(involvement, monkeypatch, frequent):
    """A frequent actor's items are found by walking the list (EXISTS per row), a rare one's by key
    (one IN over a UNION): the same live items in the same order, drafts left out."""
    actor, articles, statements = involvement
    monkeypatch.setattr("newsroom.content.querysets.FREQUENT_ACTOR", 1 if frequent else 10_000)
    for found, expected in [
        (Article.objects.live().involving(actor).newest_first(), articles),
        (Article.objects.live().involving(actor.pk).order_by("headline"), sorted(articles, key=lambda a: a.headline)),
        (Statement.objects.live().spoken_by(actor).newest_first(), statements),
    ]:
        assert list(found) == expected
        assert ("UNION" not in str(found.query)) == frequent  # the way the count chose


@pytest.mark.parametrize("threshold, with_mentions, without", [(3, True, True), (4, True, False), (6, False, False)])
def test_an_actor_is_frequent_from_so_many_statements_and_mentions(
    involvement, monkeypatch, django_assert_num_queries, threshold, with_mentions, without
):
    """Two statements of their own (one a draft), one joint, two mentions: counted by a query of
    its own, or in the query that fetched the actor (with_frequency), with the same answers."""
    actor, _, _ = involvement
    monkeypatch.setattr("newsroom.content.querysets.FREQUENT_ACTOR", threshold)
    with django_assert_num_queries(2):
        assert frequent_actor(actor, mentions=True) == with_mentions
        assert frequent_actor(actor.pk, mentions=False) == without
    with django_assert_num_queries(1):
        counted = Actor.objects.with_frequency().get(pk=actor.pk)
        assert frequent_actor(counted, mentions=True) == with_mentions
        assert frequent_actor(counted, mentions=False) == without


def test_a_search_fetches_an_actors_items_by_key_however_frequent(involvement, monkeypatch, client):
    """A search reads the matches of its words as the planner's estimate of them says, and its
    estimate for the walk is far off: searches (the search page, the API's `q`) keep the fetch by key."""
    actor, _, _ = involvement
    monkeypatch.setattr("newsroom.content.querysets.FREQUENT_ACTOR", 1)
    assert "UNION" in str(Article.objects.live().involving(actor, by_key=True).query)
    assert "UNION" in str(Statement.objects.live().spoken_by(actor, by_key=True).query)
    for url, by_key in [
        (f"/api/articles/?actor={actor.slug}", False),
        (f"/api/articles/?actor={actor.slug}&q=headline", True),
        (f"/api/statements/?actor={actor.slug}&q=words", True),
        (f"/search/?q=words&actor={actor.slug}", True),
    ]:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        ways = [q["sql"] for q in captured if "UNION" in q["sql"] and "newsroom_statementspeaker" in q["sql"]]
        assert bool(ways) == by_key, url  # the IN over a UNION of the ways to be theirs


def test_an_articles_page_relations_are_built_as_the_orm_fetches_them(states):
    """for_page() builds captions, corrections, sources, actors and live citations (with statements,
    speakers and organisations, co-speakers too) from compiled rows: the same objects, column for
    column, as select_related fetches, a missing photo or organisation None."""
    from newsroom.content.models import ArticleActor, ArticleSource, Caption, Correction, StatementSpeaker

    article, statement = states["live"]
    ministry = factories.actor(name="Ministry")
    aide = factories.actor(name="an aide", unnamed=True, affiliation=ministry)
    Caption.objects.create(article=article, photo=factories.photo(), text="With a photo.", position=1)
    Caption.objects.create(article=article, text="Without one.", position=2)
    Correction.objects.create(article=article, text="A name was wrong.")
    article.sources.add(factories.source(name="A Wire"))
    article.actors.add(aide)
    StatementSpeaker.objects.create(statement=statement, actor=aide, order=2)
    factories.citation(article, states["draft"][1])  # readers may not see it: never among live_citations

    def columns(obj):
        return obj and {field.attname: getattr(obj, field.attname) for field in type(obj)._meta.concrete_fields}

    def with_organisation(actors):
        return [(columns(actor), columns(actor.affiliation)) for actor in actors]

    page = Article.objects.for_page().get(pk=article.pk)
    captions = Caption.objects.filter(article=article).select_related("photo")
    assert [(columns(c), columns(c.photo)) for c in page.captions.all()] == [
        (columns(c), columns(c.photo)) for c in captions
    ]
    assert page.captions.all()[1].photo is None
    assert [columns(c) for c in page.corrections.all()] == [columns(c) for c in article.corrections.all()]
    sources = ArticleSource.objects.filter(article=article).select_related("source").order_by("source__name", "pk")
    assert [columns(s) for s in page.sources.all()] == [columns(row.source) for row in sources]
    actors = (
        ArticleActor.objects.filter(article=article).select_related("actor__affiliation").order_by("actor__name", "pk")
    )
    assert with_organisation(page.actors.all()) == with_organisation(row.actor for row in actors)
    assert aide.pk in {actor.pk for actor in page.actors.all()}
    (citation,) = page.live_citations
    expected = citations_of_live_statements().get(pk=citation.pk)
    assert columns(citation) == columns(expected) and citation.article is page
    assert columns(citation.statement) == columns(expected.statement)
    assert with_organisation([citation.statement.actor]) == with_organisation([expected.statement.actor])
    assert with_organisation(citation.statement.co_speakers.all()) == [(columns(aide), columns(ministry))]


def test_an_actors_page_is_read_as_the_orm_fetches_it(states):
    """actor_page(slug) gives the actor as public().with_frequency() with its organisation, aliases and
    public members fetched; None for an actor readers may not see."""
    from django.db.models import Prefetch

    from newsroom.content.models import ActorAlias
    from newsroom.content.querysets import actor_page

    speaker = Actor.objects.get(slug="peter-stano")
    service = factories.actor(name="European External Action Service", slug="eeas")
    Actor.objects.filter(pk=speaker.pk).update(affiliation=service)
    factories.actor(name="Unseen member", slug="unseen", affiliation=service)  # named in nothing live
    ActorAlias.objects.create(actor=speaker, name="P. Stano")
    ActorAlias.objects.create(actor=speaker, name="Stano")

    def columns(obj):
        return obj and {field.attname: getattr(obj, field.attname) for field in type(obj)._meta.concrete_fields}

    public = Actor.objects.public()
    for slug in ("peter-stano", "eeas"):
        page = actor_page(slug)
        expected = (
            public.with_frequency()
            .select_related("affiliation")
            .prefetch_related("aliases", Prefetch("members", queryset=public.order_by("name")))
            .get(slug=slug)
        )
        assert columns(page) == columns(expected) and columns(page.affiliation) == columns(expected.affiliation)
        for name in ("statements_counted", "joint_counted", "mentions_counted"):
            assert getattr(page, name) == getattr(expected, name)
        assert [columns(a) for a in page.aliases.all()] == [columns(a) for a in expected.aliases.all()]
        assert [columns(m) for m in page.members.all()] == [columns(m) for m in expected.members.all()]
    assert [m.slug for m in actor_page("eeas").members.all()] == ["peter-stano"]
    assert [a.name for a in actor_page("peter-stano").aliases.all()] == ["P. Stano", "Stano"]
    assert actor_page("witness-draft") is None and actor_page("unseen") is None and actor_page("nobody") is None
    assert actor_page("witness-live") is not None


def test_a_statements_page_relations_are_built_as_the_orm_fetches_them(states):
    """for_page() builds a statement's corrections and the citations of it in live articles (with each
    article and its publisher) from compiled rows, column for column as select_related fetches them."""
    from newsroom.content.models import Correction

    article, statement = states["live"]
    Correction.objects.create(statement=statement, text="The date was wrong.")
    factories.citation(states["draft"][0], statement)  # in a draft report: never among live_citations
    unpublished = factories.article(headline="No publisher")
    factories.citation(unpublished, statement)

    def columns(obj):
        return obj and {field.attname: getattr(obj, field.attname) for field in type(obj)._meta.concrete_fields}

    page = Statement.objects.for_page().get(pk=statement.pk)
    assert [columns(c) for c in page.corrections.all()] == [columns(c) for c in statement.corrections.all()]
    expected = citations_in_live_articles().filter(statement=statement).select_related("article__publisher")
    assert [(columns(c), columns(c.article), columns(c.article.publisher)) for c in page.live_citations] == [
        (columns(c), columns(c.article), columns(c.article.publisher)) for c in expected
    ]
    assert [c.article.pk for c in page.live_citations] == [article.pk] and page.live_citations[0].statement is page
