"""Benchmark every reader surface under a production server, against a constant view in the same run.

    .venv/bin/python bench/run.py                       # the corpus in newsroom_corpus (DATABASE_URL overrides)
    .venv/bin/python bench/run.py --duration 5 --only "API"

It collects the static files, starts the site under gunicorn (DEBUG off, persistent connections)
on a local port, and for each URL of bench/targets.py:
  1. requests it once through Django's test client against the same database, counting its queries
     (CaptureQueriesContext), and runs EXPLAIN ANALYZE on the slowest (plain EXPLAIN on the others,
     to spot sequential scans over articles, statements or tagged items);
  2. loads the constant view, then the URL, each with wrk for --duration seconds (--connections
     clients; wrk's own --timeout per request, and a hard cap per URL): the URL uncached, as a share
     of the constant view measured just before it.
Then a second server with the page cache and the API's on loads each URL again beside the constant
view: as a cache hit, as a conditional GET answered 304, and through Varnish with --varnish-url.
Last, the related-reports queries of --related-sample random articles are timed with EXPLAIN ANALYZE.
The table, the machine and the plans go to bench/results/<date>-<articles>.md, with each of the
issue's targets marked met or missed.
"""

import argparse
import datetime
import logging
import os
import platform
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BIG_TABLES = (
    "newsroom_article", "newsroom_statement", "taggit_taggeditem",
    # Issue 19's: links between statements and what incidents gather grow with the archive.
    "newsroom_statementlink", "newsroom_incidentarticle", "newsroom_incidentstatement",
)  # fmt: skip
SEQ_SCAN = re.compile(r"Seq Scan on (" + "|".join(BIG_TABLES) + r")\b")


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--database-url", default=os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/newsroom_corpus")
    )
    parser.add_argument(
        "--redis-url", default=os.environ.get("REDIS_URL", ""), help="Optional: the page cache's Redis."
    )
    parser.add_argument("--duration", type=int, default=3, help="Seconds of load per URL (default 3).")
    parser.add_argument("--connections", type=int, default=4, help="Concurrent wrk connections (default 4).")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (default 2, as in the issue).")
    parser.add_argument("--timeout", type=int, default=10, help="Seconds before wrk gives up on one request.")
    parser.add_argument("--statement-timeout", type=int, default=10, help="Seconds any query may run (server side).")
    parser.add_argument("--port", type=int, default=0, help="Local port (default: a free one).")
    parser.add_argument("--only", default="", help="A regular expression: measure only the URLs whose name matches.")
    parser.add_argument("--no-explain", action="store_true", help="Skip query counts and plans.")
    parser.add_argument(
        "--varnish-url",
        default="",
        help="Optional: Varnish (or any HTTP cache) in front of the cached server, e.g. http://127.0.0.1:6081; "
        "fills the table's 'through Varnish' column. The benchmark does not start it.",
    )
    parser.add_argument(
        "--related-sample", type=int, default=200, help="Articles whose related-reports queries are timed (200)."
    )
    parser.add_argument("--output", help="Where to write the markdown (default bench/results/<date>-<size>.md).")
    return parser.parse_args()


def environment(args):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": os.environ.get("DJANGO_SECRET_KEY", "benchmark-only-secret-key"),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_CONN_MAX_AGE": os.environ.get("DJANGO_CONN_MAX_AGE", "600"),
        "DATABASE_URL": args.database_url,
        # wrk sends thousands of requests a minute from one address; the API's anonymous throttle
        # would answer 429 to most of them.
        "NEWSROOM_API_ANON_RATE": "100000000/minute",
        "BENCH_STATEMENT_TIMEOUT_MS": str(args.statement_timeout * 1000),
        # The main table measures every page uncached: the reader's page cache runs as in
        # production but stores nothing, so every request is a miss (the constant view's too);
        # cached hits are measured apart, by a second server with the cache on (CACHED_SECONDS).
        "NEWSROOM_PAGE_CACHE_SECONDS": "0",
    }
    if args.redis_url:
        env["REDIS_URL"] = args.redis_url
    else:
        env.pop("REDIS_URL", None)
    return env


