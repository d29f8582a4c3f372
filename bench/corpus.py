"""Fill the database with a newsroom-sized archive for benchmarks and the CI scale guard.

    .venv/bin/python bench/corpus.py                   # 100,000 articles and the rest in proportion
    .venv/bin/python bench/corpus.py --articles 20000  # everything scaled down alike
    .venv/bin/python bench/corpus.py --replace         # throw the generated rows away and build anew

It runs with the site's settings (DATABASE_URL and the rest from the environment); from code,
`call_command(corpus.Command(), "--articles", "60")`.

The shape (per 100,000 articles): 500,000 statements, 5,000 actors, 500 sources and 2,000 tags
used Zipf-like (a few tags on a large share of items); every article cites 3 statements in its own
wording and mentions 3 actors; 5% of articles and statements are drafts, with realistic shares in
review, scheduled, under embargo, expired and unpublished; publication dates spread over years.
Claims and answers in proportion: 50,000 links between statements (one statement in ten answers
an earlier one nearby, and a few long exchanges run 40 statements deep), 200 incidents of 5 to
400 reports each with the statements they quote, and 2,500 fact-checks.

The text is English built from the seed texts' sentences (fixtures/seed-texts/) with their content
words redrawn, Zipf-like, from the seed vocabulary and a word list (fixtures/corpus-words.txt), so
full-text search meets word frequencies and document lengths like a real archive's.

Generated rows are recognisable: actors, sources, articles and tags have slugs starting with
`corpus-`, and generated statements are those of generated actors. A re-run with the same sizes
leaves a complete corpus alone; otherwise (or with --replace) it deletes the generated rows and
builds them again. Editorial rows are never changed: if one refers to a generated row, the command
stops and says which.
"""

if __name__ == "__main__":  # run as a script: Django is set up before the models below are imported
    import os
    import sys
    from pathlib import Path

    import django

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    django.setup()

import datetime
import itertools
import math
import random
import re
import time
from bisect import bisect
from contextlib import contextmanager
from itertools import accumulate
from pathlib import Path

if __name__ == "__main__":
    # Run as a script: Django is set up before the models below are imported (they need the app registry).
    import os
    import sys

    import django

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    django.setup()

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.core.management.color import no_style
from django.db import connection, transaction
from django.db.models import NOT_PROVIDED, Max, Q
from django.utils import timezone
from django.utils.text import slugify
from taggit.models import Tag, TaggedItem

from newsroom.claims.models import (
    FactCheck,
    FactCheckReference,
    Incident,
    IncidentArticle,
    IncidentStatement,
    Rating,
    StatementLink,
)
from newsroom.content.models import (
    Actor,
    ActorAlias,
    Article,
    ArticleActor,
    ArticleSource,
    Caption,
    Citation,
    Correction,
    Source,
    Statement,
)
from newsroom.content.states import Status
from newsroom.live.models import LiveCitation, LiveEntry, LivePage

PREFIX = "corpus-"
# One live page of this many entries (issue 20: a long-running story's page answers by index).
LIVE_ENTRIES = 5000
SEED_TEXTS = Path(settings.BASE_DIR) / "fixtures" / "seed-texts"
WORD_LIST = Path(settings.BASE_DIR) / "fixtures" / "corpus-words.txt"
CHUNK = 5000  # articles or statements built and written per round: bounded memory, steady progress

# Per article: the 100,000 articles : 500,000 statements : 5,000 actors : 500 sources : 2,000 tags,
# and issue 19's claims: 50,000 links between statements, 200 incidents, 2,500 fact-checks.
RATIOS = {
    "statements": 5, "actors": 1 / 20, "sources": 1 / 200, "tags": 1 / 50,
    "links": 1 / 2, "incidents": 1 / 500, "fact_checks": 1 / 40,
}  # fmt: skip
MINIMUM = {"statements": 3, "actors": 6, "sources": 3, "tags": 5, "links": 2, "incidents": 1, "fact_checks": 1}
KINDS = list(RATIOS)

# The life of an item, as shares of all items. Drafts are 5% as the issue says; the rest follow
# what an archive holds: most published, a few waiting for an editor, scheduled, under embargo
# (published with an expiry ahead), expired but not yet swept by the scheduler, or taken down.
LIFECYCLE = [
    ("published", 0.885),
    ("draft", 0.05),
    ("in_review", 0.02),
    ("scheduled", 0.005),
    ("embargoed", 0.01),
    ("expired", 0.002),
    ("unpublished", 0.028),
]

# Links between statements: how often each kind is used, and the long exchanges the benchmark's
# "statement with a long thread" reads (each statement answering the one before, LONG_EXCHANGE deep).
LINK_KINDS = [
    ("responds_to", 30),
    ("denies", 15),
    ("echoes", 20),
    ("confirms", 8),
    ("contradicts", 10),
    ("criticises", 10),
    ("clarifies", 5),
    ("retracts", 2),
]
LINK_WINDOW = 300  # a statement answers one made shortly before it (within this many statements)
LONG_EXCHANGE = 40
LONG_EXCHANGE_NOTE = "One of the corpus's long exchanges."
LONG_EXCHANGE_EVERY = 10_000  # links per long exchange
INCIDENT_REPORTS = (5, 400)  # the fewest and most reports an incident gathers, heavy-tailed
RATING_SCALE = ["False", "Mostly false", "Half true", "Mostly true", "True"]

CITED_PER_ARTICLE = 3
ACTORS_PER_ARTICLE = 3
ARTICLE_TAG_COUNTS = ([1, 2, 3, 4, 5], [15, 30, 30, 15, 10])
STATEMENT_TAG_COUNTS = ([0, 1, 2, 3], [20, 40, 30, 10])

# Words never redrawn: the grammar that keeps a sentence reading as English.
FUNCTION_WORDS = set(
    """about above after again against also although among another because been before being below
    between both could does doing down during each either even every from further have having here
    into itself just more most much must neither never next only other over same several should since
    some such than that their them then there these they this those through under until upon very
    were what when where whether which while whom whose will with within without would your said says
    told according""".split()
)

FIRST_NAMES = """Anna Arayik Artak Aram Armen Ani Davit Gevorg Hasmik Karen Lilit Mariam Narek Nikol Ruben Tigran
    Zara Ali Elnur Farid Gunel Ilham Jeyhun Leyla Murad Nigar Rashad Samir Sevinj Tural Aliyev Anatoly Dmitry
    Elena Igor Irina Maria Mikhail Olga Sergei Tatiana Vladimir Yuri Brice Claire Emmanuel Josep Louis Marie
    Peter Toivo Ursula Charles Javier Antonio Helga Jens Kaja Laura Mark Olaf Sophie Thomas Zoe Ahmet Emine
    Kemal Mevlut Recep Selin David Hannah James Karen Linda Michael Robert Sarah William""".split()
