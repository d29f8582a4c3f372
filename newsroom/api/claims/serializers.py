from urllib.parse import urlencode

from django.db.models import Prefetch, prefetch_related_objects
from django.urls import reverse
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from newsroom.api.serializers import (
    API_ARTICLE,
    API_STATEMENT,
    PAGE_ARTICLE,
    PAGE_STATEMENT,
    ActorRefSerializer,
    Links,
    LivePageRefSerializer,
    PublicUrlField,
    QuotingArticleSerializer,
    SourceRefSerializer,
    actor_ref,
    iso_day,
    iso_when,
    source_ref,
)
from newsroom.claims.kinds import Kind
from newsroom.claims.models import FactCheck, FactCheckReference, Incident, Rating, StatementLink
from newsroom.content.models import Article, Source, Statement


class LinkedStatementSerializer(serializers.ModelSerializer):
    """A statement at one end of a link or under review: who said it, when, and where to read it."""

    url = serializers.HyperlinkedIdentityField(view_name="api:statement-detail")
    public_url = PublicUrlField()
    speaker = ActorRefSerializer(source="actor", read_only=True)

    class Meta:
        model = Statement
        fields = ["id", "speaker", "text", "made_on", "url", "public_url"]


API_LINK = ("api:link-detail", "pk")


def _linked_statement(links, statement):
    """LinkedStatementSerializer's representation of a statement."""
    return {
        "id": statement.pk,
        "speaker": actor_ref(links, statement.actor),
        "text": statement.text,
        "made_on": iso_day(statement.made_on),
        "url": links.url(API_STATEMENT, statement.pk),
        "public_url": links.url(PAGE_STATEMENT, statement.pk),
    }


def lean_link(links, link):
    """LinkSerializer's representation of a link, its statements, report and source read with it."""
    report, source = link.reported_in, link.reported_by
    return {
        "id": link.pk,
        "kind": link.kind,
        "reads": link.verb,
        "reads_back": link.reverse,
        "from_statement": _linked_statement(links, link.from_statement),
        "to_statement": _linked_statement(links, link.to_statement),
        "note": link.note,
        "evidence": link.evidence,
        "reported_in": None
        if report is None
        else {
            "headline": report.headline,
            "slug": report.slug,
            "first_published_at": iso_when(report.first_published_at),
            "url": links.url(API_ARTICLE, report.slug),
            "public_url": links.url(PAGE_ARTICLE, report.slug),
        },
        "reported_by": None if source is None else source_ref(links, source),
        "first_published_at": iso_when(link.first_published_at),
        "updated_at": iso_when(link.updated_at),
        "url": links.url(API_LINK, link.pk),
    }


def reports_of(links):
    """The Prefetch of each relation a page of links names: the live report that states a link and its
    public source, for the links that have them. Built only when some link names one: building them
    (Source.objects.public() most) was a third of a page's time when none does."""
    wanted = []
    if any(link.reported_in_id for link in links):
        wanted.append(Prefetch("reported_in", queryset=Article.objects.live()))
    if any(link.reported_by_id for link in links):
        wanted.append(Prefetch("reported_by", queryset=Source.objects.public()))
    return wanted


class LinkList(serializers.ListSerializer):
    """A page of links (each with both statements and their speakers) written by `lean_link` with URLs
    worked out once per list: the serializers' nested fields and URL reversals (7 per link) were most of
    the list's time (28 of 30 ms for 20 links in-process at 100k). Their reports and sources are read
    here, for the links that name one (`reports_of`). tests/test_claims_api.py checks that list and
    detail agree."""

    def to_representation(self, data):
        data = list(data)
        prefetch_related_objects(data, *reports_of(data))
        links = Links(self.context["request"])
        return [lean_link(links, link) for link in data]


class LinkSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:link-detail")
    from_statement = LinkedStatementSerializer(read_only=True, help_text="The statement that makes the link.")
    to_statement = LinkedStatementSerializer(read_only=True, help_text="The statement it answers.")
    kind = serializers.ChoiceField(choices=Kind.choices, read_only=True)
    reads = serializers.CharField(source="verb", read_only=True, help_text="“from_statement <reads> to_statement”.")
    reads_back = serializers.CharField(
        source="reverse", read_only=True, help_text="“to_statement is <reads_back> from_statement”."
    )
    reported_in = QuotingArticleSerializer(
        read_only=True, allow_null=True, help_text="The published report that states the link, if any."
    )
    reported_by = SourceRefSerializer(read_only=True, allow_null=True)

    class Meta:
        model = StatementLink
        list_serializer_class = LinkList
        fields = [
            "id", "kind", "reads", "reads_back", "from_statement", "to_statement", "note", "evidence",
            "reported_in", "reported_by", "first_published_at", "updated_at", "url",
        ]  # fmt: skip


class IncidentSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:incident-detail", lookup_field="slug")
    public_url = PublicUrlField()
    statements = serializers.SerializerMethodField(help_text="Its published statements, as a filtered list.")
    articles = serializers.SerializerMethodField(help_text="Its published reports, as a filtered list.")
    live_pages = LivePageRefSerializer(
        source="live_coverage", many=True, read_only=True, help_text="Its published live pages, newest first."
    )

    class Meta:
        model = Incident
        fields = [
            "title", "slug", "summary", "began_on", "ended_on", "place", "statements", "articles", "live_pages",
            "first_published_at", "updated_at", "url", "public_url",
        ]  # fmt: skip

    def _list(self, name, incident):
        path = reverse(f"api:{name}-list")
        return self.context["request"].build_absolute_uri(f"{path}?{urlencode({'incident': incident.slug})}")

    @extend_schema_field(serializers.URLField())
    def get_statements(self, incident):
        return self._list("statement", incident)

    @extend_schema_field(serializers.URLField())
    def get_articles(self, incident):
        return self._list("article", incident)


class RatingSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:rating-detail", lookup_field="slug")

    class Meta:
        model = Rating
        fields = ["name", "slug", "value", "description", "url"]


class ReferenceSerializer(serializers.ModelSerializer):
    class Meta:
        model = FactCheckReference
        fields = ["title", "url"]


class FactCheckSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:fact-check-detail", lookup_field="slug")
    public_url = PublicUrlField()
    statement = LinkedStatementSerializer(read_only=True)
    rating = RatingSerializer(read_only=True)
    references = ReferenceSerializer(many=True, read_only=True)

    class Meta:
        model = FactCheck
        fields = [
            "slug", "headline", "claim_reviewed", "rating", "statement", "reviewer", "reviewed_on", "reasoning",
            "references", "first_published_at", "last_published_at", "updated_at", "url", "public_url",
        ]  # fmt: skip
