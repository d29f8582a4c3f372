"""What the newsroom holds, and the one rule of what readers may see.

The models, one module per feature (`models/`); the reading rule and the page queries
(`querysets`: `live()`, `with_state()`, for pages and cards) with the two words for where an item
stands (`states`: `Status`, which the workflow sets; `State`, the status read against the clock);
the public clock (`public_clock`: when what readers see last changed; `public_changes`: what moves it
beyond the items' own dates); queries of a fixed shape compiled once per process (`compiled`) and
prepared once per PostgreSQL session (`prepared`, the public clock's too); live tags and their counts
(`tag_counts`); the article body format (`body`); photo renditions (`photos`). Imports core only.
"""
