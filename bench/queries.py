"""The queries a request sent, as the benchmark and the scale guard count and explain them."""

import re

# ATOMIC_REQUESTS' BEGIN, COMMIT, ROLLBACK and savepoints: not queries to count or explain. A prepared query
# run inside a transaction is sent between a savepoint and its release of its own
# (newsroom.content.prepared): that is a query, explained as its EXECUTE.
TRANSACTION_CONTROL = re.compile(r"BEGIN|COMMIT|ROLLBACK|(SAVEPOINT|RELEASE SAVEPOINT|ROLLBACK TO SAVEPOINT) \S+")
_GUARDED = re.compile(r"SAVEPOINT (\S+); (?P<query>.*); RELEASE SAVEPOINT \1", re.S)
_PREPARED_THEN_EXECUTED = re.compile(r"PREPARE .*; (?P<query>EXECUTE \S+ \(.*)", re.S)


def counted(sql):
    """Whether `sql` (as Django logged it) is a query, not transaction control."""
    return not TRANSACTION_CONTROL.fullmatch(sql)


def explainable(sql):
    """The statement EXPLAIN can take for `sql`: a prepared query's EXECUTE (prepared by then, on this
    session), without the savepoint around it or the PREPARE before it."""
    guarded = _GUARDED.fullmatch(sql)
    if guarded:
        sql = guarded["query"]
    prepared = _PREPARED_THEN_EXECUTED.fullmatch(sql)
    return prepared["query"] if prepared else sql
