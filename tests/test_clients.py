"""Who a request comes from (newsroom/clients.py), and the API throttle that counts by it."""

import pytest
from django.test import RequestFactory

from newsroom.http.clients import client_address

pytestmark = pytest.mark.django_db


def request(remote, forwarded=None):
    headers = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **headers)


def test_with_no_trusted_proxy_forwarded_for_is_ignored(settings):
    settings.NUM_PROXIES = 0
    assert client_address(request("198.51.100.1", "10.1.1.1")) == "198.51.100.1"


def test_behind_one_proxy_the_address_it_saw_is_the_client(settings):
    """A proxy appends the peer it saw; whatever the client wrote stands to its left."""
    settings.NUM_PROXIES = 1
    assert client_address(request("127.0.0.1", "10.1.1.1, 203.0.113.9")) == "203.0.113.9"
    assert client_address(request("127.0.0.1", "203.0.113.9")) == "203.0.113.9"
    assert client_address(request("127.0.0.1")) == "127.0.0.1"


def test_behind_two_proxies_the_outer_ones_entry_is_the_client(settings):
    settings.NUM_PROXIES = 2
    assert client_address(request("127.0.0.1", "6.6.6.6, 203.0.113.9, 10.0.0.2")) == "203.0.113.9"


def test_a_forged_forwarded_for_does_not_escape_the_api_throttle(client, settings):
    settings.NEWSROOM_API_ANON_RATE = "3/minute"
    statuses = [client.get("/api/tags/", HTTP_X_FORWARDED_FOR=f"10.0.0.{n}").status_code for n in range(5)]
    assert statuses == [200, 200, 200, 429, 429]


def test_behind_a_proxy_the_forged_part_of_the_header_does_not_escape_either(client, settings):
    settings.NUM_PROXIES = 1
    settings.NEWSROOM_API_ANON_RATE = "3/minute"
    statuses = [client.get("/api/tags/", HTTP_X_FORWARDED_FOR=f"10.0.0.{n}, 203.0.113.9").status_code for n in range(4)]
    assert statuses == [200, 200, 200, 429]
    # Another client behind the same proxy has its own allowance.
    assert client.get("/api/tags/", HTTP_X_FORWARDED_FOR="203.0.113.10").status_code == 200
