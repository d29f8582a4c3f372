"""The queries a request sent, as the benchmark and the scale guard count and explain them."""

import re

# ATOMIC_REQUESTS' BEGIN, COMMIT, ROLLBACK and savepoints: not queries to count or explain. A prepared query
# run inside a transaction is sent between a savepoint and its release of its own
# (newsroom.content.prepared): that is a query, explained as its EXECUTE; so is a batch of them
# (newsroom.content.compiled.together), one round trip counted once, explained statement by statement.
TRANSACTION_CONTROL = re.compile(r"BEGIN|COMMIT|ROLLBACK|(SAVEPOINT|RELEASE SAVEPOINT|ROLLBACK TO SAVEPOINT) \S+")
_GUARDED = re.compile(r"SAVEPOINT (\S+); (?P<query>.*); RELEASE SAVEPOINT \1", re.S)
_STEP = re.compile(r"; (?=(?:PREPARE|EXECUTE) newsroom_)")


def counted(sql):
    """Whether `sql` (as Django logged it) is a query, not transaction control."""
    return not TRANSACTION_CONTROL.fullmatch(sql)


def explainable(sql):
    """The statements EXPLAIN can take for `sql`: a prepared query's EXECUTE (prepared by then, on this
    session), without the savepoint around it or the PREPARE before it; each EXECUTE of a batch."""
    guarded = _GUARDED.fullmatch(sql)
    if guarded:
        sql = guarded["query"]
    steps = _STEP.split(sql)
    if len(steps) == 1 and not sql.startswith("PREPARE newsroom_"):
        return steps
    return [step for step in steps if step.startswith("EXECUTE newsroom_")]


def plans(cursor, sql, options=""):
    """The plan of each statement of `sql` EXPLAIN can take (`explainable`), one after the other, as text."""
    found = []
    for statement in explainable(sql):
        cursor.execute(f"EXPLAIN {f'({options}) ' if options else ''}{statement}")
        found.append("\n".join(row[0] for row in cursor.fetchall()))
    return "\n".join(found)
