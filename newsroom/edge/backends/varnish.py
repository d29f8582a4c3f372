"""Varnish with the xkey module (Debian's varnish-modules): `PURGE /` with the keys in an
`xkey-purge` header, to every Varnish in front of the site (deploy/varnish/newsroom.vcl answers it)."""

from newsroom.edge.backends.base import PurgeBackend


class VarnishBackend(PurgeBackend):
    name = "varnish"
    # Varnish reads a request header of up to 8 KB by default: keys go in parts well under that.
    keys_per_request = 200

    def __init__(self, locations, timeout=2):
        self.locations = [locations] if isinstance(locations, str) else list(locations)
        self.timeout = timeout

    def purge_keys(self, keys):
        for location in self.locations:
            self.request("PURGE", location.rstrip("/") + "/", headers={"xkey-purge": " ".join(keys)})
