"""Writing what the pipeline recognised: one draft Article with its captions, Citations in order,
new draft Statements and new Actors, in one transaction. Nothing is published: every item is
created in its default state (draft); status changes only ever go through newsroom.editorial.workflow.

What is written is the Analysis's StatementDrafts, as the editor's decisions left them: each draft
one statement with all its speakers in order (a joint statement: StatementSpeaker; an unnamed source:
an Actor of its own marked unnamed, with its organisation), its words exactly as printed, its day and
whether that is the day said or only the report's date, and its medium. A quotation the editor
rejected (no speaker left) leaves its draft; a draft with none left is not written. The report's
date is kept on the article (`original_published_on`)."""

import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.text import slugify

from newsroom.claims.services import link_propose
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
    StatementSpeaker,
)
from newsroom.ingest.actors import Registry, kind_for, normalise_name
from newsroom.ingest.decisions import apply as apply_decisions
from newsroom.ingest.files import digest
from newsroom.ingest.language import ENGLISH
from newsroom.ingest.models import IngestedCopy
from newsroom.ingest.records import ActorRecord, Speaker, StatementRecord
from newsroom.ingest.statements import printed_text, redate


class IngestError(ValueError):
    """The copy cannot become an article; the message says why."""


@dataclass
class IngestResult:
    article: Article
    created: bool
    statements_created: int = 0
    actors_created: int = 0
    citations: int = 0
    links_created: int = 0


