"""What readers see changing, recorded so that the public clock moves (newsroom/content/public_clock.py).

The items' own dates already tell the clock of publishing, going live, expiring, unpublishing and
edits of a live item. What they do not tell is recorded here as a PublicChange: a tag, a citation, a
caption, an actor mentioned, a source drawn on or a correction of live content; an actor, alias,
source, photo or tag that live content names. Draft work records nothing: it would tell the outside
world when editorial work happens, and empty every cached page for nothing.

It listens to the models' signals because every path that writes through the ORM passes them (the
admin and its inlines, the workflow, ingest, taggit, a shell), where a call in each service would
be missed by the next service written. Whether a change is public is asked of the database with the
reading rule (`live()`, `public()`); a row already known to belong to an item that is not published
needs no question (ingest's drafts write hundreds). One row per transaction at most, written inside
it, its moment set again when it commits: a change committed after a later-stamped one still moves
the clock past what readers were shown in between.

`public_changed` is sent after each commit that recorded a change, for whatever must hear of it
beyond the clock. The HTTP cache's purges are not decided here: newsroom/edge/events.py compares
what readers saw of a thing before and after a change, which needs the keys of every page it is on.
"""

import datetime

from django.apps import apps
from django.db import transaction
from django.db.models import Q
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import Signal
from django.utils import timezone
from taggit.models import Tag, TaggedItem

from newsroom.content.models import (
    Actor,
    ActorAlias,
    Article,
    ArticleActor,
    ArticleSource,
    Caption,
    Citation,
    Correction,
    Photo,
    PublicChange,
    Source,
    Statement,
)
from newsroom.content.states import Status

# Sent once a transaction that changed what readers see has committed, with `what` (a label).
public_changed = Signal()

# Rows older than this are deleted when a new one commits: the clock reads only the newest.
KEPT = datetime.timedelta(days=7)


class _Committed:
    """The on-commit step of the change recorded in a transaction (a class, so that the transaction
    can find it: one row per transaction, however many of its writes readers see)."""

    def __init__(self, row):
        self.row, self.done = row, False

    def __call__(self):
        self.done = True
        now = timezone.now()
        PublicChange.objects.filter(pk=self.row.pk).update(at=now)
        PublicChange.objects.filter(at__lt=now - KEPT).delete()
        public_changed.send(sender=PublicChange, what=self.row.what)


def _recorded():
    """The change this transaction has recorded already, if any."""
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        return None
    pending = (step[1] for step in reversed(connection.run_on_commit) if isinstance(step[1], _Committed))
    return next((step.row for step in pending if not step.done), None)


def public_change(what: str) -> None:
    """Record that readers see something new (`what`, for people reading the table), effective when
    the current transaction commits (at once outside one)."""
    now = timezone.now()
    row = _recorded()
    if row is None:
        row = PublicChange.objects.create(at=now, what=what[:200])
        # Robust: the change is committed already; a failure here (the database gone that instant, a
        # purge receiver) is logged, and the row written inside the transaction still moves the clock.
        transaction.on_commit(_Committed(row), robust=True)
    elif row.at < now:
        row.at = now
        PublicChange.objects.filter(pk=row.pk).update(at=now)


def _cached(instance, field):
    """The related item if it is already loaded, else None (no query)."""
    descriptor = getattr(type(instance), field)
    return getattr(instance, field) if descriptor.is_cached(instance) else None


def item_is_live(model, pk, loaded=None):
    """Whether readers see the article or statement `pk` now. `loaded`, the item if already in memory,
    answers "no" without a question when it is not published (a draft's rows)."""
    if pk is None or (loaded is not None and loaded.status != Status.PUBLISHED):
        return False
    return model.objects.live().filter(pk=pk).exists()


def photo_is_shown(photo):
    """Whether readers see the photo: a live article's card or caption, or a live entry of a live page."""
    return (
        Article.objects.live().filter(Q(card_photo=photo) | Q(captions__photo=photo)).exists()
        or _live_model("LiveEntry").objects.live().filter(photo=photo).exists()
    )


def _when(condition, what):
    """Record `what` if `condition()` (a question to the database) holds, unless this transaction has
    recorded a change at this very moment already: asking again could change nothing."""
    row = _recorded()
    if (row is None or row.at < timezone.now()) and condition():
        public_change(what)


# The receivers: each says which live item the changed row belongs to.


def _article_part(sender, instance, raw=False, **kwargs):
    if raw:
        return
    name = sender._meta.verbose_name
    _when(
        lambda: item_is_live(Article, instance.article_id, _cached(instance, "article")),
        f"{name} of article {instance.article_id}",
    )


def _correction(sender, instance, raw=False, **kwargs):
    if raw:
        return
    if instance.liveentry_id:
        _when(lambda: _entry_seen(instance.liveentry_id), f"correction of live entry {instance.liveentry_id}")
        return
    model, pk, field = (Article, instance.article_id, "article") if instance.article_id else (
        Statement, instance.statement_id, "statement")  # fmt: skip
    _when(lambda: item_is_live(model, pk, _cached(instance, field)), f"correction of {field} {pk}")


# Live coverage (newsroom.live): a page readers were shown, and the entries on it that went out. A
# change of an entry that readers saw (published, corrected, deleted, pinned) moves the clock, as
# does any change of a page once it was published; drafts never do.


def _live_model(name):
    return apps.get_model("newsroom", name)


