"""manage.py ingest FILE...: one draft article per file of news copy, quotations attributed."""

from json import dumps

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.dateparse import parse_date

from newsroom.content.models import Source
from newsroom.ingest.files import CopyError, read_copy
from newsroom.ingest.pipeline import analyse
from newsroom.ingest.service import IngestError, already_ingested, ingest_create, registry_from_db


def progress(done, total, label, stream):
    """A one-line progress bar, redrawn in place on `stream` (the command's stderr)."""
    width = 30
    filled = int(width * done / total) if total else width
    stream.write(
        f"\r[{'#' * filled}{'-' * (width - filled)}] {done}/{total} {label[-40:]:<40}",
        ending="\n" if done == total else "",
    )
    stream.flush()


class Command(BaseCommand):
    help = (
        "Ingest plain-text news copy (UTF-8): one draft article per file, with its quotations attributed "
        "and linked to the statements the newsroom holds. The same file twice creates nothing new."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE")
        parser.add_argument("--publisher", help="Name or slug of the Source that published the copy.")
        parser.add_argument("--url", default="", help="The original URL (one file only).")
        parser.add_argument(
            "--published",
            help="The date the publisher printed it (YYYY-MM-DD): the days the copy names (“on Thursday”) are read "
            "against it, and a statement whose day the copy does not give is dated by it.",
        )
        parser.add_argument("--dry-run", action="store_true", help="Recognise and report; write nothing.")
        parser.add_argument(
            "--json",
            action="store_true",
            help="Print what was recognised as JSON (one object per file); write nothing.",
        )

    def handle(self, *args, files, publisher=None, url="", published=None, dry_run=False, json=False, **options):
        source = None
        if publisher:
            source = (
                Source.objects.filter(slug=publisher).first() or Source.objects.filter(name__iexact=publisher).first()
            )
            if source is None:
                raise CommandError(
                    f"No source called “{publisher}”: add it in the admin first, or leave out --publisher."
                )
        date = None
        if published:
            date = parse_date(published) if len(published) == 10 else None
            if date is None:
                raise CommandError(f"--published must be a date as YYYY-MM-DD, not “{published}”.")
        if url and len(files) > 1:
            raise CommandError("--url names one original: give one file with it.")
        if url:
            from django.core.validators import URLValidator

            try:
                URLValidator()(url)
            except ValidationError as error:
                raise CommandError(f"--url is not a URL: {url}") from error

        failures, reports = [], []
        show_progress = not json and len(files) > 1
        for number, path in enumerate(files, start=1):
            if show_progress:
                progress(number - 1, len(files), str(path), self.stderr)
            try:
                text = read_copy(path)
            except CopyError as error:
                failures.append(str(error))
                self.stderr.write(f"\n{error}" if show_progress else str(error))
                continue
            analysis = analyse(text, registry_from_db(), published=date, today=timezone.localdate())
            if json:
                reports.append(analysis.as_json(file=str(path)))
                continue
            found = analysis.quotations
            attributed = sum(1 for q in found if q.speaker)
            summary = (
                f"{path}: “{analysis.copy.headline}”, {len(found)} quotations, {attributed} attributed, "
                f"{len(analysis.statements)} statements"
            )
            if dry_run:
                done = already_ingested(text)
                note = f" (already ingested as “{done.article}”)" if done else ""
                self.stdout.write(f"{summary}; dry run, nothing written{note}.")
                continue
            try:
                result = ingest_create(
                    text=text, analysis=analysis, name=str(path), publisher=source, url=url, published=date
                )
            except (IngestError, ValidationError) as error:
                message = "; ".join(error.messages) if isinstance(error, ValidationError) else str(error)
                failures.append(f"{path}: {message}")
                self.stderr.write(f"{path}: {message}")
                continue
            if result.created:
                self.stdout.write(
                    f"{summary}; draft article #{result.article.pk} created with {result.citations} citations, "
                    f"{result.statements_created} new statements, {result.actors_created} new actors."
                )
            else:
                self.stdout.write(
                    f"{path}: already ingested as draft article #{result.article.pk}; nothing new created."
                )
        if show_progress:
            progress(len(files), len(files), "done", self.stderr)
        if json:
            out = reports[0] if len(files) == 1 and reports else reports
            if reports or len(files) > 1:
                self.stdout.write(dumps(out, ensure_ascii=False, indent=2))
        if failures:
            raise CommandError(f"{len(failures)} of {len(files)} files not ingested: " + " ".join(failures))
