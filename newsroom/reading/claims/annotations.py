"""Links, incidents and reviews for the items of a feed: what the JSON Feed carries in each item's
`_claims` extension (JSON Feed 1.1: keys starting with an underscore are a publisher's own).
A few queries for the whole feed, never one per item; only what readers may see."""

from django.db.models import Prefetch, prefetch_related_objects
from django.urls import reverse

from newsroom.claims.models import FactCheck, Incident, StatementLink
from newsroom.content.models import Article, Statement


def _statement_ref(absolute, statement):
    return {
        "url": absolute(statement.get_absolute_url()),
        "speaker": statement.actor.name,
        "made_on": statement.made_on.isoformat() if statement.made_on else None,
    }


def annotate(items, absolute):
    """Set `feed_claims` (a dict, maybe empty) on each article and statement of `items`; `absolute`
    makes a path an absolute URL."""
    statements = [item for item in items if isinstance(item, Statement)]
    articles = [item for item in items if isinstance(item, Article)]
    incidents = Incident.objects.live().newest_first()
    links = StatementLink.objects.live().with_statements().order_by("pk")
    prefetch_related_objects(
        statements,
        Prefetch("links_out", queryset=links, to_attr="feed_links_out"),
        Prefetch("links_in", queryset=links, to_attr="feed_links_in"),
        Prefetch("fact_checks", queryset=FactCheck.objects.live().select_related("rating"), to_attr="feed_reviews"),
        Prefetch("incidents", queryset=incidents, to_attr="feed_incidents"),
    )
    prefetch_related_objects(articles, Prefetch("incidents", queryset=incidents, to_attr="feed_incidents"))
    api_docs = absolute(reverse("api:docs"))
    for item in items:
        claims = {}
        for link in getattr(item, "feed_links_out", []):
            claims.setdefault("links", []).append(
                {"kind": link.kind, "reads": link.verb, **_statement_ref(absolute, link.to_statement)}
            )
        for link in getattr(item, "feed_links_in", []):
            claims.setdefault("links", []).append(
                {"kind": link.kind, "reads": link.reverse, **_statement_ref(absolute, link.from_statement)}
            )
        for review in getattr(item, "feed_reviews", []):
            claims.setdefault("fact_checks", []).append(
                {
                    "url": absolute(review.get_absolute_url()),
                    "headline": review.headline,
                    "rating": review.rating.name,
                    "rating_value": review.rating.value,
                }
            )
        for incident in getattr(item, "feed_incidents", []):
            claims.setdefault("incidents", []).append(
                {"url": absolute(incident.get_absolute_url()), "title": incident.title}
            )
        item.feed_claims = {"about": api_docs, **claims} if claims else None
