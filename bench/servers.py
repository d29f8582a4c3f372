"""Start and stop the parts of a production set-up on this machine: gunicorn with the README's
production settings, Varnish in front of it, HAProxy in front of several, and Debian's packages
for them when they are missing. bench/varnish.py, bench/replica.py, bench/two_servers.py and the
tests that run against real services (tests/services/) build on these.

Everything listens on 127.0.0.1 only, and every process started here is stopped by the
context manager that started it.
"""

import contextlib
import os
import secrets
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
PYTHON = sys.executable
VCL = ROOT / "deploy/varnish/newsroom.vcl"
HAPROXY_CFG = ROOT / "deploy/haproxy/newsroom.cfg"


def ensure_packages(*commands):
    """Install Debian's packages for the commands that are missing (as .ci/run does for Chromium)."""
    packages = {
        "varnishd": ["varnish", "varnish-modules"],
        "haproxy": ["haproxy"],
        "pg_createcluster": ["postgresql"],
    }
    missing = [p for command in commands if not shutil.which(command) for p in packages[command]]
    if "varnishd" in commands and not list(Path("/usr/lib").glob("*/varnish/vmods/libvmod_xkey.so")):
        missing += [p for p in packages["varnishd"] if p not in missing]
    if not missing:
        return
    if os.geteuid() != 0:
        raise RuntimeError(f"missing {', '.join(missing)}: apt-get install -y {' '.join(missing)}")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", *missing], check=True, env=env, stdout=subprocess.DEVNULL)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port, process=None, timeout=30, what="server"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"{what} stopped with status {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{what} did not listen on {port} within {timeout} s")


def stop(process, timeout=15):
    if process is None or process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def production_env(database_url, **extra):
    """The README's production settings on plain HTTP behind an imaginary TLS proxy on loopback."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": os.environ.get("DJANGO_SECRET_KEY") or secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_SECURE_PROXY_SSL_HEADER": "X-Forwarded-Proto",
        "DJANGO_SECURE_COOKIES": "0",
        "DJANGO_HSTS_SECONDS": "0",
        "NEWSROOM_REQUIRE_2FA": "0",
        # Every client here is 127.0.0.1: the API's per-address throttle would answer 429s.
        "NEWSROOM_API_ANON_RATE": "100000000/minute",
        "DATABASE_URL": database_url,
    }
    env.pop("DATABASE_REPLICA_URL", None)
    env.update({name: str(value) for name, value in extra.items()})
    return env


def manage(env, *args, check=True, capture=False):
    return subprocess.run(
        [PYTHON, str(ROOT / "manage.py"), *args], env=env, check=check, cwd=ROOT, capture_output=capture, text=True
    )


def create_database(database_url):
    """A PostgreSQL database of that name, made empty if it exists."""
    name = database_url.rsplit("/", 1)[1]
    server = database_url.rsplit("/", 1)[0] + "/postgres"
    import psycopg

    with psycopg.connect(server, autocommit=True) as connection:
        connection.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
            [name],
        )
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')


def prepare_site(env, *, fresh_database=True):
    """A database with the schema and the seed content, and the static files collected."""
    if fresh_database:
        create_database(env["DATABASE_URL"])
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "loaddata", "seed", "-v0")
    manage(env, "collectstatic", "--noinput", "-v0")


def ensure_free(port):
    """Refuse a port something already listens on (a server left over would answer in our stead)."""
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as servers do: closed connections do not count
        try:
            sock.bind(("127.0.0.1", port))
        except OSError as error:
            raise RuntimeError(f"127.0.0.1:{port} is taken: {error}") from error


def start_gunicorn(port, env, *, workers=2, threads=4, log=None):
    """The README's gunicorn command on 127.0.0.1:`port`, answering; returns the process."""
    ensure_free(port)
    out = open(log, "a") if log else subprocess.DEVNULL
    process = subprocess.Popen(
        [PYTHON, "-m", "gunicorn", "config.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", str(workers),
         "--threads", str(threads), "--timeout", "30", "--graceful-timeout", "10", "--keep-alive", "5",
         "--error-logfile", "-", "--log-level", "warning"],
        env=env, cwd=ROOT, start_new_session=True, stdout=out, stderr=subprocess.STDOUT,
    )  # fmt: skip
    if log:
        out.close()
    try:
        wait_for_port(port, process, what="gunicorn")
        wait_until_serving(f"http://127.0.0.1:{port}/robots.txt")
    except Exception:
        stop(process)
        raise
    return process


@contextlib.contextmanager
def gunicorn(port, env, *, workers=2, threads=4, log=None):
    """The README's gunicorn command on 127.0.0.1:`port`, stopped afterwards."""
    process = start_gunicorn(port, env, workers=workers, threads=threads, log=log)
    try:
        yield process
    finally:
        stop(process)


def wait_until_serving(url, timeout=30):
    """Until `url` answers 200 (a server that listens may still be loading the app)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if get(url, timeout=5)[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer 200 within {timeout} s")


def render_vcl(backend_port, backend_host="127.0.0.1"):
    """deploy/varnish/newsroom.vcl with the app's address in place of the one it ships with."""
    text = VCL.read_text()
    text = text.replace('.host = "127.0.0.1";', f'.host = "{backend_host}";', 1)
    return text.replace('.port = "8000";', f'.port = "{backend_port}";', 1)


@contextlib.contextmanager
def varnish(port, backend_port, *, memory="256m"):
    """Varnish on 127.0.0.1:`port` in front of the app on `backend_port`, with the shipped VCL."""
    ensure_packages("varnishd")
    ensure_free(port)
    workdir = Path(tempfile.mkdtemp(prefix="newsroom-varnish-"))
    os.chmod(workdir, 0o755)
    vcl = workdir / "newsroom.vcl"
    vcl.write_text(render_vcl(backend_port))
    os.chmod(vcl, 0o644)
    process = subprocess.Popen(
        ["varnishd", "-F", "-n", str(workdir / "state"), "-a", f"127.0.0.1:{port}", "-f", str(vcl),
         "-s", f"malloc,{memory}", "-T", "127.0.0.1:0",
         # A response's surrogate keys may take up to 8 KB (newsroom/edge/keys.py KEY_BUDGET).
         "-p", "http_resp_hdr_len=65536", "-p", "http_resp_size=98304"],
        start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        wait_for_port(port, process, what="varnishd")
        yield process
    finally:
        stop(process)
        shutil.rmtree(workdir, ignore_errors=True)


@contextlib.contextmanager
def haproxy(port, backend_ports):
    """HAProxy on 127.0.0.1:`port`, balancing between the app servers on `backend_ports`
    (deploy/haproxy/newsroom.cfg with these addresses)."""
    ensure_packages("haproxy")
    ensure_free(port)
    workdir = Path(tempfile.mkdtemp(prefix="newsroom-haproxy-"))
    servers = "\n".join(f"    server app{n} 127.0.0.1:{backend}" for n, backend in enumerate(backend_ports, 1))
    text = HAPROXY_CFG.read_text().replace("bind 127.0.0.1:8080", f"bind 127.0.0.1:{port}")
    text = text.replace("/run/haproxy/newsroom.sock", str(workdir / "admin.sock"))
    text = text.split("    # servers\n")[0] + "    # servers\n" + servers + "\n"
    config = workdir / "haproxy.cfg"
    config.write_text(text)
    process = subprocess.Popen(
        ["haproxy", "-db", "-f", str(config)], start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    process.admin_socket = workdir / "admin.sock"
    try:
        wait_for_port(port, process, what="haproxy")
        yield process
    finally:
        stop(process)
        shutil.rmtree(workdir, ignore_errors=True)


def haproxy_command(process, command):
    """One command on HAProxy's runtime API (its admin socket); returns the answer."""
    with socket.socket(socket.AF_UNIX) as sock:
        sock.connect(str(process.admin_socket))
        sock.sendall(command.encode() + b"\n")
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    return answer.decode()


def get(url, headers=None, timeout=10):
    """(status, headers, body) of a GET, errors included."""
    request = urllib.request.Request(url, headers={"X-Forwarded-Proto": "https", **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()
