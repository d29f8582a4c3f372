"""The queries a test captured, without Django's transaction control."""

import re

# ATOMIC_REQUESTS' and atomic()'s own statements. A prepared query run inside a transaction is sent
# between a savepoint and its release of its own (newsroom.content.prepared): that is a query, not these.
TRANSACTION_CONTROL = re.compile(r"BEGIN|COMMIT|ROLLBACK|(SAVEPOINT|RELEASE SAVEPOINT|ROLLBACK TO SAVEPOINT) \S+")


def sent(captured):
    """The SQL of each query `captured` (a CaptureQueriesContext) holds, transaction control left out."""
    return [q["sql"] for q in captured.captured_queries if not TRANSACTION_CONTROL.fullmatch(q["sql"])]
