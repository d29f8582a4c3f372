from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.views.generic import TemplateView

from newsroom.sitemaps import SITEMAPS

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("newsroom.api.urls")),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", TemplateView.as_view(template_name="robots.txt", content_type="text/plain")),
    path("", include("newsroom.urls")),
]

# Uploaded photos in development (dev.py serve runs with DEBUG on); `static()` adds nothing with
# DEBUG off: in production the web server serves MEDIA_ROOT at MEDIA_URL, or object storage does.
if settings.DEBUG and not settings.MEDIA_S3_BUCKET:
    urlpatterns = static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT) + urlpatterns

handler404 = "newsroom.views.page_not_found"
handler500 = "newsroom.views.server_error"
