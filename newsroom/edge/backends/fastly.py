"""Fastly: a purge by surrogate key (the `Surrogate-Key` header the site sends), up to 256 keys a call.
https://www.fastly.com/documentation/reference/api/purging/"""

from newsroom.edge.backends.base import PurgeBackend

API = "https://api.fastly.com"


class FastlyBackend(PurgeBackend):
    name = "fastly"
    keys_per_request = 256

    def __init__(self, service_id, api_token, soft=False, api_url=API, timeout=5):
        self.service_id, self.api_token, self.soft = service_id, api_token, soft
        self.api_url, self.timeout = api_url.rstrip("/"), timeout

    def purge_keys(self, keys):
        headers = {"Fastly-Key": self.api_token, "Surrogate-Key": " ".join(keys), "Accept": "application/json"}
        if self.soft:  # mark stale rather than remove: served while Fastly revalidates
            headers["Fastly-Soft-Purge"] = "1"
        self.request("POST", f"{self.api_url}/service/{self.service_id}/purge", headers=headers)