def ensure_wrk():
    if shutil.which("wrk"):
        return
    print("wrk is missing: installing Debian's package", flush=True)
    subprocess.run(["apt-get", "update", "-qq"], check=True)
    subprocess.run(
        ["apt-get", "install", "-y", "-qq", "wrk"], check=True, env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    )


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(args, env, port):
    gunicorn = Path(sys.executable).with_name("gunicorn")
    log = open(Path(tempfile.gettempdir()) / "newsroom-bench-gunicorn.log", "w")
    server = subprocess.Popen(
        [
            str(gunicorn),
            "config.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(args.workers),
            "--timeout",
            str(args.statement_timeout + 20),
            "--graceful-timeout",
            "5",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/bench/constant/", timeout=5).read()
            return server
        except OSError:
            if server.poll() is not None:
                sys.exit(f"gunicorn stopped: see {log.name}")
            time.sleep(0.5)
    stop_server(server)
    sys.exit("gunicorn did not answer within 60 s")


def stop_server(server):
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)


UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 60e3}


def milliseconds(text):
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text)
    return float(match.group(1)) * UNITS[match.group(2)] if match else None


def run_wrk(args, port, path, connections=None, headers=(), base=None):
    """Load one URL (of the server at `port`, or of `base`); returns requests/s, p50 and p99 in ms,
    requests, errors and timeouts (or a failure)."""
    connections = connections or args.connections
    command = [
        "wrk",
        "--latency",
        "-t",
        str(min(2, connections)),
        "-c",
        str(connections),
        "-d",
        f"{args.duration}s",
        "--timeout",
        f"{args.timeout}s",
    ]
    for header in headers:
        command += ["-H", header]
    command.append(f"{base or f'http://127.0.0.1:{port}'}{path}")
    try:
        output = subprocess.run(
            command, capture_output=True, text=True, timeout=args.duration + args.timeout + 10
        ).stdout
    except subprocess.TimeoutExpired:
        return {"failure": f"wrk did not finish within {args.duration + args.timeout + 10} s"}
    result = {"requests": 0, "rps": 0.0, "p50": None, "p99": None, "errors": 0, "timeouts": 0}
    if match := re.search(r"(\d+) requests in", output):
        result["requests"] = int(match.group(1))
    if match := re.search(r"Requests/sec:\s+([\d.]+)", output):
        result["rps"] = float(match.group(1))
    for percentile in ("50", "99"):
        if match := re.search(rf"^\s+{percentile}%\s+(\S+)", output, re.M):
            result[f"p{percentile}"] = milliseconds(match.group(1))
    if not result["requests"]:
        result["p50"] = result["p99"] = None  # wrk prints zeros when nothing came back
    if match := re.search(r"Non-2xx or 3xx responses: (\d+)", output):
        result["errors"] += int(match.group(1))
    if match := re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output):
        result["errors"] += sum(int(n) for n in match.groups()[:3])
        result["timeouts"] = int(match.group(4))
    return result


def wait_until_idle(port, workers, limit=60):
    """Let the server finish the requests wrk abandoned before the next URL is measured.

    A sync worker carries on with a request after its client has gone, and more may wait in the
    listen queue, each up to the statement timeout per query. The server is idle when none of its
    queries is running and as many constant-view requests as it has workers, sent at once, all come
    back quickly. False when it is still busy after `limit` seconds.
    """
    from concurrent.futures import ThreadPoolExecutor

    def quick(_):
        started = time.monotonic()
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/bench/constant/", timeout=limit).read()
        except OSError:
            return False
        return time.monotonic() - started < 0.5

    deadline = time.monotonic() + limit
    with ThreadPoolExecutor(workers) as pool:
        while time.monotonic() < deadline:
            active = database_value(
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'newsroom-bench-server' "
                "AND state = 'active'"
            )
            if active == 0 and all(pool.map(quick, range(workers))):
                return True
            time.sleep(0.25)
    return False


