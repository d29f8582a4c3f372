"""manage.py ingest_quality: precision and recall of ingest's (quotation, speaker) pairs."""

from django.core.management.base import BaseCommand

from newsroom.ingest.quality import evaluate


class Command(BaseCommand):
    help = (
        "Print precision and recall of (quotation, speaker) pairs and the share of right speakers on the "
        "labelled set (fixtures/ingest-labelled/): the development part and the held-out part, apart."
    )

    def add_arguments(self, parser):
        parser.add_argument("--split", choices=["dev", "heldout", "both"], default="both")
        parser.add_argument("--mistakes", action="store_true", help="List every mistake.")

    def handle(self, *args, split, mistakes, **options):
        splits = ["dev", "heldout"] if split == "both" else [split]
        self.stdout.write(
            f"{'part':<8} {'files':>5} {'labelled':>8} {'proposed':>8} {'right':>5} "
            f"{'precision':>9} {'recall':>6} {'speakers right':>14}"
        )
        for name in splits:
            s = evaluate(name)
            self.stdout.write(
                f"{name:<8} {s.files:>5} {s.labelled_pairs:>8} {s.proposed_pairs:>8} {s.right_pairs:>5} "
                f"{s.precision:>9.3f} {s.recall:>6.3f} {s.speaker_share:>13.1%}"
            )
            if mistakes:
                for file, words, got, wanted in s.mistakes:
                    self.stdout.write(f"    {file}: “{words[:40]}” → {got!r}, labelled {wanted!r}")
