"""The API's representations. A detail goes through the serializers field by field; a list writes the
same JSON with plain dictionaries and URLs worked out once per list (the serializers' 570 nested calls
and 325 URL reversals for 20 articles were most of a list's time), from its items' relations read as
rows, without model instances (`ArticleList`, `StatementList`, newsroom.api.rows). tests/test_api.py
checks that both give the same items."""

import re

from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from taggit.models import Tag

from newsroom.api import rows
from newsroom.claims.models import Incident
from newsroom.content.models import Actor, Article, Caption, Citation, Correction, Source, Statement
from newsroom.edge import declare
from newsroom.live.models import LiveCitation, LiveEntry, LivePage


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
    count = serializers.IntegerField(
        read_only=True, help_text="Published articles, statements and live pages carrying the tag."
    )
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
    """An actor where content names it. An unnamed source (“a senior official”) is named as readers
    read it (“A senior official of the Government of Ardania, unnamed”) and has no record of its own
    (`url` null): it is never one with a named person."""

    name = serializers.CharField(source="display_name", read_only=True)
    unnamed = serializers.BooleanField(read_only=True, help_text="An unnamed source, described by the text.")
    url = serializers.SerializerMethodField()

    class Meta:
        model = Actor
        fields = ["name", "slug", "role", "unnamed", "url"]

    @extend_schema_field(serializers.URLField(allow_null=True))
    def get_url(self, actor):
        if actor.unnamed:
            return None
        return self.context["request"].build_absolute_uri(reverse("api:actor-detail", kwargs={"slug": actor.slug}))


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


SPEAKER_HELP = "The first speaker (of a joint statement, the first named); `speakers` has them all."
SPEAKERS_HELP = "Every speaker, in the order the text names them: one, or several for a joint statement."
REPORT_DATE_HELP = "`made_on` is only the date of the report the words are known from: the text does not say when."


class CitedStatementSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:statement-detail")
    public_url = PublicUrlField()
    speaker = ActorRefSerializer(source="actor", read_only=True, help_text=SPEAKER_HELP)
    speakers = ActorRefSerializer(many=True, read_only=True, help_text=SPEAKERS_HELP)
    made_on_is_report_date = serializers.BooleanField(
        source="date_is_report", read_only=True, help_text=REPORT_DATE_HELP
    )

    class Meta:
        model = Statement
        fields = ["id", "speaker", "speakers", "made_on", "made_on_is_report_date", "medium", "url", "public_url"]


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


# What a placeholder in a reversed URL stands for: slugs are ASCII letters, digits, - and _, which a URL
# carries as they are (anything else goes through reverse(), as the serializers do).
PLAIN = re.compile(r"[-a-zA-Z0-9_]+")
PLACEHOLDERS = {"slug": "0placeholder0", "pk": "918273645546372819"}  # ids: the route takes digits only


class Links:
    """Absolute URLs of one list's items: each route reversed once, then filled in per item, and each
    URL made once (a page of 20 articles names about 385, the same actors and sources again and again)."""

    def __init__(self, request):
        self.request = request
        self.templates = {}
        self.made = {}

    def url(self, route, value):
        found = self.made.get((route, value))
        if found is None:
            found = self.made[route, value] = self._make(route, str(value))
        return found

    def _make(self, route, value):
        if route not in self.templates:
            name, key = route
            self.templates[route] = self.request.build_absolute_uri(reverse(name, kwargs={key: PLACEHOLDERS[key]}))
        if not PLAIN.fullmatch(value):
            name, key = route
            return self.request.build_absolute_uri(reverse(name, kwargs={key: value}))
        return self.templates[route].replace(PLACEHOLDERS[route[1]], value, 1)


API_ARTICLE = ("api:article-detail", "slug")
API_STATEMENT = ("api:statement-detail", "pk")
API_ACTOR = ("api:actor-detail", "slug")
API_SOURCE = ("api:source-detail", "slug")
PAGE_ARTICLE = ("newsroom:article_detail", "slug")
PAGE_STATEMENT = ("newsroom:statement_detail", "pk")


# One field, used as the serializers use theirs: the same time zone and format for every date-time.
DATE_TIME = serializers.DateTimeField()


# The representations the list serializers write without nesting serializers (here and in api/claims/serializers.py).
def iso_when(value):
    return None if value is None else DATE_TIME.to_representation(value)


def iso_day(value):
    return None if value is None else value.isoformat()


def source_ref(links, source):
    return {"name": source.name, "slug": source.slug, "url": links.url(API_SOURCE, source.slug)}


def actor_ref(links, actor):
    return {
        "name": actor.display_name,
        "slug": actor.slug,
        "role": actor.role,
        "unnamed": actor.unnamed,
        "url": None if actor.unnamed else links.url(API_ACTOR, actor.slug),
    }


