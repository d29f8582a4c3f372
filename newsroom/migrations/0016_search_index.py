"""The full-text search index, kept current by the database itself (read by newsroom/search.py).

PostgreSQL: a weighted `tsvector` column `search_vector` on articles and statements, GIN-indexed,
written by a BEFORE trigger on every insert and update. SQLite: FTS5 tables with the item's id as
rowid, written by AFTER triggers. Either way every path that changes a row keeps its entry
current: the admin, the workflow, `save(update_fields=...)`, `loaddata`, `bulk_create`,
`QuerySet.update()` and raw SQL; renaming an actor refreshes their statements' entries.

The column is not declared on the models on purpose: Django then never reads it into Python
(list pages and API lists do not carry up to a megabyte of vector per row) and never writes a
stale copy of it back. Only the first 100,000 characters of a text are indexed: a tsvector holds at
most 1 MB (about 4 bytes per character of adversarial text), and word positions stop counting at
16,383 anyway, which is about where 100,000 characters of English end. Slashes and angle brackets are
read as spaces: PostgreSQL's parser takes “mistrust/doubts” for a file path, which no word finds,
and reads `<...>` as an HTML tag, which can swallow the plain text after it.
"""

from django.db import migrations

POSTGRESQL = """
ALTER TABLE newsroom_article ADD COLUMN search_vector tsvector;
ALTER TABLE newsroom_statement ADD COLUMN search_vector tsvector;
-- Vectors stay in the row (compressed) rather than in TOAST: a search that checks the newest rows
-- one by one (newsroom.search.WINDOWS) then reads no TOAST chunks, which made it 5 times slower.
ALTER TABLE newsroom_article ALTER COLUMN search_vector SET STORAGE MAIN;
ALTER TABLE newsroom_statement ALTER COLUMN search_vector SET STORAGE MAIN;
DO $$ BEGIN
    ALTER TABLE newsroom_article ALTER COLUMN search_vector SET COMPRESSION lz4;
    ALTER TABLE newsroom_statement ALTER COLUMN search_vector SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN NULL;  -- a server built without lz4 keeps pglz
END $$;
-- Search reads the windows of newest items from this column's histogram: 1,000 buckets make them
-- fine enough (a tenth of a percent of the items each).
ALTER TABLE newsroom_article ALTER COLUMN first_published_at SET STATISTICS 1000;
ALTER TABLE newsroom_statement ALTER COLUMN first_published_at SET STATISTICS 1000;

-- The part of a text that is indexed, with slashes and angle brackets read as spaces.
CREATE FUNCTION newsroom_search_text(value text, max_chars integer) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT translate(left(coalesce(value, ''), max_chars), '/<>', '   ')
$$;

CREATE FUNCTION newsroom_article_search_vector(headline text, dek text, body text, byline text, dateline text)
RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT setweight(to_tsvector('pg_catalog.english', newsroom_search_text(headline, 1000)), 'A')
        || setweight(to_tsvector('pg_catalog.english', newsroom_search_text(dek, 10000)), 'B')
        || setweight(to_tsvector('pg_catalog.english', newsroom_search_text(body, 100000)), 'C')
        || setweight(to_tsvector('pg_catalog.english',
                                 newsroom_search_text(byline, 1000) || ' ' || newsroom_search_text(dateline, 1000)), 'D')
$$;

CREATE FUNCTION newsroom_statement_search_vector(words text, summary text, occasion text, speaker text)
RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT setweight(to_tsvector('pg_catalog.english', newsroom_search_text(words, 100000)), 'A')
        || setweight(to_tsvector('pg_catalog.english',
                                 newsroom_search_text(summary, 20000) || ' ' || newsroom_search_text(occasion, 1000)), 'B')
        || setweight(to_tsvector('pg_catalog.english', newsroom_search_text(speaker, 1000)), 'C')
$$;

-- The triggers compare columns in their bodies rather than in `UPDATE OF` or `WHEN` lists, so that a
-- later migration may still change those columns' types. A row whose text is unchanged (a workflow
-- step) keeps its vector; setting search_vector to anything, NULL included, recomputes it.
CREATE FUNCTION newsroom_article_search_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.search_vector IS NOT NULL
        AND NEW.search_vector IS NOT DISTINCT FROM OLD.search_vector
        AND (NEW.headline, NEW.dek, NEW.body, NEW.byline, NEW.dateline)
            IS NOT DISTINCT FROM (OLD.headline, OLD.dek, OLD.body, OLD.byline, OLD.dateline) THEN
        RETURN NEW;
    END IF;
    NEW.search_vector := newsroom_article_search_vector(NEW.headline, NEW.dek, NEW.body, NEW.byline, NEW.dateline);
    RETURN NEW;
END
$$;

CREATE FUNCTION newsroom_statement_search_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.search_vector IS NOT NULL
        AND NEW.search_vector IS NOT DISTINCT FROM OLD.search_vector
        AND (NEW.text, NEW.summary, NEW.occasion, NEW.actor_id)
            IS NOT DISTINCT FROM (OLD.text, OLD.summary, OLD.occasion, OLD.actor_id) THEN
        RETURN NEW;
    END IF;
    NEW.search_vector := newsroom_statement_search_vector(
        NEW.text, NEW.summary, NEW.occasion, (SELECT name FROM newsroom_actor WHERE id = NEW.actor_id));
    RETURN NEW;
END
$$;

-- A statement's vector holds its speaker's name. On insert too: loaddata may write a statement
-- before its actor within one transaction (the foreign key is checked at commit).
CREATE FUNCTION newsroom_actor_search_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' OR NEW.name IS DISTINCT FROM OLD.name THEN
        UPDATE newsroom_statement SET search_vector = NULL WHERE actor_id = NEW.id;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER newsroom_article_search BEFORE INSERT OR UPDATE ON newsroom_article
    FOR EACH ROW EXECUTE FUNCTION newsroom_article_search_update();
CREATE TRIGGER newsroom_statement_search BEFORE INSERT OR UPDATE ON newsroom_statement
    FOR EACH ROW EXECUTE FUNCTION newsroom_statement_search_update();
CREATE TRIGGER newsroom_actor_search AFTER INSERT OR UPDATE ON newsroom_actor
    FOR EACH ROW EXECUTE FUNCTION newsroom_actor_search_update();

UPDATE newsroom_article SET search_vector = NULL;
UPDATE newsroom_statement SET search_vector = NULL;

CREATE INDEX newsroom_article_search ON newsroom_article USING gin (search_vector);
CREATE INDEX newsroom_statement_search ON newsroom_statement USING gin (search_vector);
"""