LAST_NAMES = """Abrahamyan Avetisyan Babayan Beglaryan Grigoryan Harutyunyan Hovhannisyan Karapetyan Mirzoyan
    Pashinyan Petrosyan Sargsyan Simonyan Stepanyan Vardanyan Zakaryan Abbasov Aliyev Bayramov Guliyev
    Hajiyev Huseynov Ismayilov Mammadov Mustafayev Rzayev Lavrov Zakharova Ivanov Kuznetsov Morozov Orlov
    Petrov Smirnov Sokolov Volkov Borrell Klaar Colomina Stano Roquefeuil Bono Michel Macron Stoltenberg
    Kallas Dubois Fischer Garcia Jensen Kowalski Lambert Martin Muller Novak Rossi Schmidt Weber Yilmaz
    Demir Kaya Celik Sahin Blinken Brown Clarke Evans Hughes Johnson Miller Taylor Walker Wright""".split()
COUNTRIES = """Armenia Azerbaijan Russia Turkey Georgia Iran France Germany Italy Spain Poland Estonia Latvia
    Lithuania Finland Sweden Norway Denmark Netherlands Belgium Austria Switzerland Greece Cyprus Romania
    Bulgaria Ukraine Moldova Belarus Kazakhstan Uzbekistan India China Japan Canada Brazil Egypt Israel
    Qatar Hungary""".split()
CITIES = """Stepanakert Yerevan Baku Moscow Tbilisi Ankara Tehran Paris Berlin Brussels Vienna Geneva London
    Washington Rome Madrid Warsaw Tallinn Riga Vilnius Helsinki Stockholm Oslo Copenhagen Amsterdam Athens
    Nicosia Bucharest Sofia Kyiv Chisinau Minsk Astana Tashkent Delhi Beijing Tokyo Ottawa Cairo Doha
    Goris Gyumri Vanadzor Ganja Shusha Lachin Martuni Askeran Kapan Sisian Budapest Prague Lisbon Dublin
    Zurich Hamburg Lyon Milan Krakow Odesa""".split()
PORTFOLIOS = """Foreign Affairs|Defence|Internal Affairs|Justice|Economy|Finance|Health|Education|Emergency
    Situations|Territorial Administration|Energy|Labour and Social Affairs""".split("|")
ORGANISATIONS = [
    ("Government of {c}", "government"),
    ("Ministry of {p} of {c}", "ministry"),
    ("{c} Armed Forces", "armed_forces"),
    ("{c} Police", "police"),
    ("Parliament of {c}", "government"),
    ("{c} Human Rights Defender", "other"),
    ("{c} Public Television", "media"),
]
INTERNATIONAL = [
    "European Union",
    "NATO",
    "OSCE",
    "OSCE Minsk Group",
    "United Nations",
    "UN Security Council",
    "International Committee of the Red Cross",
    "Council of Europe",
    "European Parliament",
    "International Court of Justice",
    "Collective Security Treaty Organization",
    "Human Rights Watch",
    "Amnesty International",
    "UNHCR",
    "World Health Organization",
    "European Commission",
]
ROLES = """president|prime minister|foreign minister|defence minister|spokeswoman|spokesman|ambassador|envoy
    |special representative|member of parliament|state minister|deputy foreign minister|secretary of the
    security council|human rights ombudsman|commander|press secretary|mayor|governor|analyst|opposition
    leader""".split("|")
PAPERS = """Times|Post|Herald|Courier|Chronicle|Gazette|Observer|Tribune|Mirror|Star|Daily|Journal|Echo|Voice
    |Telegraph|Review""".split("|")
TOPICS = [
    "Nagorno-Karabakh",
    "ceasefire",
    "Lachin Corridor",
    "blockade",
    "peacekeepers",
    "peace talks",
    "border clashes",
    "refugees",
    "humanitarian aid",
    "prisoners of war",
    "landmines",
    "gas supplies",
    "sanctions",
    "elections",
    "human rights",
    "press freedom",
    "energy",
    "trade",
    "diplomacy",
    "security",
]
MEDIUMS = [choice for choice, _ in Statement.Medium.choices]


def zipf_cumulative(n, exponent=1.0):
    """Cumulative Zipf weights for ranks 1..n, for random.choices(cum_weights=...)."""
    return list(accumulate(1 / (rank + 1) ** exponent for rank in range(n)))


class Shape:
    """How many of each kind to generate: --articles scales the rest, each of which may be set on its own."""

    def __init__(self, articles, **sizes):
        self.articles = articles
        for kind, ratio in RATIOS.items():
            value = sizes.get(kind)
            setattr(self, kind, value if value is not None else max(MINIMUM[kind], round(articles * ratio)))
        if self.actors < ACTORS_PER_ARTICLE or self.statements < CITED_PER_ARTICLE:
            raise CommandError(f"Each article needs {ACTORS_PER_ARTICLE} actors and {CITED_PER_ARTICLE} statements.")

    def as_dict(self):
        return {kind: getattr(self, kind) for kind in ["articles", *KINDS]}


