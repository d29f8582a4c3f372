from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from newsroom.content.models import Photo
from newsroom.content.photos import limit_this_process, photo_make_renditions


class Command(BaseCommand):
    help = (
        "Make the renditions of photos (each width in AVIF, WebP and JPEG), capped in CPU time, wall time and "
        "memory. The admin starts it for each photo saved; --missing makes those of every photo that has none "
        "(after a failure, or photos loaded from elsewhere)."
    )

    def add_arguments(self, parser):
        parser.add_argument("photos", nargs="*", type=int, help="Photo ids.")
        parser.add_argument("--missing", action="store_true", help="Every photo without renditions.")
        parser.add_argument(
            "--seconds",
            type=int,
            default=settings.NEWSROOM_RENDITION_SECONDS,
            help="CPU seconds this run may take (wall time: twice that) before it is ended.",
        )

    def handle(self, *args, photos=(), missing=False, seconds=None, **options):
        if not photos and not missing:
            raise CommandError("Name photo ids, or --missing.")
        limit_this_process(seconds=seconds)
        chosen = Photo.objects.filter(rendition_widths=[]) if missing else Photo.objects.filter(pk__in=photos)
        for photo in chosen:
            try:
                widths = photo_make_renditions(photo)
            except ValidationError as error:
                self.stderr.write(f"photo {photo.pk}: {' '.join(error.messages)}")
                continue
            self.stdout.write(f"photo {photo.pk}: {', '.join(map(str, widths))} px")
