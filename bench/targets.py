"""The URLs the benchmark and the scale guard request: every reader surface, with real
slugs picked from the database (Django must be set up before calling `pick`)."""

from dataclasses import dataclass

from django.db.models import Count
from django.urls import NoReverseMatch, reverse

# Words the generated corpus (and the seed texts it is drawn from) use often, rarely and together.
SEARCHES = [
    ("search, one word", "ceasefire"),
    ("search, two words", "russian peacekeepers"),
    ("search, three words", "azerbaijani armed forces"),
    ("search, a phrase", '"international community"'),
]
PAGE_SIZE = 20
DEEP_PAGE = 1000


@dataclass
class Target:
    name: str
    url: str
    group: str  # "page", "api", "feed", "search", "deep" or "ceiling": how the targets judge it
    pair: str = ""  # for a deep page: the name of its first page


def pick(*, deep_page=DEEP_PAGE):
    """Every URL to measure, in the order of the issue's list."""
    from taggit.models import TaggedItem

    from newsroom.content.models import Article, Citation, Statement
    from newsroom.reading.discovery import canonical_tags
    from newsroom.reading.pagination import Order, encode
    from newsroom.reading.stream import newest

    published_articles = Article.objects.live()
    published_statements = Statement.objects.live()
    # A recent item, but not the newest: the 100th (or the middle one of a small corpus).
    article = nth(published_articles.order_by("-first_published_at", "-pk"), 100)
    statement = nth(published_statements.order_by("-first_published_at", "-pk"), 100)
    # The head of each Zipf-like distribution: the pages readers (and crawlers) hit most, and the
    # largest lists to build.
    top_tags = list(TaggedItem.objects.values("tag__slug").annotate(n=Count("id")).order_by("-n", "tag__slug")[:2])
    tag, second_tag = top_tags[0]["tag__slug"], top_tags[1]["tag__slug"]
    actor = (Citation.objects.values("statement__actor__slug").annotate(n=Count("id")).order_by("-n")[:1].get())[
        "statement__actor__slug"
    ]
    source = (published_articles.values("publisher__slug").annotate(n=Count("id")).order_by("-n")[:1].get())[
        "publisher__slug"
    ]
    tagged = published_articles.filter(tags__slug=tag).count() + published_statements.filter(tags__slug=tag).count()
    tag_deep = max(2, min(deep_page, int(tagged * 0.9) // PAGE_SIZE))
    article_deep = max(2, min(deep_page, published_articles.count() // PAGE_SIZE))
    api_deep = article_deep
    # Pages go by position (newsroom.reading.pagination): page N is the one after the last item of page N - 1.
    newest_articles = published_articles.newest_first()
    article_cursor = encode(Order.of(newest_articles).values_of(newest_articles[(article_deep - 1) * PAGE_SIZE - 1]))
    tag_row = newest(
        published_articles.filter(tags__slug=tag),
        published_statements.filter(tags__slug=tag),
        (tag_deep - 1) * PAGE_SIZE,
    )[-1]
    tag_cursor = encode((tag_row[2], tag_row[1], tag_row[0]))
    api_row = newest_articles[(api_deep - 1) * PAGE_SIZE - 1]
    api_cursor = encode(("before", api_row.first_published_at, api_row.pk))
    after = nth(published_articles.order_by("-first_published_at", "-pk"), 500).first_published_at
    after = after.strftime("%Y-%m-%dT%H:%M:%SZ")
    made = statement.made_on.isoformat() if statement.made_on else "2024-01-01"

    targets = [
        Target("constant view (the ceiling)", "/bench/constant/", "ceiling"),
        Target("home", "/", "page"),
        Target("an article", article.get_absolute_url(), "page"),
        Target("articles, page 1", "/articles/", "page"),
        Target(f"articles, page {article_deep:,}", f"/articles/?before={article_cursor}", "deep", "articles, page 1"),
        Target("tag index", "/tags/", "page"),
        Target("most-used tag, page 1", f"/tags/{tag}/", "page"),
        Target(
            f"most-used tag, page {tag_deep:,}", f"/tags/{tag}/?before={tag_cursor}", "deep", "most-used tag, page 1"
        ),
        # In the one order the combined page lives at (the other order redirects to it).
        Target("two tags combined", f"/tags/{'/'.join(canonical_tags([tag, second_tag]))}/", "page"),
        Target("an actor (most quoted)", f"/actors/{actor}/", "page"),
        Target("a source (top publisher)", f"/sources/{source}/", "page"),
        Target("a statement", statement.get_absolute_url(), "page"),
    ]
    targets += [Target(name, f"/search/?q={quote(words)}", "search") for name, words in SEARCHES]
    article_filters = [
        ("", ""),
        ("tag", f"tag={tag}"),
        ("two tags", f"tag={tag}&tag={second_tag}"),
        ("actor", f"actor={actor}"),
        ("source", f"source={source}"),
        ("published_after", f"published_after={after}"),
        ("published_before", f"published_before={after}"),
        ("q", "q=ceasefire"),
        ("ordering", "ordering=headline"),
    ]
    for label, query in article_filters:
        name = f"API articles{', ' + label if label else ''}"
        targets.append(Target(name, f"/api/articles/{'?' + query if query else ''}", "api"))
    targets.append(
        Target(f"API articles, page {api_deep:,}", f"/api/articles/?cursor={api_cursor}", "deep", "API articles")
    )
    statement_filters = [
        ("", ""),
        ("tag", f"tag={tag}"),
        ("actor", f"actor={actor}"),
        ("source", f"source={source}"),
        ("published_after", f"published_after={after}"),
        ("published_before", f"published_before={after}"),
        ("made_after", f"made_after={made}"),
        ("made_before", f"made_before={made}"),
        ("q", "q=ceasefire"),
        ("ordering", "ordering=made_on"),
    ]
    for label, query in statement_filters:
        name = f"API statements{', ' + label if label else ''}"
        targets.append(Target(name, f"/api/statements/{'?' + query if query else ''}", "api"))
    targets += [
        Target("JSON Feed", "/feed.json", "feed"),
        Target("RSS", "/feeds/rss/", "feed"),
        Target("sitemap index", "/sitemap.xml", "feed"),
    ]
    targets += claims_targets()
    section = sitemap_section()
    if section:
        targets.append(Target("sitemap section (articles)", section, "feed"))
    targets += live_targets()
    return targets


def claims_targets():
    """Issue 19's pages: the largest incident, a statement at the end of a long exchange, a
    fact-check, their lists, feeds and API lists (none on a corpus built before them)."""
    from bench.corpus import LONG_EXCHANGE_NOTE
    from newsroom.claims.models import FactCheck, Incident, StatementLink

    incident = Incident.objects.live().annotate(n=Count("statement_memberships")).order_by("-n", "pk").first()
    exchange = (
        StatementLink.objects.live()
        .filter(note=LONG_EXCHANGE_NOTE)
        .order_by("-from_statement_id")
        .values_list("from_statement_id", flat=True)
        .first()
    )
    answered = StatementLink.objects.live().values_list("to_statement_id", flat=True).first()
    fact_check = (
        nth(FactCheck.objects.live().order_by("-first_published_at", "-pk"), 20)
        if FactCheck.objects.live().exists()
        else None
    )
    targets = [
        Target("incident list", "/incidents/", "page"),
        Target("fact-check list", "/fact-checks/", "page"),
        Target("fact-check list, a rating", "/fact-checks/?rating=false", "page"),
        Target("fact-check feed", "/feeds/fact-checks/rss/", "feed"),
        Target("API links", "/api/links/", "api"),
        Target("API incidents", "/api/incidents/", "api"),
        Target("API fact-checks", "/api/fact-checks/", "api"),
        Target("API fact-checks, rating", "/api/fact-checks/?rating=false", "api"),
    ]
    if incident is not None:
        targets += [
            Target("an incident (the largest)", incident.get_absolute_url(), "page"),
            Target("an incident's reports", f"{incident.get_absolute_url()}reports/", "page"),
            Target("an incident's feed", f"/feeds/incidents/{incident.slug}/rss/", "feed"),
            Target("API statements, incident", f"/api/statements/?incident={incident.slug}", "api"),
            Target("API links, incident", f"/api/links/?incident={incident.slug}", "api"),
        ]
    if exchange is not None:
        targets += [
            Target("a statement with a long thread", f"/statements/{exchange}/", "page"),
            Target("a long thread's feed", f"/feeds/statements/{exchange}/rss/", "feed"),
        ]
    if answered is not None:
        targets += [
            Target("API links, responds_to", f"/api/links/?responds_to={answered}", "api"),
            Target("API statements, responds_to", f"/api/statements/?responds_to={answered}", "api"),
        ]
    if fact_check is not None:
        targets.append(Target("a fact-check", fact_check.get_absolute_url(), "page"))
    return targets


def live_targets():
    """The live page with the most entries (bench/corpus.py makes one of 5,000), its updates with a
    few entries new, and with nothing new (the answer every reader polling at once shares)."""
    from newsroom.live.models import LivePage

    page = LivePage.objects.live().order_by("-sequence").first()
    if page is None:
        return []
    return [
        Target("a live page", page.get_absolute_url(), "page"),
        Target("a live page's updates, 5 new", f"/live/{page.slug}/updates/?after={max(0, page.sequence - 5)}", "api"),
        Target("a live page's updates, none new", f"/live/{page.slug}/updates/?after={page.sequence}", "api"),
        Target("API live entries", f"/api/live/{page.slug}/entries/", "api"),
    ]


def sitemap_section():
    """The articles section of the sitemap, when /sitemap.xml is an index of sections (None if not)."""
    for name in ("django.contrib.sitemaps.views.sitemap", "sitemap-section", "sitemap_section"):
        try:
            return reverse(name, kwargs={"section": "articles"})
        except NoReverseMatch:
            continue
    return None


def nth(queryset, n):
    """The n-th item of an ordered queryset, or its middle one when it holds fewer."""
    return queryset[min(n, queryset.count() // 2)]


def quote(words):
    from urllib.parse import quote_plus

    return quote_plus(words)
