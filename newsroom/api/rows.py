"""What a list of articles or statements shows of each one's relations, read as plain rows: one query
per relation (an article's tags, captions, corrections, sources, actors, the citations of live
statements with their speakers; a statement's tags, other speakers, corrections and the live articles
quoting it), `values_list` straight into tuples, no model instances; on PostgreSQL a list's relations
go to the server together, in one round trip (newsroom.content.compiled.together). The API's lists write their
JSON from these (newsroom.api.serializers.ArticleList, StatementList); a detail and the reader's
pages read the same relations as instances (`for_page()`), and tests/test_api.py checks that both
write the same items and name the same surrogate keys.

At 100,000 articles, the 600 model instances of a page of 20 articles (each citation with its
statement, its speaker and the speaker's organisation) were half of a list's time; a page of 20
statements built 200 (their other speakers, corrections, the citations quoting them with each
article and its publisher).
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.utils import timezone

from newsroom.content.compiled import Compiled, together
from newsroom.content.models import (
    Article,
    ArticleActor,
    ArticleSource,
    Caption,
    Citation,
    Correction,
    Statement,
    StatementSpeaker,
)
from newsroom.content.models.actors import unnamed_name
from newsroom.content.querysets import citations_in_live_articles, citations_of_live_statements, tag_query
from newsroom.edge import keys as edge_keys


@dataclass(frozen=True)
class ActorRow:
    pk: int
    name: str  # as readers read it (Actor.display_name)
    slug: str
    role: str
    unnamed: bool
    affiliation_id: int | None


def _actor_fields(path):
    """The fields an ActorRow is made of, through `path` ("actor__", "statement__actor__")."""
    names = ("id", "name", "slug", "role", "unnamed", "affiliation_id", "affiliation__name")
    return [f"{path}{name}" for name in names]


def _actor(values):
    pk, name, slug, role, unnamed, affiliation_id, organisation = values
    if unnamed:
        name = unnamed_name(name, organisation if affiliation_id else None)
    return ActorRow(pk, name, slug, role, unnamed, affiliation_id)


@dataclass(frozen=True)
class CitationRow:
    order: int
    wording: str
    statement_id: int
    made_on: object
    date_is_report: bool
    medium: str
    speakers: list  # ActorRows: the first speaker, then a joint statement's others in order


@dataclass
class ArticleRows:
    """One article's relations, in the orders its page and its detail give them."""

    tags: list = field(default_factory=list)  # (pk, name, slug), in the order they were added
    captions: list = field(default_factory=list)  # (text, credit, position)
    corrections: list = field(default_factory=list)  # (kind, text, published_at)
    sources: list = field(default_factory=list)  # (pk, name, slug), by name
    actors: list = field(default_factory=list)  # ActorRows, by name
    citations: list = field(default_factory=list)  # CitationRows of live statements


# Each query below is built and compiled once per process and run with the page's ids (and the moment
# "live" is read at): building and compiling them cost more than running them (newsroom.content.compiled).


def _corrections_of(owner):
    return Compiled(
        lambda ids: (
            Correction.objects.filter(**{f"{owner}__in": ids})
            .order_by("published_at", "pk")
            .values_list(f"{owner}_id", "kind", "text", "published_at")
        )
    )


_CORRECTIONS = {"article": _corrections_of("article"), "statement": _corrections_of("statement")}


_CAPTIONS = Compiled(
    lambda ids: (
        Caption.objects.filter(article__in=ids)
        .order_by("position", "pk")
        .values_list("article_id", "text", "credit", "position")
    )
)
_SOURCES = Compiled(
    lambda ids: (
        ArticleSource.objects.filter(article__in=ids)
        .order_by("source__name", "pk")
        .values_list("article_id", "source_id", "source__name", "source__slug")
    )
)
_ACTORS = Compiled(
    lambda ids: (
        ArticleActor.objects.filter(article__in=ids)
        .order_by("actor__name", "pk")
        .values_list("article_id", *_actor_fields("actor__"))
    )
)
_CITATIONS = Compiled(
    lambda ids, at: citations_of_live_statements(at)
    .filter(article__in=ids)
    .order_by("order", "pk")
    .values_list(
        "article_id", "order", "wording", "statement_id", "statement__made_on", "statement__made_on_basis",
        "statement__medium", *_actor_fields("statement__actor__"),
    )
)  # fmt: skip
_SPEAKERS = Compiled(
    lambda ids: (
        StatementSpeaker.objects.filter(statement__in=ids)
        .order_by("statement", "order", "pk")
        .values_list("statement_id", *_actor_fields("actor__"))
    )
)
# The other speakers of every statement the articles cite (a superset of those their live citations show,
# which are picked from it by statement): sent with the other relations, not after the citations came back.
_CITED_SPEAKERS = Compiled(
    lambda ids: (
        StatementSpeaker.objects.filter(statement__in=Citation.objects.filter(article__in=ids).values("statement"))
        .order_by("statement", "order", "pk")
        .values_list("statement_id", *_actor_fields("actor__"))
    )
)


