import math

from django.db import connections, transaction
from django.utils.cache import get_conditional_response
from rest_framework import viewsets
from rest_framework.exceptions import NotFound
from rest_framework.response import Response
from rest_framework.settings import api_settings
from taggit.models import Tag

from newsroom.api import cache, serializers
from newsroom.api.filters import ActorFilter, ArticleFilter, LiveEntryFilter, StatementFilter
from newsroom.api.lists import CompiledList, compiled_list
from newsroom.content.models import Actor, Article, Source, Statement
from newsroom.content.public_clock import last_public_change
from newsroom.content.tag_counts import tags_with_counts
from newsroom.edge import declare
from newsroom.edge import keys as edge_keys
from newsroom.live.models import LiveEntry, LivePage

# The validators get_conditional_response reads: without any of them it answers nothing.
CONDITIONAL_HEADERS = ("HTTP_IF_NONE_MATCH", "HTTP_IF_MODIFIED_SINCE", "HTTP_IF_MATCH", "HTTP_IF_UNMODIFIED_SINCE")

# What a slug can be; anything else (a NUL byte, say) is a 404 before it reaches the database.
SLUG = r"[-\w]+"


class ReadOnlyViewSet(viewsets.ReadOnlyModelViewSet):
    """Last-Modified and ETag from the moment of the last public change, so that a conditional
    request is answered 304 before the list is read or serialised.

    A JSON answer depends on nothing else than what is public at that moment, the address asked
    for (host and scheme included: links in it are absolute) and the media type; the browsable API, which
    names the signed-in user, is left to ConditionalGetMiddleware's hash of the content.
    """

    changed = etag = cache_key = answer_key = None
    conditional = False  # whether the request carries a validator (If-None-Match, If-Modified-Since, …)
    found = cache.NOT_LOOKED_UP  # the stored answer, when the throttle read it with its count

    @classmethod
    def as_view(cls, actions=None, **initkwargs):
        # A plain request's 304 or stored answer before DRF's dispatch (newsroom.api.cache.answering_first).
        view = cache.answering_first(super().as_view(actions, **initkwargs), cls, actions, initkwargs)
        # Reads only: no transaction of the request's own (ATOMIC_REQUESTS), whose BEGIN and COMMIT
        # were two of the four round trips to PostgreSQL of an answer from the cache or a 304.
        return transaction.non_atomic_requests(view)

    def handle_exception(self, exc):
        # DRF's handler marks the request's transaction to be rolled back (rest_framework.views.set_rollback);
        # these views open none, and a transaction around them (a test's) is not theirs to roll back.
        marks = [(db, db.needs_rollback) for db in connections.all(initialized_only=True)]
        try:
            return super().handle_exception(exc)
        finally:
            for db, needs_rollback in marks:
                db.needs_rollback = needs_rollback

    def check_throttles(self, request):
        # DRF's initial(): content negotiation, authentication, permissions, then this. The moment and the
        # answer's key come first so that the throttle reads the stored answer in the round trip to Redis
        # that counts the request (newsroom.api.throttling): one round trip where there were two. The
        # answer is still given only after the count let the request through.
        if request.method in ("GET", "HEAD"):
            self.changed = last_public_change()
            if self.changed and request.accepted_renderer.format == "json":
                self.etag = cache.etag(self.changed, request.accepted_media_type, request.build_absolute_uri())
            self.cache_key = cache.cache_key(
                request, self.changed, self.query_parameters(), self.repeatable_parameters()
            )
            # A conditional request is most often a 304, which reads no stored answer.
            self.conditional = any(name in request.META for name in CONDITIONAL_HEADERS)
            self.answer_key = None if self.conditional else self.cache_key
        super().check_throttles(request)

    def looked_up(self, found):
        """What the cache held under answer_key, read with the throttle's count (None: nothing, or Redis away)."""
        self.found = found

    # Each answer in turn: a 304 to a request that has the current one, else the stored answer,
    # else the answer made now (and stored, in finalize_response).

    list_key = None  # the surrogate key of the whole list; by default the kind's (edge.keys.LISTS)
    purged = True  # whether a purge reaches its answers (False: they carry no surrogate key)

    def query_parameters(self):
        """The query parameters this answer reads: the format, and a list's page and filters."""
        names = {api_settings.URL_FORMAT_OVERRIDE}
        if self.action == "list":
            names |= {self.paginator.cursor_query_param, self.paginator.page_size_query_param}
            filterset = getattr(self, "filterset_class", None)
            if filterset is not None:
                names |= set(filterset.base_filters)
        return names

    def repeatable_parameters(self):
        """The query parameters of a list that may be given several times (?tag=a&tag=b)."""
        filterset = getattr(self, "filterset_class", None) if self.action == "list" else None
        if filterset is None:
            return frozenset()
        return frozenset(name for name, found in filterset.base_filters.items() if getattr(found, "repeatable", False))

    def list(self, request, *args, **kwargs):
        return self.not_modified(request) or self.stored() or super().list(request, *args, **kwargs)

    def retrieve(self, request, *args, **kwargs):
        return self.not_modified(request) or self.stored() or super().retrieve(request, *args, **kwargs)

    def stored(self):
        return cache.stored(self.cache_key, self.found)

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        searched = [edge_keys.SEARCH] if "q" in self.request.query_params else []
        if self.purged:
            declare(self.request, self.list_key or edge_keys.LISTS[self.basename], *searched, page)
        return page

    def get_object(self):
        found = super().get_object()
        if self.purged:
            declare(self.request, *edge_keys.page_of(found))
        return found

    def not_modified(self, request):
        """A 304 for a JSON request whose validators match (an ETag is set only with a moment)."""
        if not self.etag or not self.conditional:  # nothing to compare (get_conditional_response's own answer)
            return None
        return get_conditional_response(request, etag=self.etag, last_modified=math.ceil(self.changed.timestamp()))

    def finalize_response(self, request, response, *args, **kwargs):
        made_now = isinstance(response, Response)
        response = super().finalize_response(request, response, *args, **kwargs)
        if made_now:
            cache.keep(self.cache_key, response)
        if request.method in ("GET", "HEAD") and response.status_code in (200, 304) and self.changed:
            cache.validators(response, self.changed, self.etag)
        return response


