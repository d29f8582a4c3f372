"""Statements prepared once per PostgreSQL session: the compiled queries' (newsroom.content.compiled) and
the public clock's (newsroom.content.public_clock), each executed with its arguments as the statement's
parameters, so that the server neither parses nor plans the query again.

Both assume that a Django connection keeps its server session and what was prepared on it. Two things
break that while the connection lives on: a pooler that resets the server session between clients
(PgBouncer's `DISCARD ALL`), and a `DEALLOCATE` by anyone. The EXECUTE then fails with "prepared
statement … does not exist"; the statement is prepared again and executed in the next round trip, and
the reader gets the answer. Inside a transaction (every request is one: ATOMIC_REQUESTS) a failed
statement would abort the transaction, so there the EXECUTE is sent between a SAVEPOINT and its RELEASE
in the same round trip (a few microseconds of the server's time, not a round trip more): a statement
found gone is rolled back to that savepoint, and nothing of the transaction is lost. Asking the server
first whether the statement is there would cost every query a round trip.

Behind a pooler that hands each transaction another server session (PgBouncer in transaction mode),
statements prepared on one session are missing on the next, or another process's: `preparing()` is the
one rule both read, and NEWSROOM_PREPARED_QUERIES=0 turns it off.
"""

import weakref

from django.conf import settings
from django.db import DatabaseError

_SAVEPOINT = "newsroom_prepared"
_GONE = "26000"  # invalid_sql_statement_name: "prepared statement … does not exist"


def preparing(connection):
    """Whether queries are prepared on this connection: PostgreSQL, unless NEWSROOM_PREPARED_QUERIES is off."""
    return connection.vendor == "postgresql" and getattr(settings, "NEWSROOM_PREPARED_QUERIES", True)


class Statement:
    """A query prepared as `name` on each session that runs it. `text` is the query with `$1`, `$2`, … for
    the parameters (of PostgreSQL `types`) and `%s` for `constants`, bound when it is prepared; `comment`
    names it in the EXECUTE sent (for logs, and tests that look for it)."""

    def __init__(self, name, types, text, constants, comment):
        self.name = name
        self.prepare = f"PREPARE {name}{_listed(types)} AS {text}"
        self.constants = list(constants)
        self.execute_sql = f"EXECUTE {name}{_listed(['%s'] * len(types))} /* {comment} */"
        self._sessions = weakref.WeakSet()  # the DB-API connections (server sessions) it is prepared on

    def execute(self, connection, cursor, values):
        """EXECUTE it with `values` on `cursor` (of `connection`), PREPAREd first in the same round trip on
        a session that has not prepared it, or has lost it. The cursor is left at the EXECUTE's rows."""
        session = connection.connection
        in_transaction = not connection.get_autocommit()
        recovering = False
        if session in self._sessions:
            try:
                _send(cursor, [self.execute_sql], values, in_transaction)
                return
            except DatabaseError as error:
                if _sqlstate(error) != _GONE:
                    raise  # as any query's error (a timeout leaves the statement prepared)
            self._sessions.discard(session)
            recovering = in_transaction
        steps = [self.prepare, self.execute_sql]
        if recovering:
            # The transaction is aborted since the EXECUTE failed: back to the savepoint before it.
            steps[:0] = [f"ROLLBACK TO SAVEPOINT {_SAVEPOINT}", f"RELEASE SAVEPOINT {_SAVEPOINT}"]
        try:
            _send(cursor, steps, [*self.constants, *values], guarded=False)
        finally:
            # Taken as prepared even when this failed: if the PREPARE did not run (a transaction already
            # aborted), the next EXECUTE finds it gone and prepares it then; a PREPARE sent twice would fail.
            self._sessions.add(session)


def execute_together(connection, cursor, statements):
    """Each of `statements`, (Statement, values), executed in one round trip on `connection`, each PREPAREd
    first in it where this session has not prepared it: the rows of each, in their order. Inside a
    transaction they go between a savepoint and its release, as one EXECUTE does. When the session lost
    one of them, which ones it holds is asked of the server (only then), and they are sent again."""
    session = connection.connection
    in_transaction = not connection.get_autocommit()
    try:
        return _together(cursor, statements, session, in_transaction)
    except DatabaseError as error:
        if _sqlstate(error) != _GONE:
            raise
    if in_transaction:
        cursor.execute(f"ROLLBACK TO SAVEPOINT {_SAVEPOINT}; RELEASE SAVEPOINT {_SAVEPOINT}")
    cursor.execute("SELECT name FROM pg_prepared_statements")
    held = {name for (name,) in cursor.fetchall()}
    for statement, _ in statements:
        if statement.name not in held:
            statement._sessions.discard(session)
    return _together(cursor, statements, session, in_transaction)


def _together(cursor, statements, session, in_transaction):
    steps, params, executes, prepared_here = [], [], [], set()
    for statement, values in statements:
        if session not in statement._sessions and statement.name not in prepared_here:
            # (once, where the same statement is executed twice: two kinds' tags of the same number of ids)
            steps.append(statement.prepare)
            params.extend(statement.constants)
            prepared_here.add(statement.name)
        executes.append(len(steps) + in_transaction)  # its result's place (after the SAVEPOINT's)
        steps.append(statement.execute_sql)
        params.extend(values)
    if in_transaction:
        steps = [f"SAVEPOINT {_SAVEPOINT}", *steps, f"RELEASE SAVEPOINT {_SAVEPOINT}"]
    try:
        cursor.execute("; ".join(steps), params)
    finally:
        # As Statement.execute: taken as prepared; a statement found missing is asked of the server.
        for statement, _ in statements:
            statement._sessions.add(session)
    found, at = [], 0
    for place in executes:
        while at < place:
            cursor.nextset()
            at += 1
        found.append(cursor.fetchall())
    return found


def _send(cursor, steps, params, guarded):
    """Send `steps` in one round trip (the last one the query whose rows are wanted), between a savepoint
    and its release when `guarded`, and leave the cursor at the last step's rows."""
    if guarded:
        steps = [f"SAVEPOINT {_SAVEPOINT}", *steps, f"RELEASE SAVEPOINT {_SAVEPOINT}"]
        wanted = len(steps) - 2
    else:
        wanted = len(steps) - 1
    cursor.execute("; ".join(steps), params)
    for _ in range(wanted):
        cursor.nextset()


def _listed(items):
    return f" ({', '.join(items)})" if items else ""  # PostgreSQL refuses an empty list


def _sqlstate(error):
    cause = error.__cause__
    return getattr(cause, "sqlstate", None) or getattr(cause, "pgcode", None)
