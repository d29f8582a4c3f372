#!/usr/bin/env python3
"""Set up and run Newsroom with nothing but Python 3.11 installed.

    python3.11 dev.py serve [ADDRESS]  # venv, install, migrate, seed content, demo accounts, then the site
                                       # on 127.0.0.1:8000 (or ADDRESS, as runserver takes it) until Ctrl+C
    python3.11 dev.py test [ARGS]      # venv, install, the whole test suite (ARGS go to pytest)
    python3.11 dev.py reset            # delete the SQLite database and uploaded photos: serve starts from the seeds

serve and test are safe to run again: the virtual environment is reused and only reinstalled when a
requirements file changes; loading the seed fixtures twice duplicates nothing.
"""

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
PYTHON = VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
REQUIREMENTS = [ROOT / "requirements.txt", ROOT / "requirements-dev.txt"]
STAMP = VENV / ".requirements.sha256"


def run(*args, env=None):
    print("+", " ".join(str(a) for a in args), flush=True)
    subprocess.run([str(a) for a in args], cwd=ROOT, env=env, check=True)


def ensure_venv():
    if sys.version_info[:2] < (3, 11):  # noqa: UP036 (dev.py may be started by any Python)
        sys.exit("Newsroom needs Python 3.11 or newer: run this script with python3.11.")
    if not PYTHON.exists():
        run(sys.executable, "-m", "venv", VENV)
    digest = hashlib.sha256(b"".join(p.read_bytes() for p in REQUIREMENTS)).hexdigest()
    if not STAMP.exists() or STAMP.read_text() != digest:
        run(PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
        run(PYTHON, "-m", "pip", "install", "--quiet", "-r", ROOT / "requirements-dev.txt")
        STAMP.write_text(digest)


# What the tests take from the npm registry (package.json): axe-core, which the browser tests run in
# each page, and the current Nu HTML checker (vnu-jar, run with Java).
NPM_TOOLS = [ROOT / "node_modules/axe-core/axe.min.js", ROOT / "node_modules/vnu-jar/build/dist/vnu.jar"]


def ensure_npm_tools():
    """Without npm, the tests that need these say they were skipped. No install scripts: vnu-jar's
    would fetch a Java runtime, and the tests use the system's (apt-get install default-jre-headless)."""
    if all(tool.exists() for tool in NPM_TOOLS) or not shutil.which("npm"):
        return
    run("npm", "install", "--no-audit", "--no-fund", "--silent", "--ignore-scripts")


def admin_url(args):
    """The admin's address for the runserver arguments `args` ("8001", "0.0.0.0:8001", "[::1]:8001"):
    the address given, or Django's default, 127.0.0.1:8000."""
    address = next((a for a in args if not a.startswith("-")), "127.0.0.1:8000")
    if address.isdigit():
        address = f"127.0.0.1:{address}"
    host, _, port = address.rpartition(":")
    # A server listening on every address is reached on this machine at 127.0.0.1 (or ::1).
    host = {"0.0.0.0": "127.0.0.1", "0": "127.0.0.1", "[::]": "[::1]", "": "127.0.0.1"}.get(host, host)
    return f"http://{host}:{port}/admin/"


def serve(args):
    env = {**os.environ, "DJANGO_DEBUG": os.environ.get("DJANGO_DEBUG", "1")}
    manage = [PYTHON, ROOT / "manage.py"]
    run(*manage, "migrate", "--noinput", env=env)
    run(*manage, "loaddata", "seed", env=env)
    run(*manage, "loaddata", "seed-live", env=env)  # the seeds' incident as a live page (issue 20)
    # Fixtures load without signals: give seed items their first revision.
    run(*manage, "populate_history", "--auto", env=env)
    run(*manage, "create_demo_accounts", "--admin-url", admin_url(args), env=env)
    run(*manage, "runserver", *(args or ["127.0.0.1:8000"]), env=env)


# What `serve` keeps in the checkout on SQLite (settings: DATABASE_URL unset, DJANGO_MEDIA_ROOT unset).
DATA = [ROOT / "db.sqlite3", ROOT / "db.sqlite3-wal", ROOT / "db.sqlite3-shm", ROOT / "media"]


def reset(args):
    """Delete the development database and uploaded photos, so that the next serve starts from the seeds."""
    if os.environ.get("DATABASE_URL") or os.environ.get("DJANGO_MEDIA_ROOT"):
        sys.exit("reset deletes the checkout's db.sqlite3 and media/ only: unset DATABASE_URL and DJANGO_MEDIA_ROOT.")
    for path in DATA:
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()
    print("Deleted the database and uploaded photos: `python3.11 dev.py serve` starts again from the seeds.")


def test(args):
    ensure_npm_tools()
    run(PYTHON, "-m", "pytest", *args)


def main():
    command, args = (sys.argv[1], sys.argv[2:]) if len(sys.argv) > 1 else ("", [])
    commands = {"serve": serve, "test": test, "reset": reset}
    if command not in commands:
        sys.exit(__doc__)
    if command == "reset":
        return reset(args)  # no virtual environment needed
    ensure_venv()
    try:
        commands[command](args)
    except subprocess.CalledProcessError as error:
        sys.exit(error.returncode)
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
