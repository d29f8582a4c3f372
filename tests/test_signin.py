"""Staff sign-in: lockout after repeated failures, TOTP two-factor sign-in, password reset, sessions."""

import hashlib
import hmac
import io
import re
import struct
import time

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.test import Client, override_settings
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"


def sign_in(client, username, password, code="", address="203.0.113.7", **headers):
    return client.post(
        LOGIN,
        {"username": username, "password": password, "otp_token": code, "next": "/admin/"},
        REMOTE_ADDR=address,
        **headers,
    )


def signed_in(response):
    return response.status_code == 302 and response["Location"] == "/admin/"


def totp_now(device, offset=0):
    """RFC 6238, computed here rather than by the library under test: HMAC-SHA1 over the 30-second step."""
    counter = int(time.time() - device.t0) // device.step + offset
    digest = hmac.new(device.bin_key, struct.pack(">Q", counter), hashlib.sha1).digest()
    start = digest[-1] & 0x0F
    number = struct.unpack(">I", digest[start : start + 4])[0] & 0x7FFFFFFF
    return str(number % 10**device.digits).zfill(device.digits)


def test_a_refused_next_address_lands_on_the_admin_not_a_404(client, reporter):
    """The admin refuses a `next` outside the site; where it sends the person then is LOGIN_REDIRECT_URL."""
    for unsafe in ("https://evil.example/", "//evil.example/admin/", "javascript:alert(1)"):
        response = client.post(LOGIN, {"username": reporter.username, "password": "pw", "next": unsafe})
        assert response.status_code == 302 and response["Location"] == "/admin/", unsafe
        assert client.get(response["Location"]).status_code == 200
        client.logout()


# Lockout after repeated failures -------------------------------------------------------------------------------


@override_settings(AXES_FAILURE_LIMIT=5)
def test_wrong_passwords_lock_the_account_and_then_even_the_right_one_is_refused(client, editor):
    for _ in range(5):
        response = sign_in(client, editor.username, "wrong")
    assert response.status_code == 429
    locked = sign_in(client, editor.username, "pw")
    assert locked.status_code == 429
    page = locked.content.decode()
    assert "Too many failed sign-in attempts" in page and "30 minutes" in page
    assert "_auth_user_id" not in client.session


@override_settings(AXES_FAILURE_LIMIT=5)
def test_the_lock_is_per_account_whatever_the_address(editor):
    for n in range(5):
        sign_in(Client(), editor.username, "wrong", address=f"198.51.100.{n}")
    assert sign_in(Client(), editor.username, "pw", address="192.0.2.99").status_code == 429


@override_settings(AXES_FAILURE_LIMIT=5)
def test_the_lock_is_per_address_whatever_the_account(editor):
    for n in range(5):
        sign_in(Client(), f"guess{n}", "wrong", address="198.51.100.1")
    assert sign_in(Client(), editor.username, "pw", address="198.51.100.1").status_code == 429
    assert signed_in(sign_in(Client(), editor.username, "pw", address="198.51.100.2"))


@override_settings(AXES_FAILURE_LIMIT=5)
def test_a_forged_forwarded_for_header_does_not_move_the_guesser_to_a_new_address(editor):
    """With no trusted proxy (DJANGO_NUM_PROXIES=0) X-Forwarded-For is the client's own words."""
    for n in range(5):
        sign_in(Client(), f"guess{n}", "wrong", HTTP_X_FORWARDED_FOR=f"10.0.0.{n}")
    assert sign_in(Client(), editor.username, "pw", HTTP_X_FORWARDED_FOR="10.9.9.9").status_code == 429


@override_settings(AXES_FAILURE_LIMIT=5)
def test_a_success_before_the_limit_starts_the_count_again(client, editor):
    for _ in range(4):
        sign_in(client, editor.username, "wrong")
    assert signed_in(sign_in(client, editor.username, "pw"))
    client.logout()
    for _ in range(4):
        sign_in(client, editor.username, "wrong")
    assert signed_in(sign_in(client, editor.username, "pw"))


@override_settings(AXES_FAILURE_LIMIT=5)
def test_an_administrator_lifts_the_lock_in_the_admin(superuser, editor):
    for _ in range(5):
        sign_in(Client(), editor.username, "wrong")
    assert sign_in(Client(), editor.username, "pw").status_code == 429

    admin = Client()
    admin.force_login(superuser)
    attempts = admin.get("/admin/axes/accessattempt/")
    assert attempts.status_code == 200 and editor.username in attempts.content.decode()
    ids = [str(pk) for pk in AccessAttempt.objects.values_list("pk", flat=True)]
    confirm = admin.post(
        "/admin/axes/accessattempt/", {"action": "delete_selected", "_selected_action": ids, "post": "yes"}
    )
    assert confirm.status_code == 302
    assert not AccessAttempt.objects.exists()
    assert signed_in(sign_in(Client(), editor.username, "pw"))


def test_a_reporter_cannot_see_or_lift_locks(reporter):
    client = Client()
    client.force_login(reporter)
    assert client.get("/admin/axes/accessattempt/").status_code == 403


# Two-factor sign-in -------------------------------------------------------------------------------


@pytest.fixture
def authenticator(editor):
    return TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)


def test_an_account_with_an_authenticator_signs_in_with_a_real_code(client, editor, authenticator):
    assert signed_in(sign_in(client, editor.username, "pw", code=totp_now(authenticator)))
    assert client.get("/admin/").status_code == 200


def test_the_password_alone_is_not_enough_once_an_authenticator_is_set_up(client, editor, authenticator):
    response = sign_in(client, editor.username, "pw")
    assert response.status_code == 200
    assert "Enter the six-digit code from your authenticator app." in response.content.decode()
    assert client.get("/admin/").status_code == 302


