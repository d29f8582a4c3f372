from urllib.parse import urlencode

from django.urls import reverse
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from newsroom.api.serializers import (
    ActorRefSerializer,
    LivePageRefSerializer,
    PublicUrlField,
    QuotingArticleSerializer,
    SourceRefSerializer,
)
from newsroom.claims.kinds import Kind
from newsroom.claims.models import FactCheck, FactCheckReference, Incident, Rating, StatementLink
from newsroom.content.models import Statement


class LinkedStatementSerializer(serializers.ModelSerializer):
    """A statement at one end of a link or under review: who said it, when, and where to read it."""

    url = serializers.HyperlinkedIdentityField(view_name="api:statement-detail")
    public_url = PublicUrlField()
    speaker = ActorRefSerializer(source="actor", read_only=True)

    class Meta:
        model = Statement
        fields = ["id", "speaker", "text", "made_on", "url", "public_url"]


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
