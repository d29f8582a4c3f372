"""Live coverage: live pages and their entries (`models`, read through `querysets` with the one
reading rule), and everything that changes them (`services`: posting, publishing, correcting,
deleting with a note, pinning, key events, ending, turning a page into an article), each step
through newsroom.editorial.workflow. A page covers one incident at most (claims' `Incident`, whose
model it imports: incidents know nothing of live coverage). Imports editorial, edge, content, core
and claims' models; reading surfaces import its models and querysets only, never its services."""
