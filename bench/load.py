"""Load the site under gunicorn and count every answer by status, second by second.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/newsroom .venv/bin/python bench/load.py \
        [--connections 64] [--duration 60] [--port 8765] [--url http://127.0.0.1:8000]

Without --url it prepares the database it is given (migrate, the seed content), collects the static
files and starts gunicorn with DEBUG off, as the README's production section does, on 127.0.0.1;
then --connections clients, each on its own keep-alive connection, request the main pages, the
feeds and the API in turn for --duration seconds, and it stops the server. Requests carry
X-Forwarded-Proto: https, as the TLS proxy in front of a production site would.

It prints the answers by status and by second (so that a database restart during the run shows as
a band of 503s), connection errors and time-outs, and the latency percentiles. It talks only to
loopback addresses and stops by itself: the duration, the connection count and each request's
time-out are bounded.
"""

import argparse
import collections
import http.client
import ipaddress
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
# A request may wait as long as gunicorn lets a worker run one (timeout 30) before it counts as lost.
MAX_DURATION, MAX_CONNECTIONS, REQUEST_TIMEOUT = 600, 256, 30

PAGES = ["/", "/articles/", "/statements/", "/actors/", "/sources/", "/tags/", "/search/?q=ceasefire"]
FEEDS = ["/feed.json", "/feeds/rss/"]
API = ["/api/articles/", "/api/statements/", "/api/actors/", "/api/tags/", "/api/articles/?tag=eu"]


def loopback(host):
    try:
        return ipaddress.ip_address(socket.gethostbyname(host)).is_loopback
    except (OSError, ValueError):
        return False


def production_env(port):
    """The README's production settings, on plain HTTP behind an imaginary TLS proxy on loopback."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": os.environ.get("DJANGO_SECRET_KEY") or secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_SECURE_PROXY_SSL_HEADER": "X-Forwarded-Proto",
        # Every client here is 127.0.0.1: the API's per-address throttle would answer 429s.
        "NEWSROOM_API_ANON_RATE": "100000000/minute",
    }


def start_gunicorn(port, workers, env=None):
    """The README's server (config/gunicorn.py: sync workers, a 30 s timeout), on `port`."""
    env = env or production_env(port)
    manage = [PYTHON, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "--noinput", "-v0"], env=env, check=True, cwd=ROOT)
    subprocess.run([*manage, "loaddata", "seed", "-v0"], env=env, check=True, cwd=ROOT)
    subprocess.run([*manage, "collectstatic", "--noinput", "-v0"], env=env, check=True, cwd=ROOT)
    server = subprocess.Popen(
        [PYTHON, "-m", "gunicorn", "-c", "config/gunicorn.py", "config.wsgi",
         "--bind", f"127.0.0.1:{port}", "--workers", str(workers),
         "--graceful-timeout", "10", "--access-logfile", "/dev/null", "--error-logfile", "-", "--log-level", "warning"],
        env=env,
        cwd=ROOT,
        start_new_session=True,
    )  # fmt: skip
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return server
        except OSError:
            time.sleep(0.2)
    stop(server)
    sys.exit("gunicorn did not start within 30 s")


def stop(server):
    if server and server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)


def discover(base):
    """A few detail pages from the API: an article, a statement, an actor, a tag, an API detail."""
    host, port = base.hostname, base.port or 80
    found = []
    for endpoint, field in [("articles", "url"), ("statements", "url"), ("actors", "url"), ("tags", "public_url")]:
        connection = http.client.HTTPConnection(host, port, timeout=REQUEST_TIMEOUT)
        connection.request("GET", f"/api/{endpoint}/?page_size=1", headers={"X-Forwarded-Proto": "https"})
        response = connection.getresponse()
        body = json.loads(response.read() or b"{}")
        connection.close()
        for item in body.get("results", [])[:1]:
            found.append(urllib.parse.urlsplit(item[field]).path)
            if field == "url" and "public_url" in item:
                found.append(urllib.parse.urlsplit(item["public_url"]).path)
    return found


