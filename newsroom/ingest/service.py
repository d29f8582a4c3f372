"""Writing what the pipeline recognised: one draft Article with its captions, Citations in order,
new draft Statements and new Actors, in one transaction. Nothing is published: every item is
created in its default state (draft); status changes only ever go through newsroom.editorial.workflow."""

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils.text import slugify

from newsroom.content.models import (
    Actor,
    ActorAlias,
    Article,
    ArticleActor,
    ArticleSource,
    Caption,
    Citation,
    Source,
    Statement,
)
from newsroom.ingest.actors import Registry, kind_for, normalise_name
from newsroom.ingest.files import digest
from newsroom.ingest.linking import statement_text, wording
from newsroom.ingest.models import IngestedCopy
from newsroom.ingest.records import ActorRecord, StatementRecord


class IngestError(ValueError):
    """The copy cannot become an article; the message says why."""


@dataclass
class IngestResult:
    article: Article
    created: bool
    statements_created: int = 0
    actors_created: int = 0
    citations: int = 0


def registry_from_db():
    """The actors (with aliases) and statements the newsroom holds, for the pure stages."""
    aliases = {}
    for actor_id, name in ActorAlias.objects.values_list("actor_id", "name"):
        aliases.setdefault(actor_id, []).append(name)
    actors = [
        ActorRecord(slug=a.slug, name=a.name, kind=a.kind, role=a.role, aliases=tuple(aliases.get(a.pk, ())), pk=a.pk)
        for a in Actor.objects.only("pk", "slug", "name", "kind", "role")
    ]
    statements = [
        StatementRecord(pk=pk, actor=slug, text=text)
        for pk, slug, text in Statement.objects.values_list("pk", "actor__slug", "text")
    ]
    return Registry(actors=actors, statements=statements)


def already_ingested(text):
    """The IngestedCopy of this very text, or None."""
    return IngestedCopy.objects.select_related("article").filter(digest=digest(text)).first()


def _unique_slug(model, base, taken):
    base = (slugify(base)[:180] or "item").strip("-") or "item"
    slug, n = base, 1
    while slug in taken or model.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    taken.add(slug)
    return slug


MEDIUMS = {"press_statement", "social_media_post", "interview", "briefing"}


def ingest_create(*, text, analysis, user=None, name="", publisher=None, url="", published=None):
    """Create the draft article `analysis` describes (after the editor's decisions, applied to it).

    Returns an IngestResult; `created` is False, and nothing is written, when this text was ingested
    before. Raises IngestError when the copy has no headline or body.
    """
    copy = analysis.copy
    if not copy.headline.strip() or not copy.body.strip():
        raise IngestError("The copy has no headline or no body to make an article of.")
    existing = already_ingested(text)
    if existing:
        return IngestResult(article=existing.article, created=False)
    try:
        with transaction.atomic():
            return _write(text, analysis, user, name, publisher, url, published)
    except IntegrityError:
        existing = already_ingested(text)
        if existing:  # the same copy was ingested at the same moment by someone else
            return IngestResult(article=existing.article, created=False)
        raise


