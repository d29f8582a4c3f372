"""Staff sign-in: the password, then a TOTP code from an authenticator app where one is needed.

Lockout after repeated failures is django-axes' (see AXES_* in config/settings.py): it counts a
wrong password and, through user_login_failed below, a wrong code.
"""

from django import forms
from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.signals import user_login_failed
from django.core.exceptions import ValidationError
from django_otp import devices_for_user, user_has_device, verify_token

from newsroom.content.models import Article, Statement
from newsroom.editorial.permissions import is_editor


def second_factor_required(user):
    """Whether this user gives a TOTP code to sign in: everyone who has set up an authenticator,
    and with NEWSROOM_REQUIRE_2FA on, every editor and administrator."""
    if user_has_device(user):
        return True
    if not settings.NEWSROOM_REQUIRE_2FA:
        return False
    # Editors are whoever may publish (the Editor group holds that); superusers hold every permission.
    return user.is_superuser or any(is_editor(user=user, model=model) for model in (Article, Statement))


class StaffSignInForm(AdminAuthenticationForm):
    """The admin's sign-in form with a field for the six-digit code."""

    otp_token = forms.CharField(
        label="Code from your authenticator app",
        required=False,
        max_length=8,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
        help_text="Six digits. Leave empty if you have not set up two-factor sign-in.",
    )

    error_messages = {
        **AdminAuthenticationForm.error_messages,
        "otp_missing": "Enter the six-digit code from your authenticator app.",
        "otp_invalid": "That code is wrong or has expired. Enter the code your authenticator app shows now.",
        "otp_not_set_up": "Editors and administrators sign in with a code from an authenticator app, and "
        "this account has none yet. Ask an administrator to set one up for you "
        "(manage.py add_totp_device %(username)s).",
    }

    def confirm_login_allowed(self, user):
        """The password was right; the code must be too, where one is needed."""
        super().confirm_login_allowed(user)
        if not second_factor_required(user):
            return
        if not user_has_device(user):
            raise ValidationError(
                self.error_messages["otp_not_set_up"], code="otp_not_set_up", params={"username": user.get_username()}
            )
        token = (self.data.get("otp_token") or "").strip().replace(" ", "")
        if not token:
            raise ValidationError(self.error_messages["otp_missing"], code="otp_missing")
        device = next(
            (d for d in devices_for_user(user) if verify_token(user, d.persistent_id, token)),
            None,
        )
        if device is None:
            # A wrong code counts towards the lockout like a wrong password, or codes could be guessed
            # without limit by anyone who holds the password.
            user_login_failed.send(sender=__name__, credentials={"username": user.get_username()}, request=self.request)
            raise ValidationError(self.error_messages["otp_invalid"], code="otp_invalid")
        # django_otp's user_logged_in handler stores the device in the session: it is verified.
        user.otp_device = device


class TwoFactorAdminSiteMixin:
    """An admin site that asks the second factor of those who need one, every request."""

    login_form = StaffSignInForm
    login_template = "admin/newsroom/login.html"

    def has_permission(self, request):
        if not super().has_permission(request):
            return False
        return request.user.is_verified() or not second_factor_required(request.user)
