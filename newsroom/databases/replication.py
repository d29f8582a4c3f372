"""What the replica says of itself: whether reads may go to it now, and whether it has replayed a
write. Each process asks at most once every NEWSROOM_REPLICA_CHECK_SECONDS; a replica that does
not answer, lags more than NEWSROOM_REPLICA_MAX_LAG seconds or has stopped streaming is left alone
until the next look, and reads go to the primary meanwhile. After each failure in a row the next
look waits twice as long, up to NEWSROOM_REPLICA_MAX_BACKOFF seconds.

Before a look connects, the server is asked whether it answers at all (`answers`), bounded by
NEWSROOM_REPLICA_PROBE_SECONDS: a replica that accepts connections and never answers held a reader
for libpq's connect_timeout, which waits 2 s when told 1 (its floor), at every look.
"""

import logging
import socket
import struct
import threading
import time

from django.conf import settings
from django.db import DatabaseError, connections

PRIMARY, REPLICA = "default", "replica"
logger = logging.getLogger("newsroom.databases")

# Seconds behind the primary: 0 when it has replayed all it received (an idle primary sends
# nothing, and the last replayed commit grows old without the replica being behind); and whether
# it is streaming at all (a replica cut off from its primary is caught up with nothing).
LAG_SQL = """
SELECT CASE WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
            ELSE COALESCE(EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()), 0) END,
       COALESCE((SELECT status = 'streaming' FROM pg_stat_wal_receiver), false)
"""

_state = {"checked": float("-inf"), "usable": False, "failures": 0}
_lock = threading.Lock()

# PostgreSQL's SSLRequest: a server answers it with one byte ("S" or "N") before anything else.
SSL_REQUEST = struct.pack("!ii", 8, 80877103)


def configured():
    return REPLICA in settings.DATABASES


def lag():
    """(seconds behind, streaming) as the replica says, or raise DatabaseError."""
    with connections[REPLICA].cursor() as cursor:
        cursor.execute(LAG_SQL)
        behind, streaming = cursor.fetchone()
    return float(behind), bool(streaming)


def answers():
    """Whether the replica's server answers a PostgreSQL client at all, within
    NEWSROOM_REPLICA_PROBE_SECONDS (connecting and answering together). A replica reached through a
    Unix socket is not asked: the connection's own time-out bounds it."""
    database = settings.DATABASES[REPLICA]
    host, port = database.get("HOST") or "localhost", int(database.get("PORT") or 5432)
    if host.startswith("/"):
        return True
    deadline = time.monotonic() + settings.NEWSROOM_REPLICA_PROBE_SECONDS
    try:
        with socket.create_connection((host, port), timeout=settings.NEWSROOM_REPLICA_PROBE_SECONDS) as probe:
            probe.settimeout(max(deadline - time.monotonic(), 0.001))
            probe.sendall(SSL_REQUEST)
            return probe.recv(1) in (b"S", b"N")
    except OSError:
        return False


def _wait_after(failures):
    """Seconds until the next look: the check's interval, doubled for each failure in a row."""
    if not failures:
        return settings.NEWSROOM_REPLICA_CHECK_SECONDS
    return min(settings.NEWSROOM_REPLICA_CHECK_SECONDS * 2 ** (failures - 1), settings.NEWSROOM_REPLICA_MAX_BACKOFF)


def _looked(fine):
    with _lock:
        _state["usable"] = fine
        _state["failures"] = 0 if fine else _state["failures"] + 1


def usable():
    """Whether reads may go to the replica now (looked at once every few seconds per process, less
    often while it keeps failing); one thread looks while the others go on with the last answer."""
    if not configured():
        return False
    with _lock:
        if time.monotonic() - _state["checked"] < _wait_after(_state["failures"]):
            return _state["usable"]
        _state["checked"] = time.monotonic()
    if not answers():
        logger.warning("replica not used: it does not answer within %s s", settings.NEWSROOM_REPLICA_PROBE_SECONDS)
        _close_replica()
        _looked(False)
        return False
    try:
        behind, streaming = lag()
        fine = streaming and behind <= settings.NEWSROOM_REPLICA_MAX_LAG
        if not fine:
            logger.warning("replica not used: %.1f s behind, %s", behind, "streaming" if streaming else "not streaming")
    except DatabaseError as error:
        fine = False
        logger.warning("replica not used: %s", error)
        _close_replica()
    _looked(fine)
    return fine


def replica_health():
    """/health/'s check of the replica (config NEWSROOM_HEALTH_CHECKS): `degraded` while readers'
    reads go to the primary because the replica is away, cut off or too far behind."""
    if not configured():
        return {"status": "ok", "detail": "no replica: every read goes to the primary"}
    if not answers():
        _close_replica()
        return {
            "status": "degraded",
            "detail": f"the replica does not answer within {settings.NEWSROOM_REPLICA_PROBE_SECONDS} s: "
            "reads go to the primary",
        }
    try:
        behind, streaming = lag()
    except DatabaseError as error:
        _close_replica()
        return {
            "status": "degraded",
            "detail": f"the replica does not answer ({type(error).__name__}): reads go to the primary",
        }
    if not streaming:
        return {
            "status": "degraded",
            "detail": "the replica is not streaming from the primary: reads go to the primary",
        }
    if behind > settings.NEWSROOM_REPLICA_MAX_LAG:
        return {"status": "degraded", "detail": f"the replica is {behind:.1f} s behind: reads go to the primary"}
    return {"status": "ok", "detail": f"the replica streams, {behind:.1f} s behind"}


def _close_replica():
    try:
        connections[REPLICA].close()
    except DatabaseError:
        pass


def mark_down():
    """A query on the replica failed: use the primary until the next look."""
    with _lock:
        _state.update(checked=time.monotonic(), usable=False, failures=_state["failures"] + 1)
    try:
        connections[REPLICA].close()
    except DatabaseError:
        pass


def forget():
    """Look again at the next read (tests)."""
    with _lock:
        _state.update(checked=float("-inf"), usable=False, failures=0)


def primary_position():
    """Where the primary's write-ahead log stands now (after a commit: a position that includes
    it), or None without a replica."""
    if not configured() or connections[PRIMARY].vendor != "postgresql":
        return None
    with connections[PRIMARY].cursor() as cursor:
        cursor.execute("SELECT pg_current_wal_insert_lsn()::text")
        return cursor.fetchone()[0]


def _lsn(position):
    high, _, low = position.partition("/")
    return (int(high, 16) << 32) + int(low, 16)


def later(a, b):
    """The later of two log positions (either may be None)."""
    if a is None or b is None:
        return a or b
    return a if _lsn(a) >= _lsn(b) else b


def wait_until_replayed(position, timeout):
    """Wait until the replica has replayed the primary's log up to `position`, for at most
    `timeout` seconds; True once it has (or when there is nothing to wait for)."""
    if position is None or not configured():
        return True
    deadline = time.monotonic() + timeout
    try:
        while True:
            with connections[REPLICA].cursor() as cursor:
                cursor.execute("SELECT pg_last_wal_replay_lsn() >= %s::pg_lsn", [position])
                if cursor.fetchone()[0]:
                    return True
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.02)
    except DatabaseError as error:
        logger.warning("could not ask the replica how far it has replayed: %s", error)
        connections[REPLICA].close()
        return False
