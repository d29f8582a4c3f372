"""The app's small shared vocabulary: text limits, tag slugs, times in UTC, the site's paths,
permission names, whole numbers and JSON from input, quoting (the one scanner of quotation marks and
the one comparison of wordings that ingest, the reader's page and provenance share). Imports nothing
of the app."""
