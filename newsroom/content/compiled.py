"""Queries of a fixed shape, built and compiled by the ORM once per process, then run with new values.

A page of 20 items reads its relations in a fixed number of queries, each the same query but for a
few values (the items' ids, the moment "live" is read at). Building those querysets and compiling them
to SQL cost more than running them: at 100,000 articles, a quarter to a third of an API list's or an
actor page's time went to `filter()`, `values_list()` and the compiler. A `Compiled` query is built
once per process (per database vendor and number of ids) with a stand-in value for each argument,
compiled once, and then run with the real values put where the stand-ins are, its rows converted as
the ORM converts them (`values_list` rows, tuples).

The SQL is the ORM's own, so the rows are those `values_list` gives, on every database. The stand-ins
are values no caller passes (ids below -10¹⁸, texts between control characters, a date-time in
1901), and compiling checks that each argument's stand-in reached the SQL's parameters exactly (a
lookup that changed its value would have changed the SQL as well): a shape the ORM rewrites is
refused when compiled, never run wrong.

What the ORM puts into the SQL as a constant is compiled in too: the id of a content type (a tag's
filter holds its model's). Those ids can change while a process lives, when the tables are flushed and
migrated again (the tests' flush, a `migrate` of an emptied database), so every compiled query is
forgotten after each migrate (`forget_all`, on the `post_migrate` signal) and compiled again at its next use.
"""

import datetime
import itertools
import weakref
from dataclasses import dataclass, field

from django.db import connections, router

from newsroom.content.prepared import Statement, execute_together, preparing

_EVERY = weakref.WeakSet()  # every Compiled query of the process


def forget_all(**signal_arguments):
    """Forget every compiled query (a `post_migrate` receiver: content type ids may have changed)."""
    for compiled in list(_EVERY):
        compiled.forget()


_FIRST_ID = -(10**18)
_FIRST_MOMENT = datetime.datetime(1901, 2, 3, 4, 5, 6, tzinfo=datetime.UTC)


class Contained(str):
    """A text argument that the query looks for inside a column (`icontains`, `contains`): its value, escaped and
    wrapped as the ORM makes a LIKE pattern of it, is the parameter (where `build` gives the argument to such a
    lookup), or the text itself (where it is used as it is)."""


class Compiled:
    """`build(**arguments)` makes the query (a `values_list` queryset) from its arguments, each ids (a
    list of integers: the query is compiled once per length), an id, a text (a slug; `Contained`, a text looked
    for inside a column), a date-time (such as the moment "live" is read at) or a date (a page's position in a
    list by day). `rows(**arguments)` runs it.

    On PostgreSQL the query is prepared once per session unless `prepare` is False: a prepared statement is
    planned for its values only at first, then PostgreSQL may keep one generic plan for all of them. That is
    right where one plan suits every value (ids, a moment), and wrong where the best plan depends on how
    common a value is (a tag, an actor, a source: walk the newest-first index or fetch the few rows that
    have it): measured, a generic plan took a two-tag list's articles from 1.6 to 59 ms. Such a query is
    compiled once and planned at each use with its values."""

    def __init__(self, build, *, prepare=True):
        self.build = build
        self.prepare = prepare
        self._compiled = {}
        _EVERY.add(self)

    def forget(self):
        """Compile every shape again at its next use."""
        self._compiled.clear()

    def rows(self, **arguments):
        """The query's rows for these arguments: a list of tuples, as `values_list` gives them. Lists
        of ids are read as sets (the query's IN) and must not be empty (the ORM sends no query then)."""
        call = self._call(arguments)
        with call.connection.cursor() as cursor:
            if call.prepared:
                call.query.statement.execute(call.connection, cursor, call.values())
            else:
                cursor.execute(call.query.sql, call.params())
            return call.converted(cursor.fetchall())

    def sql(self, **arguments):
        """The query's SQL and its parameters for these arguments, as `sql_with_params()` gives them (not
        prepared): for a statement written around it (a recursive walk over its rows)."""
        call = self._call(arguments)
        return call.query.sql, call.params()

    def _call(self, arguments):
        arguments = {name: _as_given(value) for name, value in arguments.items()}
        query = self._for(tuple((name, *_kind(value)) for name, value in arguments.items()))
        connection = connections[router.db_for_read(query.model)]
        return _Call(query, connection, arguments, query.statement is not None and preparing(connection))

    def _for(self, shape):
        key = (connections["default"].vendor, shape)  # a replica is of the primary's vendor
        if key not in self._compiled:
            # (the first compiled is kept: threads of one worker compiling at once share one prepared statement)
            self._compiled.setdefault(key, _compile(self.build, shape, self.prepare))
        return self._compiled[key]


