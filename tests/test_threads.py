"""A statement's thread: the conversation it belongs to, found through live links in both
directions, oldest first, in a fixed number of queries whatever its length."""

import datetime
import itertools

import pytest
from django.db import connection

from newsroom.claims.models import StatementLink
from newsroom.claims.threads import THREAD_LIMIT, dialogue_of, thread_ids, thread_of
from newsroom.content.models import Statement
from newsroom.editorial import workflow
from tests import factories

pytestmark = pytest.mark.django_db
DAY = datetime.date(2023, 3, 5)


def chain(publish, length, speaker=None):
    """`length` statements a day apart, each answering the one before: s0 <- s1 <- s2 …"""
    statements = [
        factories.statement(made_on=DAY + datetime.timedelta(days=n), actor=speaker or factories.actor())
        for n in range(length)
    ]
    publish(*statements)
    kinds = ["denies", "responds_to", "criticises", "confirms"]
    links = [
        factories.link(later, earlier, kinds[n % 4])
        for n, (earlier, later) in enumerate(itertools.pairwise(statements))
    ]
    publish(*links)
    return statements, links


def page_statement(pk):
    return Statement.objects.for_page().get(pk=pk)


def test_a_chain_several_links_long_is_one_thread_oldest_first(publish):
    statements, _ = chain(publish, 5)
    middle = statements[2]
    thread = thread_of(page_statement(middle.pk))
    assert [entry.statement.pk for entry in thread.entries] == [s.pk for s in statements]
    assert thread.current.statement.pk == middle.pk
    assert [(r.phrase, r.other.pk) for r in thread.answers] == [("responds to", statements[1].pk)]
    assert [(r.phrase, r.other.pk) for r in thread.answered_by] == [("criticised by", statements[3].pk)]
    # Each link is told once in the timeline, where it is made.
    assert [len(entry.answers) for entry in thread.entries] == [0, 1, 1, 1, 1]


def test_a_thread_reaches_answers_to_answers_and_siblings(publish):
    claim, denial, reply, echo = (factories.statement(made_on=DAY) for _ in range(4))
    publish(claim, denial, reply, echo)
    publish(factories.link(denial, claim, "denies"), factories.link(reply, denial, "criticises"))
    publish(factories.link(echo, claim, "echoes"))
    assert set(thread_ids(reply.pk)) == {claim.pk, denial.pk, reply.pk, echo.pk}
    assert thread_ids(reply.pk)[0] == reply.pk


def test_links_in_a_circle_end_the_walk(publish):
    a, b, c = (factories.statement(made_on=DAY) for _ in range(3))
    publish(a, b, c)
    publish(factories.link(b, a, "echoes"), factories.link(c, b, "echoes"), factories.link(a, c, "echoes"))
    assert sorted(thread_ids(a.pk)) == sorted([a.pk, b.pk, c.pk])


def test_a_statement_with_no_links_has_no_thread_and_costs_one_query(publish, django_assert_num_queries):
    (alone,) = publish(factories.statement())
    statement = page_statement(alone.pk)
    with django_assert_num_queries(1):
        thread = thread_of(statement)
    assert not thread and len(thread.entries) == 1


def test_hidden_links_and_statements_do_not_carry_the_thread(publish, editor):
    statements, links = chain(publish, 4)
    workflow.transition(item=links[1], user=editor, name="unpublish", note="Not what the report said")
    assert thread_ids(statements[0].pk) == [statements[0].pk, statements[1].pk]
    draft_answer = factories.statement(made_on=DAY + datetime.timedelta(days=9))
    publish(factories.link(draft_answer, statements[3], "denies"))
    assert set(thread_ids(statements[3].pk)) == {statements[2].pk, statements[3].pk}


def test_a_long_thread_is_cut_at_the_limit_and_says_so(publish):
    statements, _ = chain(publish, THREAD_LIMIT + 5)
    thread = thread_of(page_statement(statements[0].pk))
    assert len(thread.entries) == THREAD_LIMIT and thread.more


def test_query_count_does_not_grow_with_the_thread(publish, django_assert_num_queries):
    short, short_links = chain(publish, 3)
    long, long_links = chain(publish, 25)
    for link in short_links[:1] + long_links[::3]:  # links name the report that states them
        (report,) = publish(factories.article())
        StatementLink.objects.filter(pk=link.pk).update(reported_in=report, evidence="As printed.")
    # The walk, the statements with their speakers, the links, their reports; on PostgreSQL the statements
    # and the links are sent together, in one round trip.
    expected = 3 if connection.vendor == "postgresql" else 4
    counts = []
    for statements in (short, long):
        statement = page_statement(statements[1].pk)
        with django_assert_num_queries(expected) as captured:
            thread_of(statement)
        counts.append(len(captured))
    assert counts == [expected, expected]