POSTGRESQL_REVERSE = """
DROP TRIGGER newsroom_actor_search ON newsroom_actor;
DROP TRIGGER newsroom_statement_search ON newsroom_statement;
DROP TRIGGER newsroom_article_search ON newsroom_article;
DROP FUNCTION newsroom_actor_search_update();
DROP FUNCTION newsroom_statement_search_update();
DROP FUNCTION newsroom_article_search_update();
DROP FUNCTION newsroom_statement_search_vector(text, text, text, text);
DROP FUNCTION newsroom_article_search_vector(text, text, text, text, text);
DROP FUNCTION newsroom_search_text(text, integer);
ALTER TABLE newsroom_statement DROP COLUMN search_vector;
ALTER TABLE newsroom_article DROP COLUMN search_vector;
"""

# SQLite's FTS5 keeps its own copy of the indexed text, so snippets come from it. U+E000 and
# U+E001 mark matches in snippets (newsroom.search.SNIPPET_MARKS): they are taken out of the copy.
_ARTICLE_ROW = """(NEW.id,
    replace(replace(NEW.headline, char(57344), ''), char(57345), ''),
    replace(replace(substr(NEW.dek, 1, 10000), char(57344), ''), char(57345), ''),
    replace(replace(substr(NEW.body, 1, 100000), char(57344), ''), char(57345), ''),
    NEW.byline || ' ' || NEW.dateline)"""
_STATEMENT_ROW = """(NEW.id,
    replace(replace(substr(NEW.text, 1, 100000), char(57344), ''), char(57345), ''),
    substr(NEW.summary, 1, 20000) || ' ' || NEW.occasion,
    (SELECT name FROM newsroom_actor WHERE id = NEW.actor_id))"""

