from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from newsroom.models import Actor, Article, Source, Statement
from newsroom.querysets import live_tags


class ArticleSitemap(Sitemap):
    changefreq = "daily"
    priority = 0.8

    def items(self):
        return Article.objects.published().order_by("-first_published_at", "pk")

    def lastmod(self, article):
        return article.modified_for_readers


class StatementSitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        return Statement.objects.published().order_by("-first_published_at", "pk")

    def lastmod(self, statement):
        return statement.modified_for_readers


class ActorSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.4

    def items(self):
        return Actor.objects.public().order_by("name")


class SourceSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.3

    def items(self):
        return Source.objects.public().order_by("name")


class TagSitemap(Sitemap):
    changefreq = "daily"
    priority = 0.4

    def items(self):
        return live_tags().order_by("name")

    def location(self, tag):
        return reverse("newsroom:tag_detail", kwargs={"slugs": tag.slug})


SITEMAPS = {
    "articles": ArticleSitemap,
    "statements": StatementSitemap,
    "actors": ActorSitemap,
    "sources": SourceSitemap,
    "tags": TagSitemap,
}
