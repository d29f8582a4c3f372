"""Benchmark every reader surface under a production server, against a constant view in the same run.

    .venv/bin/python bench/run.py                       # the corpus in newsroom_corpus (DATABASE_URL overrides)
    .venv/bin/python bench/run.py --duration 5 --only "API"

It collects the static files, starts the site under gunicorn (DEBUG off, persistent connections)
on a local port, and for each URL of bench/targets.py:
  1. requests it once through Django's test client against the same database, counting its queries
     (CaptureQueriesContext), and runs EXPLAIN ANALYZE on the slowest (plain EXPLAIN on the others,
     to spot sequential scans over articles, statements or tagged items);
  2. loads it with wrk for --duration seconds (--connections clients; wrk's own --timeout per
     request, and a hard cap per URL), and reads throughput, p50 and p99.
Every figure is also given as a share of the constant view's throughput (measured first and last).
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
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BIG_TABLES = ("newsroom_article", "newsroom_statement", "taggit_taggeditem")
TRANSACTION_CONTROL = ("BEGIN", "COMMIT", "SAVEPOINT", "RELEASE", "ROLLBACK")
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


def run_wrk(args, port, path, connections=None, headers=()):
    """Load one URL; returns requests/s, p50 and p99 in ms, requests, errors and timeouts (or a failure)."""
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
    command.append(f"http://127.0.0.1:{port}{path}")
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

    client = Client(raise_request_exception=True)
    # A failing page is reported in the table; its traceback on the console would bury the progress.
    logging.getLogger("django.request").setLevel(logging.CRITICAL)
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
    queries = [q for q in captured.captured_queries if not q["sql"].startswith(TRANSACTION_CONTROL)]
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

    options = "ANALYZE, BUFFERS" if analyze else "COSTS"
    try:
        with connection.cursor() as cursor:
            cursor.execute(f"EXPLAIN ({options}) {sql}")
            return "\n".join(row[0] for row in cursor.fetchall())
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
    if args.only:
        targets = [t for t in targets if re.search(args.only, t.name)]
    targets = [ceiling] + [t for t in targets if t is not ceiling]

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
        ceilings = []
        for index, target in enumerate(targets):
            if index and index % 10 == 0:
                ceilings.append(run_wrk(args, port, ceiling.url))  # the ceiling drifts with the machine's load
            try:
                info = {} if args.no_explain else inspect(target)
            except OperationalError as error:  # the database went away under the test client
                connection.close()
                info = {"status": f"error: {str(error).splitlines()[0]}", "queries": "—", "seq_scans": set()}
            wait_until_idle(port, args.workers)
            load = run_wrk(args, port, target.url)
            if not wait_until_idle(port, args.workers):
                # Requests queued behind a page that takes minutes: a fresh server is quicker.
                stop_server(server)
                server = start_server(args, env, port)
            results.append((target, info, load))
            print(
                f"{target.name:<38} {fmt(load.get('rps'))} req/s  p50 {fmt(load.get('p50'))} ms  "
                f"p99 {fmt(load.get('p99'))} ms  errors {load.get('errors', '—')} "
                f"timeouts {load.get('timeouts', '—')}  queries {info.get('queries', '—')}  {load.get('failure', '')}",
                flush=True,
            )
            if target.group == "search":
                info["one_client"] = run_wrk(args, port, target.url, connections=1)
        ceilings.append(run_wrk(args, port, ceiling.url))
        stop_server(server)
        # The same pages again with the page cache on: what a reader gets once someone has asked.
        server = start_server(args, {**env, "NEWSROOM_PAGE_CACHE_SECONDS": CACHED_SECONDS}, port)
        run_wrk(args, port, ceiling.url)
        cached_rows = cached_hits(args, port, targets)
        etag_rows = conditional_gets(args, port, targets)
        ceilings.append(run_wrk(args, port, ceiling.url))
    finally:
        stop_server(server)

    host = machine(version)
    restarted = database_value("SELECT pg_postmaster_start_time()")
    if restarted != database_started:
        host["WARNING"] = f"PostgreSQL restarted during the run (at {restarted}): figures after that are suspect"
    host["load average (1 min) at start and end"] = f"{load_before[0]:.1f}, {os.getloadavg()[0]:.1f}"
    report = render(args, host, sizes, results, ceilings, cached_rows, etag_rows)
    output = (
        Path(args.output)
        if args.output
        else ROOT / "bench" / "results" / (f"{datetime.date.today().isoformat()}-{sizes['articles'] // 1000}k.md")
    )
    output.write_text(report)
    print(f"\nWritten to {output.relative_to(ROOT) if output.is_relative_to(ROOT) else output}")


CACHED_SECONDS = "600"


def cached_hits(args, port, targets):
    """Each reader page (not the API, which the page cache leaves to its throttle) loaded once to
    fill the cache, then loaded with wrk: cache hits."""
    rows = []
    for target in targets:
        if target.group not in ("page", "deep", "feed", "search") or target.url.startswith("/api/"):
            continue
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}{target.url}", timeout=args.timeout).read()
        except OSError as error:
            rows.append((target, None, f"no first response ({error})"))
            continue
        wait_until_idle(port, args.workers)
        rows.append((target, run_wrk(args, port, target.url), ""))
    return rows


def conditional_gets(args, port, targets):
    """Repeat requests with the ETag a page gave: what a CDN or a browser revalidating costs."""
    rows = []
    for target in targets:
        if target.name not in ("home", "an article", "most-used tag, page 1", "JSON Feed", "API articles"):
            continue
        try:
            response = urllib.request.urlopen(f"http://127.0.0.1:{port}{target.url}", timeout=args.timeout)
        except OSError as error:
            rows.append((target, None, f"no first response ({error})"))
            continue
        etag = response.headers.get("ETag")
        if not etag:
            rows.append((target, None, "no ETag"))
            continue
        rows.append((target, run_wrk(args, port, target.url, headers=[f"If-None-Match: {etag}"]), ""))
    return rows


def percent(share):
    return fmt(share * 100 if share is not None else None, 2, "%")


def share_rows(rows, ceiling):
    """Table rows for loads judged against half the constant view (cache hits and 304s)."""
    lines = []
    for target, load, note in rows:
        if load is None:
            lines.append(f"| {target.name} | — | — | — | — | missed: {note} |")
            continue
        share = load["rps"] / ceiling if ceiling else None
        met = share is not None and share >= 0.5 and load["errors"] == 0 and load["requests"]
        lines.append(
            f"| {target.name} | {fmt(load['rps'])} | {percent(share)} "
            f"| {fmt(load['p50'])} | {fmt(load['p99'])} | {'met' if met else 'missed'} |"
        )
    return lines


def render(args, host, sizes, results, ceilings, cached_rows, etag_rows):
    measured = [results[0][2].get("rps") or 0] + [c.get("rps") or 0 for c in ceilings]
    answered = [rps for rps in measured if rps]  # a measurement that got nothing says the server was busy
    ceiling = sum(answered) / len(answered) if answered else None
    by_name = {target.name: (info, load) for target, info, load in results}
    lines = ["# Newsroom benchmark", ""]
    lines += [f"- {k}: {v}" for k, v in host.items()]
    lines += [
        f"- corpus: {', '.join(f'{n:,} {k}' for k, n in sizes.items())}",
        f"- server: gunicorn, {args.workers} sync workers, DEBUG off, DJANGO_CONN_MAX_AGE="
        f"{os.environ.get('DJANGO_CONN_MAX_AGE')}, cache: {'Redis' if args.redis_url else 'local memory'}, "
        f"statement_timeout {args.statement_timeout} s",
        f"- load: wrk, {args.connections} connections, {args.duration} s per URL, {args.timeout} s request timeout",
        f"- constant view, measured {len(measured)} times through the run: "
        f"{', '.join(fmt(r) for r in measured)} req/s; shares below are of the mean of those above 0, "
        f"{fmt(ceiling)} req/s",
        "",
        "| page | status | req/s | share of constant | p50 ms | p99 ms | errors / timeouts | alone ms | queries "
        "| slowest query ms | big-table seq scans | target |",
        "| --- | --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | --- | --- |",
    ]
    verdicts = []
    for target, info, load in results:
        rps = load.get("rps")
        share = rps / ceiling if ceiling and rps is not None else None
        status = info.get("status", "—")
        verdict = judge(target, info, load, share, by_name, ceiling)
        verdicts.append((target, verdict))
        failure = load.get("failure")
        errors = failure or f"{load.get('errors', 0)} / {load.get('timeouts', 0)}"
        if load.get("requests") == 0 and not failure:
            errors += f" (none completed in {args.duration} s)"
        scans = ", ".join(
            sorted(s.removeprefix("newsroom_").removeprefix("taggit_") for s in info.get("seq_scans", ()))
        )
        lines.append(
            f"| [{target.name}]({target.url}) | {status} | {fmt(rps)} | {percent(share)} "
            f"| {fmt(load.get('p50'))} | {fmt(load.get('p99'))} | {errors} | {fmt(info.get('ms'), 0)} "
            f"| {info.get('queries', '—')} "
            f"| {fmt(info.get('slowest_ms'))} | {scans or '—'} | {verdict} |"
        )
    header = [
        "| page | req/s | share of constant | p50 ms | p99 ms | target (≥ 50%) |",
        "| --- | ---: | ---: | ---: | ---: | --- |",
    ]
    lines += ["", f"## Cached hits (the page cache on, {CACHED_SECONDS} s; the same server otherwise)", "", *header]
    lines += share_rows(cached_rows, ceiling)
    lines += ["", "## Conditional GETs (If-None-Match with the page's own ETag, the page cache on)", "", *header]
    lines += share_rows(etag_rows, ceiling)
    searches = [(t, i) for t, i, _ in results if t.group == "search" and i.get("one_client")]
    if searches:
        lines += [
            "",
            "## Search for one client (target: p99 under 50 ms)",
            "",
            "| search | req/s | p50 ms | p99 ms | target |",
            "| --- | ---: | ---: | ---: | --- |",
        ]
        for target, info in searches:
            one = info["one_client"]
            met = one.get("p99") is not None and one["p99"] < 50 and not one.get("errors") and one.get("requests")
            lines.append(
                f"| {target.name} | {fmt(one.get('rps'))} | {fmt(one.get('p50'))} | {fmt(one.get('p99'))} "
                f"| {'met' if met else 'missed'} |"
            )
    met = sum(1 for _, v in verdicts if v.startswith("met"))
    lines += [
        "",
        "*alone ms*: one request through Django's test client in the benchmark's process, while the server is idle: "
        "the page's latency even when no request completed under load. *queries*: per request, "
        "transaction control left out. *big-table seq scans*: in the plan of any of the page's queries.",
    ]
    lines += [
        "",
        f"Targets met: {met} of {len(verdicts) - 1} URLs (the constant view is the ceiling, not a target).",
        "",
    ]
    lines += ["## Slowest query of each page, with EXPLAIN (ANALYZE, BUFFERS)", ""]
    for target, info, _ in results:
        if not info.get("plan"):
            continue
        lines += [
            f"### {target.name}: `{target.url}`",
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


def judge(target, info, load, share, by_name, ceiling):
    """The issue's targets for this URL: 200, no big-table seq scan, ≥ 10% of the ceiling, deep ≈ first page."""
    if target.group == "ceiling":
        return "ceiling"
    missed = []
    if info and info.get("status") != 200:
        missed.append(f"answers {str(info.get('status')).split(':')[0]}")
    if load.get("failure") or load.get("errors") or load.get("timeouts") or not load.get("requests"):
        missed.append("errors or timeouts under load")
    if info.get("seq_scans"):
        missed.append("sequential scan")
    if share is None or share < 0.10:
        missed.append("under 10% of constant")
    if target.group == "deep" and target.pair in by_name:
        first_info, first = by_name[target.pair]
        if not (first.get("rps") and load.get("rps") and first["rps"] / load["rps"] <= 1.5):
            missed.append("deep page over 1.5× the first")
        if first_info and info and first_info.get("queries") != info.get("queries"):
            missed.append("query count differs from page 1")
    return "met" if not missed else "missed: " + "; ".join(missed)


if __name__ == "__main__":
    main()