SQLITE = [
    "CREATE VIRTUAL TABLE newsroom_article_fts USING fts5("
    "headline, dek, body, byline, tokenize = 'porter unicode61 remove_diacritics 2')",
    "CREATE VIRTUAL TABLE newsroom_statement_fts USING fts5("
    "words, context, speaker, tokenize = 'porter unicode61 remove_diacritics 2')",
    f"""CREATE TRIGGER newsroom_article_fts_insert AFTER INSERT ON newsroom_article BEGIN
        INSERT INTO newsroom_article_fts (rowid, headline, dek, body, byline) VALUES {_ARTICLE_ROW};
    END""",
    f"""CREATE TRIGGER newsroom_article_fts_update AFTER UPDATE OF id, headline, dek, body, byline, dateline
        ON newsroom_article BEGIN
        DELETE FROM newsroom_article_fts WHERE rowid = OLD.id;
        INSERT INTO newsroom_article_fts (rowid, headline, dek, body, byline) VALUES {_ARTICLE_ROW};
    END""",
    """CREATE TRIGGER newsroom_article_fts_delete AFTER DELETE ON newsroom_article BEGIN
        DELETE FROM newsroom_article_fts WHERE rowid = OLD.id;
    END""",
    f"""CREATE TRIGGER newsroom_statement_fts_insert AFTER INSERT ON newsroom_statement BEGIN
        INSERT INTO newsroom_statement_fts (rowid, words, context, speaker) VALUES {_STATEMENT_ROW};
    END""",
    f"""CREATE TRIGGER newsroom_statement_fts_update AFTER UPDATE OF id, text, summary, occasion, actor_id
        ON newsroom_statement BEGIN
        DELETE FROM newsroom_statement_fts WHERE rowid = OLD.id;
        INSERT INTO newsroom_statement_fts (rowid, words, context, speaker) VALUES {_STATEMENT_ROW};
    END""",
    """CREATE TRIGGER newsroom_statement_fts_delete AFTER DELETE ON newsroom_statement BEGIN
        DELETE FROM newsroom_statement_fts WHERE rowid = OLD.id;
    END""",
    """CREATE TRIGGER newsroom_actor_fts_insert AFTER INSERT ON newsroom_actor BEGIN
        UPDATE newsroom_statement_fts SET speaker = NEW.name
        WHERE rowid IN (SELECT id FROM newsroom_statement WHERE actor_id = NEW.id);
    END""",
    """CREATE TRIGGER newsroom_actor_fts_rename AFTER UPDATE OF name ON newsroom_actor BEGIN
        UPDATE newsroom_statement_fts SET speaker = NEW.name
        WHERE rowid IN (SELECT id FROM newsroom_statement WHERE actor_id = NEW.id);
    END""",
    f"""INSERT INTO newsroom_article_fts (rowid, headline, dek, body, byline)
        SELECT {_ARTICLE_ROW.replace("NEW.", "")[1:-1]} FROM newsroom_article""",
    f"""INSERT INTO newsroom_statement_fts (rowid, words, context, speaker)
        SELECT {_STATEMENT_ROW.replace("NEW.", "newsroom_statement.")[1:-1]} FROM newsroom_statement""",
]

SQLITE_REVERSE = [
    "DROP TABLE newsroom_article_fts",
    "DROP TABLE newsroom_statement_fts",
    *(
        f"DROP TRIGGER {name}"
        for name in [
            "newsroom_article_fts_insert", "newsroom_article_fts_update", "newsroom_article_fts_delete",
            "newsroom_statement_fts_insert", "newsroom_statement_fts_update", "newsroom_statement_fts_delete",
            "newsroom_actor_fts_insert", "newsroom_actor_fts_rename",
        ]
    ),
]


def run(statements_by_vendor):
    def operation(apps, schema_editor):
        statements = statements_by_vendor.get(schema_editor.connection.vendor)
        if statements is None:
            raise NotImplementedError(f"No search index for {schema_editor.connection.vendor}.")
        for sql in [statements] if isinstance(statements, str) else statements:
            schema_editor.execute(sql, params=None)

    return operation


class Migration(migrations.Migration):
    dependencies = [("newsroom", "0015_desk_assignments_comments_autosave")]

    operations = [
        migrations.RunPython(
            run({"postgresql": POSTGRESQL, "sqlite": SQLITE}),
            run({"postgresql": POSTGRESQL_REVERSE, "sqlite": SQLITE_REVERSE}),
        )
    ]
