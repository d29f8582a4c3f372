"""Fault injection: the load of bench/load.py while Redis stops and starts, PostgreSQL restarts and a
reporter pastes hostile copy into the admin's ingest view; every answer counted by status, second
by second.

    bench/faults.py --pg-port 5434 [--redis-port 6390] [--port 8150] [--connections 64]

Needs a PostgreSQL cluster of its own on --pg-port (it is restarted: never point this at a shared
one), found with pg_lsclusters and restarted with pg_ctlcluster; the database --database is made
there if missing. It starts a Redis server of its own on --redis-port (with the memory bound and
eviction the README asks for), and gunicorn as the README's production section does
(config/gunicorn.py), with the page cache in that Redis. Then, with --connections clients loading
the pages, feeds and API of bench/load.py:

    t = 10 s   Redis stopped              t = 20 s   Redis started again
    t = 30 s   PostgreSQL restarted       t = 40 s   the hostile paste: one paragraph of 500 short
                                                     attributed quotations, as a signed-in reporter

and the load goes on until --duration. It prints each second's answers by status with what happened
in it (with each change of what /health/ says), the home page's p50 in each phase, and what the
paste got; it fails (exit status 1) on any
5xx but a 503. Everything runs on loopback and
stops by itself; the servers it started are stopped at the end.
"""

import argparse
import http.client
import json
import re
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import load

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
NAMES = ["Anna Lebed", "David Babayan", "Peter Stano", "Ruben Vardanyan", "Hikmet Hajiyev"]


def hostile_copy(quotations=500):
    """One paragraph of short attributed quotations, about 22 KB for 500."""
    return " ".join(f"“We hold position {n},” said {NAMES[n % len(NAMES)]}." for n in range(quotations))


# Services ------------------------------------------------------------------------------------------------------


class Redis:
    """A redis-server of this script's own: bounded memory, evicting the least recently used keys."""

    def __init__(self, port):
        self.port, self.process = port, None

    def start(self):
        self.process = subprocess.Popen(
            ["redis-server", "--bind", "127.0.0.1", "--port", str(self.port), "--save", "", "--appendonly", "no",
             "--maxmemory", "64mb", "--maxmemory-policy", "allkeys-lru"],
            stdout=subprocess.DEVNULL,
            start_new_session=True,
        )  # fmt: skip
        wait_for_port(self.port)

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


class PostgreSQL:
    """The cluster listening on `port`, as pg_lsclusters names it."""

    def __init__(self, port):
        for line in subprocess.run(
            ["pg_lsclusters", "-h"], capture_output=True, text=True, check=True
        ).stdout.splitlines():
            version, name, cluster_port, status, *_ = line.split()
            if int(cluster_port) == port:
                self.version, self.name, self.port = version, name, port
                if status != "online":
                    sys.exit(f"the cluster on port {port} ({version}/{name}) is {status}: start it first")
                return
        sys.exit(f"no PostgreSQL cluster on port {port} (pg_lsclusters): create one of your own")

    def restart(self):
        subprocess.run(
            ["pg_ctlcluster", "--skip-systemctl-redirect", self.version, self.name, "restart", "-m", "fast"],
            check=True,
            capture_output=True,
        )

    def ensure_database(self, name):
        psql = ["psql", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "-Atc"]
        exists = subprocess.run([*psql, f"SELECT 1 FROM pg_database WHERE datname = '{name}'"],
                                capture_output=True, text=True, check=True).stdout.strip()  # fmt: skip
        if not exists:
            subprocess.run(["createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", name], check=True)


