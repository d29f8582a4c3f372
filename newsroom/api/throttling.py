from django.conf import settings
from rest_framework.throttling import AnonRateThrottle


class AnonymousThrottle(AnonRateThrottle):
    """Anonymous clients, limited by IP to NEWSROOM_API_ANON_RATE (read at request time, so settings can change it)."""

    def get_rate(self):
        return settings.NEWSROOM_API_ANON_RATE
