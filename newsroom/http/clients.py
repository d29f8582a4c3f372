"""Who a request comes from, behind the configured number of reverse proxies."""

from django.conf import settings


def client_address(request):
    """The client's IP address: the peer's, or with NUM_PROXIES proxies in front, the address the
    outermost of them saw, read from the right of X-Forwarded-For. Entries further left were written
    by the client and prove nothing, so they are never used (a forged header cannot pick an address)."""
    remote_addr = request.META.get("REMOTE_ADDR", "")
    num_proxies = settings.NUM_PROXIES
    forwarded_for = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if num_proxies <= 0 or not forwarded_for:
        return remote_addr
    addresses = [a.strip() for a in forwarded_for.split(",") if a.strip()]
    if not addresses:
        return remote_addr
    return addresses[-min(num_proxies, len(addresses))]
