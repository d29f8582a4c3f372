from django.urls import path, re_path, register_converter

from newsroom.reading import feeds, live, views
from newsroom.reading.claims import urls as claims_urls


class TagSlugConverter:
    """A tag's slug keeps letters in any script (армения, 日本), which Django's `slug` refuses."""

    regex = r"[-\w]+"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(TagSlugConverter, "tagslug")

app_name = "newsroom"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("articles/", views.ArticleListView.as_view(), name="article_list"),
    path("articles/<slug:slug>/", views.ArticleDetailView.as_view(), name="article_detail"),
    path("statements/", views.StatementListView.as_view(), name="statement_list"),
    path("statements/<int:pk>/", views.StatementDetailView.as_view(), name="statement_detail"),
    path("actors/", views.ActorListView.as_view(), name="actor_list"),
    path("actors/<slug:slug>/", views.ActorDetailView.as_view(), name="actor_detail"),
    path("sources/", views.SourceListView.as_view(), name="source_list"),
    path("sources/<slug:slug>/", views.SourceDetailView.as_view(), name="source_detail"),
    path("tags/", views.TagListView.as_view(), name="tag_list"),
    path("search/", views.SearchView.as_view(), name="search"),
    path("live/", live.LivePageListView.as_view(), name="live_list"),
    path("live/<slug:slug>/", live.LivePageView.as_view(), name="live_page"),
    path("live/<slug:slug>/updates/", live.live_updates, name="live_updates"),
    path("live/<slug:slug>/feeds/rss/", feeds.LiveFeed("rss"), name="live_feed_rss"),
    path("live/<slug:slug>/feeds/atom/", feeds.LiveFeed("atom"), name="live_feed_atom"),
    path("live/<slug:slug>/feed.json", feeds.LiveFeed("json"), name="live_feed_json"),
    path("preview/<str:token>/", views.preview, name="preview"),
    # One tag or several: /tags/nato/ lists NATO's items, /tags/nato/eu/ those tagged with both.
    re_path(r"^tags/(?P<slugs>[-\w]+(?:/[-\w]+)*)/$", views.TagDetailView.as_view(), name="tag_detail"),
    # Feeds: the whole site, one tag, one actor; each as RSS, Atom and JSON Feed. Tag slugs may be
    # Unicode (/feeds/tags/арцах/rss/), as on the tag pages.
    path("feeds/rss/", feeds.SiteFeed("rss"), name="feed_rss"),
    path("feeds/atom/", feeds.SiteFeed("atom"), name="feed_atom"),
    path("feed.json", feeds.SiteFeed("json"), name="feed_json"),
    path("feeds/tags/<tagslug:slug>/rss/", feeds.TagFeed("rss"), name="tag_feed_rss"),
    path("feeds/tags/<tagslug:slug>/atom/", feeds.TagFeed("atom"), name="tag_feed_atom"),
    path("feeds/tags/<tagslug:slug>/feed.json", feeds.TagFeed("json"), name="tag_feed_json"),
    path("feeds/actors/<slug:slug>/rss/", feeds.ActorFeed("rss"), name="actor_feed_rss"),
    path("feeds/actors/<slug:slug>/atom/", feeds.ActorFeed("atom"), name="actor_feed_atom"),
    path("feeds/actors/<slug:slug>/feed.json", feeds.ActorFeed("json"), name="actor_feed_json"),
    # Incidents, fact-checks, and the feeds of incidents, threads and fact-checks.
    *claims_urls.urlpatterns,
]