def together(*calls):
    """The rows of several compiled queries, each given as (Compiled, {argument: value}): a list of each
    one's rows (as `rows()` gives them), in the order given.

    A list's relations are a handful of such queries on the same ids, none waiting for another's answer.
    Prepared on one PostgreSQL session, they go to the server in one round trip, which runs them one
    after the other and sends every answer back at once (newsroom.content.prepared.execute_together); on
    a machine under load each round trip cost more than running the query. Elsewhere (SQLite, preparing
    turned off) each is run as `rows()` runs it."""
    made = [compiled._call(arguments) for compiled, arguments in calls]
    connection = made[0].connection if made else None
    if len(made) < 2 or not all(call.prepared and call.connection is connection for call in made):
        return [compiled.rows(**arguments) for compiled, arguments in calls]
    with connection.cursor() as cursor:
        found = execute_together(connection, cursor, [(call.query.statement, call.values()) for call in made])
    return [call.converted(rows) for call, rows in zip(made, found, strict=True)]


@dataclass
class _Call:
    """A compiled query with the values of one use, on the connection it reads from."""

    query: "_Query"
    connection: object
    arguments: dict
    prepared: bool  # executed as the statement it is prepared as

    def values(self):
        """The prepared statement's parameters, $1, $2, …"""
        found = []
        for name, at, *adapted in self.query.arguments:
            value = self.arguments[name] if at is None else self.arguments[name][at]
            found.append(_pattern(value, self.connection) if adapted else value)
        return found

    def params(self):
        """The parameters of the query's own SQL."""
        return [_value(slot, self.arguments, self.connection) for slot in self.query.slots]

    def converted(self, found):
        if self.query.converters:
            return [_converted(row, self.query.converters, self.connection) for row in found]
        return found


def _as_given(value):
    if isinstance(value, (list, tuple, set, frozenset)):
        ids = tuple(dict.fromkeys(value))  # as the ORM's IN: once each, in the order given
        if not ids or not all(isinstance(pk, int) and not isinstance(pk, bool) for pk in ids):
            raise ValueError("A list of ids must hold at least one id, each an integer.")
        return ids
    if isinstance(value, bool) or not isinstance(value, (int, str, datetime.date)):
        raise TypeError(f"An argument is ids, an id, a text, a date-time or a date, not {value!r}.")
    return value


def _kind(value):
    """(kind, length) of an argument: ("ids", n), ("id", None), ("text", None), ("moment", None) or
    ("day", None)."""
    if isinstance(value, tuple):
        return "ids", len(value)
    if isinstance(value, Contained):
        return "contained", None
    if isinstance(value, str):
        return "text", None
    if isinstance(value, datetime.datetime):
        return "moment", None
    return ("day" if isinstance(value, datetime.date) else "id"), None


def _stand_ins(shape):
    """{argument: its stand-in} for a shape: distinct ids far below any real one, texts no slug is,
    distinct moments and days in 1901."""
    ids = itertools.count(_FIRST_ID, -1)
    moments = (_FIRST_MOMENT + datetime.timedelta(microseconds=n) for n in itertools.count(1))
    days = (_FIRST_MOMENT.date() + datetime.timedelta(days=n) for n in itertools.count(1))
    stand_ins = {}
    for name, kind, length in shape:
        if kind == "ids":
            stand_ins[name] = [next(ids) for _ in range(length)]
        elif kind in ("text", "contained"):
            stand_ins[name] = f"\x1fnewsroom stand-in {next(ids)}\x1f"
        elif kind == "day":
            stand_ins[name] = next(days)
        else:
            stand_ins[name] = next(moments) if kind == "moment" else next(ids)
    return stand_ins


@dataclass
class _Query:
    """A compiled query: its model, SQL, where each parameter comes from (a constant of the query, or an
    argument), its columns' converters, and on PostgreSQL the statement it is prepared as."""

    model: type
    sql: str
    slots: list
    converters: dict
    statement: Statement | None = None
    arguments: list = field(default_factory=list)  # (name, position) of the statement's $1, $2, …


