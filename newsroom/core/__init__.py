"""The app's small shared vocabulary: text limits, tag slugs, times in UTC, the site's paths and
permission names. Imports nothing of the app."""
