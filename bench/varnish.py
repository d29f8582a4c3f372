"""Varnish in front of gunicorn on this machine, purged on publish, with the shipped VCL.

    .venv/bin/python bench/varnish.py [--database-url postgres://postgres@127.0.0.1:5432/newsroom_edge]
        [--port 8300] [--backend-port 8301] [--seed] [--measure]

starts gunicorn with the README's production settings and NEWSROOM_PURGE_BACKEND=varnish, and
Varnish (deploy/varnish/newsroom.vcl) in front of it, then waits until Ctrl-C; `--seed` first
makes the database afresh with the seed content. `--measure` instead loads (wrk, 16 connections, 5 s
each) the constant view served by gunicorn and a few pages as Varnish hits, prints requests per
second and each hit's share of the constant view, and stops. Installs Debian's varnish and varnish-modules
when they are missing. tests/services/test_varnish.py runs the same set-up.

For the benchmark (bench/run.py's "through Varnish" column), `through_varnish(backend_port)` is a
context manager that puts Varnish in front of a server already running and yields its port:

    with through_varnish(port) as cached:
        warm(cached, path)            # one request: the miss that fills the cache
        run_wrk(args, cached, path)   # every later request is a hit

The server behind needs no purge backend for that (nothing is published during a run).
"""

import argparse
import contextlib
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import servers


@contextlib.contextmanager
def through_varnish(backend_port, port=None):
    """Varnish in front of the server on 127.0.0.1:`backend_port`; yields Varnish's port."""
    port = port or servers.free_port()
    with servers.varnish(port, backend_port):
        yield port


@contextlib.contextmanager
def site_behind_varnish(database_url, *, port, backend_port, workers=2, seed=False, log=None, **settings):
    """gunicorn on `backend_port`, purging Varnish on `port` (which it starts in front); yields the
    gunicorn environment (for manage.py commands that should purge the same Varnish)."""
    env = servers.production_env(
        database_url,
        NEWSROOM_PURGE_BACKEND="varnish",
        NEWSROOM_VARNISH_URLS=f"http://127.0.0.1:{port}",
        **settings,
    )
    if seed:
        servers.prepare_site(env)
    with servers.gunicorn(backend_port, env, workers=workers, log=log), servers.varnish(port, backend_port):
        yield env


MEASURED = ["/", "/articles/", "/tags/", "/feed.json", "/api/articles/"]


def wrk(url, duration=5, connections=16):
    """Requests per second wrk gets from `url` (over --duration seconds, --connections connections)."""
    out = subprocess.run(
        ["wrk", "-t", "2", "-c", str(connections), "-d", f"{duration}s", "-H", "X-Forwarded-Proto: https", url],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    return float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))


def measure(database_url, port, backend_port, duration=5):
    """The constant view from gunicorn beside pages served as Varnish hits, in one run."""
    env = servers.production_env(database_url, DJANGO_SETTINGS_MODULE="bench.settings", DJANGO_CONN_MAX_AGE=600)
    servers.prepare_site(env)
    with servers.gunicorn(backend_port, env), servers.varnish(port, backend_port):
        constant = wrk(f"http://127.0.0.1:{backend_port}/bench/constant/", duration)
        print(f"constant view, gunicorn: {constant:,.0f} req/s")
        for path in MEASURED:
            servers.get(f"http://127.0.0.1:{port}{path}")  # the miss that fills the cache
            hits = wrk(f"http://127.0.0.1:{port}{path}", duration)
            print(f"{path} through Varnish (hits): {hits:,.0f} req/s, {hits / constant:.0%} of the constant view")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default="postgres://postgres@127.0.0.1:5432/newsroom_edge")
    parser.add_argument("--port", type=int, default=8300, help="Varnish's port")
    parser.add_argument("--backend-port", type=int, default=8301, help="gunicorn's port")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", action="store_true", help="make the database afresh with the seed content")
    parser.add_argument("--measure", action="store_true", help="hits through Varnish beside the constant view")
    args = parser.parse_args()
    if args.measure:
        return measure(args.database_url, args.port, args.backend_port)
    with site_behind_varnish(
        args.database_url, port=args.port, backend_port=args.backend_port, workers=args.workers, seed=args.seed
    ):
        print(f"Varnish on http://127.0.0.1:{args.port}/ in front of gunicorn on :{args.backend_port}; Ctrl-C stops")
        try:
            while True:
                input()
        except (KeyboardInterrupt, EOFError):
            pass


if __name__ == "__main__":
    main()
