"""The editors' admin: one module per model, the workflow buttons and actions in workflow.py."""

from newsroom.admin import actors, articles, photos, sources, statements  # noqa: F401  (registers the admins)
