"""The reader's side of claims and answers: incident pages (`views`, their timeline in `timeline`),
fact-check pages and the ClaimReview they carry (`discovery`), what a statement's, an article's
and an actor's page add (`context`: the thread, fact-checks, incidents, the actor's dialogue),
and the feeds of an incident, a statement's thread and fact-checks (`feeds`; `annotations` adds
links, incidents and reviews to every JSON Feed)."""