def _entry_seen(pk):
    """Whether readers were shown the live entry `pk`: it went out, on a page that did."""
    return (
        _live_model("LiveEntry")
        .objects.filter(pk=pk, first_published_at__isnull=False, page__first_published_at__isnull=False)
        .exists()
    )


def _live_page(sender, instance, created=False, raw=False, **kwargs):
    if raw or created or instance.first_published_at is None:
        return
    public_change(f"live page {instance.pk}")


def _live_entry(sender, instance, raw=False, **kwargs):
    if raw or instance.first_published_at is None:
        return
    _when(
        lambda: _live_model("LivePage").objects.filter(pk=instance.page_id, first_published_at__isnull=False).exists(),
        f"entry of live page {instance.page_id}",
    )


def _live_citation(sender, instance, raw=False, **kwargs):
    if raw:
        return
    _when(lambda: _entry_seen(instance.entry_id), f"citation of live entry {instance.entry_id}")


def _live_page_actors(sender, instance, action, reverse, pk_set, **kwargs):
    if action not in ("post_add", "post_remove") or not pk_set:
        return
    LivePage = _live_model("LivePage")
    pages = LivePage.objects.filter(pk__in=pk_set) if reverse else LivePage.objects.filter(pk=instance.pk)
    _when(lambda: pages.filter(first_published_at__isnull=False).exists(), "actors of a live page")


ITEMS = {model._meta.label_lower: model for model in (Article, Statement)}


def _tagged_item(sender, instance, raw=False, **kwargs):
    if raw:
        return
    label = f"{instance.content_type.app_label}.{instance.content_type.model}"
    model = ITEMS.get(label) or (_live_model("LivePage") if label == "newsroom.livepage" else None)
    if model is not None:
        _when(lambda: item_is_live(model, instance.object_id), f"tags of {model._meta.model_name} {instance.object_id}")


def _tag(sender, instance, created=False, raw=False, **kwargs):
    if raw or created:
        return
    kinds = (Article, Statement, _live_model("LivePage"))
    _when(lambda: any(model.objects.live().filter(tags=instance).exists() for model in kinds), f"tag {instance.name}")


def _articles_related(sender, instance, action, reverse, pk_set, **kwargs):
    """Article.actors.add() and the like write their rows in bulk: no post_save, only this."""
    if action != "post_add" or not pk_set:
        return
    if reverse:
        _when(lambda: Article.objects.live().filter(pk__in=pk_set).exists(), f"{sender._meta.verbose_name}")
    else:
        _when(
            lambda: item_is_live(Article, instance.pk, instance),
            f"{sender._meta.verbose_name} of article {instance.pk}",
        )


def _actor(sender, instance, created=False, raw=False, **kwargs):
    if raw or created:  # nothing names a new actor yet
        return
    _when(lambda: Actor.objects.public().filter(pk=instance.pk).exists(), f"actor {instance.pk}")


def _alias(sender, instance, raw=False, **kwargs):
    if raw:
        return
    _when(lambda: Actor.objects.public().filter(pk=instance.actor_id).exists(), f"aliases of actor {instance.actor_id}")


def _source(sender, instance, created=False, raw=False, **kwargs):
    if raw or created:
        return
    _when(lambda: Source.objects.public().filter(pk=instance.pk).exists(), f"source {instance.pk}")


def _photo(sender, instance, created=False, raw=False, **kwargs):
    if raw or created:
        return
    _when(lambda: photo_is_shown(instance), f"photo {instance.pk}")


def connect():
    """Called once by the app's ready()."""
    for model in (Caption, Citation, ArticleActor, ArticleSource):
        post_save.connect(_article_part, sender=model, dispatch_uid=f"public_change_{model.__name__}_save")
        post_delete.connect(_article_part, sender=model, dispatch_uid=f"public_change_{model.__name__}_delete")
    for signal, name in ((post_save, "save"), (post_delete, "delete")):
        signal.connect(_correction, sender=Correction, dispatch_uid=f"public_change_correction_{name}")
        signal.connect(_tagged_item, sender=TaggedItem, dispatch_uid=f"public_change_tagged_{name}")
        signal.connect(_alias, sender=ActorAlias, dispatch_uid=f"public_change_alias_{name}")
    # A tag deleted takes its tagged items with it (each one's delete is heard); renamed, it is heard here.
    post_save.connect(_tag, sender=Tag, dispatch_uid="public_change_tag")
    post_save.connect(_actor, sender=Actor, dispatch_uid="public_change_actor")
    post_save.connect(_source, sender=Source, dispatch_uid="public_change_source")
    post_save.connect(_photo, sender=Photo, dispatch_uid="public_change_photo")
    for signal, name in ((post_save, "save"), (post_delete, "delete")):
        signal.connect(_live_entry, sender="newsroom.LiveEntry", dispatch_uid=f"public_change_liveentry_{name}")
        signal.connect(
            _live_citation, sender="newsroom.LiveCitation", dispatch_uid=f"public_change_livecitation_{name}"
        )
    post_save.connect(_live_page, sender="newsroom.LivePage", dispatch_uid="public_change_livepage")
    m2m_changed.connect(
        _live_page_actors, sender=_live_model("LivePage").actors.through, dispatch_uid="public_change_livepage_actors"
    )
    for relation in (Article.actors, Article.sources, Article.statements):
        m2m_changed.connect(
            _articles_related, sender=relation.through, dispatch_uid=f"public_change_{relation.field.name}"
        )
