"""What every purge backend does, and the HTTP call the ones with an HTTP API share."""

import json
import urllib.request


class PurgeError(Exception):
    """The cache refused or did not answer; the sender tries again, then logs it."""


class PurgeBackend:
    name = "purge"
    # How many keys one request may name (the APIs' limits).
    keys_per_request = 256
    timeout = 5

    def purge(self, batch):
        """Purge everything `batch` names, or raise."""
        keys = sorted(batch.keys)
        for start in range(0, len(keys), self.keys_per_request):
            self.purge_keys(keys[start : start + self.keys_per_request])

    def purge_keys(self, keys):
        raise NotImplementedError

    def request(self, method, url, *, headers=None, body=None):
        """One HTTP request; a status of 300 or more is a PurgeError. Returns the decoded JSON, if any."""
        data = json.dumps(body).encode() if body is not None else None
        headers = {**(headers or {}), **({"Content-Type": "application/json"} if data else {})}
        request = urllib.request.Request(url, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                content = response.read()
        except urllib.error.HTTPError as error:
            raise PurgeError(f"{method} {url}: {error.code} {error.read()[:200]!r}") from error
        except OSError as error:
            raise PurgeError(f"{method} {url}: {error}") from error
        if content and response.headers.get_content_type() == "application/json":
            return json.loads(content)
        return None
