"""A real PostgreSQL streaming replica on this machine: two clusters of Debian's postgresql, a primary
and a hot standby streaming from it, each on its own port (the shared cluster on 5432 is never
touched).

    .venv/bin/python bench/replica.py start [--primary-port 5435] [--replica-port 5433] [--database newsroom_edge]
    .venv/bin/python bench/replica.py status
    .venv/bin/python bench/replica.py stop          # stops both clusters and deletes them

`start` creates the primary (`pg_createcluster`, trust on loopback), a database on it, and the
replica from a base backup of it (`pg_basebackup -R`: it streams from then on), and prints the two
URLs to use as DATABASE_URL and DATABASE_REPLICA_URL. Run as root (it runs the clusters as the
postgres user); installs Debian's postgresql when missing. tests/services/test_replica.py uses
`streaming_pair()` the same way.
"""

import argparse
import contextlib
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import servers

PRIMARY, REPLICA = "edge_primary", "edge_replica"


def version():
    found = sorted(Path("/usr/lib/postgresql").iterdir(), key=lambda p: int(p.name))
    return found[-1].name


def run(*command, check=True):
    return subprocess.run(command, check=check, capture_output=True, text=True)


def clusters():
    """{name: (port, status)} of this version's clusters."""
    listed = run("pg_lsclusters", "--no-header").stdout.splitlines()
    return {parts[1]: (int(parts[2]), parts[3]) for parts in (line.split() for line in listed) if parts}


def wait_ready(port, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if run("pg_isready", "-q", "-h", "127.0.0.1", "-p", str(port), check=False).returncode == 0:
            return
        time.sleep(0.2)
    raise RuntimeError(f"PostgreSQL on {port} did not start within {timeout} s")


def drop(name):
    if name in clusters():
        run("pg_dropcluster", "--stop", version(), name, check=False)


def create_cluster(name, port):
    run(
        "pg_createcluster", version(), name, "-p", str(port),
        "-o", "listen_addresses=localhost", "-o", "fsync=off", "-o", "synchronous_commit=off",
        "-o", "full_page_writes=off", "-o", "max_connections=200", "-o", "wal_level=replica",
        "--", "--auth-local=trust", "--auth-host=trust",
    )  # fmt: skip


def start(primary_port=5435, replica_port=5433, database="newsroom_edge"):
    """Both clusters afresh, the replica streaming; returns (primary URL, replica URL)."""
    servers.ensure_packages("pg_createcluster")
    for name in (REPLICA, PRIMARY):
        drop(name)
    create_cluster(PRIMARY, primary_port)
    run("pg_ctlcluster", version(), PRIMARY, "start")
    wait_ready(primary_port)
    run("psql", "-h", "127.0.0.1", "-p", str(primary_port), "-U", "postgres", "-qc", f'CREATE DATABASE "{database}"')
    create_cluster(REPLICA, replica_port)
    data = Path(f"/var/lib/postgresql/{version()}/{REPLICA}")
    run("find", str(data), "-mindepth", "1", "-delete")  # pg_basebackup fills the empty folder
    run(
        "runuser", "-u", "postgres", "--", "pg_basebackup", "-h", "127.0.0.1", "-p", str(primary_port),
        "-U", "postgres", "-D", str(data), "-R", "-X", "stream", "--checkpoint=fast",
    )  # fmt: skip
    run("pg_ctlcluster", version(), REPLICA, "start")
    wait_ready(replica_port)
    base = "postgres://postgres@127.0.0.1"
    return f"{base}:{primary_port}/{database}", f"{base}:{replica_port}/{database}"


def stop_replica():
    run("pg_ctlcluster", version(), REPLICA, "stop", "-m", "fast")


def start_replica(port):
    run("pg_ctlcluster", version(), REPLICA, "start")
    wait_ready(port)


def stop():
    for name in (REPLICA, PRIMARY):
        drop(name)


@contextlib.contextmanager
def streaming_pair(primary_port=5435, replica_port=5433, database="newsroom_edge"):
    """A primary and a replica streaming from it, deleted afterwards; yields their URLs."""
    try:
        yield start(primary_port, replica_port, database)
    finally:
        stop()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["start", "status", "stop"])
    parser.add_argument("--primary-port", type=int, default=5435)
    parser.add_argument("--replica-port", type=int, default=5433)
    parser.add_argument("--database", default="newsroom_edge")
    args = parser.parse_args()
    if args.command == "start":
        primary, replica = start(args.primary_port, args.replica_port, args.database)
        print(f"DATABASE_URL={primary}\nDATABASE_REPLICA_URL={replica}")
    elif args.command == "stop":
        stop()
    for name, (port, status) in clusters().items():
        if name in (PRIMARY, REPLICA):
            print(f"{name}: port {port}, {status}")


if __name__ == "__main__":
    main()
