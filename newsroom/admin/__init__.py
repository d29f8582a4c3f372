"""The editors' admin: one module per model (actors, articles, sources, statements) and one per
concern of the article and statement pages (publishable: permissions, saving and the workflow
buttons; desk: comments, assignment, autosave, preview; filters; inlines; actions; preview
links; revisions)
and the ingest screens (`ingest`). Imports every package below it."""

from newsroom.admin import actors, articles, live, photos, sources, statements  # noqa: F401  (registers the admins)
