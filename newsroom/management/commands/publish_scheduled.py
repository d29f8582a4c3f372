from django.core.management.base import BaseCommand
from django.utils import timezone

from newsroom.editorial.workflow import due_to_go_live, publishable_models, record_schedule


class Command(BaseCommand):
    help = (
        "Record in the workflow log the scheduled items that went live and the embargoed ones that expired. "
        "Readers see the schedule without it (the published rule reads the clock); run it from cron every "
        "minute to keep the log and statuses current. Safe to run twice at once."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="List what is due, change nothing.")

    def handle(self, *args, dry_run=False, **options):
        now = timezone.now()
        for model in publishable_models():
            name = model._meta.verbose_name
            if dry_run:
                for item in due_to_go_live(model=model, now=now):
                    self.stdout.write(f"would record: {name} “{item}” went live")
                for item in model.objects.expired(at=now):
                    self.stdout.write(f"would record: {name} “{item}” expired")
                continue
            for item, step in record_schedule(model=model, now=now):
                self.stdout.write(f"recorded: {name} “{item}” {'went live' if step == 'go_live' else 'expired'}")
