"""Two app servers behind HAProxy, sharing PostgreSQL and Redis, under bench/load.py's load.

    .venv/bin/python bench/two_servers.py [--connections 64] [--duration 60] [--restart-one]
        [--database-url postgres://postgres@127.0.0.1:5432/newsroom_edge] [--redis-url redis://127.0.0.1:6379/3]

makes the database afresh (schema, seed content), starts two gunicorn servers with the README's
production settings (ports 8331 and 8332) and HAProxy in front of them (deploy/haproxy/newsroom.cfg,
on 8330), then loads HAProxy with --connections clients for --duration seconds, each on its own
keep-alive connection, over the pages, feeds and API of bench/load.py, and prints the answers by
status, by second and the latency percentiles. With --restart-one, the first server is stopped
gracefully a third of the way in and started again a third later (a rolling upgrade). It exits 1
when any request failed. Installs Debian's haproxy when it is missing.
"""

import argparse
import contextlib
import sys
import threading
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import servers
from bench.load import API, FEEDS, PAGES, REQUEST_TIMEOUT, Tally, client, discover, report

LB_PORT, APP_PORTS = 8330, (8331, 8332)


def environment(database_url, redis_url, **settings):
    return servers.production_env(database_url, REDIS_URL=redis_url, **settings)


class AppServers:
    """Gunicorn servers on `app_ports`, each of which can be stopped and started again."""

    def __init__(self, env, app_ports=APP_PORTS, *, workers=2, threads=4, logs=None):
        self.env, self.ports, self.workers, self.threads, self.logs = env, app_ports, workers, threads, logs
        self.processes = {}
        self.balancer = None  # HAProxy, once it runs: servers are drained through it before they stop

    def name(self, port):
        return f"app/app{self.ports.index(port) + 1}"

    def start(self, port):
        log = Path(self.logs) / f"gunicorn-{port}.log" if self.logs else None
        self.processes[port] = servers.start_gunicorn(
            port, self.env, workers=self.workers, threads=self.threads, log=log
        )
        if self.balancer:
            servers.haproxy_command(self.balancer, f"set server {self.name(port)} state ready")

    def stop(self, port):
        """As a rolling upgrade does: HAProxy sends it nothing new, it finishes what it has, it stops."""
        if self.balancer:
            servers.haproxy_command(self.balancer, f"set server {self.name(port)} state drain")
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and self.in_flight(port):
                time.sleep(0.05)
        servers.stop(self.processes.pop(port, None))

    def in_flight(self, port):
        """Requests HAProxy has at the server now (its `scur`)."""
        stats = servers.haproxy_command(self.balancer, "show stat").splitlines()
        fields = stats[0].lstrip("# ").split(",")
        backend, server = self.name(port).split("/")
        for line in stats[1:]:
            row = dict(zip(fields, line.split(","), strict=False))
            if row.get("pxname") == backend and row.get("svname") == server:
                return int(row["scur"] or 0)
        return 0

    def stop_all(self):
        for port in list(self.processes):
            self.stop(port)


@contextlib.contextmanager
def two_servers(env, *, port=LB_PORT, app_ports=APP_PORTS, logs=None):
    """Two gunicorn servers on `app_ports` behind HAProxy on `port`; yields the AppServers."""
    apps = AppServers(env, app_ports, logs=logs)
    try:
        for app_port in app_ports:
            apps.start(app_port)
        with servers.haproxy(port, app_ports) as balancer:
            apps.balancer = balancer
            servers.wait_until_serving(f"http://127.0.0.1:{port}/robots.txt")
            yield apps
    finally:
        apps.balancer = None
        apps.stop_all()


def load(base, connections, duration, during=None):
    """bench/load.py's load on `base` (a URL); `during(started)` runs beside it. Returns the tally."""
    parsed = urllib.parse.urlsplit(base)
    urls = PAGES + FEEDS + API + discover(parsed)
    tally = Tally()
    started = time.monotonic()
    until = started + duration
    threads = [
        threading.Thread(target=client, args=(parsed, urls, i, started, until, tally), daemon=True)
        for i in range(connections)
    ]
    for thread in threads:
        thread.start()
    if during:
        during(started)
    for thread in threads:
        thread.join(timeout=duration + REQUEST_TIMEOUT + 5)
    return tally, urls


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--duration", type=int, default=60)
    parser.add_argument("--database-url", default="postgres://postgres@127.0.0.1:5432/newsroom_edge")
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/3")
    parser.add_argument("--restart-one", action="store_true", help="stop and start the first server during the load")
    args = parser.parse_args()
    env = environment(args.database_url, args.redis_url)
    servers.prepare_site(env)
    with two_servers(env) as apps:
        during = None
        if args.restart_one:

            def during(started):
                time.sleep(args.duration / 3)
                apps.stop(APP_PORTS[0])  # SIGTERM: gunicorn finishes what it has, takes nothing new
                print(f"t={time.monotonic() - started:.0f}s: server 1 stopped", flush=True)
                time.sleep(args.duration / 3)
                apps.start(APP_PORTS[0])
                print(f"t={time.monotonic() - started:.0f}s: server 1 started again", flush=True)

        tally, urls = load(f"http://127.0.0.1:{LB_PORT}", args.connections, args.duration, during)
        report(tally, args.duration, args.connections, urls)
    sys.exit(0 if set(tally.by_status) == {200} else 1)


if __name__ == "__main__":
    main()
