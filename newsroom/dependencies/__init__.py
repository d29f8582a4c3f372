"""The shared services the site leans on besides its primary database: the cache in Redis (`cache`),
outgoing mail (`mail`), and whatever joins them (a read replica, a CDN's purge API). The rule for
each: it may be away or slow and every request still answers (uncached, with mail sent later, from
the primary), and it says how it is at /health/ (`health`). Imports core only."""
