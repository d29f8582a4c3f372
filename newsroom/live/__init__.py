"""Live coverage: live pages and their entries (`models`, read through `querysets` with the one
reading rule), and everything that changes them (`services`: posting, publishing, correcting,
deleting with a note, pinning, key events, ending, turning a page into an article), each step
through newsroom.editorial.workflow. Imports editorial, edge, content and core; reading surfaces
import its models and querysets only, never its services."""
