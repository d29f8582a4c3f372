"""Password reset without a flood of mail and without telling who has an account.

Throttled, in the database (a Redis away does not lift it): at most NEWSROOM_RESETS_PER_ADDRESS
requests an hour for one address and NEWSROOM_RESETS_PER_CLIENT from one client, answered 429 with
a form error beyond (the counts are of what was typed, so they say nothing of accounts); and at
most NEWSROOM_RESETS_PER_ACCOUNT links an hour to one account, however its address was spelt.

Off the request path: the request records the address asked for and answers; finding the account,
making the link and sending it happen once the response has gone
(newsroom.dependencies.mail.after_response). The answer therefore does the same work, and takes
the same time, whether or not an account has the address, and a slow or absent mail server never
holds it.
"""

import datetime
import hashlib
import hmac

from django import forms
from django.conf import settings
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import PasswordResetForm
from django.core.mail import EmailMultiAlternatives
from django.template import loader
from django.utils import timezone

from newsroom.accounts.models import PasswordResetRequest
from newsroom.dependencies.mail import after_response, send
from newsroom.http.clients import client_address

HOUR = datetime.timedelta(hours=1)
KEPT = datetime.timedelta(days=1)


def address_digest(email):
    key = settings.SECRET_KEY.encode()
    return hmac.new(key, f"password-reset:{email.strip().lower()}".encode(), hashlib.sha256).hexdigest()


def password_reset_request(*, email: str, client: str | None, site: str, use_https: bool) -> bool:
    """Record a reset asked for `email` from `client`, and send the link (to the account with that
    address, if any) once the response has gone. False, with nothing recorded or sent, when the
    address or the client has asked too often in the past hour."""
    digest, since = address_digest(email), timezone.now() - HOUR
    recent = PasswordResetRequest.objects.filter(requested_at__gte=since)
    if recent.filter(address_digest=digest).count() >= settings.NEWSROOM_RESETS_PER_ADDRESS or (
        client and recent.filter(client=client).count() >= settings.NEWSROOM_RESETS_PER_CLIENT
    ):
        return False
    asked = PasswordResetRequest.objects.create(address_digest=digest, client=client or None)
    after_response(lambda: _send_link(asked, email=email, site=site, use_https=use_https))
    return True


class _LinkForm(PasswordResetForm):
    """Django's reset form, made to hand its messages to us instead of sending them itself."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.messages = []

    def send_mail(self, subject_template_name, email_template_name, context, from_email, to_email, **kwargs):
        subject = "".join(loader.render_to_string(subject_template_name, context).splitlines())
        body = loader.render_to_string(email_template_name, context)
        self.messages.append((context["user"], EmailMultiAlternatives(subject, body, from_email, [to_email])))


def _send_link(asked, *, email, site, use_https):
    """After the response: the link to each account with the address, unless that account was sent
    enough of them in the past hour."""
    form = _LinkForm({"email": email})
    if not form.is_valid():
        return
    form.save(domain_override=site, use_https=use_https)
    since = timezone.now() - HOUR
    for account, message in form.messages:
        sent = PasswordResetRequest.objects.filter(account=account, requested_at__gte=since).count()
        if sent < settings.NEWSROOM_RESETS_PER_ACCOUNT and send([message]):
            PasswordResetRequest.objects.filter(pk=asked.pk).update(account=account)
    PasswordResetRequest.objects.filter(requested_at__lt=timezone.now() - KEPT).delete()


class ThrottledPasswordResetView(auth_views.PasswordResetView):
    """The admin's "Forgotten your password?" page, throttled, its mail sent after the answer."""

    def form_valid(self, form):
        site, use_https = site_address(self.request)
        if not password_reset_request(
            email=form.cleaned_data["email"], client=client_address(self.request), site=site, use_https=use_https
        ):
            form.add_error("email", forms.ValidationError(TOO_MANY, code="throttled"))
            return self.render_to_response(self.get_context_data(form=form), status=429)
        return super(auth_views.PasswordResetView, self).form_valid(form)  # FormView: the redirect alone


TOO_MANY = (
    "Too many password resets have been asked for this address, or from your network, in the past hour. "
    "Try again later, or ask an administrator."
)


def site_address(request):
    """The host and scheme a reset link names: the site's own (NEWSROOM_SITE_URL) when set, never one
    a request's Host header could choose; the request's otherwise (development)."""
    if settings.NEWSROOM_SITE_URL:
        scheme, _, host = settings.NEWSROOM_SITE_URL.partition("://")
        return host, scheme == "https"
    return request.get_host(), request.is_secure()
