"""The accounts' records: password reset requests, counted to throttle them."""

from django.conf import settings
from django.db import models
from django.utils import timezone


class PasswordResetRequest(models.Model):
    """One request for a password reset, kept a day: what the throttle counts (per address asked
    for, per client, per account that was sent a link). Written by newsroom.accounts.password_reset."""

    requested_at = models.DateTimeField(default=timezone.now)
    # A keyed hash of the address as typed (lower-cased): counted without keeping addresses of
    # people who may have no account.
    address_digest = models.CharField(max_length=64)
    client = models.GenericIPAddressField(null=True, blank=True)
    # Set when a link was sent to this account.
    account = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True, related_name="+")

    class Meta:
        ordering = ["-requested_at"]
        indexes = [
            models.Index(fields=["address_digest", "requested_at"], name="passwordreset_by_address"),
            models.Index(fields=["client", "requested_at"], name="passwordreset_by_client"),
            models.Index(fields=["account", "requested_at"], name="passwordreset_by_account"),
            models.Index(fields=["requested_at"], name="passwordreset_requested"),
        ]

    def __str__(self):
        return f"Password reset asked at {self.requested_at:%Y-%m-%d %H:%M}"
