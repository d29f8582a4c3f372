from django.apps import AppConfig
from django.contrib.admin.apps import AdminConfig


class NewsroomConfig(AppConfig):
    name = "newsroom"
    verbose_name = "Newsroom"
    default_auto_field = "django.db.models.BigAutoField"


class NewsroomAdminConfig(AdminConfig):
    # The admin index carries the editorial desk. The site class lives outside newsroom.admin so
    # that building it does not import (and register models on) a half-made site.
    default_site = "newsroom.admin_site.NewsroomAdminSite"