def registry_from_db():
    """The actors (with aliases) and statements the newsroom holds, for the pure stages."""
    aliases = {}
    for actor_id, name in ActorAlias.objects.values_list("actor_id", "name"):
        aliases.setdefault(actor_id, []).append(name)
    # An unnamed source is never offered: no speaker the text names can be one.
    actors = [
        ActorRecord(slug=a.slug, name=a.name, kind=a.kind, role=a.role, aliases=tuple(aliases.get(a.pk, ())), pk=a.pk)
        for a in Actor.objects.filter(unnamed=False).only("pk", "slug", "name", "kind", "role")
    ]
    statements = [
        StatementRecord(pk=pk, actor=slug, text=text, made_on=made_on)
        for pk, slug, text, made_on in Statement.objects.values_list("pk", "actor__slug", "text", "made_on")
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


def ingest_create(
    *, text, analysis, user=None, name="", publisher=None, new_publisher="", url="", published=None, decisions=None
):
    """Create the draft article `analysis` describes, after the editor's `decisions` on the review
    (decisions.Decisions, valid) are applied to it. `new_publisher`: the name of a publisher the
    sources do not list yet, added to them with the draft (or the one listed under that name by then).

    Returns an IngestResult; `created` is False, and nothing is written, when this text was ingested
    before. Raises IngestError when the copy has no headline or body.
    """
    if decisions is not None:
        apply_decisions(analysis, decisions)
    copy = analysis.copy
    if not copy.headline.strip() or not copy.body.strip():
        raise IngestError("The copy has no headline or no body to make an article of.")
    existing = already_ingested(text)
    if existing:
        return IngestResult(article=existing.article, created=False)
    try:
        with transaction.atomic():
            if new_publisher and publisher is None:
                publisher = _publisher(new_publisher)
            return _write(text, analysis, user, name, publisher, url, published)
    except IntegrityError:
        existing = already_ingested(text)
        if existing:  # the same copy was ingested at the same moment by someone else
            return IngestResult(article=existing.article, created=False)
        raise


def _publisher(name):
    """The source named `name`: the one listed under it, or a new one, of the kind its name tells (the
    lexicon's source_kinds; the editor corrects it on the source)."""
    listed = Source.objects.filter(name__iexact=name).first()
    if listed is not None:
        return listed
    kinds = ENGLISH.lexicon.source_kinds
    kind = next((k for k, pattern in kinds if re.search(pattern, name, re.IGNORECASE)), Source.Kind.OTHER)
    source = Source(name=name[:200], slug=_unique_slug(Source, name, set()), kind=kind)
    source.full_clean()
    source.save()
    return source


def _write(text, analysis, user, name, publisher, url, published):
    copy = analysis.copy
    taken = set()
    article = Article(
        headline=copy.headline[:300],
        dek=copy.dek[:2000],
        slug=_unique_slug(Article, copy.headline, taken),
        dateline=copy.dateline[:100],
        byline=copy.byline[:200],
        body=copy.body,
        publisher=publisher,
        original_url=url or "",
        # the date the publisher printed it, as given at ingest, or as its header prints it
        original_published_on=published or analysis.published,
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
    if published and published != analysis.published:
        # the days the text names, read against the date given now rather than the header's
        redate(analysis.statements, published, ENGLISH.lexicon, copy)
    actors = {}  # what this copy names → Actor, for the actors it creates
    order = 0
    cited = {}
    written = {}  # id(quotation) → the Statement it is cited as
    for draft in analysis.statements:
        members = _kept(draft)
        if not members:
            continue  # every quotation of it rejected: nobody said it
        speakers = [_actor_for(speaker, actors, taken, result) for speaker in draft.speakers]
        speakers = list(dict.fromkeys(speakers))  # one actor named twice is one speaker
        linked = draft.statement if any(q.statement == draft.statement for q in members) else None
        statement = Statement.objects.filter(pk=linked).first() if linked else None
        words = draft.text if len(members) == len(draft.quotations) else printed_text(copy, members)
        if statement is None:
            statement = _new_statement(draft, words, speakers, publisher, url, user)
            result.statements_created += 1
        written.update((id(q), statement) for q in members)
        if statement.pk in cited:  # two passages of one statement: one citation carries both
            citation = cited[statement.pk]
            citation.wording += "\n\n" + words
            citation.save(update_fields=["wording"])
            continue
        order += 1
        cited[statement.pk] = Citation.objects.create(article=article, statement=statement, wording=words, order=order)
        for actor in statement.speakers:
            # an unnamed source has no page: the report names its organisation
            mentioned = actor.affiliation if actor.unnamed else actor
            if mentioned is not None:
                ArticleActor.objects.get_or_create(article=article, actor=mentioned)
    result.citations = len(cited)
    result.links_created = _write_links(analysis, written, article, user)
    body = copy.body.lower()
    for source in Source.objects.exclude(pk=getattr(publisher, "pk", None)):
        if source.name.lower() in body:
            ArticleSource.objects.get_or_create(article=article, source=source)
    return result


def _write_links(analysis, written, article, user):
    """Propose each accepted link as a draft reported in `article`; returns how many. A link whose
    statements are not both there, or that cannot be (a statement answering itself or one made after
    it), is an IngestError: nothing of the copy is written."""
    accepted = [(n, link) for n, link in enumerate(analysis.links, start=1) if link.accept is True]
    held = Statement.objects.in_bulk([link.target.statement for _, link in accepted if link.target.statement])
    for number, link in accepted:
        answer = _written(analysis, link.quotations, written)
        if link.target.statement is not None:
            answered = held.get(link.target.statement)
        else:
            answered = _written(analysis, link.target.quotations, written)
        if answer is None or answered is None:
            raise IngestError(f"Link {number}: one of its two statements is not there; review the copy again.")
        try:
            link_propose(
                from_statement=answer,
                to_statement=answered,
                kind=link.kind,
                evidence=link.evidence,
                reported_in=article,
                user=user,
            )
        except ValidationError as error:
            raise IngestError(f"Link {number}: " + " ".join(error.messages)) from error
    return len(accepted)


def _written(analysis, numbers, written):
    """The Statement written for the first of these quotations (indexes in analysis.quotations) that
    was, or None."""
    return next((written[id(q)] for q in (analysis.quotations[i] for i in numbers) if id(q) in written), None)


def _kept(draft):
    """The quotations of a draft the editor kept: those that still have a speaker."""
    return [q for q in draft.quotations if q.speakers and not q.dropped]


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
    first = found[0]
    if first.statement:
        return Statement.objects.get(pk=first.statement), False
    draft = next(d for d in analysis.statements if first in d.quotations)
    with transaction.atomic():
        result = IngestResult(article=None, created=False)
        speakers = list(dict.fromkeys(_actor_for(speaker, {}, set(), result) for speaker in draft.speakers))
        statement = _new_statement(draft, draft.text, speakers, None, "", user)
    return statement, True


def _new_statement(draft, words, speakers, publisher, url, user):
    """A draft Statement in the printed words, with its speakers in order, its day (and whether it is
    only the report's) and its medium."""
    statement = Statement(
        actor=speakers[0],
        text=words,
        made_on=draft.made_on,
        made_on_basis=Statement.DateBasis.REPORT if draft.made_on_from == "report" else Statement.DateBasis.DAY_SAID,
        medium=draft.medium if draft.medium in Statement.Medium.values else Statement.Medium.REMARKS,
        source=publisher,
        source_url=url or "",
        created_by=user,
    )
    statement.full_clean()
    statement._history_user = user
    statement.save()
    StatementSpeaker.objects.bulk_create(
        StatementSpeaker(statement=statement, actor=actor, order=number)
        for number, actor in enumerate(speakers[1:], start=2)
    )
    return statement


def _organisation(name):
    """The actor (named, never an unnamed source) that stands for an organisation the text names, or None."""
    if not name:
        return None
    named = Actor.objects.filter(unnamed=False)
    return (
        named.filter(name__iexact=name).first()
        or named.filter(aliases__name__iexact=name).first()
        or (named.filter(name__iexact=name[4:]).first() if name.lower().startswith("the ") else None)
    )


def _actor_for(speaker, actors, taken, result):
    """The Actor a speaker is: the existing one the stages found, or one this copy creates (once for
    all the quotations that name it). An unnamed source is always a new actor of its own, never an
    existing one: “a senior official” of one report is not known to be the one of another."""
    if speaker.actor and not speaker.unnamed:
        found = Actor.objects.filter(slug=speaker.actor).first()
        if found is not None:
            return found
    affiliation = _organisation(speaker.affiliation)
    if speaker.unnamed and affiliation is None and speaker.affiliation:
        # whose official it is, which readers are told: the organisation the text names, proposed too
        organisation = Speaker(name=speaker.affiliation, kind="organisation")
        affiliation = _actor_for(organisation, actors, taken, result)
    if speaker.unnamed:
        key = (
            "unnamed",
            normalise_name(speaker.name or "source"),
            affiliation.pk if affiliation else speaker.affiliation,
        )
    else:
        key = ("named", normalise_name(speaker.name))
    if key in actors:
        return actors[key]
    description = (speaker.name or "an unnamed source").strip()
    if speaker.unnamed:
        slug_base = f"{description} {affiliation.name if affiliation else speaker.affiliation}"
        actor = Actor(
            name=description[:200],
            slug=_unique_slug(Actor, f"unnamed {slug_base}", taken),
            kind=kind_for(description, speaker.kind),
            role=(speaker.role or "")[:300],
            affiliation=affiliation,
            unnamed=True,
            description=f"An unnamed source, as the report describes them{_unlinked(speaker, affiliation)}.",
        )
    else:
        # (the description is the readers': an editor writes it; the organisation the text names for the actor, when
        # no actor stands for it, stays with the role the text gives, as printed)
        role = f"{speaker.role or ''}{_unlinked(speaker, affiliation)}".strip()
        actor = Actor(
            name=description[:200],
            slug=_unique_slug(Actor, description, taken),
            kind=kind_for(description, speaker.kind),
            role=role[:300],
            affiliation=affiliation,
        )
    actor.full_clean()
    actor.save()
    actors[key] = actor
    result.actors_created += 1
    return actor


def _unlinked(speaker, affiliation):
    """The organisation the text names for a new actor, in words, when no actor stands for it."""
    return f" ({speaker.affiliation})" if speaker.affiliation and not affiliation else ""
