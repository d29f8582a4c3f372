from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp.plugins.otp_totp.models import TOTPDevice


class Command(BaseCommand):
    help = (
        "Give a staff account an authenticator (TOTP) for two-factor sign-in and print the key to scan or "
        "type into the app. The account signs in with a code from then on."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--name", default="Authenticator app", help="What the device is called in the admin.")
        parser.add_argument("--replace", action="store_true", help="Remove the account's other authenticators first.")

    def handle(self, *args, username, name, replace, **options):
        try:
            user = get_user_model().objects.get_by_natural_key(username)
        except get_user_model().DoesNotExist:
            raise CommandError(f"No account named {username!r}.") from None
        if replace:
            TOTPDevice.objects.filter(user=user).delete()
        device = TOTPDevice.objects.create(user=user, name=name, confirmed=True)
        self.stdout.write(f"Authenticator added for {username}. Add it to the app with this address (or scan it")
        self.stdout.write("from Admin > TOTP devices > QR code):")
        self.stdout.write(f"  {device.config_url}")
