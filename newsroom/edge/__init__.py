"""The HTTP cache in front of the site (Varnish or a CDN), and purging it when readers' content changes.

Owns what shared caches are told (`headers`: `Cache-Control` and `Surrogate-Key` on every
response), the vocabulary of surrogate keys and what a response shows (`keys`), which keys an
event changes (`events`: publish, unpublish, an edit of a live item, a correction, the clock), and
sending purges after the commit through the backend chosen by settings (`purge`, `backends/`:
Varnish, Fastly, Cloudflare, CloudFront, a dry run).

May import `content` and `core`. The workflow, the admin, the reading site and the API call in
(`declare` in views, `purge_on_commit` where live content changes); nothing here calls them.
"""

from newsroom.edge.events import purge_on_commit, purge_schedule_on_commit
from newsroom.edge.keys import declare

__all__ = ["declare", "purge_on_commit", "purge_schedule_on_commit"]
