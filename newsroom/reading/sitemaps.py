"""The sitemap: an index (/sitemap.xml) of sections (/sitemap-articles.xml?p=2, ...).

A section's pages are ranges of ids, PAGE_IDS each, so the index needs no count (the highest id
is one index look-up) and a page is one range over the primary key however deep. A range that
holds no live item is an empty, valid page. Rows are read as values and written straight to XML:
Django's sitemap framework counts every live item for the index, skips over all earlier items
for a page, reads every item for a section's date and builds a model object and a template
context per URL, which at 100,000 articles made /sitemap.xml never answer.
"""

import datetime
import math
from xml.sax.saxutils import escape

from django.db.models import Case, F, Q, When
from django.db.models.functions import Greatest, TruncDate
from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils.encoding import iri_to_uri
from django.utils.http import http_date

from newsroom.claims.models import FactCheck, Incident
from newsroom.content.models import Actor, Article, Source, Statement
from newsroom.content.public_clock import last_public_change
from newsroom.content.tag_counts import tags_with_counts
from newsroom.core.numbers import whole_number
from newsroom.live.models import LivePage
from newsroom.reading import page_cache

PAGE_IDS = 1000
XMLNS = "http://www.sitemaps.org/schemas/sitemap/0.9"


def _prefix(name, key):
    """The address of `name` up to its one argument `key` (addresses end "<key>/"): worked out
    once per page, so that each URL is a concatenation rather than a reversal."""
    return reverse(name, kwargs={key: "0"}).removesuffix("0/")


def _modified_on():
    """The day (UTC) readers last saw a change of an item (Publishable.modified_for_readers: publication, or an
    edit or correction more than a minute after it), worked out by the database: read as three date-times and
    compared here, a page's 1,000 items were 3,000 date-times to convert, most of the articles' section's time."""
    edited = Q(updated_at__gt=F("first_published_at") + datetime.timedelta(minutes=1))
    modified = Case(When(edited, then=Greatest("last_published_at", "updated_at")), default=F("last_published_at"))
    return TruncDate(modified, tzinfo=datetime.UTC)


def _published(model, low, high, slug):
    rows = (
        model.objects.live()
        .filter(pk__gt=low, pk__lte=high)
        .order_by("pk")
        .values_list("slug" if slug else "pk", _modified_on())
    )
    return list(rows)


def _articles(low, high):
    prefix = _prefix("newsroom:article_detail", "slug")
    return [(f"{prefix}{slug}/", modified) for slug, modified in _published(Article, low, high, slug=True)]


def _statements(low, high):
    prefix = _prefix("newsroom:statement_detail", "pk")
    return [(f"{prefix}{pk}/", modified) for pk, modified in _published(Statement, low, high, slug=False)]


def _by_slug(model, name):
    """The URLs of the live items of `model` (their `live()` rule) addressed by slug at `name`."""

    def urls(low, high):
        prefix = _prefix(name, "slug")
        return [(f"{prefix}{slug}/", modified) for slug, modified in _published(model, low, high, slug=True)]

    return urls


def _live_pages(low, high):
    prefix = _prefix("newsroom:live_page", "slug")
    rows = (
        LivePage.objects.live()
        .filter(pk__gt=low, pk__lte=high)
        .order_by("pk")
        .values_list("slug", "first_published_at", "changed_at")
    )
    found = [(f"{prefix}{slug}/", changed or published) for slug, published, changed in rows]
    return [(path, moment and moment.date()) for path, moment in found]


def _public(model, name):
    def urls(low, high):
        prefix = _prefix(name, "slug")
        slugs = model.objects.public().filter(pk__gt=low, pk__lte=high).order_by("pk").values_list("slug", flat=True)
        return [(f"{prefix}{slug}/", None) for slug in slugs]

    return urls


def _tags(low, high):
    # Live tags come from the cached counts (no query), in id order like every section.
    return [(tag.url, None) for tag in sorted(tags_with_counts(), key=lambda tag: tag.pk) if low < tag.pk <= high]


# name: (the model whose ids the pages range over, the URLs of one range, changefreq, priority)
SECTIONS = {
    "articles": (Article, _articles, "daily", "0.8"),
    "statements": (Statement, _statements, "weekly", "0.5"),
    "incidents": (Incident, _by_slug(Incident, "newsroom:incident_detail"), "daily", "0.6"),
    "fact-checks": (FactCheck, _by_slug(FactCheck, "newsroom:fact_check_detail"), "weekly", "0.6"),
    "live": (LivePage, _live_pages, "always", "0.8"),
    "actors": (Actor, _public(Actor, "newsroom:actor_detail"), "weekly", "0.4"),
    "sources": (Source, _public(Source, "newsroom:source_detail"), "weekly", "0.3"),
    "tags": (None, _tags, "daily", "0.4"),
}


def _pages(section):
    model = SECTIONS[section][0]
    if model is None:
        top = max((tag.pk for tag in tags_with_counts()), default=0)
    else:
        top = model.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    return max(1, math.ceil(top / PAGE_IDS))


def _xml(body, changed):
    response = HttpResponse('<?xml version="1.0" encoding="UTF-8"?>\n' + body, content_type="application/xml")
    if changed:
        response["Last-Modified"] = http_date(changed.timestamp())
    return response


def index(request):
    """Every page of every section, each dated by the last public change."""
    changed = last_public_change()
    lastmod = f"<lastmod>{changed.date().isoformat()}</lastmod>" if changed else ""
    entries = []
    for section in SECTIONS:
        address = request.build_absolute_uri(reverse("sitemap-section", kwargs={"section": section}))
        for page in range(1, _pages(section) + 1):
            loc = escape(address if page == 1 else f"{address}?p={page}")
            entries.append(f"<sitemap><loc>{loc}</loc>{lastmod}</sitemap>")
    return _xml(f'<sitemapindex xmlns="{XMLNS}">{"".join(entries)}</sitemapindex>\n', changed)


def section(request, section):
    """One page of a section: the live items whose ids fall in its range."""
    if section not in SECTIONS:
        raise Http404("No such sitemap section.")
    raw = request.GET.get("p", "1")
    page = whole_number(raw, minimum=1, maximum=_pages(section))
    if page is None:
        raise Http404("No such sitemap page.")
    if raw == str(page):  # "p=01" is the same page: answered, never stored again
        page_cache.accept("p")
    _, urls, changefreq, priority = SECTIONS[section]
    low = (page - 1) * PAGE_IDS
    base = request.build_absolute_uri("/")[:-1]
    entries = []
    for path, modified in urls(low, low + PAGE_IDS):
        lastmod = f"<lastmod>{modified.isoformat()}</lastmod>" if modified else ""
        entries.append(
            f"<url><loc>{escape(iri_to_uri(base + path))}</loc>{lastmod}<changefreq>{changefreq}</changefreq>"
            f"<priority>{priority}</priority></url>"
        )
    return _xml(f'<urlset xmlns="{XMLNS}">{"".join(entries)}</urlset>\n', last_public_change())