class Writer:
    """News-like English: the seed texts' sentences with their content words redrawn Zipf-like.

    Function words, names and punctuation stay as printed, so sentences read as English; the other
    words are kept or redrawn from a vocabulary in which the seed texts' own words (most used first)
    head a long tail from the word list. Word frequencies then fall off like a real archive's.
    """

    KEEP = 0.4  # share of content words left as the seed printed them

    def __init__(self, rng):
        self.rng = rng
        texts = [path.read_text(encoding="utf-8") for path in sorted(SEED_TEXTS.glob("*.txt"))]
        quotes = [q.rstrip(",") for text in texts for q in re.findall(r"“([^”]+)”", text) if len(q.split()) >= 6]
        # Quotation marks go: a sentence cut out of a longer quotation would leave one unbalanced.
        texts = [re.sub(r"[“”\"]", "", text) for text in texts]
        paragraphs = [" ".join(p.split()) for text in texts for p in re.split(r"\n\s*\n", text)]
        sentences = [s for p in paragraphs if len(p.split()) >= 8 for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", p)]
        self.narrative = [self._template(s) for s in sentences if len(s.split()) >= 6]
        self.quoted = [self._template(q if q[-1] in ".!?" else q + ".") for q in quotes]
        counts = {}
        for s in sentences:
            for word in re.findall(r"(?<![\w’'-])[a-z]{4,}(?![\w’'-])", s):
                if word not in FUNCTION_WORDS:
                    counts[word] = counts.get(word, 0) + 1
        head = sorted(counts, key=lambda w: (-counts[w], w))
        listed = [w for w in WORD_LIST.read_text(encoding="utf-8").split() if not w.startswith("#")]
        listed = [w for w in listed if w.isalpha() and w not in counts]
        rng.shuffle(listed)
        self.vocabulary = head + listed
        self._cumulative = zipf_cumulative(len(self.vocabulary), 1.05)
        self._drawn, self._next = [], 0

    @staticmethod
    def _template(sentence):
        tokens = sentence.split()
        slots = []
        for index, token in enumerate(tokens):
            match = re.fullmatch(r"([“‘(]?)([a-z]{4,})([,.;:!?”’)]*)", token)
            if index and match and match.group(2) not in FUNCTION_WORDS:
                slots.append((index, match.group(1), match.group(3)))
        return tokens, slots

    def word(self):
        if self._next >= len(self._drawn):
            self._drawn = self.rng.choices(self.vocabulary, cum_weights=self._cumulative, k=200_000)
            self._next = 0
        self._next += 1
        return self._drawn[self._next - 1]

    def sentence(self, quoted=False):
        tokens, slots = self.rng.choice(self.quoted if quoted and self.rng.random() < 0.6 else self.narrative)
        tokens = tokens[:]
        random_ = self.rng.random
        for index, before, after in slots:
            if random_() >= self.KEEP:
                tokens[index] = before + self.word() + after
        return " ".join(tokens)

    def sentences(self, n, quoted=False):
        return " ".join(self.sentence(quoted) for _ in range(n))

    def headline(self):
        words = re.sub(r"[“”‘’\"()]", "", self.sentence()).split()[: self.rng.randint(6, 13)]
        text = " ".join(words).rstrip(",.;:—-")
        return text[0].upper() + text[1:]

    def paragraph_count(self):
        # Story lengths are skewed: many short reports, a long tail of long ones.
        return min(40, max(2, round(self.rng.lognormvariate(math.log(6), 0.55))))

    def reword(self, text):
        """An article's own wording of a quotation: mostly the same words, printed a little differently."""
        roll = self.rng.random()
        if roll < 0.4:
            return text
        if roll < 0.6:
            return text.rstrip(".") + ","  # printed before “, she said”
        parts = re.split(r"(?<=[.!?])\s+", text)
        if roll < 0.8 and len(parts) > 1:
            return " ".join(parts[:-1])  # the article quotes only the opening
        words = text.split()
        position = self.rng.randrange(len(words))
        if re.fullmatch(r"[a-z]{4,}", words[position]):
            words[position] = self.word()
        return " ".join(words)


class Progress:
    """A one-line progress bar on a terminal; a line every tenth of the way in a log."""

    def __init__(self, out, total):
        self.out, self.total, self.done, self.start = out, total, 0, time.monotonic()
        self.tty = hasattr(out, "isatty") and out.isatty()
        self.shown = -1

    def advance(self, n, label):
        self.done += n
        share = self.done / self.total if self.total else 1
        elapsed = time.monotonic() - self.start
        bar = "#" * int(share * 30)
        line = f"[{bar:<30}] {share:6.1%} {label:<12} {elapsed:6.0f} s"
        if self.tty:
            self.out.write("\r" + line, ending="")
            self.out.flush()
        elif int(share * 10) > self.shown:
            self.shown = int(share * 10)
            self.out.write(line)

    def finish(self):
        if self.tty:
            self.out.write("")


class Loader:
    """Bulk inserts with ids chosen here: COPY on PostgreSQL, executemany elsewhere.

    Columns a caller leaves out get the model field's default, so a field added later does not
    break the loader. Signals and save() are skipped, as loaddata skips them.
    """

    def __init__(self):
        self.postgresql = connection.vendor == "postgresql"
        self.models = set()

    def next_id(self, model):
        return (model.objects.aggregate(top=Max("pk"))["top"] or 0) + 1

    @contextmanager
    def indexes_set_aside(self, models):
        """On PostgreSQL, the tables' indexes other than keys and unique constraints dropped while
        the rows are copied in, and built again once after: one sort per index instead of hundreds
        of thousands of insertions into each, the GIN search index above all (most of the build's
        time, and the part that grew most when the machine was busy). Inside the build's
        transaction, so a failure leaves every index as it was."""
        if not self.postgresql:
            yield
            return
        tables = [model._meta.db_table for model in models]
        with connection.cursor() as cursor:
            # The rows are made consistent here (every reference is to a row written before it), so
            # the foreign keys' per-row checks, which queue millions of trigger events, are skipped
            # as pg_restore skips them, where the role may (a superuser's, as on a bench machine).
            # The search triggers still fill each row's search vector.
            cursor.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
            self.replica = cursor.fetchone()[0]
            if self.replica:
                cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # what was written before is checked now
                cursor.execute(
                    "SELECT tgrelid::regclass::text, tgname FROM pg_trigger WHERE NOT tgisinternal "
                    "AND tgrelid = ANY(%s::regclass[]) AND tgenabled = 'O'",
                    [tables],
                )
                self.triggers = cursor.fetchall()
                for table, trigger in self.triggers:
                    cursor.execute(f'ALTER TABLE {table} ENABLE ALWAYS TRIGGER "{trigger}"')
                cursor.execute("SET LOCAL session_replication_role = replica")
            cursor.execute(
                """SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i
                WHERE i.indrelid = ANY(%s::regclass[]) AND NOT i.indisprimary
                AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)""",
                [tables],
            )
            indexes = cursor.fetchall()
            for name, _ in indexes:
                cursor.execute(f"DROP INDEX {name}")
        yield
        with connection.cursor() as cursor:
            # The foreign keys are checked at commit; an index cannot be built while checks are pending.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            if self.replica:
                cursor.execute("SET LOCAL session_replication_role = DEFAULT")
                for table, trigger in self.triggers:
                    cursor.execute(f'ALTER TABLE {table} ENABLE TRIGGER "{trigger}"')
            cursor.execute("SET LOCAL maintenance_work_mem = '256MB'")
            for _, definition in indexes:
                cursor.execute(definition)

    def insert(self, model, columns, rows):
        self.models.add(model)
        by_name = {f.attname: f for f in model._meta.concrete_fields}
        # Generated columns and those with a database default are the database's to fill.
        missing = [
            f
            for f in model._meta.concrete_fields
            if f.attname not in columns
            and not f.primary_key
            and not getattr(f, "generated", False)
            and f.db_default is NOT_PROVIDED
        ]
        fields = [by_name[c] for c in columns] + missing
        defaults = tuple(f.get_db_prep_save(f.get_default(), connection) for f in missing)
        table = connection.ops.quote_name(model._meta.db_table)
        names = ", ".join(connection.ops.quote_name(f.column) for f in fields)
        with connection.cursor() as cursor:
            if self.postgresql:
                with cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row + defaults)
            else:
                marks = ", ".join(["%s"] * len(fields))
                given = fields[: len(columns)]
                prepared = [
                    tuple(f.get_db_prep_save(v, connection) for f, v in zip(given, row, strict=True)) + defaults
                    for row in rows
                ]
                cursor.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", prepared)

    def finish(self):
        """Move the id sequences past the ids chosen here, and refresh the planner's statistics and,
        outside a transaction, the visibility map (`vacuum`)."""
        with connection.cursor() as cursor:
            for sql in connection.ops.sequence_reset_sql(no_style(), list(self.models)):
                cursor.execute(sql)
        if connection.in_atomic_block:  # VACUUM cannot run inside a transaction block
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
            return
        vacuum()


