"""Settings for the benchmark and the scale guard: the production settings, plus the constant view.

The constant view lives only here (ROOT_URLCONF = "bench.urls"), so production has no such URL.
BENCH_STATEMENT_TIMEOUT_MS caps every query of the server (a page that would run for minutes
answers 500 instead of holding a worker through the next measurements); the scale guard sets it
to 2,000.
"""

import os

from config.settings import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
ALLOWED_HOSTS = [*ALLOWED_HOSTS, "127.0.0.1", "localhost", "testserver"]  # noqa: F405

_options = DATABASES["default"].setdefault("OPTIONS", {})  # noqa: F405
if DATABASES["default"]["ENGINE"].endswith("postgresql"):  # noqa: F405
    timeout = os.environ.get("BENCH_STATEMENT_TIMEOUT_MS")
    if timeout:
        _options["options"] = f"{_options.get('options', '')} -c statement_timeout={timeout}".strip()
    # The benchmark finds its server's queries in pg_stat_activity by this name.
    _options["application_name"] = os.environ.get("BENCH_APPLICATION_NAME", "newsroom-bench")

# The server is measured over plain HTTP on loopback: TLS and its redirect are the proxy's part in
# production (README), and a 301 to https would be all the benchmark saw.
SECURE_SSL_REDIRECT = False
# The guard requests pages without running collectstatic first; the benchmark runs it, and either
# way the files' names are not what is measured.
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}  # noqa: F405
