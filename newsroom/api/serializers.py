from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from taggit.models import Tag

from newsroom.content.models import Actor, Article, Caption, Citation, Correction, Source, Statement


@extend_schema_field(OpenApiTypes.URI)
class PublicUrlField(serializers.Field):
    """The absolute URL of the object's page on the public site."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, obj):
        return self.context["request"].build_absolute_uri(obj.get_absolute_url())


class TagSerializer(serializers.Serializer):
    """A live tag with its count (newsroom.content.querysets.TagCount, from the cached counts)."""

    name = serializers.CharField(read_only=True)
    slug = serializers.SlugField(read_only=True)
    count = serializers.IntegerField(read_only=True, help_text="Published articles and statements carrying the tag.")
    url = serializers.HyperlinkedIdentityField(view_name="api:tag-detail", lookup_field="slug")
    public_url = serializers.SerializerMethodField()

    def get_public_url(self, tag) -> str:
        return self.context["request"].build_absolute_uri(tag.url)


class TagRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Tag
        fields = ["name", "slug"]


class SourceRefSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:source-detail", lookup_field="slug")

    class Meta:
        model = Source
        fields = ["name", "slug", "url"]


class ActorRefSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:actor-detail", lookup_field="slug")

    class Meta:
        model = Actor
        fields = ["name", "slug", "role", "url"]


class SourceSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:source-detail", lookup_field="slug")
    public_url = PublicUrlField()
    website = serializers.URLField(source="url", read_only=True)

    class Meta:
        model = Source
        fields = ["name", "slug", "kind", "website", "description", "url", "public_url"]


class ActorSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:actor-detail", lookup_field="slug")
    public_url = PublicUrlField()
    affiliation = ActorRefSerializer(read_only=True, allow_null=True)
    aliases = serializers.SlugRelatedField(many=True, read_only=True, slug_field="name")

    class Meta:
        model = Actor
        fields = [
            "name",
            "slug",
            "kind",
            "role",
            "affiliation",
            "country",
            "description",
            "aliases",
            "url",
            "public_url",
        ]


class CaptionSerializer(serializers.ModelSerializer):
    class Meta:
        model = Caption
        fields = ["text", "credit", "position"]


class CorrectionSerializer(serializers.ModelSerializer):
    class Meta:
        model = Correction
        fields = ["kind", "text", "published_at"]


class CitedStatementSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:statement-detail")
    public_url = PublicUrlField()
    speaker = ActorRefSerializer(source="actor", read_only=True)

    class Meta:
        model = Statement
        fields = ["id", "speaker", "made_on", "medium", "url", "public_url"]


class CitationSerializer(serializers.ModelSerializer):
    statement = CitedStatementSerializer(read_only=True)
    wording = serializers.CharField(read_only=True, help_text="The words as this article printed them.")

    class Meta:
        model = Citation
        fields = ["order", "wording", "statement"]


class BodyBlockSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=["paragraph", "subhead", "quote"])
    text = serializers.CharField(allow_blank=True)
    paragraphs = serializers.ListField(child=serializers.CharField())


class ArticleSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:article-detail", lookup_field="slug")
    public_url = PublicUrlField()
    publisher = SourceRefSerializer(read_only=True, allow_null=True)
    sources = SourceRefSerializer(many=True, read_only=True)
    actors = ActorRefSerializer(many=True, read_only=True)
    tags = TagRefSerializer(many=True, read_only=True)
    captions = CaptionSerializer(many=True, read_only=True)
    citations = CitationSerializer(many=True, read_only=True, source="live_citations")
    body_blocks = BodyBlockSerializer(many=True, read_only=True)
    corrections = CorrectionSerializer(many=True, read_only=True)

    class Meta:
        model = Article
        fields = [
            "headline", "slug", "dek", "dateline", "byline", "body", "body_blocks", "captions",
            "publisher", "original_url", "sources", "actors", "tags", "citations", "corrections",
            "first_published_at", "last_published_at", "updated_at", "url", "public_url",
        ]  # fmt: skip


class QuotingArticleSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:article-detail", lookup_field="slug")
    public_url = PublicUrlField()

    class Meta:
        model = Article
        fields = ["headline", "slug", "first_published_at", "url", "public_url"]


class QuotationSerializer(serializers.ModelSerializer):
    article = QuotingArticleSerializer(read_only=True)
    wording = serializers.CharField(read_only=True, help_text="The words as that article printed them.")

    class Meta:
        model = Citation
        fields = ["wording", "article"]


class StatementSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:statement-detail")
    public_url = PublicUrlField()
    speaker = ActorRefSerializer(source="actor", read_only=True)
    source = SourceRefSerializer(read_only=True, allow_null=True)
    tags = TagRefSerializer(many=True, read_only=True)
    quoted_in = QuotationSerializer(many=True, read_only=True, source="live_citations")
    corrections = CorrectionSerializer(many=True, read_only=True)

    class Meta:
        model = Statement
        fields = [
            "id", "speaker", "text", "summary", "made_on", "medium", "occasion", "source", "source_url", "tags",
            "quoted_in", "corrections", "first_published_at", "last_published_at", "updated_at", "url", "public_url",
        ]  # fmt: skip