def vacuum():
    """VACUUM ANALYZE, as autovacuum would have done on a database that has been running a while:
    index-only scans need the visibility map, which a freshly loaded table lacks (every index-only
    scan then reads the table too), and the planner prices them by it. Outside a transaction only,
    once the rows are committed."""
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")


def generated():
    """The generated rows, as querysets: recognised by their slugs (statements by their speaker's)."""
    return {
        "articles": Article.objects.filter(slug__startswith=PREFIX),
        "statements": Statement.objects.filter(actor__slug__startswith=PREFIX),
        "actors": Actor.objects.filter(slug__startswith=PREFIX),
        "sources": Source.objects.filter(slug__startswith=PREFIX),
        "tags": Tag.objects.filter(slug__startswith=PREFIX),
        "links": StatementLink.objects.filter(from_statement__actor__slug__startswith=PREFIX),
        "incidents": Incident.objects.filter(slug__startswith=PREFIX),
        "fact_checks": FactCheck.objects.filter(slug__startswith=PREFIX),
    }


def editorial_rows_using_generated():
    """Editorial rows that refer to a generated one: deleting the corpus would change them."""
    rows = generated()
    ours = Q(slug__startswith=PREFIX)
    tagged = TaggedItem.objects.filter(tag__slug__startswith=PREFIX)
    checks = {
        "editorial articles citing generated statements": Citation.objects.filter(
            statement__actor__slug__startswith=PREFIX
        ).exclude(article__slug__startswith=PREFIX),
        "editorial articles naming a generated actor or source": Article.objects.exclude(ours).filter(
            Q(actors__slug__startswith=PREFIX)
            | Q(publisher__slug__startswith=PREFIX)
            | Q(sources__slug__startswith=PREFIX)
        ),
        "editorial statements by or from a generated actor or source": Statement.objects.exclude(
            actor__slug__startswith=PREFIX
        ).filter(source__slug__startswith=PREFIX),
        "editorial actors belonging to a generated one": Actor.objects.exclude(ours).filter(
            affiliation__slug__startswith=PREFIX
        ),
        "editorial links naming a generated statement or report": StatementLink.objects.exclude(
            from_statement__actor__slug__startswith=PREFIX
        ).filter(Q(to_statement__actor__slug__startswith=PREFIX) | Q(reported_in__slug__startswith=PREFIX)),
        "editorial fact-checks of generated statements": FactCheck.objects.exclude(ours).filter(
            statement__actor__slug__startswith=PREFIX
        ),
        "editorial incidents holding generated reports or statements": Incident.objects.exclude(ours).filter(
            Q(articles__slug__startswith=PREFIX) | Q(statements__actor__slug__startswith=PREFIX)
        ),
        "editorial items carrying a generated tag": tagged.exclude(
            content_type=ContentType.objects.get_for_model(Article), object_id__in=rows["articles"].values("pk")
        ).exclude(
            content_type=ContentType.objects.get_for_model(Statement), object_id__in=rows["statements"].values("pk")
        ),
    }
    return [name for name, queryset in checks.items() if queryset.exists()]


def delete_generated():
    """Delete every generated row and whatever hangs from it, in SQL: 100,000 deletions through the
    ORM would fetch each row to send its signals."""
    problems = editorial_rows_using_generated()
    if problems:
        raise CommandError("Not replacing the corpus: " + "; ".join(problems) + ". Remove those references first.")
    rows = generated()
    qn = connection.ops.quote_name
    pages = LivePage.objects.filter(slug__startswith=PREFIX)
    entries = LiveEntry.objects.filter(page__in=pages)

    def sql_of(queryset):
        sql, params = queryset.values("pk").query.sql_with_params()
        return sql, list(params)

    def delete(table, column, queryset):
        sql, params = sql_of(queryset)
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {qn(table)} WHERE {qn(column)} IN ({sql})", params)

    # Claims first: their own rows hang from them (a review's sources, an incident's members).
    delete(FactCheckReference._meta.db_table, "fact_check_id", rows["fact_checks"])
    for table, column in [(IncidentArticle, "incident_id"), (IncidentStatement, "incident_id")]:
        delete(table._meta.db_table, column, rows["incidents"])
    for model in (StatementLink, Incident, FactCheck):
        key = {StatementLink: "links", Incident: "incidents", FactCheck: "fact_checks"}[model]
        delete(model._meta.db_table, "id", rows[key])
    delete(LiveCitation._meta.db_table, "entry_id", entries)
    delete(LiveEntry._meta.db_table, "page_id", pages)
    delete(LivePage._meta.db_table, "id", pages)
    for model, key in [(Article, "articles"), (Statement, "statements")]:
        content_type = ContentType.objects.get_for_model(model)
        sql, params = sql_of(rows[key])
        with connection.cursor() as cursor:
            cursor.execute(
                f"DELETE FROM {qn(TaggedItem._meta.db_table)} WHERE content_type_id = %s AND object_id IN ({sql})",
                [content_type.pk, *params],
            )
        # Everything that points at the item: citations, mentions, captions, corrections, log,
        # preview links, and any table added later.
        for relation in model._meta.related_objects:
            if relation.many_to_many or relation.related_model in (Article, Statement):
                continue
            delete(relation.related_model._meta.db_table, relation.field.column, rows[key])
        if hasattr(model, "history"):
            delete(model.history.model._meta.db_table, "id", rows[key])
        delete(model._meta.db_table, "id", rows[key])
    delete(ActorAlias._meta.db_table, "actor_id", rows["actors"])
    for key in ["actors", "sources", "tags"]:
        model = rows[key].model
        delete(model._meta.db_table, "id", rows[key])


class Command(BaseCommand):
    help = "Fill the database with a generated newsroom archive (100,000 articles by default) for benchmarks."

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=100_000, help="Articles (default 100,000); the rest scale.")
        for kind, ratio in RATIOS.items():
            parser.add_argument(f"--{kind}", type=int, help=f"{kind.capitalize()} (default {ratio:g} per article).")
        parser.add_argument("--years", type=float, default=6, help="Publication dates spread over this many years.")
        parser.add_argument("--seed", type=int, default=1, help="Random seed: the same seed builds the same corpus.")
        parser.add_argument("--replace", action="store_true", help="Delete the generated rows and build them anew.")

    def handle(self, *args, articles, years, seed, replace, **options):
        if articles < 1:
            raise CommandError("--articles must be at least 1.")
        shape = Shape(articles, **{kind: options.get(kind) for kind in RATIOS})
        have = {kind: queryset.count() for kind, queryset in generated().items()}
        if have == shape.as_dict() and not replace:
            self.stdout.write(f"The corpus is already there ({self._describe(have)}); --replace builds it anew.")
            return
        started = time.monotonic()
        self.stdout.write(f"Generating {self._describe(shape.as_dict())}.")
        with transaction.atomic():
            if any(have.values()):
                self.stdout.write(f"Deleting the generated rows there ({self._describe(have)}).")
                delete_generated()
            Build(shape, years=years, seed=seed, out=self.stdout).run()
        # Build.run() could only ANALYZE inside the transaction: the visibility map needs a VACUUM
        # after the commit (without it every index-only scan of the measurements reads the table).
        if not connection.in_atomic_block:
            self.stdout.write("VACUUM ANALYZE…")
            vacuum()
        self.stdout.write(f"Done in {time.monotonic() - started:.0f} s.")

    @staticmethod
    def _describe(sizes):
        return ", ".join(f"{n:,} {kind}" for kind, n in sizes.items())