def database_value(sql):
    """One value from the database, reconnecting for up to 30 s if the connection was lost (None after)."""
    from django.db import connection
    from django.db.utils import OperationalError

    for _ in range(30):
        try:
            with connection.cursor() as cursor:
                cursor.execute(sql)
                return cursor.fetchone()[0]
        except OperationalError:
            connection.close()
            time.sleep(1)
    return None


def inspect(target):
    """Status, query count, slowest query with its EXPLAIN ANALYZE, and big-table sequential scans."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from bench.queries import counted

    client = Client(raise_request_exception=True)
    # A failing page is reported in the table; its traceback on the console would bury the progress.
    logging.getLogger("django.request").setLevel(logging.CRITICAL)
    # One request first, as readers have made by the time one is measured: cards and tag counts are
    # kept per version of their data, and the first request after a change fills them once.
    try:
        client.get(target.url)
    except Exception:  # the measured request below says what failed
        pass
    with CaptureQueriesContext(connection) as captured:
        started = time.perf_counter()
        cancelled = False
        try:
            status = client.get(target.url).status_code
        except Exception as error:  # a cancelled query, or any failure: what the reader would get is a 500
            cancelled = "statement timeout" in str(error)
            status = "500: statement timeout" if cancelled else f"500: {type(error).__name__}: {str(error)[:100]}"
        elapsed = (time.perf_counter() - started) * 1000
    # Transaction control (ATOMIC_REQUESTS' BEGIN and COMMIT) is not a query to count or explain.
    queries = [q for q in captured.captured_queries if counted(q["sql"])]
    info = {
        "status": status,
        "queries": len(queries),
        "ms": elapsed,
        "plan": "",
        "slowest_ms": None,
        "seq_scans": set(),
    }
    if connection.vendor != "postgresql" or not queries:
        return info
    for query in queries:
        plan = explain(query["sql"], analyze=False)
        info["seq_scans"].update(SEQ_SCAN.findall(plan))
    slowest = max(queries, key=lambda q: float(q["time"]))
    info["slowest_ms"] = float(slowest["time"]) * 1000
    info["slowest_sql"] = slowest["sql"]
    if cancelled and slowest is queries[-1]:
        # It ran into the statement timeout once already: running it again would only wait as long.
        info["plan"] = "(cancelled at the statement timeout: the plan without ANALYZE)\n" + explain(
            slowest["sql"], analyze=False
        )
    else:
        info["plan"] = explain(slowest["sql"], analyze=True)
    return info


def explain(sql, *, analyze):
    from django.db import connection
    from django.db.utils import DatabaseError

    from bench.queries import plans

    options = "ANALYZE, BUFFERS" if analyze else "COSTS"
    try:
        with connection.cursor() as cursor:
            return plans(cursor, sql, options)  # a batch's statements one by one (bench.queries)
    except DatabaseError as error:
        if analyze:
            return f"(EXPLAIN ANALYZE stopped: {str(error).splitlines()[0]})\n" + explain(sql, analyze=False)
        return f"(EXPLAIN failed: {str(error).splitlines()[0]})"


def machine(database_version):
    memory = ""
    with open("/proc/meminfo") as meminfo:
        for line in meminfo:
            if line.startswith("MemTotal"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout
    return {
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cores (nproc)": os.cpu_count(),
        "memory": memory,
        "CPU": cpu_name(),
        "PostgreSQL": database_version,
        "Python": platform.python_version(),
        "commit": commit.strip(),
    }


def cpu_name():
    with open("/proc/cpuinfo") as cpuinfo:
        for line in cpuinfo:
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor()


def fmt(value, digits=1, suffix=""):
    return "—" if value is None else f"{value:,.{digits}f}{suffix}"


def main():
    args = parse_args()
    env = environment(args)
    os.environ.update({k: v for k, v in env.items() if k != "REDIS_URL" or args.redis_url})
    if not args.redis_url:
        os.environ.pop("REDIS_URL", None)
    # The in-process client (query counts, plans) gets the same timeout under another name, so the
    # server's activity can be told apart in pg_stat_activity.
    os.environ["BENCH_APPLICATION_NAME"] = "newsroom-bench-inspect"
    ensure_wrk()

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.db.utils import OperationalError
    from django.test.utils import setup_test_environment

    from bench.targets import pick
    from newsroom.content.models import Actor, Article, Source, Statement

    setup_test_environment()  # the test client needs it (and it keeps outgoing mail in memory)
    call_command("collectstatic", "--noinput", verbosity=0)
    version = database_value("SELECT version()").split(" on ")[0]
    # Another session restarting PostgreSQL mid-run would empty its caches: the report says so.
    database_started = database_value("SELECT pg_postmaster_start_time()")
    sizes = {
        "articles": Article.objects.count(),
        "statements": Statement.objects.count(),
        "actors": Actor.objects.count(),
        "sources": Source.objects.count(),
    }
    from taggit.models import Tag, TaggedItem

    sizes |= {"tags": Tag.objects.count(), "tagged items": TaggedItem.objects.count()}
    print("Corpus: " + ", ".join(f"{n:,} {k}" for k, n in sizes.items()), flush=True)
    targets = pick()
    ceiling = targets[0]
    targets = [t for t in targets if t is not ceiling and (not args.only or re.search(args.only, t.name))]

    # Nothing an earlier run stored may answer for this one (pages are kept under the moment of
    # the last public change, which a corpus left alone keeps).
    from django.core.cache import cache

    cache.clear()
    port = args.port or free_port()
    env["BENCH_APPLICATION_NAME"] = "newsroom-bench-server"
    server = start_server(args, env, port)
    results = []
    load_before = os.getloadavg()
    try:
        run_wrk(args, port, ceiling.url)  # warm-up: workers import lazily and fill their caches
        for target in targets:
            try:
                info = {} if args.no_explain else inspect(target)
            except OperationalError as error:  # the database went away under the test client
                connection.close()
                info = {"status": f"error: {str(error).splitlines()[0]}", "queries": "—", "seq_scans": set()}
            wait_until_idle(port, args.workers)
            # The machine is shared: every figure is a share of the constant view measured just
            # before it, not of one measured minutes apart under another load.
            beside = run_wrk(args, port, ceiling.url)
            load = run_wrk(args, port, target.url)
            if not wait_until_idle(port, args.workers):
                # Requests queued behind a page that takes minutes: a fresh server is quicker.
                stop_server(server)
                server = start_server(args, env, port)
            results.append(Row(target, info, load, beside))
            print(
                f"{target.name:<38} {fmt(load.get('rps'))} req/s ({percent(share(load, beside))} of constant)  "
                f"p50 {fmt(load.get('p50'))} ms  p99 {fmt(load.get('p99'))} ms  errors {load.get('errors', '—')} "
                f"timeouts {load.get('timeouts', '—')}  queries {info.get('queries', '—')}  {load.get('failure', '')}",
                flush=True,
            )
            if target.group == "search":
                info["one_client"] = run_wrk(args, port, target.url, connections=1)
        stop_server(server)
        # The same URLs with the page cache and the API's on: what a reader gets once someone has
        # asked (a hit), what a browser or CDN revalidating gets (a 304), and through Varnish.
        server = start_server(args, {**env, "NEWSROOM_PAGE_CACHE_SECONDS": CACHED_SECONDS}, port)
        run_wrk(args, port, ceiling.url)
        for row in results:
            measure_cached(args, port, row)
            print(
                f"{row.target.name:<38} cached {percent(share(row.cached, row.cached_beside))}  "
                f"304 {percent(share(row.not_modified, row.cached_beside))}  {row.cached_note}",
                flush=True,
            )
    finally:
        stop_server(server)
    related = [] if args.no_explain else time_related_reports(args.related_sample)

    host = machine(version)
    restarted = database_value("SELECT pg_postmaster_start_time()")
    if restarted != database_started:
        host["WARNING"] = f"PostgreSQL restarted during the run (at {restarted}): figures after that are suspect"
    host["load average (1 min) at start and end"] = f"{load_before[0]:.1f}, {os.getloadavg()[0]:.1f}"
    report = render(args, host, sizes, results, related)
    output = (
        Path(args.output)
        if args.output
        else ROOT / "bench" / "results" / (f"{datetime.date.today().isoformat()}-{sizes['articles'] // 1000}k.md")
    )
    output.write_text(report)
    print(f"\nWritten to {output.relative_to(ROOT) if output.is_relative_to(ROOT) else output}")


CACHED_SECONDS = "600"

# The targets (issue 21): uncached, every page at least 10% of the constant view and their median at
# least 25%; cached hits and 304s at least 80% of it.
UNCACHED_EACH, UNCACHED_MEDIAN, CACHED_EACH = 0.10, 0.25, 0.80
CEILING = "/bench/constant/"


@dataclass
class Row:
    """One URL's measurements, each beside the constant view measured just before it."""

    target: object
    info: dict
    load: dict  # uncached
    beside: dict  # the constant view, before the uncached load
    cached: dict = field(default_factory=dict)
    not_modified: dict = field(default_factory=dict)
    cached_beside: dict = field(default_factory=dict)  # the constant view, before the cached loads
    varnish: dict = field(default_factory=dict)
    cached_note: str = ""