def test_a_wrong_code_is_refused_and_counts_towards_the_lockout(client, editor, authenticator):
    good = totp_now(authenticator)
    wrong = str((int(good) + 1) % 1_000_000).zfill(6)
    response = sign_in(client, editor.username, "pw", code=wrong)
    assert "That code is wrong or has expired." in response.content.decode()
    assert AccessAttempt.objects.get(username=editor.username).failures_since_start == 1


def test_a_code_is_good_once(editor, authenticator):
    code = totp_now(authenticator)
    assert signed_in(sign_in(Client(), editor.username, "pw", code=code))
    assert not signed_in(sign_in(Client(), editor.username, "pw", code=code))


def test_a_session_that_skipped_the_code_is_not_let_into_the_admin(client, editor, authenticator):
    client.force_login(editor)  # the password without the second factor
    response = client.get("/admin/")
    assert response.status_code == 302 and response["Location"].startswith(LOGIN)


@override_settings(NEWSROOM_REQUIRE_2FA=True)
def test_when_required_editors_and_administrators_without_an_authenticator_are_told_how_to_get_one(editor, superuser):
    for account in (editor, superuser):
        response = sign_in(Client(), account.username, "pw")
        assert response.status_code == 200
        assert "Ask an administrator to set one up for you" in response.content.decode()
        assert f"manage.py add_totp_device {account.username}" in response.content.decode()


@override_settings(NEWSROOM_REQUIRE_2FA=True)
def test_when_required_reporters_still_sign_in_with_their_password(reporter):
    client = Client()
    assert signed_in(sign_in(client, reporter.username, "pw"))
    assert client.get("/admin/").status_code == 200


@override_settings(NEWSROOM_REQUIRE_2FA=True)
def test_the_command_sets_up_an_authenticator_that_then_signs_in(editor):
    out = io.StringIO()
    call_command("add_totp_device", editor.username, stdout=out)
    assert "otpauth://totp/" in out.getvalue()
    device = TOTPDevice.objects.get(user=editor)
    client = Client()
    assert signed_in(sign_in(client, editor.username, "pw", code=totp_now(device)))
    assert client.get("/admin/").status_code == 200


def test_the_demo_accounts_sign_in_with_the_printed_passwords(db):
    """dev.py serve prints these; with two-factor sign-in off (development) they must work as printed."""
    out = io.StringIO()
    call_command("create_demo_accounts", stdout=out)
    accounts = re.findall(r"^\s+(\w+)\s+(\S+)\s+\(", out.getvalue(), re.MULTILINE)
    assert [name for name, _ in accounts] == ["reporter", "editor", "admin"]
    for username, password in accounts:
        client = Client()
        assert signed_in(sign_in(client, username, password))
        assert client.get("/admin/").status_code == 200


# Password reset and sessions ----------------------------------------------------------------------


def test_password_reset_answers_the_same_whether_or_not_the_address_has_an_account(client, editor):
    editor.email = "edgar@example.org"
    editor.save()
    known = client.post("/admin/password_reset/", {"email": "edgar@example.org"})
    unknown = client.post("/admin/password_reset/", {"email": "nobody@example.org"})
    assert (known.status_code, known["Location"]) == (unknown.status_code, unknown["Location"])
    assert known["Location"] == "/admin/password_reset/done/"
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["edgar@example.org"]
    done = client.get(known["Location"]).content.decode()
    assert "if an account exists with the email you entered" in done


def test_the_reset_link_sets_a_new_password_that_signs_in(client, editor):
    editor.email = "edgar@example.org"
    editor.save()
    client.post("/admin/password_reset/", {"email": "edgar@example.org"})
    link = re.search(r"https?://testserver(/admin/reset/\S+/)", mail.outbox[0].body).group(1)
    form = client.get(link, follow=True)
    assert form.status_code == 200
    new = "a-long-new-passphrase-42"
    done = client.post(form.redirect_chain[-1][0], {"new_password1": new, "new_password2": new})
    assert done["Location"] == "/admin/reset/done/"
    assert signed_in(sign_in(Client(), editor.username, new))
    assert not signed_in(sign_in(Client(), editor.username, "pw"))


def test_the_login_page_links_to_password_reset(client):
    assert 'href="/admin/password_reset/"' in client.get(LOGIN).content.decode()


def test_changing_the_password_ends_every_other_session(editor):
    elsewhere, here = Client(), Client()
    assert signed_in(sign_in(elsewhere, editor.username, "pw", address="198.51.100.5"))
    assert signed_in(sign_in(here, editor.username, "pw", address="198.51.100.6"))
    assert elsewhere.get("/admin/").status_code == 200
    new = "another-long-passphrase-7"
    changed = here.post("/admin/password_change/", {"old_password": "pw", "new_password1": new, "new_password2": new})
    assert changed["Location"] == "/admin/password_change/done/"
    assert here.get("/admin/").status_code == 200  # the session that changed it stays signed in
    gone = elsewhere.get("/admin/")
    assert gone.status_code == 302 and gone["Location"].startswith(LOGIN)


def test_a_password_set_by_an_administrator_ends_the_users_sessions(editor):
    client = Client()
    assert signed_in(sign_in(client, editor.username, "pw"))
    user = get_user_model().objects.get(pk=editor.pk)
    user.set_password("set-by-an-administrator-1")
    user.save()
    assert client.get("/admin/").status_code == 302


def test_session_and_csrf_cookies_are_secure_and_http_only(client, editor):
    page = client.get(LOGIN)
    csrf = page.cookies["csrftoken"]
    assert csrf["secure"] and csrf["httponly"]
    response = sign_in(client, editor.username, "pw")
    session = response.cookies["sessionid"]
    assert session["secure"] and session["httponly"] and session["samesite"] == "Lax"
