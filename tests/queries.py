"""The queries a test captured, without Django's transaction control (as the benchmark counts them:
bench/queries.py)."""

from bench.queries import counted


def sent(captured):
    """The SQL of each query `captured` (a CaptureQueriesContext) holds, transaction control left out."""
    return [q["sql"] for q in captured.captured_queries if counted(q["sql"])]
