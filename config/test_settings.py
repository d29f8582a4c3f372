"""Test settings: the real settings with a fast password hasher and no manifest storage."""

import os

os.environ.setdefault("DJANGO_DEBUG", "0")
os.environ.setdefault("DJANGO_SECRET_KEY", "test-only-secret-key")

from config.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
# Serve static files from the app folders, as runserver would; no collectstatic before tests.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
# The test client speaks plain HTTP and signs in with force_login: no redirect to https and no
# second factor unless a test asks for them.
SECURE_SSL_REDIRECT = False
NEWSROOM_REQUIRE_2FA = False
# The test run has one database: the router and a real replica are tested against servers of their
# own (tests/services/test_replica.py), in-process with the router's state faked (tests/test_databases.py).
DATABASES.pop("replica", None)  # noqa: F405
DATABASE_ROUTERS = []
# Renditions in the request, so that a test sees them at once (tests/test_photos.py runs the process).
NEWSROOM_PHOTO_RENDITIONS = "inline"
