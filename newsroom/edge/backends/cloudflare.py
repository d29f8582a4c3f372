"""Cloudflare: a purge by cache tag (the `Cache-Tag` header the site sends beside `Surrogate-Key`).
https://developers.cloudflare.com/api/resources/cache/methods/purge/"""

from newsroom.edge.backends.base import PurgeBackend, PurgeError

API = "https://api.cloudflare.com/client/v4"


class CloudflareBackend(PurgeBackend):
    name = "cloudflare"
    keys_per_request = 30
    # Cloudflare reads its tags from this response header (comma-separated) and strips it.
    key_header = "Cache-Tag"

    def __init__(self, zone_id, api_token, api_url=API, timeout=5):
        self.zone_id, self.api_token = zone_id, api_token
        self.api_url, self.timeout = api_url.rstrip("/"), timeout

    def purge_keys(self, keys):
        answer = self.request(
            "POST",
            f"{self.api_url}/zones/{self.zone_id}/purge_cache",
            headers={"Authorization": f"Bearer {self.api_token}"},
            body={"tags": list(keys)},
        )
        if not (answer or {}).get("success"):
            raise PurgeError(f"Cloudflare refused the purge: {(answer or {}).get('errors')}")
