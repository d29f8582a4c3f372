"""The shared services the site leans on besides its primary database: the cache in Redis (`cache`),
outgoing mail and the work done after a response (`mail`), and whatever joins them. The rule for
each: it may be away or slow and every request still answers (uncached, with mail sent later, from
the primary), and it says how it is at /health/ (`health`, whose checks NEWSROOM_HEALTH_CHECKS lists).

The read replica (newsroom/databases/) and the HTTP cache's purges (newsroom/edge/) follow the
same rule in packages of their own and add their checks to NEWSROOM_HEALTH_CHECKS. Imports core only.
"""
