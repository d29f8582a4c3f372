"""The public site: what readers see, and nothing else. Pages (`views`, `urls`), an article's
page laid out (`story`) with its quotations linked (`quotations`), a statement's provenance
(`provenance`), canonical addresses and structured data (`discovery`), lists by position
(`pagination`) and mixed lists of reports and statements (`stream`), search (`search/`), feeds,
sitemaps, and the page cache. Every query starts from the reading rule (content's `live()`).
Imports content, core and http, and of editorial only the preview links; it never writes."""
