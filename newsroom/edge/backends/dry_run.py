"""A backend that purges nothing and keeps what it was asked: for tests, and for trying a set-up."""

import threading

from newsroom.edge.backends.base import PurgeBackend, PurgeError

SENT = []
_lock = threading.Lock()


class DryRunBackend(PurgeBackend):
    name = "dry-run"

    def __init__(self, fail=0):
        self.fail = fail  # how many calls fail first (to test retries)

    def purge(self, batch):
        with _lock:
            if self.fail > sum(1 for entry in SENT if entry is None):
                SENT.append(None)
                raise PurgeError("dry run: failing as asked")
            SENT.append(batch)


def sent():
    """The batches purged so far (failures left out)."""
    with _lock:
        return [batch for batch in SENT if batch is not None]


def forget():
    with _lock:
        SENT.clear()