def article_rows(articles):
    """{article pk: ArticleRows} for `articles` (instances or ids), seven queries whatever their number, in
    one round trip on PostgreSQL (compiled.together)."""
    ids = {getattr(article, "pk", article) for article in articles}
    found = {pk: ArticleRows() for pk in ids}
    if not ids:
        return found
    tags, captions, corrections, sources, actors, citations, speakers = together(
        tag_query(Article, ids),
        (_CAPTIONS, {"ids": ids}),
        (_CORRECTIONS["article"], {"ids": ids}),
        (_SOURCES, {"ids": ids}),
        (_ACTORS, {"ids": ids}),
        (_CITATIONS, {"ids": ids, "at": timezone.now()}),
        (_CITED_SPEAKERS, {"ids": ids}),
    )
    for pk, *tag in tags:
        found[pk].tags.append(tuple(tag))
    for pk, *caption in captions:
        found[pk].captions.append(tuple(caption))
    for pk, *correction in corrections:
        found[pk].corrections.append(tuple(correction))
    for pk, *source in sources:
        found[pk].sources.append(tuple(source))
    for pk, *actor in actors:
        found[pk].actors.append(_actor(actor))
    others = defaultdict(list)
    for statement_id, *actor in speakers:
        others[statement_id].append(_actor(actor))
    for pk, order, wording, statement_id, made_on, basis, medium, *actor in citations:
        speakers = [_actor(actor), *others[statement_id]]
        is_report = basis == Statement.DateBasis.REPORT
        found[pk].citations.append(CitationRow(order, wording, statement_id, made_on, is_report, medium, speakers))
    return found


def shown_keys(article, rows):
    """The surrogate keys of what an article's record shows (newsroom.edge.keys): the article, its
    publisher, tags, sources, actors and the statements it quotes with their speakers, every actor
    with the organisation it belongs to; as `edge.keys.shown` names them from the instances of a detail."""
    found = {edge_keys.key("article", article.pk)}
    if article.publisher_id:
        found.add(edge_keys.key("source", article.publisher_id))
    found.update(edge_keys.key("tag", pk) for pk, _, _ in rows.tags)
    found.update(edge_keys.key("source", pk) for pk, _, _ in rows.sources)
    actors = [*rows.actors, *(actor for citation in rows.citations for actor in citation.speakers)]
    found.update(edge_keys.key("statement", citation.statement_id) for citation in rows.citations)
    found.update(edge_keys.key("actor", actor.pk) for actor in actors)
    found.update(edge_keys.key("actor", actor.affiliation_id) for actor in actors if actor.affiliation_id)
    return found


@dataclass
class StatementRows:
    """One statement's relations, in the orders its detail gives them."""

    tags: list = field(default_factory=list)  # (pk, name, slug), in the order they were added
    others: list = field(default_factory=list)  # ActorRows: a joint statement's other speakers, in order
    corrections: list = field(default_factory=list)  # (kind, text, published_at)
    quoted_in: list = field(default_factory=list)  # QuotationRows: the live articles quoting it


@dataclass(frozen=True)
class QuotationRow:
    wording: str
    article_id: int
    headline: str
    slug: str
    first_published_at: object
    publisher_id: int | None


_QUOTATIONS = Compiled(
    lambda ids, at: citations_in_live_articles(at)
    .filter(statement__in=ids)
    .order_by("order", "pk")
    .values_list(
        "statement_id", "wording", "article_id", "article__headline", "article__slug",
        "article__first_published_at", "article__publisher_id",
    )
)  # fmt: skip


def statement_rows(statements):
    """{statement pk: StatementRows} for `statements` (instances or ids), four queries whatever their number,
    in one round trip on PostgreSQL (compiled.together)."""
    ids = {getattr(statement, "pk", statement) for statement in statements}
    found = {pk: StatementRows() for pk in ids}
    if not ids:
        return found
    tags, others, corrections, quotations = together(
        tag_query(Statement, ids),
        (_SPEAKERS, {"ids": ids}),
        (_CORRECTIONS["statement"], {"ids": ids}),
        (_QUOTATIONS, {"ids": ids, "at": timezone.now()}),
    )
    for pk, *tag in tags:
        found[pk].tags.append(tuple(tag))
    for pk, *actor in others:
        found[pk].others.append(_actor(actor))
    for pk, *correction in corrections:
        found[pk].corrections.append(tuple(correction))
    for pk, *quotation in quotations:
        found[pk].quoted_in.append(QuotationRow(*quotation))
    return found


def statement_shown_keys(statement, rows):
    """The surrogate keys of what a statement's record shows that its own row (with its speaker, the
    speaker's organisation and its source, which the list fetched as instances) does not name: its
    tags, other speakers with their organisations, and the live articles quoting it with their
    publishers; as `edge.keys.shown` names them from the instances of a detail."""
    found = {edge_keys.key("statement", statement.pk)}
    found.update(edge_keys.key("tag", pk) for pk, _, _ in rows.tags)
    found.update(edge_keys.key("actor", actor.pk) for actor in rows.others)
    found.update(edge_keys.key("actor", actor.affiliation_id) for actor in rows.others if actor.affiliation_id)
    for quotation in rows.quoted_in:
        found.add(edge_keys.key("article", quotation.article_id))
        if quotation.publisher_id:
            found.add(edge_keys.key("source", quotation.publisher_id))
    return found
