"""The request's choice of database for reads (the router asks `current()`).

Eligible for the replica: a GET or HEAD of the reader's site or the API, by somebody with no
session (not signed in: without a session cookie there is nothing to look up) and no cookie saying
they wrote in the last NEWSROOM_REPLICA_PIN_SECONDS. A request that writes after all reads from the
primary from then on, and its response sets that cookie. Transactions never split: once the view
runs inside the transaction the request opened (ATOMIC_REQUESTS), any transaction opened inside
it reads from the primary.

If a read from the replica fails, the replica is left alone for a while and the request is
answered again from the primary: a reader never gets a 500 for a replica that went away.
"""

import contextvars
import logging

from django.conf import settings
from django.core.signals import got_request_exception
from django.db import DatabaseError, connections

from newsroom.databases import replication
from newsroom.databases.replication import PRIMARY

PIN_COOKIE = "newsroom_primary"
NOT_ELIGIBLE_PREFIXES = ("/admin/", "/preview/", "/accounts/")
logger = logging.getLogger("newsroom.databases")

_current = contextvars.ContextVar("newsroom_reads", default=None)


class RequestReads:
    """One request's reads: whether they may go to the replica, and what happened."""

    def __init__(self, eligible):
        self.eligible = eligible
        self.depth = len(connections[PRIMARY].atomic_blocks)  # transactions open before the request
        self.wrote = self.used_replica = self.replica_failed = False
        self.replica_usable = None  # the router asks the replica's state once, at the first read

    def may_use_replica(self):
        return (
            self.eligible
            and not self.wrote
            and not self.replica_failed
            and len(connections[PRIMARY].atomic_blocks) <= self.depth
        )


def current():
    return _current.get()


def eligible(request):
    return (
        request.method in ("GET", "HEAD")
        and not request.path.startswith(NOT_ELIGIBLE_PREFIXES)
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and PIN_COOKIE not in request.COOKIES
    )


def _view_is_atomic(callback):
    return settings.DATABASES[PRIMARY].get("ATOMIC_REQUESTS") and PRIMARY not in getattr(
        callback, "_non_atomic_requests", set()
    )


class ReplicaReadsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not replication.configured():
            return self.get_response(request)
        reads = RequestReads(eligible(request))
        token = _current.set(reads)
        try:
            response = self.get_response(request)
            if reads.used_replica and reads.replica_failed:
                logger.warning("a read from the replica failed: %s answered again from the primary", request.path)
                replication.mark_down()
                reads.depth, reads.replica_usable = len(connections[PRIMARY].atomic_blocks), False
                response = self.get_response(request)
            if reads.wrote:
                # This person reads their own writes from the primary until the replica has them.
                response.set_cookie(
                    PIN_COOKIE, "1", max_age=settings.NEWSROOM_REPLICA_PIN_SECONDS, httponly=True, samesite="Lax"
                )
            return response
        finally:
            _current.reset(token)

    def process_view(self, request, callback, callback_args, callback_kwargs):
        reads = current()
        if reads is not None and _view_is_atomic(callback):
            reads.depth += 1  # the request's own transaction (ATOMIC_REQUESTS) is not one of the view's


def _note_replica_failure(sender, request=None, **kwargs):
    """A request failed on a database error after reading from the replica: answer it again."""
    import sys

    reads = current()
    error = sys.exc_info()[1]
    if reads is not None and reads.used_replica and isinstance(error, DatabaseError):
        reads.replica_failed = True


got_request_exception.connect(_note_replica_failure)