def _write(text, analysis, user, name, publisher, url, published):
    copy = analysis.copy
    taken = set()
    article = Article(
        headline=copy.headline[:300],
        slug=_unique_slug(Article, copy.headline, taken),
        dateline=copy.dateline[:100],
        byline=copy.byline[:200],
        body=copy.body,
        publisher=publisher,
        original_url=url or "",
        created_by=user,
    )
    article.full_clean()
    article._history_user = user
    article.save()
    for caption in copy.captions:
        Caption.objects.create(article=article, text=caption.text, position=caption.position)
    IngestedCopy.objects.create(
        digest=digest(text), article=article, name=name[:300], published_on=published, created_by=user
    )

    result = IngestResult(article=article, created=True)
    actors = {}  # normalised name → Actor, for the actors this copy creates
    groups = {}
    for q in analysis.quotations:
        # An unnamed speaker is not an actor yet: the model cannot tell “a senior official” from a person.
        if q.speaker and not q.dropped and not q.speakers[0].unnamed:
            groups.setdefault(q.group, []).append(q)
    order = 0
    cited = {}
    for members in groups.values():
        first = members[0]
        actor = _actor_for(first, actors, taken, result)
        if first.statement:
            statement = Statement.objects.filter(pk=first.statement).first()
        else:
            statement = None
        if statement is None:
            statement = Statement(
                actor=actor,
                text=statement_text(members, copy),
                medium=first.medium if first.medium in MEDIUMS else Statement.Medium.REMARKS,
                source=publisher,
                source_url=url or "",
                created_by=user,
            )
            statement.full_clean()
            statement._history_user = user
            statement.save()
            result.statements_created += 1
        words = wording(members, copy)
        if statement.pk in cited:  # two passages of one statement: one citation carries both
            citation = cited[statement.pk]
            citation.wording += "\n\n" + words
            citation.save(update_fields=["wording"])
            continue
        order += 1
        cited[statement.pk] = Citation.objects.create(article=article, statement=statement, wording=words, order=order)
        ArticleActor.objects.get_or_create(article=article, actor=statement.actor)
    result.citations = len(cited)
    body = copy.body.lower()
    for source in Source.objects.exclude(pk=getattr(publisher, "pk", None)):
        if source.name.lower() in body:
            ArticleSource.objects.get_or_create(article=article, source=source)
    return result


def statement_from_quotation(*, text, user=None):
    """A draft statement of one pasted quotation with who said it (“…,” said X, Y.), for a live
    entry to cite: the pipeline finds the words and the speaker, an actor the newsroom holds or a new
    one, as ingest makes them. A statement the newsroom holds in those words is returned as it is.

    Returns (statement, created). Raises IngestError when no quotation with a named speaker is found.
    """
    from newsroom.ingest.pipeline import analyse

    # The pipeline reads copy (a headline, then the body): the pasted words are the body.
    analysis = analyse("Quotation\n\n" + text.strip(), registry_from_db())
    found = [q for q in analysis.quotations if q.speaker and not q.dropped and not q.speakers[0].unnamed]
    if not found:
        raise IngestError(
            "No quotation with a named speaker was found: paste the words in quotation marks with who said them."
        )
    members = [q for q in found if q.group == found[0].group]
    first = members[0]
    if first.statement:
        return Statement.objects.get(pk=first.statement), False
    with transaction.atomic():
        actor = _actor_for(first, {}, set(), IngestResult(article=None, created=False))
        statement = Statement(
            actor=actor,
            text=statement_text(members, analysis.copy),
            medium=first.medium if first.medium in MEDIUMS else Statement.Medium.REMARKS,
            created_by=user,
        )
        statement.full_clean()
        statement._history_user = user
        statement.save()
    return statement, True


def _unlinked_affiliation(q, affiliation):
    """The organisation the text names for a new actor, in words, when no actor stands for it."""
    return f" ({q.speaker_affiliation})" if q.speaker_affiliation and not affiliation else ""


def _actor_for(q, actors, taken, result):
    if q.actor:
        return Actor.objects.get(slug=q.actor)
    key = normalise_name(q.speaker)
    if key in actors:
        return actors[key]
    affiliation = None
    if q.speaker_affiliation:
        affiliation = (
            Actor.objects.filter(name__iexact=q.speaker_affiliation).first()
            or Actor.objects.filter(aliases__name__iexact=q.speaker_affiliation).first()
        )
    actor = Actor(
        name=q.speaker[:200],
        slug=_unique_slug(Actor, q.speaker, taken),
        kind=kind_for(q.speaker, q.speaker_kind),
        role=(q.speaker_role or "")[:300],
        affiliation=affiliation,
        description=f"Proposed by ingest{_unlinked_affiliation(q, affiliation)}.",
    )
    actor.full_clean()
    actor.save()
    actors[key] = actor
    result.actors_created += 1
    return actor
