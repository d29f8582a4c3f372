"""The shared services the site leans on besides its primary database: the cache in Redis (`cache`),
outgoing mail and the work done after a response (`mail`), and whatever joins them. The rule for
each: it may be away or slow and every request still answers (uncached, with mail sent later, from
the primary), and it says how it is at /health/ (`health`, whose checks NEWSROOM_HEALTH_CHECKS lists).

Where the next ones go: a read replica is a database router here, named in DATABASE_ROUTERS, that
reads from the primary inside a transaction, just after a person wrote, and whenever the replica
fails its check; a CDN purge backend is a receiver of newsroom.content.public_changes.public_changed
here. Each adds its check to NEWSROOM_HEALTH_CHECKS. Imports core only.
"""