def share(load, beside):
    if not (load and beside and load.get("rps") is not None and beside.get("rps")):
        return None
    return load["rps"] / beside["rps"]


def measure_cached(args, port, row):
    """Fill the caches with one request, then load the URL as a cache hit, as a conditional GET with
    the validators it gave (If-None-Match with its ETag, else If-Modified-Since), and through
    Varnish when there is one."""
    url = row.target.url
    try:
        response = urllib.request.urlopen(f"http://127.0.0.1:{port}{url}", timeout=args.timeout)
        response.read()
    except OSError as error:
        row.cached_note = f"no first response ({error})"
        return
    etag, modified = response.headers.get("ETag"), response.headers.get("Last-Modified")
    wait_until_idle(port, args.workers)
    row.cached_beside = run_wrk(args, port, CEILING)
    row.cached = run_wrk(args, port, url)
    if etag or modified:
        header = f"If-None-Match: {etag}" if etag else f"If-Modified-Since: {modified}"
        row.not_modified = run_wrk(args, port, url, headers=[header])
    else:
        row.cached_note = "no ETag or Last-Modified"
    if args.varnish_url:
        try:
            urllib.request.urlopen(f"{args.varnish_url}{url}", timeout=args.timeout).read()
            row.varnish = run_wrk(args, port, url, base=args.varnish_url)
        except OSError as error:
            row.cached_note += f" Varnish: {error}"


