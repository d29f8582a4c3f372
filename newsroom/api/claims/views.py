from django.db.models import Prefetch

from newsroom.api.claims import serializers
from newsroom.api.claims.filters import FactCheckFilter, IncidentFilter, LinkFilter
from newsroom.api.views import SLUG, ReadOnlyViewSet
from newsroom.claims.models import FactCheck, Incident, Rating, StatementLink
from newsroom.content.models import Article, Source, Statement
from newsroom.edge import keys as edge_keys
from newsroom.live.models import LivePage

LINKED = Statement.objects.select_related("actor")


class LinkViewSet(ReadOnlyViewSet):
    """Published links between published statements, newest first: one statement responding to,
    denying, confirming, echoing… another, with the report that says so."""

    serializer_class = serializers.LinkSerializer
    lookup_value_regex = "[0-9]+"
    filterset_class = LinkFilter
    list_key = edge_keys.CLAIM_LISTS["statementlink"]

    def get_queryset(self):
        links = StatementLink.objects.live().with_statements().order_by("-first_published_at", "-pk")
        if self.action == "list":  # a page's reports and sources are read by its serializer, when it names any
            return links
        return links.prefetch_related(
            Prefetch("reported_in", queryset=Article.objects.live()),
            Prefetch("reported_by", queryset=Source.objects.public()),
        )


class IncidentViewSet(ReadOnlyViewSet):
    """Published incidents, the most recent first; their statements and reports are lists of their own."""

    serializer_class = serializers.IncidentSerializer
    lookup_field = "slug"
    lookup_value_regex = SLUG
    filterset_class = IncidentFilter
    list_key = edge_keys.CLAIM_LISTS["incident"]

    def get_queryset(self):
        # Its live pages readers see, for every incident of the page in one query.
        live_pages = Prefetch("live_pages", queryset=LivePage.objects.live().newest_first(), to_attr="live_coverage")
        return Incident.objects.live().newest_first().prefetch_related(live_pages)


class FactCheckViewSet(ReadOnlyViewSet):
    """Published fact-checks, newest first, with the statement checked and its rating."""

    serializer_class = serializers.FactCheckSerializer
    lookup_field = "slug"
    lookup_value_regex = SLUG
    filterset_class = FactCheckFilter
    list_key = edge_keys.CLAIM_LISTS["factcheck"]

    def get_queryset(self):
        return FactCheck.objects.live().newest_first().cards().prefetch_related("references")


class RatingViewSet(ReadOnlyViewSet):
    """The newsroom's rating scale for fact-checks, from the least accurate up."""

    serializer_class = serializers.RatingSerializer
    lookup_field = "slug"
    lookup_value_regex = SLUG
    # The scale changes in the admin without a purge: its answers carry no key, so a shared cache
    # keeps them no longer than the page cache would.
    purged = False

    def get_queryset(self):
        return Rating.objects.order_by("value", "pk")