class Tally:
    def __init__(self):
        self.lock = threading.Lock()
        self.by_status = collections.Counter()
        self.by_second = collections.defaultdict(collections.Counter)
        self.latencies = []
        # (second the answer came, url, latency) of every answer: bench/faults.py reads one page's.
        self.answers = []

    def add(self, second, outcome, latency=None, url=None):
        with self.lock:
            self.by_status[outcome] += 1
            self.by_second[second][outcome] += 1
            if latency is not None:
                self.latencies.append(latency)
                self.answers.append((second, url, latency))


def client(base, urls, offset, started, until, tally):
    host, port = base.hostname, base.port or 80
    connection = None
    n = offset
    while time.monotonic() < until:
        url = urls[n % len(urls)]
        n += 1
        begun = time.monotonic()
        try:
            if connection is None:
                connection = http.client.HTTPConnection(host, port, timeout=REQUEST_TIMEOUT)
            connection.request("GET", url, headers={"X-Forwarded-Proto": "https", "Accept": "*/*"})
            response = connection.getresponse()
            response.read()
            tally.add(int(time.monotonic() - started), response.status, time.monotonic() - begun, url)
            if response.will_close:
                connection.close()
                connection = None
        except TimeoutError:
            tally.add(int(time.monotonic() - started), "timeout")
            connection.close()
            connection = None
        except (OSError, http.client.HTTPException) as error:
            tally.add(int(time.monotonic() - started), type(error).__name__)
            if connection is not None:
                connection.close()
            connection = None
            time.sleep(0.05)  # the server is gone: do not spin
    if connection is not None:
        connection.close()


def percentile(values, fraction):
    return sorted(values)[min(len(values) - 1, int(len(values) * fraction))] if values else float("nan")


def report(tally, duration, connections, urls):
    total = sum(tally.by_status.values())
    print(
        f"\n{total} requests by {connections} connections in {duration} s ({total / duration:.0f}/s) "
        f"over {len(urls)} URLs"
    )
    print("by status:", ", ".join(f"{k}: {v}" for k, v in sorted(tally.by_status.items(), key=str)))
    lat = tally.latencies
    print(
        f"latency p50 {percentile(lat, 0.5) * 1000:.0f} ms, p99 {percentile(lat, 0.99) * 1000:.0f} ms, "
        f"max {max(lat, default=0) * 1000:.0f} ms"
    )
    print("seconds (counted when the answer came) with anything but 200:")
    for second in sorted(tally.by_second):
        counts = tally.by_second[second]
        if set(counts) - {200}:
            print(f"  t={second:3d}s  " + ", ".join(f"{k}: {v}" for k, v in sorted(counts.items(), key=str)))
    errors = {k: v for k, v in tally.by_status.items() if k != 200}
    print("errors:", errors or "none")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--duration", type=int, default=60, help="seconds")
    parser.add_argument("--url", help="a server already running on a loopback address; else gunicorn is started")
    parser.add_argument("--port", type=int, default=8765, help="for the gunicorn this starts")
    parser.add_argument("--workers", type=int, default=5, help="sync workers, as config/gunicorn.py (2 × cores + 1)")
    args = parser.parse_args()
    if not (0 < args.duration <= MAX_DURATION and 0 < args.connections <= MAX_CONNECTIONS):
        sys.exit(f"--duration is 1..{MAX_DURATION} s and --connections 1..{MAX_CONNECTIONS}")
    base = urllib.parse.urlsplit(args.url or f"http://127.0.0.1:{args.port}")
    if base.scheme != "http" or not loopback(base.hostname):
        sys.exit("bench/load.py loads only a server on this machine (http on a loopback address)")

    server = None if args.url else start_gunicorn(args.port, args.workers)
    try:
        urls = PAGES + FEEDS + API + discover(base)
        print(f"{len(urls)} URLs:", " ".join(urls), flush=True)
        tally = Tally()
        print(f"load from {time.strftime('%H:%M:%S')} for {args.duration} s", flush=True)
        started = time.monotonic()
        until = started + args.duration
        threads = [
            threading.Thread(target=client, args=(base, urls, i, started, until, tally), daemon=True)
            for i in range(args.connections)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=args.duration + REQUEST_TIMEOUT + 5)
        report(tally, args.duration, args.connections, urls)
    finally:
        stop(server)


if __name__ == "__main__":
    main()
