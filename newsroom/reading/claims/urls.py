"""The addresses of incidents, fact-checks and their feeds, and of a statement's thread feed (in the
site's `newsroom` namespace: newsroom.reading.urls includes them)."""

from django.urls import path

from newsroom.reading.claims import feeds, views

urlpatterns = [
    path("incidents/", views.IncidentListView.as_view(), name="incident_list"),
    path("incidents/<slug:slug>/", views.IncidentDetailView.as_view(), name="incident_detail"),
    path("incidents/<slug:slug>/reports/", views.IncidentReportsView.as_view(), name="incident_reports"),
    path("fact-checks/", views.FactCheckListView.as_view(), name="fact_check_list"),
    path("fact-checks/<slug:slug>/", views.FactCheckDetailView.as_view(), name="fact_check_detail"),
    path("feeds/incidents/<slug:slug>/rss/", feeds.IncidentFeed("rss"), name="incident_feed_rss"),
    path("feeds/incidents/<slug:slug>/atom/", feeds.IncidentFeed("atom"), name="incident_feed_atom"),
    path("feeds/incidents/<slug:slug>/feed.json", feeds.IncidentFeed("json"), name="incident_feed_json"),
    path("feeds/statements/<int:pk>/rss/", feeds.ThreadFeed("rss"), name="thread_feed_rss"),
    path("feeds/statements/<int:pk>/atom/", feeds.ThreadFeed("atom"), name="thread_feed_atom"),
    path("feeds/statements/<int:pk>/feed.json", feeds.ThreadFeed("json"), name="thread_feed_json"),
    path("feeds/fact-checks/rss/", feeds.FactCheckFeed("rss"), name="fact_check_feed_rss"),
    path("feeds/fact-checks/atom/", feeds.FactCheckFeed("atom"), name="fact_check_feed_atom"),
    path("feeds/fact-checks/feed.json", feeds.FactCheckFeed("json"), name="fact_check_feed_json"),
]