def test_the_report_stating_a_link_shows_only_while_readers_may_see_it(publish, editor):
    a, b = factories.statement(), factories.statement()
    publish(a, b)
    report = factories.article()
    link = factories.link(b, a, "denies", reported_in=report, evidence="X denied it.")
    publish(link)
    thread = thread_of(page_statement(a.pk))
    assert thread.answered_by[0].link.reported_in is None  # a draft report names nothing
    publish(report)
    assert thread_of(page_statement(a.pk)).answered_by[0].link.reported_in == report


def test_an_actors_dialogue_its_claims_answered_and_its_answers(publish, django_assert_num_queries):
    envoy, minister, critic = factories.actor(name="Envoy"), factories.actor(name="Minister"), factories.actor()
    claim = factories.statement(actor=envoy, made_on=DAY)
    own_follow_up = factories.statement(actor=envoy, made_on=DAY + datetime.timedelta(days=1))
    denial = factories.statement(actor=minister, made_on=DAY + datetime.timedelta(days=1))
    attack = factories.statement(actor=critic, made_on=DAY + datetime.timedelta(days=2))
    envoy_reply = factories.statement(actor=envoy, made_on=DAY + datetime.timedelta(days=3))
    publish(claim, own_follow_up, denial, attack, envoy_reply)
    publish(
        factories.link(denial, claim, "denies"),
        factories.link(attack, claim, "criticises"),
        factories.link(own_follow_up, claim, "clarifies"),  # the envoy answering themself is not dialogue
        factories.link(envoy_reply, denial, "responds_to"),
    )
    with django_assert_num_queries(2):
        dialogue = dialogue_of(envoy)
    ((answered, readings),) = dialogue.answered
    assert answered.pk == claim.pk
    assert sorted((r.phrase, r.other.actor.name) for r in readings) == [
        ("criticised by", critic.name),
        ("denied by", "Minister"),
    ]
    assert [(r.phrase, r.other.pk) for r in dialogue.answering] == [("responds to", denial.pk)]
    assert not dialogue_of(factories.actor())


def test_an_actors_dialogue_names_the_report_stating_a_link_only_while_readers_may_see_it(publish):
    envoy = factories.actor(name="Envoy")
    claim = factories.statement(actor=envoy, made_on=DAY)
    denial = factories.statement(made_on=DAY + datetime.timedelta(days=1))
    publish(claim, denial)
    report = factories.article(publisher=factories.source(name="The Wire"))
    publish(factories.link(denial, claim, "denies", reported_in=report, evidence="X denied it."))
    ((_, (reading,)),) = dialogue_of(envoy).answered
    assert reading.link.reported_in is None  # a draft report names nothing
    publish(report)
    ((_, (reading,)),) = dialogue_of(envoy).answered
    assert reading.link.reported_in == report and reading.link.reported_in.publisher.name == "The Wire"


def test_an_actors_dialogue_is_built_as_the_orm_fetches_links_with_their_statements(publish):
    """Every column of the link, both statements and both speakers, as `with_statements()` gives them."""
    envoy, minister = factories.actor(name="Envoy", role="Envoy"), factories.actor(name="Minister")
    claim = factories.statement(actor=envoy, made_on=DAY, summary="A claim.")
    denial = factories.statement(actor=minister, made_on=DAY + datetime.timedelta(days=1))
    reply = factories.statement(actor=envoy, made_on=DAY + datetime.timedelta(days=2))
    publish(claim, denial, reply)
    publish(factories.link(denial, claim, "denies", note="By phone."), factories.link(reply, denial, "responds_to"))
    dialogue = dialogue_of(envoy)
    links = [reading.link for _, readings in dialogue.answered for reading in readings]
    links += [reading.link for reading in dialogue.answering]

    def columns(obj):
        return {field.attname: getattr(obj, field.attname) for field in type(obj)._meta.concrete_fields}

    assert len(links) == 2
    for link in links:
        fetched = StatementLink.objects.with_statements().get(pk=link.pk)
        assert columns(link) == columns(fetched)
        for name in ("from_statement", "to_statement"):
            assert columns(getattr(link, name)) == columns(getattr(fetched, name))
            assert columns(getattr(link, name).actor) == columns(getattr(fetched, name).actor)
