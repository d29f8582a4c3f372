"""Writing claims: a link proposed by ingest, and an incident's membership kept visible to readers.

Status changes go through newsroom.editorial.workflow like everything else; these are the writes
around them. Imports claims' models and content only, so that ingest (which may not reach the
workflow) can call `link_propose`.
"""

from django.db import transaction
from django.utils import timezone

from newsroom.claims.models import Incident, StatementLink
from newsroom.content.states import Status


def link_propose(*, from_statement, to_statement, kind, evidence, reported_in=None, user=None) -> StatementLink:
    """A draft link that ingest proposes from a cue in the copy (“Echoing a weekend statement by …”,
    “hit back”): `evidence` holds the copy's words, `reported_in` the draft article made from it.

    Nothing is published: a reporter or editor checks the link like any other (its change page
    shows where it came from) and publishes it, or deletes it. Proposing the same link twice returns
    the one already there. Raises ValidationError (nothing written) for a link that cannot be:
    a statement answering itself, or one answering a statement made after it.
    """
    with transaction.atomic():
        existing = StatementLink.objects.filter(
            from_statement=from_statement, to_statement=to_statement, kind=kind
        ).first()
        if existing is not None:
            return existing
        link = StatementLink(
            from_statement=from_statement,
            to_statement=to_statement,
            kind=kind,
            evidence=evidence,
            reported_in=reported_in,
            origin=StatementLink.Origin.INGEST,
            created_by=user,
        )
        link.full_clean()
        link._change_reason = "Proposed by ingest"
        link._history_user = user
        link.save()
    return link


def incident_members_changed(*, incidents) -> None:
    """Reports or statements joined or left these incidents: the live ones among them count as
    changed for readers (their page, their feed, the public clock that keys every cached page)."""
    ids = [incident.pk for incident in incidents]
    if ids:
        Incident.objects.filter(pk__in=ids, status=Status.PUBLISHED).update(updated_at=timezone.now())
