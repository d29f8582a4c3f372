"""The editorial workflow and what surrounds it: who may do what (`permissions`, `references`),
every status change with its checks and its log (`workflow`, its records in `models`), edits that
never overwrite anyone (`editing`), revisions and their differences (`revisions`), signed preview
links (`previews`), and the forms a workflow step reads (`forms`). Imports content and core."""
