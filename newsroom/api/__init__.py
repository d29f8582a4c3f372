"""The read-only JSON API: published content only, for everyone."""
