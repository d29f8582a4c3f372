from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.views.generic import TemplateView

from newsroom.accounts.password_reset import ThrottledPasswordResetView
from newsroom.dependencies.health import health
from newsroom.reading import sitemaps

# Password reset for staff, linked from the admin's sign-in page ("admin_password_reset" is the name
# the admin looks for). The form answers the same, as fast, whether or not an account has the address,
# and is throttled (newsroom/accounts/password_reset.py).
password_reset = [
    path("admin/password_reset/", ThrottledPasswordResetView.as_view(), name="admin_password_reset"),
    path("admin/password_reset/done/", auth_views.PasswordResetDoneView.as_view(), name="password_reset_done"),
    path(
        "admin/reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path("admin/reset/done/", auth_views.PasswordResetCompleteView.as_view(), name="password_reset_complete"),
]

urlpatterns = [
    *password_reset,
    path("admin/", admin.site.urls),
    path("api/", include("newsroom.api.urls")),
    path("sitemap.xml", sitemaps.index, name="sitemap"),
    path("sitemap-<section>.xml", sitemaps.section, name="sitemap-section"),
    # What the site depends on and how each is (JSON; 503 when the database is down).
    path("health/", health, name="health"),
    path("robots.txt", TemplateView.as_view(template_name="robots.txt", content_type="text/plain")),
    path("", include("newsroom.reading.urls")),
]

# Uploaded photos in development (dev.py serve runs with DEBUG on); `static()` adds nothing with
# DEBUG off: in production the web server serves MEDIA_ROOT at MEDIA_URL, or object storage does.
if settings.DEBUG and not settings.MEDIA_S3_BUCKET:
    urlpatterns = static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT) + urlpatterns

handler404 = "newsroom.http.errors.page_not_found"
# A 503 with Retry-After when the database is unreachable, the site's 500 page otherwise.
handler500 = "newsroom.http.errors.server_error"
