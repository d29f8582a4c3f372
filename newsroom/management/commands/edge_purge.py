from django.core.management.base import BaseCommand, CommandError

from newsroom.edge import purge
from newsroom.edge.keys import ALL


class Command(BaseCommand):
    help = (
        "Purge the cache in front (NEWSROOM_PURGE_BACKEND) by surrogate key, or everything with --all: after the "
        "backend was away and purges were given up, or after a change made outside the app."
    )

    def add_arguments(self, parser):
        parser.add_argument("keys", nargs="*", help="Surrogate keys, e.g. article-12 tag-5-items articles.")
        parser.add_argument("--all", action="store_true", help="Everything the cache holds of the site.")

    def handle(self, *args, keys=(), all=False, **options):
        if not purge.enabled():
            raise CommandError("No purge backend is configured (NEWSROOM_PURGE_BACKEND).")
        chosen = {ALL} if all else set(keys)
        if not chosen:
            raise CommandError("Name the keys to purge, or pass --all.")
        batch = purge.PurgeBatch(keys=frozenset(chosen), paths=frozenset({"/*"} if all else ()), reason="edge_purge")
        if not purge.deliver(batch):
            raise CommandError("The purge failed: see the log above.")
        self.stdout.write(f"purged: {' '.join(sorted(chosen))}")
