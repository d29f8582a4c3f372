"""Finding live articles and statements by their words: the search page and the API's `q`.

What a reader may type: words (every one must appear, in any form: “killing” finds “killed” on
PostgreSQL), phrases in double quotes, and a prefix with a star (`negoti*`). Anything else is
ignored; punctuation alone finds nothing, and more than MAX_TERMS words are refused with a
message (SearchError).

The index is kept by the database itself (migration 0016_search_index): a weighted `tsvector`
column behind a GIN index on PostgreSQL (headline A, dek B, body C, byline and dateline D; a
statement's words A, its summary and occasion B, its speaker's name C), FTS5 tables on SQLite.
Triggers write it on every insert and update, by whatever path, and when an actor is renamed.
A search only matches and ranks: it never builds a vector per row.

Ranking every match of a common word would read every matching row, so a search ranks the
CANDIDATES newest matches of each kind (articles, statements), and pages through those, best
first. An old report that matches a common word is found by adding a rarer word, a tag, an actor
or dates. To find the newest matches without reading every match, PostgreSQL looks first among
the newest published items (WINDOWS), where a common word's matches are many, and widens the
window only when it holds too few.
"""
