"""The site's URLs and one more: a constant page through the same middleware, the benchmark's ceiling."""

from django.urls import path

from bench.views import constant
from config.urls import handler404, handler500  # noqa: F401
from config.urls import urlpatterns as site_urls

urlpatterns = [path("bench/constant/", constant, name="bench_constant"), *site_urls]
