"""The commands themselves (see newsroom/management)."""