def _actor_row_ref(links, actor):
    """actor_ref of an ActorRow (newsroom.api.rows)."""
    return {
        "name": actor.name,
        "slug": actor.slug,
        "role": actor.role,
        "unnamed": actor.unnamed,
        "url": None if actor.unnamed else links.url(API_ACTOR, actor.slug),
    }


def _tag_refs(rows):
    """A record's tags as the API writes them, from (pk, name, slug) rows."""
    return [{"name": name, "slug": slug} for _, name, slug in rows]


def _correction_refs(rows):
    """A record's corrections as the API writes them, from (kind, text, published_at) rows."""
    return [{"kind": kind, "text": text, "published_at": iso_when(published_at)} for kind, text, published_at in rows]


def lean_article(links, article, related):
    """ArticleSerializer's representation of an article (its own row and publisher) and its relations
    (`related`: ArticleRows, read by newsroom.api.rows.article_rows)."""
    publisher = article.publisher
    return {
        "headline": article.headline,
        "slug": article.slug,
        "dek": article.dek,
        "dateline": article.dateline,
        "byline": article.byline,
        "body": article.body,
        "body_blocks": [
            {"kind": block.kind, "text": block.text, "paragraphs": list(block.paragraphs)}
            for block in article.body_blocks
        ],
        "captions": [{"text": text, "credit": credit, "position": at} for text, credit, at in related.captions],
        "publisher": source_ref(links, publisher) if publisher is not None else None,
        "original_url": article.original_url,
        "original_published_on": iso_day(article.original_published_on),
        "sources": [
            {"name": name, "slug": slug, "url": links.url(API_SOURCE, slug)} for _, name, slug in related.sources
        ],
        "actors": [_actor_row_ref(links, actor) for actor in related.actors],
        "tags": _tag_refs(related.tags),
        "citations": [
            {
                "order": citation.order,
                "wording": citation.wording,
                "statement": {
                    "id": citation.statement_id,
                    "speaker": _actor_row_ref(links, citation.speakers[0]),
                    "speakers": [_actor_row_ref(links, actor) for actor in citation.speakers],
                    "made_on": iso_day(citation.made_on),
                    "made_on_is_report_date": citation.date_is_report,
                    "medium": citation.medium,
                    "url": links.url(API_STATEMENT, citation.statement_id),
                    "public_url": links.url(PAGE_STATEMENT, citation.statement_id),
                },
            }
            for citation in related.citations
        ],
        "corrections": _correction_refs(related.corrections),
        "first_published_at": iso_when(article.first_published_at),
        "last_published_at": iso_when(article.last_published_at),
        "updated_at": iso_when(article.updated_at),
        "url": links.url(API_ARTICLE, article.slug),
        "public_url": links.url(PAGE_ARTICLE, article.slug),
    }


def lean_statement_row(links, statement, related):
    """StatementSerializer's representation of a statement (its own row, speaker and source) and its
    relations (`related`: StatementRows, read by newsroom.api.rows.statement_rows)."""
    source = statement.source
    return {
        "id": statement.pk,
        "speaker": actor_ref(links, statement.actor),
        "speakers": [actor_ref(links, statement.actor), *(_actor_row_ref(links, actor) for actor in related.others)],
        "text": statement.text,
        "summary": statement.summary,
        "made_on": iso_day(statement.made_on),
        "made_on_is_report_date": statement.date_is_report,
        "medium": statement.medium,
        "occasion": statement.occasion,
        "source": source_ref(links, source) if source is not None else None,
        "source_url": statement.source_url,
        "tags": _tag_refs(related.tags),
        "quoted_in": [
            {
                "wording": quotation.wording,
                "article": {
                    "headline": quotation.headline,
                    "slug": quotation.slug,
                    "first_published_at": iso_when(quotation.first_published_at),
                    "url": links.url(API_ARTICLE, quotation.slug),
                    "public_url": links.url(PAGE_ARTICLE, quotation.slug),
                },
            }
            for quotation in related.quoted_in
        ],
        "corrections": _correction_refs(related.corrections),
        "first_published_at": iso_when(statement.first_published_at),
        "last_published_at": iso_when(statement.last_published_at),
        "updated_at": iso_when(statement.updated_at),
        "url": links.url(API_STATEMENT, statement.pk),
        "public_url": links.url(PAGE_STATEMENT, statement.pk),
    }


class ArticleList(serializers.ListSerializer):
    """A page of articles (their own rows, each with its publisher), written by `lean_article` from
    their relations read as rows (newsroom.api.rows), which also name the page's surrogate keys."""

    def to_representation(self, data):
        request = self.context["request"]
        links, found = Links(request), rows.article_rows(data)
        declare(request, *{key for article in data for key in rows.shown_keys(article, found[article.pk])})
        return [lean_article(links, article, found[article.pk]) for article in data]


