"""The public clock: when what readers may see last changed (the `Last-Modified` of pages, the API
and the feeds, and the key of every cache of public content)."""

import datetime
import threading

from django.apps import apps
from django.core.signals import request_finished, request_started
from django.db import connections, router
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from newsroom.content.prepared import Statement, preparing
from newsroom.content.states import Status


def _model(name):
    return apps.get_model("newsroom", name)


def last_public_change(at=None):
    """When what readers may see last changed, or None: the `Last-Modified` of the API and the
    feeds. Looked up once per reading request (GET or HEAD): the page cache, the tag counts, the
    feeds and the API all ask, and the answer cannot change in between without a write.

    Counts edits and corrections of live items of every publishable kind (articles, statements, and
    what other packages add), items going live or expiring (by the clock, so
    no worker is needed), unpublishing, and every other change readers see, which
    newsroom.content.public_changes records (tags, citations, captions, actors mentioned, sources
    drawn on, photos of live items; actors, sources and tags that live content names); never work
    on drafts, which would tell the outside world when editorial work happens. Each part is an
    indexed look-up of one newest row, never an aggregate over a table, and all of them go in one
    query.
    """
    if at is None and getattr(_request, "reading", False):
        if not hasattr(_request, "moment"):
            _request.moment = _look_up(timezone.now())
        return _request.moment
    return _look_up(at or timezone.now())


def _look_up(now):
    # Where this request reads (a replica, for anonymous readers): a page's key and its content must agree.
    connection = connections[router.db_for_read(_model("Article"))]
    with connection.cursor() as cursor:
        if preparing(connection):
            _statement(connection).execute(connection, cursor, [now])
        else:
            sql, params = _change_query(connection)
            marker = connection.ops.adapt_datetimefield_value(_MOMENT)
            now = connection.ops.adapt_datetimefield_value(now)
            cursor.execute(sql, [now if param in (_MOMENT, marker) else param for param in params])
        moment = cursor.fetchone()[0]
    if isinstance(moment, str):  # SQLite keeps date-times as text in UTC
        moment = parse_datetime(moment).replace(tzinfo=datetime.UTC)
    return moment


# What the current request knows: whether it only reads (GET, HEAD), and the moment once looked up.
_request = threading.local()


def _request_started(sender, environ=None, **kwargs):
    _request.__dict__.clear()
    _request.reading = bool(environ) and environ.get("REQUEST_METHOD") in ("GET", "HEAD")


def _request_finished(sender, **kwargs):
    _request.__dict__.clear()


request_started.connect(_request_started, dispatch_uid="newsroom.public_clock.started")
request_finished.connect(_request_finished, dispatch_uid="newsroom.public_clock.finished")


def _publishable_models():
    """Every kind of content with a status and a schedule (articles, statements, and what other
    packages add: links, incidents, fact-checks…), each read through its own `live()` rule."""
    from newsroom.content.models.publishable import Publishable

    return [model for model in apps.get_app_config("newsroom").get_models() if issubclass(model, Publishable)]


# The moment the query of last_public_change is written for, swapped for the real one on each call:
# building and compiling its querysets (three per publishable kind) cost more than running them, on every page.
_MOMENT = datetime.datetime(1901, 2, 3, 4, 5, 6, 789012, tzinfo=datetime.UTC)
_CHANGE_QUERIES = {}


def _change_query(connection):
    """The SQL of last_public_change and its parameters, with _MOMENT for "now"; compiled once per
    database vendor."""
    if connection.vendor not in _CHANGE_QUERIES:
        now = _MOMENT
        parts = []
        for model in _publishable_models():
            parts.append((model.objects.live(now), "updated_at"))
            parts.append((model.objects.filter(status=Status.PUBLISHED, go_live_at__lte=now), "go_live_at"))
            parts.append((model.objects.filter(first_published_at__isnull=False, expires_at__lte=now), "expires_at"))
        parts.append(
            (_model("WorkflowLogEntry").objects.filter(transition="unpublish", created_at__lte=now), "created_at")
        )
        parts.append((_model("PublicChange").objects.filter(at__lte=now), "at"))
        compiled = [
            queryset.order_by(f"-{field}").values(field)[:1].query.sql_with_params() for queryset, field in parts
        ]
        # The ORM has no SELECT without a table, so the newest rows are combined in SQL of our own.
        sql = "SELECT MAX(moment) FROM ({}) AS moments".format(
            " UNION ALL ".join(f"SELECT ({part_sql}) AS moment" for part_sql, _ in compiled)
        )
        _CHANGE_QUERIES[connection.vendor] = (sql, [param for _, params in compiled for param in params])
    return _CHANGE_QUERIES[connection.vendor]


# On PostgreSQL the query is prepared once per database session (newsroom.content.prepared) and executed
# with the moment as its parameter: planning its two dozen sub-selects and sending them cost ten times
# what running them does (3.7 ms a request, against 0.4, at 100,000 articles).
_PREPARED_NAME = "newsroom_last_public_change"
_STATEMENTS = {}


def _statement(connection):
    """The query of last_public_change as a Statement: the moment its parameter, the other values bound
    when it is prepared, as constants."""
    if connection.vendor not in _STATEMENTS:
        sql, params = _change_query(connection)
        marker = connection.ops.adapt_datetimefield_value(_MOMENT)
        pieces = sql.split("%s")
        if "%%" in sql or len(pieces) != len(params) + 1:
            raise ValueError("The query of last_public_change has placeholders it cannot prepare.")
        text, constants = pieces[0], []
        for param, piece in zip(params, pieces[1:], strict=True):
            if param in (_MOMENT, marker):
                text += "$1"
            else:
                text += "%s"
                constants.append(param)
            text += piece
        # The comment names it in logs (and in tests that look for the public clock's query). The first
        # made is the one kept: two threads of a worker making it at once must share one Statement, or the
        # second would not know the first had prepared it on a session (“… already exists”).
        _STATEMENTS.setdefault(
            connection.vendor,
            Statement(
                _PREPARED_NAME, ["timestamptz"], text, constants, comment="last_public_change: SELECT MAX(moment)"
            ),
        )
    return _STATEMENTS[connection.vendor]
