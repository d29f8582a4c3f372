"""Incident and fact-check pages. Every list and page starts from the reading rule (`live()`);
staff see what is not live yet at its public address, marked so, as everywhere on the site."""

from django.core.exceptions import BadRequest
from django.db.models import Prefetch
from django.views.generic import DetailView

from newsroom.claims.models import FactCheck, Incident, Rating
from newsroom.content.models import Statement
from newsroom.content.querysets import citations_in_live_articles
from newsroom.edge import declare
from newsroom.edge import keys as edge_keys
from newsroom.live.models import LivePage
from newsroom.reading import cards, page_cache
from newsroom.reading.claims.timeline import reports_of, timeline
from newsroom.reading.pagination import PAGE_SIZE, queryset_page
from newsroom.reading.provenance import provenance
from newsroom.reading.views import NewestFirstListView, NotPublicUncachedMixin, is_public


class IncidentListView(NewestFirstListView):
    extra_context = {"section": "incidents"}
    paginate_by = PAGE_SIZE
    template_name = "newsroom/incident_list.html"

    list_key, card_list = edge_keys.CLAIM_LISTS["incident"], False

    def get_queryset(self):
        return Incident.objects.live().newest_first()


class IncidentMixin:
    """The incident named by the address, as this person may see it."""

    def get_queryset(self):
        return Incident.objects.visible_to(self.request.user).with_state()


class IncidentDetailView(NotPublicUncachedMixin, IncidentMixin, DetailView):
    """The incident's timeline: who said what, when, with the links between the claims."""

    extra_context = {"section": "incidents"}
    template_name = "newsroom/incident_detail.html"

    def get_context_data(self, **kwargs):
        story = timeline(self.object, self.request.GET)
        live_pages = list(LivePage.objects.live().filter(incident=self.object).newest_first())
        # Its statements (and their speakers), its first reports, its live pages, and the lists whose changes move it.
        declare(
            self.request,
            edge_keys.key("incident", self.object.pk),
            "statements",
            "articles",
            story["page_obj"],
            story["reports"],
            live_pages,
        )
        return super().get_context_data(
            **story, live_pages=live_pages, is_public=is_public(self.object, self.request.user), **kwargs
        )


class IncidentReportsView(NotPublicUncachedMixin, IncidentMixin, DetailView):
    """Every report on the incident, newest first, a page at a time."""

    extra_context = {"section": "incidents"}
    template_name = "newsroom/incident_reports.html"

    def get_context_data(self, **kwargs):
        # The cards read as rows and kept as fragments (newsroom.reading.cards), as every list of reports reads
        # them: rendered here on every request, twenty article cards were most of the page (29 of 35 ms at 100k).
        page = queryset_page(reports_of(self.object).newest_first(), self.request.GET, read=cards.read)
        cards.fill(list(page.object_list))
        declare(self.request, edge_keys.key("incident", self.object.pk), "articles", page)
        return super().get_context_data(page_obj=page, is_public=is_public(self.object, self.request.user), **kwargs)


def chosen_rating(request):
    """The Rating a reader filters by (`?rating=<slug>`), None for all; an unknown one is a 400. A known
    one is accepted by the page cache: the filtered list is stored under its rating like any list."""
    slug = request.GET.get("rating", "")
    if not slug:
        return None
    rating = Rating.objects.filter(slug=slug).first()
    if rating is None:
        raise BadRequest(f"“rating” is one of the scale’s ratings, not “{slug[:40]}”.")
    page_cache.accept("rating")
    return rating


class FactCheckListView(NewestFirstListView):
    extra_context = {"section": "fact_checks"}
    paginate_by = PAGE_SIZE
    template_name = "newsroom/factcheck_list.html"
    list_key, card_list = edge_keys.CLAIM_LISTS["factcheck"], False

    def get(self, request, *args, **kwargs):
        self.rating = chosen_rating(request)
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        fact_checks = FactCheck.objects.live().newest_first().cards()
        return fact_checks.filter(rating=self.rating) if self.rating else fact_checks

    def get_context_data(self, **kwargs):
        return super().get_context_data(scale=list(Rating.objects.all()), rating=self.rating, **kwargs)


def scale_of(ratings):
    """The rating scale as a page shows it (best first) and ClaimReview names it (worst, best)."""
    steps = list(ratings)
    values = [step.value for step in steps]
    return {"steps": steps, "worst": min(values, default=None), "best": max(values, default=None)}


class FactCheckDetailView(NotPublicUncachedMixin, DetailView):
    extra_context = {"section": "fact_checks"}
    template_name = "newsroom/factcheck_detail.html"

    def get_queryset(self):
        statements = Statement.objects.select_related("actor__affiliation").prefetch_related(
            Prefetch(
                "citations",
                queryset=citations_in_live_articles().select_related("article__publisher"),
                to_attr="live_citations",
            )
        )
        return (
            FactCheck.objects.visible_to(self.request.user)
            .with_state()
            .select_related("rating")
            .prefetch_related("references", Prefetch("statement", queryset=statements))
        )

    def get_context_data(self, **kwargs):
        fact_check, user = self.object, self.request.user
        statement = fact_check.statement
        # Readers see a review while it and the statement it checks are live (FactCheck.objects.live()).
        public = is_public(fact_check, user) and (
            not user.is_staff or FactCheck.objects.live().filter(pk=fact_check.pk).exists()
        )
        declare(self.request, edge_keys.key("factcheck", fact_check.pk), statement)
        return super().get_context_data(
            statement=statement,
            provenance=provenance(statement, statement.live_citations),
            scale=scale_of(Rating.objects.order_by("-value")),
            is_public=public,
            **kwargs,
        )
