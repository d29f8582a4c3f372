"""Tests against real services started on this machine: Varnish, a streaming PostgreSQL replica,
HAProxy in front of two gunicorn servers (bench/servers.py, bench/replica.py). Each needs Debian's
packages (installed when missing, as root), PostgreSQL on 127.0.0.1:5432 and a few ports of
8300-8399. Where they cannot run they are skipped, saying why, unless NEWSROOM_REQUIRE_SERVICES=1
(CI), where that is a failure. `.ci/run` runs them once, on their own (`-m services`)."""

import json
import os
import shutil
import subprocess

import pytest

from bench import servers

# The database the servers under test use (never the test run's own): made afresh by each module.
LIVE_DATABASE_URL = os.environ.get("NEWSROOM_SERVICES_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/newsroom_edge")


def require(*commands):
    """Skip (or fail, in CI) unless the commands can be had and PostgreSQL answers."""
    problem = None
    try:
        servers.ensure_packages(*commands)
    except (RuntimeError, subprocess.CalledProcessError) as error:
        problem = str(error)
    if problem is None and not shutil.which("pg_isready"):
        problem = "PostgreSQL's client tools are missing"
    if problem is None and subprocess.run(["pg_isready", "-q", "-h", "127.0.0.1", "-p", "5432"]).returncode != 0:
        problem = "PostgreSQL does not answer on 127.0.0.1:5432"
    if problem:
        unavailable(problem)


def unavailable(problem):
    """Skip, saying why; in CI (NEWSROOM_REQUIRE_SERVICES=1) fail instead."""
    if os.environ.get("NEWSROOM_REQUIRE_SERVICES") == "1":
        pytest.fail(problem)
    pytest.skip(problem)


def django(env, code):
    """Run `code` in a Django shell with the servers' settings (so its purges go where theirs do)
    and return what it printed last, read as JSON."""
    done = servers.manage(env, "shell", "-c", code, capture=True, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])
