"""Password reset (newsroom/accounts/password_reset.py): throttled per address, per client and per
account; its mail made and sent after the answer, so the answer does not tell who has an account;
a mail server that is away costs a logged failure and a degraded /health/, never the answer."""

import re

import pytest
from django.core import mail
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from newsroom.accounts.models import PasswordResetRequest
from newsroom.dependencies import mail as outgoing
from tests.stoppable import free_port

pytestmark = pytest.mark.django_db
URL = "/admin/password_reset/"


@pytest.fixture
def edgar(editor):
    editor.email = "edgar@example.org"
    editor.save()
    return editor


@pytest.fixture(autouse=True)
def fresh_mail_state():
    outgoing.state.__init__()
    yield
    outgoing.state.__init__()


def ask(client, email, address="203.0.113.7"):
    return client.post(URL, {"email": email}, REMOTE_ADDR=address)


def test_one_address_is_sent_three_links_an_hour_then_told_to_wait(client, edgar, time_machine):
    time_machine.move_to("2030-01-01 10:00Z", tick=False)
    answers = [ask(client, "edgar@example.org", address=f"203.0.113.{n}").status_code for n in range(5)]
    assert answers == [302, 302, 302, 429, 429]
    assert len(mail.outbox) == 3
    refused = ask(client, "Edgar@Example.org", address="198.51.100.1")
    assert refused.status_code == 429 and "Too many password resets" in refused.content.decode()
    time_machine.move_to("2030-01-01 11:01Z", tick=False)
    assert ask(client, "edgar@example.org").status_code == 302 and len(mail.outbox) == 4


def test_an_address_nobody_has_is_throttled_the_same(client, edgar):
    """The count is of what was typed: a 429 says nothing of whether an account has the address."""
    assert [ask(client, "nobody@example.org", address=f"203.0.113.{n}").status_code for n in range(4)] == [
        302,
        302,
        302,
        429,
    ]
    assert mail.outbox == []


def test_one_client_may_ask_ten_times_an_hour(client, edgar):
    answers = [ask(client, f"person{n}@example.org").status_code for n in range(12)]
    assert answers == [302] * 10 + [429] * 2
    assert ask(client, "edgar@example.org", address="198.51.100.9").status_code == 302
    assert len(mail.outbox) == 1


def test_one_account_is_sent_three_links_an_hour_however_its_address_is_spelt(client, edgar, settings):
    settings.NEWSROOM_RESETS_PER_ADDRESS = 100
    settings.NEWSROOM_RESETS_PER_CLIENT = 100
    for spelling in ["edgar@example.org", "EDGAR@example.org", "Edgar@Example.org", "edgar@EXAMPLE.ORG"] * 2:
        assert ask(client, spelling).status_code == 302
    assert len(mail.outbox) == 3
    assert PasswordResetRequest.objects.filter(account=edgar).count() == 3


def test_the_answer_does_the_same_work_whether_or_not_the_address_has_an_account(edgar):
    """Known or unknown, the request counts and records, then answers: no account is looked up, no
    link made, no mail sent before the answer has gone (those queries come after it)."""
    answered = []
    for email in ("edgar@example.org", "nobody@example.org"):
        with CaptureQueriesContext(connection) as context:
            response = wsgi_post(URL, {"email": email}, until_answered=True)
        assert response.status_code == 302
        answered.append([re.sub(r"'[^']*'|\w*\d\w*", "?", query["sql"]) for query in context.captured_queries])
        response.close()
    assert answered[0] == answered[1]
    assert not any("auth_user" in sql for sql in answered[0])


def test_the_mail_goes_after_the_answer(edgar):
    response = wsgi_post(URL, {"email": "edgar@example.org"}, until_answered=True)
    assert response.status_code == 302
    assert mail.outbox == []  # answered; nothing sent yet
    response.close()  # what the server does once the answer is written
    assert len(mail.outbox) == 1 and "/admin/reset/" in mail.outbox[0].body


def test_the_link_names_the_site_address_not_the_host_a_request_named(client, edgar, settings):
    settings.NEWSROOM_SITE_URL = "https://news.example.org"
    settings.ALLOWED_HOSTS = ["news.example.org", "testserver"]
    ask(client, "edgar@example.org")
    assert "https://news.example.org/admin/reset/" in mail.outbox[0].body
    assert "testserver" not in mail.outbox[0].body


def test_a_mail_server_away_costs_neither_the_answer_nor_the_site(client, edgar, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", free_port(), 2
    assert ask(client, "edgar@example.org").status_code == 302
    check = client.get("/health/").json()["checks"]["mail"]
    assert check["status"] == "degraded" and "ConnectionRefusedError" in check["detail"]
    assert str(settings.EMAIL_PORT) not in check["detail"]
    assert PasswordResetRequest.objects.filter(account=edgar).count() == 0  # not sent: not counted


class Answered:
    """A WSGI response as the server holds it once it has written it, before it closes it."""

    def __init__(self, result, status):
        self.result, self.status_code = result, int(status.split()[0])

    def close(self):
        request_finished.disconnect(close_old_connections)  # as the test client does: keep the test's transaction
        try:
            self.result.close()
        finally:
            request_finished.connect(close_old_connections)


def wsgi_post(url, data, until_answered):
    """POST through Django's WSGI handler as a server would, with a CSRF cookie and token; the
    response is returned written but not closed."""
    token = "a" * 32
    environ = RequestFactory().post(url, {**data, "csrfmiddlewaretoken": token}).environ
    environ["HTTP_COOKIE"] = f"csrftoken={token}"
    status = []
    request_started.disconnect(close_old_connections)
    try:
        result = WSGIHandler()(environ, lambda s, headers, *rest: status.append(s))
        b"".join(result)
    finally:
        request_started.connect(close_old_connections)
    answered = Answered(result, status[0])
    if not until_answered:
        answered.close()
    return answered
