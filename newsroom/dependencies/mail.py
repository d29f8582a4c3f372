"""Outgoing mail, off the request path and degrading: what a request wants sent is made and sent
after its response has gone (`after_response`), each connection to the mail server bounded by
EMAIL_TIMEOUT, and a mail server that is away or refuses costs a logged failure that /health/
reports, never a person's answer or its timing.

After the response, in the worker that served it, rather than in a thread or a queue: the job may
read the database as the request left it, a test sees it, and a worker restart cannot drop it once
the person was answered. The cost is the worker's time for the send, which EMAIL_TIMEOUT bounds.

How the last send went is shared by every worker through the cache (SHARED_KEY), so that /health/
says the same whichever worker answers; while the cache is away, each worker says what it saw.
"""

import contextvars
import logging
import time
from dataclasses import dataclass

from django.core import mail
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.dispatch import receiver

logger = logging.getLogger(__name__)

# The jobs waiting for the current request's response to be sent; None outside a request.
_jobs = contextvars.ContextVar("newsroom_after_response", default=None)


@receiver(request_started, dispatch_uid="newsroom_after_response_start")
def _request_started(**kwargs):
    _jobs.set([])


@receiver(request_finished, dispatch_uid="newsroom_after_response_finish")
def _request_finished(**kwargs):
    """Sent when the server has written the response and closes it: the person has their answer."""
    jobs = _jobs.get()
    _jobs.set(None)
    for job in jobs or ():
        try:
            job()
        except Exception:  # the answer has gone: a failure here is for the log, not for anyone waiting
            logger.exception("Work after the response failed.")


def after_response(job):
    """Run `job()` once the current request's response has been sent (at once outside a request:
    a command, a shell)."""
    jobs = _jobs.get()
    if jobs is None:
        job()
    else:
        jobs.append(job)


@dataclass
class MailState:
    """What this process has seen of the mail server since it started."""

    sent: int = 0
    failed: int = 0
    failure: str = ""
    failed_at: float | None = None


state = MailState()
SHARED_KEY = "newsroom:health:mail"


def _share():
    cache.set(SHARED_KEY, {"failure": state.failure, "failed_at": state.failed_at}, None)


def send(messages):
    """Send `messages` through EMAIL_BACKEND; True if they went. A failure is logged and remembered for
    /health/, never raised."""
    try:
        with mail.get_connection() as connection:
            connection.send_messages(messages)
    except Exception as error:  # SMTP, DNS, TLS, a refused login: the mail server is away or refuses
        state.failed += len(messages)
        state.failure, state.failed_at = type(error).__name__, time.time()
        logger.warning("Mail could not be sent (%s).", state.failure)
        _share()
        return False
    state.sent += len(messages)
    state.failure, state.failed_at = "", None
    _share()
    return True


def mail_health():
    """`ok`, or `degraded` when the last mail any worker tried to send failed. Names no server."""
    last = cache.get(SHARED_KEY) or {"failure": state.failure, "failed_at": state.failed_at}
    if last["failure"]:
        since = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(last["failed_at"]))
        return {
            "status": "degraded",
            "detail": f"the last mail failed ({last['failure']}, at {since}): password reset links are not "
            f"arriving ({state.failed} failed, {state.sent} sent by this worker)",
        }
    return {"status": "ok", "detail": f"the last mail went ({state.sent} sent, {state.failed} failed by this worker)"}