def time_related_reports(sample):
    """EXPLAIN ANALYZE of the queries related_to runs for `sample` random live articles: per article,
    the database's execution time of them all, and whether any reads a big table sequentially."""
    import random

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from newsroom.content.models import Article

    ids = list(Article.objects.live().values_list("pk", flat=True))
    timings = []
    for pk in random.Random(21).sample(ids, min(sample, len(ids))):
        article = Article.objects.live().for_page().get(pk=pk)
        with CaptureQueriesContext(connection) as captured:
            Article.objects.related_to(article)
        total, scans = 0.0, set()
        for query in captured.captured_queries:
            plan = explain(query["sql"], analyze=True)
            total += sum(float(m) for m in re.findall(r"Execution Time: ([\d.]+) ms", plan))
            scans.update(SEQ_SCAN.findall(plan))
        timings.append((total, len(captured.captured_queries), scans))
    return timings


def percent(value):
    return fmt(value * 100 if value is not None else None, 1, "%")


def median(values):
    values = sorted(values)
    if not values:
        return None
    middle = len(values) // 2
    return values[middle] if len(values) % 2 else (values[middle - 1] + values[middle]) / 2


def render(args, host, sizes, results, related):
    lines = ["# Newsroom benchmark", ""]
    lines += [f"- {k}: {v}" for k, v in host.items()]
    lines += [
        f"- corpus: {', '.join(f'{n:,} {k}' for k, n in sizes.items())}",
        f"- server: gunicorn, {args.workers} sync workers, DEBUG off, DJANGO_CONN_MAX_AGE="
        f"{os.environ.get('DJANGO_CONN_MAX_AGE')}, cache: {'Redis' if args.redis_url else 'local memory'}, "
        f"statement_timeout {args.statement_timeout} s",
        f"- load: wrk, {args.connections} connections, {args.duration} s per URL, {args.timeout} s request timeout",
        "- every share is of the constant view (a 22 KB page that costs nothing to make, through the same "
        "server and middleware) measured just before the URL: the machine is shared, and its load moves "
        "within minutes",
        "",
    ]
    uncached = [share(row.load, row.beside) for row in results]
    measured = [s for s in uncached if s is not None]
    middle = median(measured)
    lines += [
        "## Every URL uncached, cached, as a 304 and through Varnish",
        "",
        f"Targets: uncached, each at least {UNCACHED_EACH:.0%} of the constant view and the median at least "
        f"{UNCACHED_MEDIAN:.0%}; cached and 304, each at least {CACHED_EACH:.0%}. Uncached: the page cache and "
        "the API's store nothing (every request a miss; a card or the tag counts, kept per version of their "
        "data, stay cached); cached: both on, the URL requested once first; 304: If-None-Match with the "
        "URL's own ETag (If-Modified-Since where it has none). *Through Varnish*: measured with "
        "`--varnish-url` (issue 21, part 3).",
        "",
        f"**Uncached median: {percent(middle)}** "
        f"({'met' if middle is not None and middle >= UNCACHED_MEDIAN else 'missed'}).",
        "",
        "| page | uncached req/s | uncached | cached | 304 | through Varnish | target |",
        "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    by_name = {row.target.name: row for row in results}
    verdicts = []
    for row in results:
        verdict = judge(row, by_name)
        verdicts.append(verdict)
        lines.append(
            f"| [{row.target.name}]({row.target.url}) | {fmt(row.load.get('rps'))} "
            f"| {percent(share(row.load, row.beside))} | {percent(share(row.cached, row.cached_beside))} "
            f"| {percent(share(row.not_modified, row.cached_beside))} "
            f"| {percent(share(row.varnish, row.cached_beside)) if row.varnish else '—'} | {verdict} |"
        )
    met = sum(1 for v in verdicts if v == "met")
    lines += ["", f"Targets met: {met} of {len(verdicts)} URLs.", ""]
    lines += [
        "## Uncached, in detail",
        "",
        "| page | status | req/s | constant beside, req/s | p50 ms | p99 ms | errors / timeouts | alone ms | queries "
        "| slowest query ms | big-table seq scans |",
        "| --- | --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | --- |",
    ]
    for row in results:
        info, load = row.info, row.load
        failure = load.get("failure")
        errors = failure or f"{load.get('errors', 0)} / {load.get('timeouts', 0)}"
        if load.get("requests") == 0 and not failure:
            errors += f" (none completed in {args.duration} s)"
        scans = ", ".join(
            sorted(s.removeprefix("newsroom_").removeprefix("taggit_") for s in info.get("seq_scans", ()))
        )
        lines.append(
            f"| {row.target.name} | {info.get('status', '—')} | {fmt(load.get('rps'))} "
            f"| {fmt(row.beside.get('rps'))} | {fmt(load.get('p50'))} | {fmt(load.get('p99'))} | {errors} "
            f"| {fmt(info.get('ms'), 0)} | {info.get('queries', '—')} | {fmt(info.get('slowest_ms'))} "
            f"| {scans or '—'} |"
        )
    lines += [
        "",
        "*alone ms*: one request through Django's test client in the benchmark's process, while the server is "
        "idle. *queries*: per request, transaction control left out. *big-table seq scans*: in the plan of any "
        "of the page's queries.",
        "",
        "## Cached and 304, in detail",
        "",
        "| page | constant beside, req/s | cached req/s | cached p99 ms | 304 req/s | 304 p99 ms | note |",
        "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for row in results:
        lines.append(
            f"| {row.target.name} | {fmt(row.cached_beside.get('rps'))} | {fmt(row.cached.get('rps'))} "
            f"| {fmt(row.cached.get('p99'))} | {fmt(row.not_modified.get('rps'))} "
            f"| {fmt(row.not_modified.get('p99'))} | {row.cached_note or '—'} |"
        )
    if related:
        times = sorted(total for total, _, _ in related)
        under = sum(1 for total in times if total < 5)
        scans = set().union(*(s for _, _, s in related))
        p95 = times[max(0, int(len(times) * 0.95) - 1)]
        lines += [
            "",
            "## Related reports (target: under 5 ms for 95% of articles, an index scan)",
            "",
            f"{len(related)} random live articles; the database's execution time (EXPLAIN ANALYZE) of every "
            f"query `related_to` runs for each: under 5 ms for {under / len(times):.1%}; median "
            f"{fmt(median(times), 2)} ms, p95 {fmt(p95, 2)} ms, slowest {fmt(times[-1], 2)} ms; "
            f"{sum(q for _, q, _ in related) / len(related):.2f} queries per article; sequential scans of big "
            f"tables: {', '.join(sorted(scans)) or 'none'}.",
        ]
    searches = [row for row in results if row.target.group == "search" and row.info.get("one_client")]
    if searches:
        lines += [
            "",
            "## Search for one client (target: p99 under 50 ms)",
            "",
            "| search | req/s | p50 ms | p99 ms | target |",
            "| --- | ---: | ---: | ---: | --- |",
        ]
        for row in searches:
            one = row.info["one_client"]
            met = one.get("p99") is not None and one["p99"] < 50 and not one.get("errors") and one.get("requests")
            lines.append(
                f"| {row.target.name} | {fmt(one.get('rps'))} | {fmt(one.get('p50'))} | {fmt(one.get('p99'))} "
                f"| {'met' if met else 'missed'} |"
            )
    lines += ["", "## Slowest query of each page, with EXPLAIN (ANALYZE, BUFFERS)", ""]
    for row in results:
        info = row.info
        if not info.get("plan"):
            continue
        lines += [
            f"### {row.target.name}: `{row.target.url}`",
            "",
            f"{info['queries']} queries; the slowest took {fmt(info['slowest_ms'])} ms:",
            "",
            "```sql",
            info["slowest_sql"][:3000],
            "```",
            "",
            "```",
            info["plan"],
            "```",
            "",
        ]
    return "\n".join(lines)


def judge(row, by_name):
    """The issue's targets for one URL: 200, no big-table seq scan, uncached at least 10% of the
    constant view, cached and 304 at least 80%, a deep page within 1.5× of its first page."""
    target, info, load = row.target, row.info, row.load
    missed = []
    if info and info.get("status") != 200:
        missed.append(f"answers {str(info.get('status')).split(':')[0]}")
    if load.get("failure") or load.get("errors") or load.get("timeouts") or not load.get("requests"):
        missed.append("errors or timeouts under load")
    if info.get("seq_scans"):
        missed.append("sequential scan")
    uncached = share(load, row.beside)
    if uncached is None or uncached < UNCACHED_EACH:
        missed.append(f"uncached under {UNCACHED_EACH:.0%}")
    for name, load_kind in (("cached", row.cached), ("304", row.not_modified)):
        value = share(load_kind, row.cached_beside)
        if value is None or value < CACHED_EACH or load_kind.get("errors"):
            missed.append(f"{name} under {CACHED_EACH:.0%}")
    if target.group == "deep" and target.pair in by_name:
        first = by_name[target.pair]
        first_share = share(first.load, first.beside)
        if not (first_share and uncached and first_share / uncached <= 1.5):
            missed.append("deep page over 1.5× the first")
        if first.info and info and first.info.get("queries") != info.get("queries"):
            missed.append("query count differs from page 1")
    return "met" if not missed else "missed: " + "; ".join(missed)


if __name__ == "__main__":
    main()
