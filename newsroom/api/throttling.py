from django.conf import settings
from rest_framework.throttling import AnonRateThrottle

from newsroom.http.clients import client_address


class AnonymousThrottle(AnonRateThrottle):
    """Anonymous clients, limited by IP to NEWSROOM_API_ANON_RATE (read at request time, so settings can change it)."""

    def get_rate(self):
        return settings.NEWSROOM_API_ANON_RATE

    def get_ident(self, request):
        # DRF's own rule trusts the whole X-Forwarded-For when NUM_PROXIES is unset; ours reads it
        # only from the proxies the settings name, the same rule as the sign-in lockout.
        return client_address(request)
