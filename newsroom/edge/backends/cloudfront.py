"""Amazon CloudFront: it files nothing under keys, so a batch becomes an invalidation of addresses:
the item's own pages, and for every list it names the patterns of the pages that list (a pattern
such as `/tags/*` is billed as one path). boto3 reads credentials as it always does."""

import time

from newsroom.edge.backends.base import PurgeBackend

# The addresses that show a list, by its key's kind ("tag" for "tag-5-items").
LIST_PATHS = {
    "articles": ("/", "/articles/*", "/feeds/rss/", "/feeds/atom/", "/feed.json", "/api/articles/*"),
    "statements": ("/", "/statements/*", "/feeds/rss/", "/feeds/atom/", "/feed.json", "/api/statements/*"),
    "actors": ("/actors/*", "/api/actors/*"),
    "sources": ("/sources/*", "/api/sources/*"),
    "tags": ("/", "/tags/*", "/api/tags/*"),
    "search": ("/search/*", "/api/articles/*", "/api/statements/*"),
    "tag": ("/tags/*", "/feeds/tags/*", "/articles/*"),
    "actor": ("/actors/*", "/feeds/actors/*", "/articles/*"),
    "source": ("/sources/*", "/articles/*"),
    "statement": ("/statements/*",),
    "article": ("/articles/*",),
    "all": ("/*",),
}


def paths_of(batch):
    paths = set(batch.paths)
    for key in batch.keys:
        kind, _, rest = key.partition("-")
        if not rest:  # a whole list, or "all"
            paths.update(LIST_PATHS.get(key, ()))
        elif rest.endswith("items"):
            paths.update(LIST_PATHS.get(kind, ()))
        else:  # an entity: the lists that show its card
            paths.update(LIST_PATHS.get(f"{kind}s", ()))
    return sorted(paths)


class CloudFrontBackend(PurgeBackend):
    name = "cloudfront"

    def __init__(self, distribution_id, client=None, timeout=10):
        self.distribution_id, self.timeout = distribution_id, timeout
        self._client = client

    @property
    def client(self):
        if self._client is None:
            import boto3

            self._client = boto3.client("cloudfront")
        return self._client

    def purge(self, batch):
        paths = paths_of(batch)
        if not paths:
            return
        self.client.create_invalidation(
            DistributionId=self.distribution_id,
            InvalidationBatch={
                "Paths": {"Quantity": len(paths), "Items": paths},
                "CallerReference": f"newsroom-{time.time_ns()}",
            },
        )
