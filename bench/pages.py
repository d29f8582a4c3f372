"""Time the public pages, the API and the feeds on a throwaway database filled like a busy newsroom.

    .venv/bin/python bench/pages.py [--items 300] [--rounds 30]

It creates a test database (SQLite, or PostgreSQL when DATABASE_URL says so), loads the seed
content plus --items published articles and statements, and prints, for each URL, the median and
95th-percentile time of --rounds requests through Django (no network), and the queries one takes.
Compare runs on the same machine; the numbers are for spotting regressions, not absolute.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.test_settings")

import django

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import (  # noqa: E402
    setup_databases,
    setup_test_environment,
    teardown_databases,
)

URLS = [
    "/",
    "/articles/",
    "/articles/eu-nato-concerned-about-azerbaijani-ambush-in-artsakh-police/",
    "/statements/",
    "/actors/nikol-pashinyan/",
    "/tags/",
    "/tags/nagorno-karabakh/",
    "/search/?q=ceasefire",
    "/api/articles/?page_size=100",
    "/api/statements/?tag=nagorno-karabakh",
    "/feed.json",
    "/feeds/rss/",
    "/sitemap.xml",
]


def fill(items):
    from django.contrib.auth import get_user_model

    from newsroom.content.models import Actor, Article, Statement
    from newsroom.editorial import workflow

    editor = get_user_model().objects.create_superuser("bench", "bench@example.org", "bench")
    speakers = list(Actor.objects.all())
    for n in range(items):
        speaker = speakers[n % len(speakers)]
        statement = Statement.objects.create(actor=speaker, text=f"Benchmark words number {n} on the ceasefire.")
        statement.tags.add("Nagorno-Karabakh", f"topic {n % 40}")
        workflow.transition(item=statement, user=editor, name="publish")
        article = Article.objects.create(
            headline=f"Benchmark report {n}", slug=f"benchmark-report-{n}", body="A paragraph.\n\n" * 12
        )
        article.tags.add("Nagorno-Karabakh", f"topic {n % 40}")
        article.actors.add(speaker)
        article.citations.create(statement=statement, wording=statement.text, order=1)
        workflow.transition(item=article, user=editor, name="publish")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()

    setup_test_environment()
    old = setup_databases(verbosity=0, interactive=False)
    try:
        call_command("loaddata", "seed", verbosity=0)
        fill(args.items)
        client = Client()
        print(f"{connection.vendor}, {args.items} extra articles and statements, {args.rounds} rounds")
        print(f"{'url':<75} {'median ms':>10} {'p95 ms':>8} {'queries':>8}")
        for url in URLS:
            queries = []

            def counted(execute, sql, *rest, queries=queries):
                queries.append(sql)
                return execute(sql, *rest)

            with connection.execute_wrapper(counted):
                assert client.get(url).status_code == 200, url
            times = []
            for _ in range(args.rounds):
                start = time.perf_counter()
                client.get(url)
                times.append((time.perf_counter() - start) * 1000)
            p95 = statistics.quantiles(times, n=20)[-1]
            print(f"{url:<75} {statistics.median(times):>10.1f} {p95:>8.1f} {len(queries):>8}")
    finally:
        teardown_databases(old, verbosity=0)


if __name__ == "__main__":
    main()
