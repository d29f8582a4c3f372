"""Newsroom: the editorial CMS, one Django app in packages that show its architecture.

Lowest first (each package's own docstring says what it owns and may import; the whole map is
newsroom/architecture.toml, which tests/test_architecture.py enforces):

- core       the app's small shared vocabulary: text limits, tag slugs, times, paths, permission names
- http       what every request passes through: middleware, error pages, the client's address
- dependencies  the shared services besides the primary database (the cache, mail), each degrading
             instead of failing, and /health/ saying how each is
- content    what the newsroom holds (actors, sources, articles, statements, photos, corrections)
             and the one reading rule, `live()`
- editorial  the workflow and what surrounds it: who may do what, every status change and its log,
             edits that never overwrite, revisions, previews, corrections
- desk       the work around an item: assignments, comments, autosave, what changed since
- ingest     news copy in: quotations found and attributed, statements linked across reports
- reading    the public site: pages, lists, search, feeds, sitemaps, the page cache
- api        the read-only JSON API
- admin      the editors' admin, the desk on its index, staff sign-in

`models.py` registers every model with Django; code imports a model from its feature's package.
"""