def wait_for_port(port, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    sys.exit(f"nothing answered on port {port} within {seconds} s")


# The signed-in reporter's paste ----------------------------------------------------------------------------------


class Session:
    """A browser's worth of HTTP: cookies kept, CSRF token sent, as over https behind the proxy."""

    def __init__(self, port):
        self.port, self.cookies = port, {}

    def request(self, method, path, fields=None, timeout=load.REQUEST_TIMEOUT + 30):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        headers = {
            "X-Forwarded-Proto": "https",
            "Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items()),
            "Origin": f"https://127.0.0.1:{self.port}",
            "Referer": f"https://127.0.0.1:{self.port}{path}",
        }
        body = None
        if fields is not None:
            body = urllib.parse.urlencode({**fields, "csrfmiddlewaretoken": self.cookies.get("csrftoken", "")})
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            content = response.read()
        finally:
            connection.close()
        for header in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            self.cookies[name.strip()] = rest.split(";", 1)[0]
        return response.status, content

    def sign_in(self, username, password):
        self.request("GET", "/admin/login/")
        status, _ = self.request(
            "POST", "/admin/login/", {"username": username, "password": password, "next": "/admin/"}
        )
        if status != 302:
            sys.exit(f"the reporter could not sign in ({status})")


def reporter_account(env):
    """A reporter with a fresh password, made through the app's own roles."""
    username, password = "faults-reporter", secrets.token_urlsafe(16)
    code = (
        "from django.contrib.auth.models import Group, User; "
        f"u, _ = User.objects.get_or_create(username={username!r}, defaults={{'is_staff': True}}); "
        f"u.is_staff = True; u.set_password({password!r}); u.save(); u.groups.add(Group.objects.get(name='Reporter'))"
    )
    subprocess.run(
        [PYTHON, str(ROOT / "manage.py"), "shell", "--no-imports", "-c", code], env=env, cwd=ROOT, check=True
    )
    return username, password


# The run ----------------------------------------------------------------------------------------------------------


class Timeline:
    def __init__(self):
        self.started = time.monotonic()
        self.events, self.lock = {}, threading.Lock()

    def now(self):
        return time.monotonic() - self.started

    def mark(self, text):
        with self.lock:
            self.events.setdefault(int(self.now()), []).append(text)
        print(f"  t={self.now():5.1f}s  {text}", flush=True)


def watch_health(port, timeline, until):
    """/health/ once a second: each change of what it says becomes an event of the timeline."""
    said = None
    while time.monotonic() < until:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            connection.request("GET", "/health/", headers={"X-Forwarded-Proto": "https"})
            response = connection.getresponse()
            body = json.loads(response.read() or b"{}")
            connection.close()
            checks = body.get("checks", {})
            now = f"{body.get('status')} " + ", ".join(
                f"{k} {v['status']}" for k, v in checks.items() if v["status"] != "ok"
            )
        except (OSError, http.client.HTTPException, ValueError) as error:
            now = f"no answer ({type(error).__name__})"
        if now.strip() != said:
            said = now.strip()
            timeline.mark(f"/health/: {said}")
        time.sleep(1)


def faults(timeline, redis, postgres, paste, schedule):
    def at(moment):
        time.sleep(max(0, moment - timeline.now()))

    at(schedule["redis_stop"])
    redis.stop()
    timeline.mark("Redis stopped")
    at(schedule["redis_start"])
    redis.start()
    timeline.mark("Redis started")
    at(schedule["postgres"])
    timeline.mark("PostgreSQL restarting")
    postgres.restart()
    timeline.mark("PostgreSQL back")
    at(schedule["paste"])
    paste()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pg-port", type=int, required=True, help="a PostgreSQL cluster of your own: it is restarted")
    parser.add_argument("--database", default="newsroom_faults")
    parser.add_argument("--redis-port", type=int, default=6390)
    parser.add_argument("--port", type=int, default=8150, help="for the gunicorn this starts")
    parser.add_argument("--workers", type=int, default=5)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--duration", type=int, default=90, help="seconds of load (at least 60)")
    parser.add_argument("--quotations", type=int, default=500)
    args = parser.parse_args()
    if not 60 <= args.duration <= load.MAX_DURATION or not 0 < args.connections <= load.MAX_CONNECTIONS:
        sys.exit(f"--duration is 60..{load.MAX_DURATION} s and --connections 1..{load.MAX_CONNECTIONS}")
    if shutil.which("redis-server") is None:
        sys.exit("redis-server is needed (apt-get install redis-server)")

    postgres = PostgreSQL(args.pg_port)
    postgres.ensure_database(args.database)
    redis = Redis(args.redis_port)
    redis.start()
    env = {
        **load.production_env(args.port),
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:{args.pg_port}/{args.database}",
        "REDIS_URL": f"redis://127.0.0.1:{args.redis_port}/0",
        "NEWSROOM_SITE_URL": f"https://127.0.0.1:{args.port}",
    }
    server, tally = None, load.Tally()
    try:
        server = load.start_gunicorn(args.port, args.workers, env=env)
        username, password = reporter_account(env)
        base = urllib.parse.urlsplit(f"http://127.0.0.1:{args.port}")
        urls = load.PAGES + load.FEEDS + load.API + load.discover(base)
        print(f"{len(urls)} URLs, {args.connections} connections, {args.workers} sync workers, {args.duration} s")

        reporter = Session(args.port)
        reporter.sign_in(username, password)
        copy = hostile_copy(args.quotations)
        timeline = Timeline()
        pasted = {}

        def paste():
            timeline.mark(f"paste sent: {args.quotations} quotations, {len(copy.encode()):,} bytes")
            begun = timeline.now()
            try:
                status, content = reporter.request("POST", "/admin/newsroom/ingest/", {"copy": copy, "analyse": "1"})
                found = len(re.findall(rb'class="nr-quote', content))
                outcome = f"{status}, {found} quotations highlighted"
            except (OSError, http.client.HTTPException) as error:
                status, outcome = type(error).__name__, type(error).__name__
            pasted.update(status=status, began=begun, ended=timeline.now(), outcome=outcome)
            timeline.mark(f"paste answered: {outcome} after {pasted['ended'] - begun:.1f} s")

        schedule = {"redis_stop": 10, "redis_start": 20, "postgres": 30, "paste": 40}
        until = time.monotonic() + args.duration
        clients = [
            threading.Thread(target=load.client, args=(base, urls, i, timeline.started, until, tally), daemon=True)
            for i in range(args.connections)
        ]
        injector = threading.Thread(target=faults, args=(timeline, redis, postgres, paste, schedule), daemon=True)
        health = threading.Thread(target=watch_health, args=(args.port, timeline, until), daemon=True)
        for thread in [*clients, injector, health]:
            thread.start()
        for thread in clients:
            thread.join(timeout=args.duration + load.REQUEST_TIMEOUT + 5)
        injector.join(timeout=load.REQUEST_TIMEOUT + 60)
        report(tally, timeline, schedule, pasted, args)
    finally:
        load.stop(server)
        redis.stop()
    # A 503 with Retry-After is the promised answer while the database restarts or a request is
    # stopped; any other 5xx is a failure.
    failures = {k: v for k, v in tally.by_status.items() if isinstance(k, int) and k >= 500 and k != 503}
    if failures:
        sys.exit(f"failed: {failures}")


def report(tally, timeline, schedule, pasted, args):
    statuses = sorted({k for counts in tally.by_second.values() for k in counts}, key=str)
    print("\nanswers by second (counted when each came) and what happened in it")
    print("   t  " + "".join(f"{s!s:>9}" for s in statuses) + "   events")
    for second in range(max(tally.by_second, default=0) + 1):
        counts = tally.by_second.get(second, {})
        events = "; ".join(timeline.events.get(second, []))
        print(f"{second:4d}  " + "".join(f"{counts.get(s, 0):9d}" for s in statuses) + f"   {events}")
    total = sum(tally.by_status.values())
    print(f"\n{total} answers: " + ", ".join(f"{k}: {v}" for k, v in sorted(tally.by_status.items(), key=str)))
    print(f"500s: {tally.by_status.get(500, 0)}")

    def home_p50(low, high):
        times = [latency for second, url, latency in tally.answers if url == "/" and low <= second < high]
        return (f"{statistics.median(times) * 1000:.0f} ms over {len(times)}") if times else "no answers"

    paste_end = pasted.get("ended", args.duration)
    phases = [
        ("before any fault", 0, schedule["redis_stop"]),
        ("Redis away", schedule["redis_stop"], schedule["redis_start"]),
        ("around the PostgreSQL restart", schedule["postgres"], schedule["postgres"] + 5),
        ("while the paste runs", schedule["paste"], int(paste_end) + 1),
        ("after the paste", int(paste_end) + 1, args.duration),
    ]
    print("home page p50:")
    for name, low, high in phases:
        print(f"  {name:32s} (t={low}..{high} s): {home_p50(low, high)}")
    print(f"the paste: {pasted.get('outcome', 'not sent')}, after {paste_end - pasted.get('began', paste_end):.1f} s")


if __name__ == "__main__":
    main()
