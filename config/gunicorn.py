"""gunicorn's settings for production: `gunicorn -c config/gunicorn.py config.wsgi` (README, Production).
Options given on the command line win (`--bind`, `--workers`, `--timeout`).

Sync workers, so that `timeout` stops a request: gunicorn's arbiter stops a worker that has not
checked in for `timeout` seconds, and a sync worker checks in only between requests, so one running
over 30 s is stopped with its request, which is answered with the 503 page (worker_abort; the worker
is ended within ANSWER_SECONDS more). A threaded worker (`--threads` over 1 makes gthread) checks in
from its main thread while another runs a request for ever: the timeout never stops it (one ran 18
minutes). A sync worker serves one request at a time; behind the proxy, which buffers slow clients,
2 × cores + 1 of them keep the cores busy.

The database is told the same bound (DJANGO_STATEMENT_TIMEOUT, for the server's processes only, not
for migrations or cron): a query cannot outlive the request it was for.
"""

import multiprocessing

bind = "127.0.0.1:8000"
worker_class = "sync"
workers = multiprocessing.cpu_count() * 2 + 1
timeout = 30
graceful_timeout = 30
max_requests = 2000
max_requests_jitter = 200
accesslog = "-"
# Managed by signals (HUP to reload, TERM to stop), not by gunicorn 27's control socket, whose default
# path is one per user: two servers on a machine would fight over it.
control_socket_disable = True


# Seconds a stopped request has to answer with the 503 page before the kernel ends its worker.
ANSWER_SECONDS = 10


def worker_abort(worker):
    """Called in a worker the arbiter is stopping for running over `timeout`, inside the request that
    ran over: raising here ends it with the site's 503 page, its transaction rolled back, instead of
    gunicorn's empty 500, and the worker exits once it is sent. The arbiter would kill the worker a
    second later, before a loaded machine has rendered the page; instead it has ANSWER_SECONDS, after
    which the kernel ends it (SIGALRM's default), whatever the request does with the exception."""
    import signal

    from newsroom.http.errors import RequestTimedOut

    worker.notify()
    signal.signal(signal.SIGALRM, signal.SIG_DFL)
    signal.alarm(ANSWER_SECONDS)
    raise RequestTimedOut(f"The request ran over the server's timeout ({worker.cfg.timeout} s).")


def post_fork(server, worker):
    """Each worker's queries are cancelled by PostgreSQL at the request's own bound."""
    import os

    os.environ.setdefault("DJANGO_STATEMENT_TIMEOUT", str(server.cfg.timeout))
