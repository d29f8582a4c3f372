from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from newsroom.api import views
from newsroom.api.claims import views as claims

app_name = "api"

router = DefaultRouter()
router.register("articles", views.ArticleViewSet, basename="article")
router.register("statements", views.StatementViewSet, basename="statement")
router.register("actors", views.ActorViewSet, basename="actor")
router.register("sources", views.SourceViewSet, basename="source")
router.register("tags", views.TagViewSet, basename="tag")
router.register("links", claims.LinkViewSet, basename="link")
router.register("incidents", claims.IncidentViewSet, basename="incident")
router.register("fact-checks", claims.FactCheckViewSet, basename="fact-check")
router.register("ratings", claims.RatingViewSet, basename="rating")
router.register("live", views.LivePageViewSet, basename="livepage")
router.register(r"live/(?P<page_slug>[-\w]+)/entries", views.LiveEntryViewSet, basename="liveentry")

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    # The split view serves Swagger UI's start-up script as a file: no inline script for the CSP.
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api:schema"), name="docs"),
    path("", include(router.urls)),
]
