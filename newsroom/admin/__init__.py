"""The editors' admin: one module per model (actors, articles, sources, statements, statement links,
incidents, fact-checks with their rating scale) and one per
concern of the article and statement pages (publishable: permissions, saving and the workflow
buttons; desk: comments, assignment, autosave, preview; filters; inlines; actions; preview
links; revisions; the claims panel under a statement)
and the ingest screens (`ingest`). Imports every package below it."""

from newsroom.admin import (  # noqa: F401  (registers the admins)
    actors,
    articles,
    fact_checks,
    incidents,
    live,
    photos,
    sources,
    statement_links,
    statements,
)