class StatementList(serializers.ListSerializer):
    """A page of statements (their own rows, each with its speaker, the speaker's organisation and its
    source), written by `lean_statement_row` from their relations read as rows (newsroom.api.rows),
    which also name the page's surrogate keys."""

    def to_representation(self, data):
        request = self.context["request"]
        links, found = Links(request), rows.statement_rows(data)
        declare(request, *{key for s in data for key in rows.statement_shown_keys(s, found[s.pk])})
        return [lean_statement_row(links, statement, found[statement.pk]) for statement in data]


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
        list_serializer_class = ArticleList
        fields = [
            "headline", "slug", "dek", "dateline", "byline", "body", "body_blocks", "captions",
            "publisher", "original_url", "original_published_on", "sources", "actors", "tags", "citations",
            "corrections", "first_published_at", "last_published_at", "updated_at", "url", "public_url",
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
    speaker = ActorRefSerializer(source="actor", read_only=True, help_text=SPEAKER_HELP)
    speakers = ActorRefSerializer(many=True, read_only=True, help_text=SPEAKERS_HELP)
    made_on_is_report_date = serializers.BooleanField(
        source="date_is_report", read_only=True, help_text=REPORT_DATE_HELP
    )
    source = SourceRefSerializer(read_only=True, allow_null=True)
    tags = TagRefSerializer(many=True, read_only=True)
    quoted_in = QuotationSerializer(many=True, read_only=True, source="live_citations")
    corrections = CorrectionSerializer(many=True, read_only=True)

    class Meta:
        model = Statement
        list_serializer_class = StatementList
        fields = [
            "id", "speaker", "speakers", "text", "summary", "made_on", "made_on_is_report_date", "medium", "occasion",
            "source", "source_url", "tags",
            "quoted_in", "corrections", "first_published_at", "last_published_at", "updated_at", "url", "public_url",
        ]  # fmt: skip


class LiveCitationSerializer(serializers.ModelSerializer):
    statement = CitedStatementSerializer(read_only=True)
    wording = serializers.CharField(read_only=True, help_text="The words as this entry quotes them.")

    class Meta:
        model = LiveCitation
        fields = ["order", "wording", "statement"]


class LiveEntrySerializer(serializers.ModelSerializer):
    """An entry of a live page: its text in the body format, when it went out, who wrote it, the
    statements it quotes (those readers may see) and its corrections."""

    public_url = serializers.SerializerMethodField()
    published = serializers.DateTimeField(source="first_published_at", read_only=True)
    modified = serializers.DateTimeField(source="modified_for_readers", read_only=True)
    citations = LiveCitationSerializer(source="live_citations", many=True, read_only=True)
    corrections = CorrectionSerializer(many=True, read_only=True)

    class Meta:
        model = LiveEntry
        fields = [
            "id", "published", "modified", "author", "body", "key_event", "key_event_title", "pinned",
            "citations", "corrections", "public_url",
        ]  # fmt: skip

    def get_public_url(self, entry) -> str:
        return self.context["request"].build_absolute_uri(entry.get_absolute_url())


class IncidentRefSerializer(serializers.ModelSerializer):
    """An incident where a live page covers it: what happened, when, and where to read it."""

    url = serializers.HyperlinkedIdentityField(view_name="api:incident-detail", lookup_field="slug")
    public_url = PublicUrlField()

    class Meta:
        model = Incident
        fields = ["title", "slug", "began_on", "url", "public_url"]


class LivePageRefSerializer(serializers.ModelSerializer):
    """A live page where an incident lists it: its headline, whether coverage goes on, where to read it."""

    url = serializers.HyperlinkedIdentityField(view_name="api:livepage-detail", lookup_field="slug")
    public_url = PublicUrlField()

    class Meta:
        model = LivePage
        fields = ["headline", "slug", "coverage", "url", "public_url"]


class LivePageSerializer(serializers.ModelSerializer):
    """A live page: its coverage (live, paused, ended) and times, tags and actors, the incident it
    covers; its entries are at `entries_url`, newest first, in cursor pages (`since` for the newest)."""

    url = serializers.HyperlinkedIdentityField(view_name="api:livepage-detail", lookup_field="slug")
    entries_url = serializers.SerializerMethodField()
    public_url = PublicUrlField()
    coverage_started = serializers.DateTimeField(source="first_published_at", read_only=True)
    coverage_ended = serializers.DateTimeField(source="coverage_ended_at", read_only=True, allow_null=True)
    updated = serializers.DateTimeField(source="changed_at", read_only=True, allow_null=True)
    tags = TagRefSerializer(many=True, read_only=True)
    actors = ActorRefSerializer(many=True, read_only=True)
    incident = IncidentRefSerializer(
        source="live_incident", read_only=True, allow_null=True, help_text="The published incident it covers, if any."
    )

    class Meta:
        model = LivePage
        fields = [
            "headline", "slug", "summary", "coverage", "coverage_started", "coverage_ended", "updated",
            "tags", "actors", "incident", "url", "entries_url", "public_url",
        ]  # fmt: skip

    def get_entries_url(self, page) -> str:
        return self.context["request"].build_absolute_uri(
            reverse("api:liveentry-list", kwargs={"page_slug": page.slug})
        )
