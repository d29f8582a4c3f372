"""CI's scale guard: every reader URL must answer on a 20,000-article corpus with queries capped at 2 s.

    .venv/bin/python bench/scale_guard.py [--articles 20000] [--statement-timeout 2]

Not a timing: it keeps a plan that explodes with size from landing. It makes the database
(newsroom_guard on the local PostgreSQL, or DATABASE_URL), migrates it, builds the corpus with
bench/corpus.py (left alone when already complete), then requests every URL of bench/targets.py
through Django's test client with PostgreSQL's statement_timeout set, and exits 1 naming every URL
that errored or timed out, with the plan (EXPLAIN) of the query that was cancelled.
"""

import argparse
import logging
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/newsroom_guard"


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=os.environ.get("NEWSROOM_GUARD_DATABASE_URL", DEFAULT_URL))
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--statement-timeout", type=float, default=2.0, help="Seconds (default 2).")
    return parser.parse_args()


def ensure_database(url):
    """Create the guard's database when it is not there yet (connecting to the server's `postgres` one)."""
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    with psycopg.connect(parts._replace(path="/postgres").geturl(), autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


def main():
    args = parse_args()
    if not args.database_url.startswith("postgres"):
        sys.exit("The scale guard needs PostgreSQL: its statement_timeout is the point.")
    ensure_database(args.database_url)
    env = {
        **os.environ,
        "DATABASE_URL": args.database_url,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": os.environ.get("DJANGO_SECRET_KEY", "scale-guard-only-secret-key"),
        "NEWSROOM_API_ANON_RATE": "100000000/minute",
    }
    env.pop("REDIS_URL", None)  # the guard measures plans, not a cache
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "--noinput", "-v", "0"], env=env, check=True, cwd=ROOT)
    started = time.monotonic()
    corpus = [sys.executable, str(ROOT / "bench" / "corpus.py")]
    subprocess.run([*corpus, "--articles", str(args.articles)], env=env, check=True, cwd=ROOT)
    print(f"corpus ready in {time.monotonic() - started:.0f} s", flush=True)

    # The requests run here, under the statement timeout (the corpus build above ran without it).
    env["BENCH_STATEMENT_TIMEOUT_MS"] = str(int(args.statement_timeout * 1000))
    os.environ.update(env)
    os.environ.pop("REDIS_URL", None)
    import django

    django.setup()
    from django.test.utils import setup_test_environment

    from bench.targets import pick

    setup_test_environment()
    # Each failure is listed with its plan below; Django's tracebacks would bury the list.
    logging.getLogger("django.request").setLevel(logging.CRITICAL)
    failures = []
    # Choosing the URLs is the guard's own set-up, not a reader's request: it reads whole tables (the top
    # publisher, the most-used tags), which from a cold cache (a corpus kept from an earlier run, the server
    # restarted since) took more than the limit on a loaded machine. It runs without the timeout.
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SET statement_timeout = 0")
    targets = pick()[1:]  # the constant view is the benchmark's ceiling, nothing to guard
    with connection.cursor() as cursor:
        cursor.execute("RESET statement_timeout")  # the limit the connection was opened with, for the requests
    for target in targets:
        outcome, plan = request(target.url)
        print(f"{outcome:<10} {target.name:<38} {target.url}", flush=True)
        if outcome != "200":
            failures.append((target, outcome, plan))
    if failures:
        print(
            f"\nSCALE GUARD FAILED: {len(failures)} URL(s) errored or took a query over {args.statement_timeout:g} s "
            f"at {args.articles:,} articles:"
        )
        for target, outcome, plan in failures:
            print(f"\n- {target.name} {target.url}: {outcome}")
            if plan:
                scans = sorted(set(re.findall(r"Seq Scan on (\w+)", plan)))
                if scans:
                    print(f"  sequential scans in the cancelled query: {', '.join(scans)}")
                lines = [line if len(line) <= 160 else line[:157] + "..." for line in plan.splitlines()[:25]]
                print("  its plan (EXPLAIN):\n    " + "\n    ".join(lines))
    else:
        print(f"\nscale guard passed: every URL answered 200 with queries under {args.statement_timeout:g} s")
    # The closing line CI reads, in the form test runners use.
    print(f"guard: {len(targets) - len(failures)} passed, {len(failures)} failed")
    sys.exit(1 if failures else 0)


def request(url):
    """The outcome of one GET ("200", "404", "timeout", "error") and, for a timeout, the cancelled query's plan."""
    from django.db import connection
    from django.db.utils import OperationalError
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from bench.queries import counted, plans

    client = Client(raise_request_exception=True)
    with CaptureQueriesContext(connection) as captured:
        try:
            return str(client.get(url).status_code), ""
        except OperationalError as error:
            if "statement timeout" not in str(error):
                return f"error: {str(error).splitlines()[0]}", ""
            # The last query that is not ATOMIC_REQUESTS' ROLLBACK is the one the timeout cancelled.
            sent = [q["sql"] for q in captured.captured_queries if counted(q["sql"])]
            cancelled = sent[-1] if sent else ""
        except Exception as error:
            return f"error: {type(error).__name__}: {str(error).splitlines()[0][:200]}", ""
    if not cancelled:
        return "timeout", ""
    with connection.cursor() as cursor:
        return "timeout", plans(cursor, cancelled)  # a batch's statements one by one (bench.queries)


if __name__ == "__main__":
    main()