def _compile(build, shape, prepare=True):
    """The _Query that `build` makes for a shape of its arguments."""
    stand_ins = _stand_ins(shape)
    shape_kinds = {name: kind for name, kind, _ in shape}
    queryset = build(**stand_ins)
    compiler = queryset.query.get_compiler(using=queryset.db)
    sql, params = compiler.as_sql()
    connection = compiler.connection
    slots, found = [], set()
    where = {}
    for name, stand_in in stand_ins.items():
        for position, value in enumerate(stand_in if isinstance(stand_in, list) else [stand_in]):
            where[value] = (name, position if isinstance(stand_in, list) else None, None)
            # As the ORM hands a date-time or a date to the database (SQLite: text); adapted so when run
            if isinstance(value, datetime.datetime):
                where[connection.ops.adapt_datetimefield_value(value)] = (name, None, "moment")
            elif isinstance(value, datetime.date):
                where[connection.ops.adapt_datefield_value(value)] = (name, None, "day")
            if shape_kinds[name] == "contained":  # (its stand-in has nothing a LIKE pattern escapes)
                where[f"%{value}%"] = (name, None, "contained")
    for param in params:
        try:
            slot = where.get(param)
        except TypeError:  # unhashable: a constant of the query
            slot = None
        if slot is None:
            slots.append(("constant", param))
        else:
            slots.append(("argument", slot))
            found.add(slot[:2])
    expected = {
        (name, position)
        for name, stand_in in stand_ins.items()
        for position in (range(len(stand_in)) if isinstance(stand_in, list) else [None])
    }
    if found != expected:
        raise ValueError("The ORM changed an argument of this query on its way to the SQL: it cannot be compiled once.")
    columns = [selected[0] for selected in compiler.select[: compiler.col_count]]
    query = _Query(queryset.model, sql, slots, compiler.get_converters(columns))
    if prepare and connection.vendor == "postgresql":
        _prepare(query, shape)  # used while preparing() says so
    return query


def _value(slot, arguments, connection):
    kind, what = slot
    if kind == "constant":
        return what
    name, position, adapted = what
    value = arguments[name] if position is None else arguments[name][position]
    if adapted == "moment":
        return connection.ops.adapt_datetimefield_value(value)
    if adapted == "contained":
        return _pattern(value, connection)
    return connection.ops.adapt_datefield_value(value) if adapted == "day" else value


def _pattern(value, connection):
    """A Contained argument as the ORM's `contains` lookups pass it: escaped, between wildcards."""
    return f"%{connection.ops.prep_for_like_query(value)}%"


def _converted(row, converters, connection):
    row = list(row)
    for position, (functions, expression) in converters.items():
        value = row[position]
        for function in functions:
            value = function(value, expression, connection)
        row[position] = value
    return tuple(row)


class Columns:
    """Every concrete column of a model, reached through `path` ("", "statement__actor__"): the names to
    give a compiled `values_list`, and the instance built from a row's part, as the ORM builds one
    (`select_related` included: the caller links the instances). With `names` (the primary key among
    them), those columns only, the others deferred as `only()` defers them."""

    def __init__(self, model, path="", names=None):
        self.model = model
        # In the model's order, which Model.from_db reads a part of the columns in
        self.names = [field.attname for field in model._meta.concrete_fields if names is None or field.attname in names]
        if names is not None and len(self.names) != len(set(names)):
            raise ValueError(f"Not columns of {model.__name__}: {sorted(set(names) - set(self.names))}")
        self.paths = [f"{path}{name}" for name in self.names]

    def __len__(self):
        return len(self.names)

    def build(self, db, values):
        """The instance, or None from the NULLs of a LEFT JOIN that found no row (as select_related)."""
        if values[self.names.index(self.model._meta.pk.attname)] is None:
            return None
        return self.model.from_db(db, self.names, values)


def split(row, *columns):
    """A row's values cut into one tuple for each of `columns` (Columns), in their order, then the rest."""
    parts, start = [], 0
    for found in columns:
        parts.append(row[start : start + len(found)])
        start += len(found)
    return (*parts, row[start:])


# On PostgreSQL each query is also prepared, once per database session (newsroom.content.prepared), and
# executed with its arguments as the statement's parameters, the query's constants bound when it is
# prepared: the server then neither parses nor plans it again, and the statement sent is a line, not the
# ORM's kilobytes of column names.
_TYPES = {"ids": "bigint", "id": "bigint", "text": "text", "contained": "text", "moment": "timestamptz", "day": "date"}
_names = itertools.count(1)


def _prepare(query, shape):
    pieces = query.sql.split("%s")
    if "%%" in query.sql or len(pieces) != len(query.slots) + 1:
        return  # a literal % would need unescaping: run as it is
    kinds = {name: kind for name, kind, _ in shape}
    numbers, text = {}, pieces[0]
    for slot, piece in zip(query.slots, pieces[1:], strict=True):
        kind, what = slot
        if kind == "constant":
            text += "%s"
        else:
            argument = what if what[2] == "contained" else what[:2]  # a pattern: a parameter of its own
            if argument not in numbers:
                numbers[argument] = len(numbers) + 1
                query.arguments.append(argument)
            text += f"${numbers[argument]}"
        text += piece
    query.statement = Statement(
        name=f"newsroom_compiled_{next(_names)}",
        types=[_TYPES[kinds[argument[0]]] for argument in query.arguments],
        text=text,
        constants=[what for kind, what in query.slots if kind == "constant"],
        comment=query.model._meta.db_table,
    )
