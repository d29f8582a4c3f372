from django.apps import AppConfig
from django.contrib.admin.apps import AdminConfig
from taggit.apps import TaggitAppConfig


class NewsroomConfig(AppConfig):
    name = "newsroom"
    verbose_name = "Newsroom"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from taggit.models import Tag

        from newsroom.core.tag_slugs import slugify_tag

        # Slugify is taggit's hook for how a tag's slug is made (a custom tag model overrides it);
        # setting it here gives every tag a usable slug without moving the tags to a new table.
        Tag.slugify = slugify_tag

        from django.db.models.signals import post_migrate

        from newsroom.content import compiled, public_changes

        # Compiled queries hold content type ids, which a flush and migrate may change.
        post_migrate.connect(compiled.forget_all, dispatch_uid="newsroom.compiled.forget_all")

        # The public clock hears every change readers see (tags, citations, captions, ...).
        public_changes.connect()
        # Links, incidents and fact-checks take the workflow's steps with their readiness rules (as the
        # admin registers its models once the app is ready).
        from newsroom.claims.readiness import register as register_claims
        from newsroom.live.readiness import register as register_live

        register_claims()
        register_live()

        from django.core import checks

        from newsroom.reading.page_cache import check_site_address

        checks.register(check_site_address, checks.Tags.caches, deploy=True)


class NewsroomAdminConfig(AdminConfig):
    # The admin index carries the editorial desk. The site class lives outside newsroom.admin so
    # that building it does not import (and register models on) a half-made site.
    default_site = "newsroom.admin_site.NewsroomAdminSite"


class TagsConfig(TaggitAppConfig):
    # django-taggit names its app "Taggit", which the desk and the admin's breadcrumbs showed as
    # the section's title; the newsroom calls them tags.
    verbose_name = "Tags"