class ArticleViewSet(ReadOnlyViewSet):
    """Published articles, newest first, with their tags, sources and the statements they quote."""

    serializer_class = serializers.ArticleSerializer
    lookup_field = "slug"
    lookup_value_regex = SLUG
    filterset_class = ArticleFilter

    def get_queryset(self):
        if self.action == "list":
            # The common combinations of filters as a query compiled once (newsroom.api.lists), without
            # building the queryset it stands for (a third of a millisecond); the rest as django-filter
            # builds them. Either way the rest is read as rows by the list serializer (newsroom.api.rows).
            # (A JSON answer: the browsable API and the schema ask the queryset for its model and filters.)
            if getattr(self.request, "accepted_renderer", None) and self.request.accepted_renderer.format == "json":
                listed = compiled_list(self.request.query_params)
                if listed is not None:
                    return listed
            return Article.objects.live().newest_first().select_related("publisher")
        return Article.objects.live().newest_first().for_page()

    def filter_queryset(self, queryset):
        if isinstance(queryset, CompiledList):  # filtered already
            return queryset
        return super().filter_queryset(queryset)


class StatementViewSet(ReadOnlyViewSet):
    """Published statements, newest first, with their speaker, source and the articles quoting them."""

    serializer_class = serializers.StatementSerializer
    lookup_value_regex = "[0-9]+"
    filterset_class = StatementFilter

    def get_queryset(self):
        if self.action == "list":  # the rest is read as rows by the list serializer (newsroom.api.rows)
            return Statement.objects.live().newest_made().select_related("actor__affiliation", "source")
        return Statement.objects.live().newest_made().for_page()


class ActorViewSet(ReadOnlyViewSet):
    """People and organisations named in published content."""

    serializer_class = serializers.ActorSerializer
    lookup_field = "slug"
    lookup_value_regex = SLUG
    filterset_class = ActorFilter

    def get_queryset(self):
        return Actor.objects.public().select_related("affiliation").prefetch_related("aliases").order_by("name")


class SourceViewSet(ReadOnlyViewSet):
    """Outlets and agencies published content draws on."""

    serializer_class = serializers.SourceSerializer
    lookup_field = "slug"
    lookup_value_regex = SLUG

    def get_queryset(self):
        return Source.objects.public().order_by("name")


class TagViewSet(ReadOnlyViewSet):
    """Tags carried by published content, with how many items carry each."""

    serializer_class = serializers.TagSerializer
    lookup_field = "slug"
    lookup_value_regex = SLUG

    def get_queryset(self):
        """The cached counts, most used first (a list: pages of it go by position)."""
        if getattr(self, "swagger_fake_view", False):  # the schema asks which model the list is of
            return Tag.objects.none()
        return tags_with_counts()

    def get_object(self):
        tag = next((tag for tag in tags_with_counts() if tag.slug == self.kwargs["slug"]), None)
        if tag is None:
            raise NotFound("No such tag.")
        declare(self.request, *edge_keys.page_of(tag))
        return tag


class LivePageViewSet(ReadOnlyViewSet):
    """Live pages readers may see, newest first: breaking stories covered entry by entry."""

    serializer_class = serializers.LivePageSerializer
    lookup_field = "slug"
    lookup_value_regex = SLUG

    def get_queryset(self):
        return LivePage.objects.live().newest_first().for_page()


class LiveEntryViewSet(ReadOnlyViewSet):
    """A live page's entries readers may see, newest first; `since` gives those published after a time."""

    serializer_class = serializers.LiveEntrySerializer
    lookup_value_regex = "[0-9]+"
    filterset_class = LiveEntryFilter

    def page(self):
        if getattr(self, "swagger_fake_view", False):  # the schema asks which model the list is of
            return None
        page = LivePage.objects.live().filter(slug=self.kwargs["page_slug"]).first()
        if page is None:
            raise NotFound("No such live page.")
        return page

    def get_queryset(self):
        page = self.page()
        if page is None:
            return LiveEntry.objects.none()
        declare(self.request, *edge_keys.page_of(page))
        return LiveEntry.objects.live().filter(page=page).select_related("page").newest_first().for_page()

    # An entry is part of its page: the response carries the page's keys (declared above), not a list's.
    def paginate_queryset(self, queryset):
        return viewsets.ReadOnlyModelViewSet.paginate_queryset(self, queryset)

    def get_object(self):
        return viewsets.ReadOnlyModelViewSet.get_object(self)
