"""Sending purges: after the commit, off the request, retried, and logged.

`send(batch)` puts a batch on this process's queue and returns at once; one thread per process
takes what is queued (batches committed together go as one), sends it through the backend that
settings name, and tries again after `RETRY_DELAYS` when the backend fails. A backend that is
away therefore costs a request nothing and breaks nothing: the purge is logged as given up and
readers get the change when the cache's own bound runs out (`s-maxage`, see headers).

settings.NEWSROOM_PURGE = {"BACKEND": "newsroom.edge.backends.varnish.VarnishBackend", "OPTIONS": {...}};
empty means no cache in front is purged (and nothing is computed for it).
"""

import atexit
import logging
import os
import queue
import threading
import time
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.utils.module_loading import import_string

from newsroom.databases import replication

logger = logging.getLogger("newsroom.edge.purge")

QUEUE_SIZE = 1000
# How long a process that ends (a management command) waits for its purges to go.
EXIT_WAIT_SECONDS = 15


@dataclass(frozen=True)
class PurgeBatch:
    """What one change purges: surrogate keys, and the addresses of the pages that name it (for
    caches that purge by address), with a reason for the log."""

    keys: frozenset
    paths: frozenset = field(default=frozenset())
    reason: str = ""
    # Where the primary's log stood after the change committed: with a replica, the purge waits
    # until the replica has replayed it, or a cache refilled from the replica would keep the old page.
    position: str | None = None

    def merged(self, other):
        reasons = "; ".join(filter(None, dict.fromkeys([self.reason, other.reason])))
        position = replication.later(self.position, other.position)
        return PurgeBatch(self.keys | other.keys, self.paths | other.paths, reasons, position)


def enabled():
    return bool(getattr(settings, "NEWSROOM_PURGE", None))


def backend_class():
    return import_string(settings.NEWSROOM_PURGE["BACKEND"])


def backend():
    return backend_class()(**settings.NEWSROOM_PURGE.get("OPTIONS", {}))


def retry_delays():
    return getattr(settings, "NEWSROOM_PURGE_RETRY_DELAYS", (0.5, 2, 5))


# How the last batch this process sent went, for /health/, shared with every worker through the
# cache (SHARED_KEY) so that /health/ says the same whichever answers; while the cache is away,
# each worker says what it saw.
_outcome = {"failed": False, "error": ""}
SHARED_KEY = "newsroom:health:purge"


def _settled(failed):
    _outcome["failed"] = failed
    if not failed:
        _outcome["error"] = ""
    cache.set(SHARED_KEY, dict(_outcome), None)


def purge_health():
    """/health/'s check of the purge backend (config NEWSROOM_HEALTH_CHECKS): `degraded` when this
    worker's last purge was given up, since pages the shared cache keeps may then be stale."""
    if not enabled():
        return {
            "status": "ok",
            "detail": "no shared cache to purge: pages are kept as long as the page cache keeps them",
        }
    name, waiting = backend_class().name, sender.queue.unfinished_tasks
    last = cache.get(SHARED_KEY) or _outcome
    if last["failed"]:
        return {
            "status": "degraded",
            "detail": f"the last purge via {name} was given up ({last['error']}): the shared cache may "
            f"serve pages up to {settings.NEWSROOM_EDGE_SECONDS} s old; {waiting} batches waiting",
        }
    return {"status": "ok", "detail": f"purges go out via {name}; {waiting} batches waiting"}


def deliver(batch):
    """Send `batch` now, trying again after each of the retry delays; True once it went."""
    chosen = backend()
    if not replication.wait_until_replayed(batch.position, timeout=settings.NEWSROOM_REPLICA_MAX_LAG + 1):
        logger.warning("the replica has not replayed %s yet: purging anyway (%s)", batch.position, batch.reason)
    delays = [0, *retry_delays()]
    for attempt, delay in enumerate(delays, start=1):
        time.sleep(delay)
        started = time.monotonic()
        try:
            chosen.purge(batch)
        except Exception as error:  # a backend may fail in any way; none may reach a request
            _outcome.update(error=type(error).__name__)
            level = logging.ERROR if attempt == len(delays) else logging.WARNING
            logger.log(
                level,
                "purge via %s failed (attempt %d of %d): %s; keys: %s (%s)",
                chosen.name, attempt, len(delays), error, " ".join(sorted(batch.keys)), batch.reason,
            )  # fmt: skip
            continue
        logger.info(
            "purged via %s in %.0f ms: %s (%s)",
            chosen.name, (time.monotonic() - started) * 1000, " ".join(sorted(batch.keys)), batch.reason,
        )  # fmt: skip
        _settled(failed=False)
        return True
    _settled(failed=True)
    logger.error("purge given up after %d attempts: %s (%s)", len(delays), " ".join(sorted(batch.keys)), batch.reason)
    return False


class Sender:
    """This process's queue of batches and the thread that sends them (started on first use, and
    again in a forked worker)."""

    def __init__(self):
        self.queue = queue.Queue(QUEUE_SIZE)
        self.pid = None
        self.lock = threading.Lock()

    def put(self, batch):
        self._ensure_thread()
        try:
            self.queue.put_nowait(batch)
        except queue.Full:
            logger.error("purge queue full, dropped: %s (%s)", " ".join(sorted(batch.keys)), batch.reason)

    def _ensure_thread(self):
        with self.lock:
            if self.pid == os.getpid():
                return
            self.pid = os.getpid()
            self.queue = queue.Queue(QUEUE_SIZE)  # a forked child starts with none of its parent's
            threading.Thread(target=self._run, name="newsroom-purge", daemon=True).start()

    def _run(self):
        while True:
            batch = self.queue.get()
            taken = 1
            while True:  # whatever else is waiting goes with it, as one batch
                try:
                    batch = batch.merged(self.queue.get_nowait())
                    taken += 1
                except queue.Empty:
                    break
            try:
                deliver(batch)
            finally:
                for _ in range(taken):
                    self.queue.task_done()

    def wait(self, timeout):
        """Wait until every queued batch was sent or given up, for at most `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while self.queue.unfinished_tasks and time.monotonic() < deadline:
            time.sleep(0.01)
        return not self.queue.unfinished_tasks


sender = Sender()


def send(batch):
    """Queue `batch` for the backend; returns at once."""
    if enabled() and batch.keys:
        if batch.position is None:
            batch = PurgeBatch(batch.keys, batch.paths, batch.reason, replication.primary_position())
        sender.put(batch)


def wait(timeout=EXIT_WAIT_SECONDS):
    return sender.wait(timeout)


atexit.register(wait)
