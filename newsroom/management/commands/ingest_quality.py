"""manage.py ingest_quality: precision and recall of ingest's (quotation, speaker) pairs, and how
well it records statements (text, date, medium, printed words)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from newsroom.ingest.quality import evaluate


def _share(value):
    return "—" if value is None else f"{value:.1%}"


class Command(BaseCommand):
    help = (
        "Print precision and recall of (quotation, speaker) pairs, the share of right speakers and, for texts "
        "labelled in the v2 format, the share of statements whose text, date and medium are right and of "
        "statements in the printed words, on the labelled set (fixtures/ingest-labelled/): the development part "
        "and the held-out part, apart; or on any folder of labelled texts (--dir)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--split", choices=["dev", "heldout", "both"], default="both")
        parser.add_argument("--dir", dest="directory", help="A folder of labelled texts to measure instead.")
        parser.add_argument("--mistakes", action="store_true", help="List every mistake.")

    def handle(self, *args, split, directory=None, mistakes=False, **options):
        if directory:
            if not Path(directory).is_dir():
                raise CommandError(f"--dir: no folder {directory}")
            parts = [(Path(directory).name or directory, {"directory": directory})]
        else:
            names = ["dev", "heldout"] if split == "both" else [split]
            parts = [(name, {"split": name}) for name in names]
        self.stdout.write(
            f"{'part':<8} {'files':>5} {'labelled':>8} {'proposed':>8} {'right':>5} "
            f"{'precision':>9} {'recall':>6} {'speakers right':>14} "
            f"{'statements':>10} {'text':>6} {'date':>6} {'medium':>6} {'printed':>7}"
        )
        for name, where in parts:
            s = evaluate(**where)
            self.stdout.write(
                f"{name[:8]:<8} {s.files:>5} {s.labelled_pairs:>8} {s.proposed_pairs:>8} {s.right_pairs:>5} "
                f"{s.precision:>9.3f} {s.recall:>6.3f} {s.speaker_share:>13.1%} "
                f"{s.statements_labelled:>10} {_share(s.share('text')):>6} {_share(s.share('date')):>6} "
                f"{_share(s.share('medium')):>6} {_share(s.share('printed')):>7}"
            )
            if mistakes:
                for file, words, got, wanted in s.mistakes:
                    self.stdout.write(f"    {file}: “{words[:40]}” → {got!r}, labelled {wanted!r}")
