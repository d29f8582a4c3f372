"""The production server's settings (config/gunicorn.py) keep the README's promise: a request that runs
over the timeout is stopped, and the server carries on."""

import http.client
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.stoppable import free_port

ROOT = Path(__file__).resolve().parent.parent
# How long the slow views would run if nothing stopped them; the server's timeout is 2 s.
VIEW_SECONDS = 30


@pytest.fixture
def server(tmp_path):
    """gunicorn with config/gunicorn.py, one worker, a 2-second timeout, serving tests/slow_site.py."""
    port = free_port()
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_", "REDIS_"))}
    environment.update(
        DJANGO_SETTINGS_MODULE="tests.slow_site",
        SLOW_SITE_DB=str(tmp_path / "db.sqlite3"),
        SLOW_SITE_SECONDS=str(VIEW_SECONDS),
        SLOW_SITE_MARKER=str(tmp_path / "finished"),
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "config/gunicorn.py", "config.wsgi",
         "--bind", f"127.0.0.1:{port}", "--workers", "1", "--timeout", "2", "--log-level", "warning"],
        cwd=ROOT, env=environment, start_new_session=True, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        answer(port, "/health/", wait=30)
        yield port, tmp_path
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


def answer(port, url, method="GET", wait=0, timeout=30):
    deadline = time.monotonic() + wait
    while True:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
            connection.request(method, url)
            response = connection.getresponse()
            return response.status, response.headers, response.read()
        except (ConnectionRefusedError, ConnectionResetError):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def test_a_request_over_the_timeout_is_stopped_and_the_server_carries_on(server):
    """Answered with the 503 page; and a request that swallows the stop is killed all the same. The
    slow views would have run for VIEW_SECONDS and then left a file: neither does."""
    port, folder = server
    began = time.monotonic()
    status, headers, body = answer(port, "/slow/", method="POST")
    assert status == 503 and headers["Retry-After"] and b"briefly unavailable" in body.lower()
    assert time.monotonic() - began < VIEW_SECONDS - 5, "the request was not stopped at the timeout"
    assert answer(port, "/health/", wait=30)[0] == 200  # a new worker answers

    stubborn = time.monotonic()
    with pytest.raises((http.client.RemoteDisconnected, ConnectionResetError)):
        answer(port, "/stubborn/", method="POST")
    assert time.monotonic() - stubborn < VIEW_SECONDS - 5, "the stubborn request was not stopped"
    assert answer(port, "/health/", wait=30)[0] == 200

    time.sleep(max(0, VIEW_SECONDS + 2 - (time.monotonic() - stubborn)))  # past both views' own end
    assert not (folder / "finished.slow").exists(), "the slow view ran to its end: nothing stopped it"
    assert not (folder / "finished.stubborn").exists(), "the stubborn view ran to its end"
