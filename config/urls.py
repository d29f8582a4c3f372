from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("newsroom.api.urls")),
    path("", include("newsroom.urls")),
]

handler404 = "newsroom.views.page_not_found"
handler500 = "newsroom.views.server_error"
