"""The app's small shared vocabulary: text limits, tag slugs, times in UTC, the site's paths,
permission names, whole numbers and JSON from input. Imports nothing of the app."""
