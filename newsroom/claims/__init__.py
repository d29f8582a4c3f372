"""Claims and answers: statements linked to each other, gathered by incident, and fact-checked.

What it owns: the kinds of link between two statements, in one table (`kinds`); the models
(`models`: `StatementLink`, `Incident` with its reports and statements, `Rating`, `FactCheck` and
its references) and their reading rules (`querysets`: `live()`, which for a link and a fact-check
also asks that the statements they name are live); a statement's thread, the conversation it belongs to, read in a
fixed number of queries (`threads`); the workflow's readiness rules for its kinds (`readiness`,
registered with editorial.workflow when the app is ready); and the writes around the workflow
(`services`: a link ingest proposes, kept as a draft; an incident's membership changed, which
readers see as a change).

Links, incidents and fact-checks go through the one workflow of newsroom.editorial (draft, in
review, published, unpublished). Imports editorial, content and core; the reading site imports its
models, querysets, kinds and threads only; ingest its kinds and `services.link_propose`.
"""