class Build:
    """One run of the generator: builds every table's rows in order and hands them to the Loader.

    Status and publication times are written here directly although newsroom.editorial.workflow is the only
    writer of status for editorial work: this is a loader of fixture-like rows in bulk, like
    loaddata, and records no workflow steps. Each row's fields are those the workflow would have
    left (a scheduled item has its go-live as first publication, an unpublished one keeps its dates).
    """

    def __init__(self, shape, *, years, seed, out):
        self.shape, self.out = shape, out
        self.rng = random.Random(seed)
        self.writer = Writer(self.rng)
        self.loader = Loader()
        self.now = timezone.now()
        self.span = years * 365.25 * 86400
        self.progress = Progress(out, sum(shape.as_dict().values()))
        self.content_types = {model: ContentType.objects.get_for_model(model).pk for model in (Article, Statement)}

    def run(self):
        self.sources()
        self.actors()
        self.tags()
        with self.loader.indexes_set_aside([Statement, Article, Citation, ArticleActor, ArticleSource, TaggedItem]):
            self.statements()
            self.articles()
            self.ratings()
            self.links()
            self.incidents()
            self.fact_checks()
            self.live_page()
            self.progress.finish()
            self.out.write("Indexing…")
        self.out.write("ANALYZE…")
        self.loader.finish()

    # Sizes and choices

    def when(self, share):
        """A publication time: archives grow, so later years hold more than earlier ones."""
        return self.now - datetime_delta(self.span * (1 - share ** (1 / 1.5)))

    def lifecycle(self):
        roll, total = self.rng.random(), 0
        for state, share in LIFECYCLE:
            total += share
            if roll < total:
                return state
        return "published"

    def zipf_pick(self, items, cumulative):
        return items[bisect(cumulative, self.rng.random() * cumulative[-1])]

    def distinct(self, n, pick):
        chosen = []
        while len(chosen) < n:
            item = pick()
            if item not in chosen:
                chosen.append(item)
        return chosen

    def schedule(self, state, published_at):
        """status, first_published_at, last_published_at, go_live_at, expires_at, created_at, updated_at."""
        rng, now = self.rng, self.now
        hour = 3600
        created = published_at - datetime_delta(rng.uniform(0.2, 72) * hour)
        if state in ("draft", "in_review"):
            # Work in progress is mostly recent; some drafts were abandoned long ago.
            if rng.random() < 0.7:
                created = now - datetime_delta(rng.uniform(0.1, 30 * 24) * hour)
            updated = min(now, created + datetime_delta(rng.uniform(0, 48) * hour))
            return (Status.DRAFT if state == "draft" else Status.IN_REVIEW), None, None, None, None, created, updated
        go_live = expires = None
        if state == "scheduled":
            go_live = now + datetime_delta(rng.uniform(1, 14 * 24) * hour)
            published_at = go_live
            created = now - datetime_delta(rng.uniform(1, 72) * hour)
        elif state == "embargoed":
            expires = now + datetime_delta(rng.uniform(1, 60 * 24) * hour)
        elif state == "expired":
            expires = now - datetime_delta(rng.uniform(0.01, 1) * hour)
            published_at = min(published_at, expires - datetime_delta(hour))
            created = min(created, published_at)
        # Most items are saved once when published; some are edited or corrected later.
        late = rng.random() < 0.1
        updated = published_at + datetime_delta(rng.uniform(1, 30 * 24 * hour) if late else rng.uniform(0, 5))
        updated = max(created, min(updated, now)) if state != "scheduled" else created
        status = Status.UNPUBLISHED if state == "unpublished" else Status.PUBLISHED
        return status, published_at, published_at, go_live, expires, created, updated

    # Tables

    def sources(self):
        rng = self.rng
        kinds = [
            ("The {city} {paper}", "newspaper", 0.5),
            ("{country} News Agency", "news_agency", 0.15),
            ("Radio {city}", "broadcaster", 0.15),
            ("{city} Online", "online_outlet", 0.15),
            ("{country} Ministry of Foreign Affairs website", "official_website", 0.05),
        ]
        names = set(Source.objects.values_list("name", flat=True))
        rows, first = [], self.loader.next_id(Source)
        while len(rows) < self.shape.sources:
            pattern, kind, _ = rng.choices(kinds, weights=[k[2] for k in kinds])[0]
            name = pattern.format(city=rng.choice(CITIES), paper=rng.choice(PAPERS), country=rng.choice(COUNTRIES))
            if name in names:
                name = f"{name} {len(rows) + 1}"
            names.add(name)
            pk = first + len(rows)
            slug = f"{PREFIX}{slugify(name)}-{pk}"
            url = f"https://{slugify(name)}.example.org"
            rows.append((pk, name, slug, kind, url, "", self.now, self.now))
        self.loader.insert(
            Source, ["id", "name", "slug", "kind", "url", "description", "created_at", "updated_at"], rows
        )
        self.source_ids = [r[0] for r in rows]
        self.source_urls = {r[0]: r[4] for r in rows}
        rng.shuffle(self.source_ids)  # Zipf rank: a few outlets carry most of the coverage
        self.source_weights = zipf_cumulative(len(self.source_ids))
        self.progress.advance(len(rows), "sources")

    def actors(self):
        rng = self.rng
        n = self.shape.actors
        organisations = []
        first = self.loader.next_id(Actor)
        seen = set(Actor.objects.values_list("name", flat=True))
        for name in INTERNATIONAL:
            organisations.append((name, "international_organisation", ""))
        for country in COUNTRIES:
            for pattern, kind in ORGANISATIONS:
                if "{p}" in pattern:
                    organisations += [(pattern.format(c=country, p=p), kind, country) for p in PORTFOLIOS]
                else:
                    organisations.append((pattern.format(c=country), kind, country))
        rng.shuffle(organisations)
        organisations = [o for o in organisations if o[0] not in seen][: max(1, n // 4)]
        rows, aliases = [], []
        for name, kind, country in organisations:
            pk = first + len(rows)
            rows.append((pk, name, f"{PREFIX}{slugify(name)}-{pk}", kind, "", None, country, ""))
            seen.add(name)
            if rng.random() < 0.1:
                aliases.append((pk, "".join(w[0] for w in name.split() if w[0].isupper())))
        org_ids = [r[0] for r in rows]
        while len(rows) < n:
            name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
            if name in seen:
                name = f"{name.split()[0]} {chr(65 + rng.randrange(26))}. {name.split()[1]}"
            if name in seen:
                continue
            seen.add(name)
            pk = first + len(rows)
            affiliation = rng.choice(org_ids) if rng.random() < 0.6 else None
            rows.append(
                (
                    pk,
                    name,
                    f"{PREFIX}{slugify(name)}-{pk}",
                    "person",
                    rng.choice(ROLES),
                    affiliation,
                    rng.choice(COUNTRIES),
                    "",
                )
            )
        columns = ["id", "name", "slug", "kind", "role", "affiliation_id", "country", "description"]
        self.loader.insert(Actor, [*columns, "created_at", "updated_at"], [(*r, self.now, self.now) for r in rows])
        alias_first = self.loader.next_id(ActorAlias)
        self.loader.insert(
            ActorAlias, ["id", "actor_id", "name"], [(alias_first + i, pk, a) for i, (pk, a) in enumerate(aliases) if a]
        )
        self.actor_names = {r[0]: r[1] for r in rows}
        self.actor_roles = {r[0]: r[4] for r in rows}
        self.actor_ids = [r[0] for r in rows]
        rng.shuffle(self.actor_ids)  # Zipf rank: a few actors are quoted far more than the rest
        self.actor_weights = zipf_cumulative(len(self.actor_ids))
        self.progress.advance(len(rows), "actors")

    def tags(self):
        rng = self.rng
        taken = {name.lower() for name in Tag.objects.values_list("name", flat=True)}
        candidates = TOPICS + COUNTRIES + CITIES + [f"{c} relations" for c in COUNTRIES]
        names = []
        for name in candidates:
            if name.lower() not in taken:
                names.append(name)
                taken.add(name.lower())
        while len(names) < self.shape.tags:
            name = " ".join(self.writer.word() for _ in range(rng.choice([1, 2, 2, 3])))
            if name.lower() not in taken:
                names.append(name)
                taken.add(name.lower())
        names = names[: self.shape.tags]
        first = self.loader.next_id(Tag)
        rows = [(first + i, name, f"{PREFIX}{slugify(name)}-{first + i}") for i, name in enumerate(names)]
        self.loader.insert(Tag, ["id", "name", "slug"], rows)
        # Rank order as listed: the conflict's own topics first, so the most used tags are the ones
        # a newsroom like this one would use most.
        self.tag_ids = [r[0] for r in rows]
        self.tag_weights = zipf_cumulative(len(self.tag_ids))
        self.tagged_first = self.loader.next_id(TaggedItem)
        self.tagged_count = 0
        self.progress.advance(len(rows), "tags")

    def tag_rows(self, model, object_id, counts):
        n = min(self.rng.choices(*counts)[0], len(self.tag_ids))
        tags = self.distinct(n, lambda: self.zipf_pick(self.tag_ids, self.tag_weights))
        rows = []
        for tag in tags:
            rows.append((self.tagged_first + self.tagged_count, tag, self.content_types[model], object_id))
            self.tagged_count += 1
        return rows

    def statements(self):
        rng, writer = self.rng, self.writer
        n = self.shape.statements
        first = self.loader.next_id(Statement)
        # In date order, so that ids grow with time as they do when a newsroom writes them.
        times = sorted(self.when(rng.random()) for _ in range(n))
        self.statement_times = times  # in id order, as statement_ids
        self.statement_made = []  # the day each was made, as an ordinal (0: not given), in id order
        self.statement_ids, self.statement_texts, self.statement_actor = [], {}, {}
        self.citable = []  # published and live: what a published article may quote
        self.statement_published = []  # status published (live, scheduled, embargoed or expired), in id order
        columns = [
            "id",
            "actor_id",
            "text",
            "summary",
            "made_on",
            "medium",
            "occasion",
            "source_id",
            "source_url",
            "status",
            "first_published_at",
            "last_published_at",
            "go_live_at",
            "expires_at",
            "created_at",
            "updated_at",
            "version",
        ]
        for start in range(0, n, CHUNK):
            rows, tagged = [], []
            for offset in range(start, min(n, start + CHUNK)):
                pk = first + offset
                state = self.lifecycle()
                schedule = self.schedule(state, times[offset])
                actor = self.zipf_pick(self.actor_ids, self.actor_weights)
                if rng.random() < 0.03:
                    text = f"{writer.word()} {writer.word()}"  # a quoted word or two, read with its summary
                else:
                    text = writer.sentences(rng.choices([1, 2, 3, 4, 5], [40, 35, 15, 6, 4])[0], quoted=True)
                summary = writer.sentence() if rng.random() < 0.5 or len(text.split()) < 6 else ""
                made_on = None if rng.random() < 0.03 else (timezone.localtime(schedule[5]).date())
                source = self.zipf_pick(self.source_ids, self.source_weights) if rng.random() < 0.85 else None
                source_url = f"{self.source_urls[source]}/news/{pk}" if source and rng.random() < 0.5 else ""
                occasion = f"{rng.choice(['meeting', 'briefing', 'visit', 'press conference'])} in {rng.choice(CITIES)}"
                rows.append(
                    (
                        pk,
                        actor,
                        text,
                        summary,
                        made_on,
                        rng.choice(MEDIUMS),
                        occasion if rng.random() < 0.3 else "",
                        source,
                        source_url,
                        *schedule,
                        1,
                    )
                )
                tagged += self.tag_rows(Statement, pk, STATEMENT_TAG_COUNTS)
                self.statement_ids.append(pk)
                self.statement_made.append(made_on.toordinal() if made_on else 0)
                self.statement_texts[pk] = text
                self.statement_actor[pk] = actor
                if state == "published":
                    self.citable.append(pk)
                if schedule[0] == Status.PUBLISHED:
                    self.statement_published.append(pk)
            self.loader.insert(Statement, columns, rows)
            self.loader.insert(TaggedItem, ["id", "tag_id", "content_type_id", "object_id"], tagged)
            self.progress.advance(len(rows), "statements")

    def cited(self, position, published):
        """Three statements made around the article's time: published ones for a published article."""
        pool = self.citable if published and len(self.citable) >= CITED_PER_ARTICLE else self.statement_ids
        centre = int(position * (len(pool) - 1))
        low, high = max(0, centre - 200), min(len(pool) - 1, centre + 200)
        return self.distinct(CITED_PER_ARTICLE, lambda: pool[self.rng.randint(low, high)])

    def live_page(self):
        """A live page of up to LIVE_ENTRIES published entries over its last two days, one in ten quoting a
        published statement, one in fifty a key event (rows as newsroom.live.services leaves them)."""
        now, rng = self.now, self.rng
        n = min(LIVE_ENTRIES, max(50, self.shape.articles // 20))  # 5,000 at 100,000 articles
        page = LivePage.objects.create(
            headline="Live: " + self.writer.headline(), slug=f"{PREFIX}live", summary=self.writer.sentence(),
            status=Status.PUBLISHED, first_published_at=now - datetime_delta(2 * 86400),
            last_published_at=now - datetime_delta(2 * 86400), sequence=n, changed_at=now,
        )  # fmt: skip
        # The first 500 published statements by key, from what statements() wrote: the same rows the query
        # Statement.objects.filter(actor__slug__startswith=PREFIX, status=PUBLISHED).order_by("pk")[:500] reads,
        # without it. Asked of the database here, inside the build's transaction, with no statistics and the
        # statements' actor index set aside, that query was planned as a loop over the actors (one expected),
        # each scanning every statement: about 7 of the build's 13 minutes at 100,000 articles.
        statements = [(pk, self.statement_texts[pk]) for pk in self.statement_published[:500]]
        entries = []
        for i in range(n):
            at = page.first_published_at + datetime_delta(i * 2 * 86400 / n)
            entries.append(LiveEntry(
                page=page, body=self.writer.sentences(3), status=Status.PUBLISHED, first_published_at=at,
                last_published_at=at, sequence=i + 1, key_event=i % 50 == 0,
                key_event_title=self.writer.sentence()[:200] if i % 50 == 0 else "",
            ))  # fmt: skip
        LiveEntry.objects.bulk_create(entries, batch_size=1000)
        citations = [
            LiveCitation(entry=entry, statement_id=pk, wording=text, order=1)
            for entry, (pk, text) in zip(entries[::10], (rng.choice(statements) for _ in entries[::10]), strict=False)
        ] if statements else []  # fmt: skip
        LiveCitation.objects.bulk_create(citations, batch_size=1000)

    def articles(self):
        rng, writer = self.rng, self.writer
        n = self.shape.articles
        first = self.loader.next_id(Article)
        ids = {
            model: self.loader.next_id(model) for model in (Citation, ArticleActor, ArticleSource, Caption, Correction)
        }
        self.published_articles = []  # (id, publication time, the statements it cites): what incidents gather
        times = sorted(self.when(rng.random()) for _ in range(n))
        article_columns = [
            "id",
            "headline",
            "slug",
            "dek",
            "dateline",
            "byline",
            "body",
            "publisher_id",
            "original_url",
            "status",
            "first_published_at",
            "last_published_at",
            "go_live_at",
            "expires_at",
            "created_at",
            "updated_at",
            "version",
        ]
        for start in range(0, n, CHUNK):
            tables = {model: [] for model in (Article, Citation, ArticleActor, ArticleSource, Caption, Correction)}
            tagged = []
            for offset in range(start, min(n, start + CHUNK)):
                pk = first + offset
                state = self.lifecycle()
                schedule = self.schedule(state, times[offset])
                statements = self.cited(offset / max(1, n - 1), schedule[0] != Status.DRAFT)
                if state == "published":
                    self.published_articles.append((pk, schedule[1], statements))
                speakers = list(dict.fromkeys(self.statement_actor[s] for s in statements))
                mentioned = speakers[:ACTORS_PER_ARTICLE]
                while len(mentioned) < ACTORS_PER_ARTICLE:
                    actor = self.zipf_pick(self.actor_ids, self.actor_weights)
                    if actor not in mentioned:
                        mentioned.append(actor)
                paragraphs = [writer.sentences(rng.choice([1, 2, 2, 3])) for _ in range(writer.paragraph_count())]
                for order, statement in enumerate(statements):
                    wording = writer.reword(self.statement_texts[statement])
                    tables[Citation].append((ids[Citation], pk, statement, wording, order))
                    ids[Citation] += 1
                    speaker = self.statement_actor[statement]
                    role = self.actor_roles[speaker]
                    said = (
                        f"“{wording.rstrip('.,')},” said {self.actor_names[speaker]}{', the ' + role if role else ''}."
                    )
                    paragraphs.insert(min(len(paragraphs), 1 + order * 2), said)
                if len(paragraphs) > 6 and rng.random() < 0.15:
                    paragraphs.insert(len(paragraphs) // 2, "## " + writer.headline())
                headline = writer.headline()
                publisher = self.zipf_pick(self.source_ids, self.source_weights)
                original = f"{self.source_urls[publisher]}/{slugify(headline)[:60]}" if rng.random() < 0.6 else ""
                tables[Article].append(
                    (
                        pk,
                        headline,
                        f"{PREFIX}{slugify(headline)[:200]}-{pk}",
                        writer.sentence() if rng.random() < 0.8 else "",
                        rng.choice(CITIES).upper() if rng.random() < 0.5 else "",
                        "Combined Sources" if rng.random() < 0.2 else "",
                        "\n\n".join(paragraphs),
                        publisher,
                        original,
                        *schedule,
                        1,
                    )
                )
                for actor in mentioned:
                    tables[ArticleActor].append((ids[ArticleActor], pk, actor))
                    ids[ArticleActor] += 1
                for source in self.distinct(
                    min(rng.choice([1, 1, 2]), len(self.source_ids)), lambda: rng.choice(self.source_ids)
                ):
                    tables[ArticleSource].append((ids[ArticleSource], pk, source))
                    ids[ArticleSource] += 1
                if rng.random() < 0.25:
                    tables[Caption].append(
                        (ids[Caption], pk, writer.headline(), "Photo: " + rng.choice(CITIES), rng.choice([0, 0, 3]))
                    )
                    ids[Caption] += 1
                if schedule[0] == Status.PUBLISHED and schedule[4] is None and rng.random() < 0.01:
                    kind = rng.choice(["correction", "update"])
                    noted = min(self.now, schedule[1] + datetime_delta(rng.uniform(3600, 10 * 86400)))
                    tables[Correction].append((ids[Correction], pk, None, kind, writer.sentence(), noted))
                    ids[Correction] += 1
                tagged += self.tag_rows(Article, pk, ARTICLE_TAG_COUNTS)
            self.loader.insert(Article, article_columns, tables[Article])
            self.loader.insert(Citation, ["id", "article_id", "statement_id", "wording", "order"], tables[Citation])
            self.loader.insert(ArticleActor, ["id", "article_id", "actor_id"], tables[ArticleActor])
            self.loader.insert(ArticleSource, ["id", "article_id", "source_id"], tables[ArticleSource])
            self.loader.insert(Caption, ["id", "article_id", "text", "credit", "position"], tables[Caption])
            self.loader.insert(
                Correction, ["id", "article_id", "statement_id", "kind", "text", "published_at"], tables[Correction]
            )
            self.loader.insert(TaggedItem, ["id", "tag_id", "content_type_id", "object_id"], tagged)
            self.progress.advance(len(tables[Article]), "articles")

    # Claims and answers (issue 19)

    def ratings(self):
        """The rating scale migration 0019 makes (made again on a database flushed since)."""
        for value, name in enumerate(RATING_SCALE, 1):
            Rating.objects.get_or_create(value=value, defaults={"name": name, "slug": slugify(name)})
        self.rating_ids = list(Rating.objects.order_by("value").values_list("pk", flat=True))

    def links(self):
        """Statements answering ones made shortly before them; a few long exchanges, all published."""
        rng, n = self.rng, self.shape.links
        ids, times = self.statement_ids, self.statement_times
        position = {pk: index for index, pk in enumerate(ids)}
        first = self.loader.next_id(StatementLink)
        rows, seen = [], set()
        kinds, weights = zip(*LINK_KINDS, strict=True)
        columns = [
            "id", "from_statement_id", "kind", "to_statement_id", "note", "evidence", "origin", "status",
            "first_published_at", "last_published_at", "go_live_at", "expires_at", "created_at", "updated_at",
            "version",
        ]  # fmt: skip

        made = self.statement_made

        def add(later, earlier, kind, state, note=""):
            answered_first = made[position[earlier]] <= made[position[later]] or not made[position[later]]
            if later == earlier or (later, earlier, kind) in seen or not answered_first:
                return  # a statement answers one made before it or the same day (StatementLink.clean)
            seen.add((later, earlier, kind))
            published_at = times[position[later]] + datetime_delta(rng.uniform(600, 3 * 86400))
            schedule = self.schedule(state, min(published_at, self.now))
            rows.append((first + len(rows), later, kind, earlier, note, "", "editor", *schedule, 1))

        citable = self.citable
        for _ in range(min(max(1, n // LONG_EXCHANGE_EVERY), n // LONG_EXCHANGE)):
            start = rng.randrange(max(1, len(citable) - LONG_EXCHANGE * 50))
            window = [pk for pk in citable[start : start + LONG_EXCHANGE * 50] if made[position[pk]]]
            chain = sorted(rng.sample(window, LONG_EXCHANGE), key=lambda pk: (made[position[pk]], pk))
            for earlier, later in itertools.pairwise(chain):
                add(later, earlier, rng.choices(kinds, weights)[0], "published", LONG_EXCHANGE_NOTE)
        while len(rows) < n:
            # Mostly between published statements, as a desk links what it has checked.
            pool = citable if rng.random() < 0.9 and len(citable) > 1 else ids
            index = rng.randrange(1, len(pool))
            earlier = pool[max(0, index - rng.randint(1, LINK_WINDOW))]
            add(pool[index], earlier, rng.choices(kinds, weights)[0], self.lifecycle())
        for start in range(0, len(rows), CHUNK):
            self.loader.insert(StatementLink, columns, rows[start : start + CHUNK])
        self.progress.advance(len(rows), "links")

    def incidents(self):
        """Incidents gathering a run of reports published one after another, and the statements they quote."""
        rng, writer, published = self.rng, self.writer, self.published_articles
        first = self.loader.next_id(Incident)
        incidents, reports, statements = [], [], []
        low, high = INCIDENT_REPORTS
        for number in range(self.shape.incidents):
            pk = first + number
            size = min(high, len(published), int(low * rng.paretovariate(1.1)))
            start = rng.randrange(max(1, len(published) - size))
            members = published[start : start + size]
            began = timezone.localtime(members[0][1]).date() - datetime.timedelta(days=rng.randint(0, 2))
            state = "published" if rng.random() < 0.95 else rng.choice(["draft", "in_review", "unpublished"])
            schedule = self.schedule(state, members[0][1])
            incidents.append(
                (pk, writer.headline(), f"{PREFIX}incident-{pk}", writer.sentences(3), began, None,
                 rng.choice(CITIES), *schedule, 1)
            )  # fmt: skip
            reports += [(pk, article) for article, _, _ in members]
            statements += [(pk, s) for s in dict.fromkeys(s for _, _, cited in members for s in cited)]
        columns = [
            "id", "title", "slug", "summary", "began_on", "ended_on", "place", "status", "first_published_at",
            "last_published_at", "go_live_at", "expires_at", "created_at", "updated_at", "version",
        ]  # fmt: skip
        self.loader.insert(Incident, columns, incidents)
        for model, column, pairs in (
            (IncidentArticle, "article_id", reports),
            (IncidentStatement, "statement_id", statements),
        ):
            next_id = self.loader.next_id(model)
            rows = [(next_id + i, incident, member) for i, (incident, member) in enumerate(pairs)]
            for start in range(0, len(rows), CHUNK):
                self.loader.insert(model, ["id", "incident_id", column], rows[start : start + CHUNK])
        self.progress.advance(len(incidents), "incidents")

    def fact_checks(self):
        """Reviews of published statements, on the newsroom's scale, each with a source or two."""
        rng, writer = self.rng, self.writer
        first = self.loader.next_id(FactCheck)
        reference_id = self.loader.next_id(FactCheckReference)
        checks, references = [], []
        times = dict(zip(self.statement_ids, self.statement_times, strict=True))
        for number in range(self.shape.fact_checks):
            pk = first + number
            statement = rng.choice(self.citable)
            state = "published" if rng.random() < 0.9 else rng.choice(["draft", "in_review", "unpublished"])
            schedule = self.schedule(
                state, min(self.now, times[statement] + datetime_delta(rng.uniform(3600, 20 * 86400)))
            )
            checks.append(
                (pk, statement, writer.headline(), f"{PREFIX}fact-check-{pk}", writer.sentence()[:500],
                 rng.choice(self.rating_ids), f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
                 timezone.localtime(schedule[5]).date(), f"{writer.sentences(3)}\n\n{writer.sentences(2)}",
                 *schedule, 1)
            )  # fmt: skip
            for order in range(rng.choice([0, 1, 1, 2])):
                references.append(
                    (reference_id, pk, writer.headline(), f"https://example.org/evidence/{pk}/{order}", order)
                )
                reference_id += 1
        columns = [
            "id", "statement_id", "headline", "slug", "claim_reviewed", "rating_id", "reviewer", "reviewed_on",
            "reasoning", "status", "first_published_at", "last_published_at", "go_live_at", "expires_at",
            "created_at", "updated_at", "version",
        ]  # fmt: skip
        self.loader.insert(FactCheck, columns, checks)
        self.loader.insert(FactCheckReference, ["id", "fact_check_id", "title", "url", "order"], references)
        self.progress.advance(len(checks), "fact-checks")


def datetime_delta(seconds):
    return datetime.timedelta(seconds=seconds)


if __name__ == "__main__":
    Command().run_from_argv(["bench/corpus.py", "corpus", *sys.argv[1:]])
