import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction

DEMO_ACCOUNTS = [
    # username, group (None: superuser), full name
    ("reporter", "Reporter", "Rita Reporter"),
    ("editor", "Editor", "Edgar Editor"),
    ("admin", None, "Ada Admin"),
]


class Command(BaseCommand):
    help = "Create (or reset) the demo reporter, editor and admin accounts, each with a new random password."

    def add_arguments(self, parser):
        parser.add_argument(
            "--admin-url",
            default="http://127.0.0.1:8000/admin/",
            help="The admin's address to print with the accounts (dev.py serve passes the one it serves on).",
        )

    @transaction.atomic
    def handle(self, *args, **options):
        User = get_user_model()
        lines = []
        for username, group_name, full_name in DEMO_ACCOUNTS:
            first, last = full_name.split(" ", 1)
            user, _ = User.objects.get_or_create(username=username)
            password = secrets.token_urlsafe(12)
            user.set_password(password)
            user.first_name, user.last_name = first, last
            user.email = f"{username}@newsroom.invalid"
            user.is_staff = True
            user.is_superuser = group_name is None
            user.save()
            if group_name:
                user.groups.set([Group.objects.get(name=group_name)])
            lines.append(f"  {username:<9} {password}   ({group_name or 'superuser'})")
        self.stdout.write(f"Demo accounts for {options['admin_url']} (new passwords on every run):")
        self.stdout.write("\n".join(lines))
