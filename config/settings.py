"""Settings for Newsroom, read from the environment (see .env.example)."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", False)

DEVELOPMENT_SECRET_KEY = "insecure-development-key-only-used-with-debug-on"
# Keys that are published (.env.example's "change-me-…", Django's startproject "django-insecure-…", ours
# for development): anyone could sign sessions, reset links and preview links with them.
PLACEHOLDER_SECRET_KEYS = ("change-me", "django-insecure-", DEVELOPMENT_SECRET_KEY)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not DEBUG:
    # A production server must never run with a guessable key.
    if not SECRET_KEY:
        raise ImproperlyConfigured("Set DJANGO_SECRET_KEY (or DJANGO_DEBUG=1 for local development).")
    if SECRET_KEY.startswith(PLACEHOLDER_SECRET_KEYS):
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is a published placeholder: generate one with "
            "python3 -c 'import secrets; print(secrets.token_urlsafe(50))'."
        )
SECRET_KEY = SECRET_KEY or DEVELOPMENT_SECRET_KEY

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "newsroom.apps.NewsroomAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    # django-taggit, named "Tags" on the desk (newsroom/apps.py).
    "newsroom.apps.TagsConfig",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "simple_history",
    # Sign-in lockout, and TOTP two-factor sign-in for staff (newsroom/signin.py).
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "newsroom.apps.NewsroomConfig",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # gzip for readers' pages, feeds and the API, never for a response with a secret (see its docstring);
    # outside every middleware that reads or writes the body, the page cache and ETags among them.
    "newsroom.http.middleware.CompressReadersMiddleware",
    # The Content-Security-Policy header on every response, error pages included.
    "newsroom.http.middleware.ContentSecurityPolicyMiddleware",
    # A body larger than any form takes is a 413 before anything reads it.
    "newsroom.http.middleware.RequestSizeLimitMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # What shared caches may keep (Cache-Control, Surrogate-Key): outside sessions and CSRF, so that
    # it sees every cookie a response sets (newsroom/edge/headers.py).
    "newsroom.edge.headers.SharedCacheMiddleware",
    # Anonymous readers read from the replica, when there is one (newsroom/databases/).
    "newsroom.databases.middleware.ReplicaReadsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Before CSRF, sign-in and the views read any input.
    "newsroom.http.middleware.RefuseNulBytesMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # request.user.is_verified(): whether this session passed the second factor.
    "django_otp.middleware.OTPMiddleware",
    # Stored pages for readers who are not signed in (newsroom/page_cache.py).
    "newsroom.reading.page_cache.ReaderPageCacheMiddleware",
    # The surrogate keys a view declared, inside the page cache so that a stored page keeps them.
    "newsroom.edge.headers.SurrogateKeysMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Revisions record the user who saved them.
    "simple_history.middleware.HistoryRequestMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # SQLite's "database is locked" is a 503 with Retry-After, DEBUG or not (the development server).
    "newsroom.http.middleware.DatabaseLockedMiddleware",
    # ETags for every page and API response, and 304s for conditional requests.
    "django.middleware.http.ConditionalGetMiddleware",
    # Last, as django-axes asks: turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

# SQLite needs no setup; production sets DATABASE_URL=postgres://...
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        # Persistent connections save a connection per request; the health check at the start of
        # each request drops one the server closed (a database restart) instead of failing on it.
        conn_max_age=int(os.environ.get("DJANGO_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
# Every request is one transaction: a failing view never leaves half-written data.
DATABASES["default"]["ATOMIC_REQUESTS"] = True
# PostgreSQL settings of each connection (the database's own jobs and psql keep the server's). The
# site's queries are short index walks: starting parallel workers for one (a process each, per
# query) cost a tag page 100 ms of its 110 at 100,000 articles, and JIT compilation tens of
# milliseconds more, both most when the machine is busiest. A page read at random costs what one read
# in order does when the database is in memory or on SSD: at the server's default (4, priced for spinning
# disks) the API lists joined each page's 60 actors, 70 tags and 25 sources by hashing the whole actor, tag
# and source tables (2.5 ms of the list's 3.9 in the database at 100,000 articles, bench/results/
# 2026-12-06-perf7.md); at 1.1 they are looked up by primary key.
POSTGRESQL_SESSION = ["-c jit=off", "-c max_parallel_workers_per_gather=0", "-c random_page_cost=1.1"]
# Queries of a fixed shape and the public clock's are prepared once per PostgreSQL session
# (newsroom/content/prepared.py). Behind a pooler that hands each transaction another server session
# (PgBouncer in transaction mode), turn it off: NEWSROOM_PREPARED_QUERIES=0 runs the same SQL unprepared.
NEWSROOM_PREPARED_QUERIES = os.environ.get("NEWSROOM_PREPARED_QUERIES", "1") != "0"
# A streaming replica (PostgreSQL), when there is one: anonymous readers' requests read from it
# (newsroom/databases/router.py); everything else, and anyone who just wrote, from the primary.
# In tests it mirrors the primary.
if os.environ.get("DATABASE_REPLICA_URL"):
    DATABASES["replica"] = dj_database_url.parse(
        os.environ["DATABASE_REPLICA_URL"],
        conn_max_age=int(os.environ.get("DJANGO_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
    # A replica that is away is found out in a second, not after a TCP time-out.
    DATABASES["replica"].setdefault("OPTIONS", {})["connect_timeout"] = 1
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
    DATABASE_ROUTERS = ["newsroom.databases.router.ReplicaRouter"]
# Replication lag past which reads go to the primary; how long after writing a person reads from
# the primary (a cookie); how often each process asks the replica how far behind it is, and how long
# it waits at most after failures in a row (doubling from the first); how long the replica's server
# may take to answer at all before a look connects (newsroom/databases/replication.py).
NEWSROOM_REPLICA_MAX_LAG = float(os.environ.get("NEWSROOM_REPLICA_MAX_LAG", "2"))
NEWSROOM_REPLICA_PIN_SECONDS = int(os.environ.get("NEWSROOM_REPLICA_PIN_SECONDS", "5"))
NEWSROOM_REPLICA_CHECK_SECONDS = float(os.environ.get("NEWSROOM_REPLICA_CHECK_SECONDS", "1"))
NEWSROOM_REPLICA_MAX_BACKOFF = float(os.environ.get("NEWSROOM_REPLICA_MAX_BACKOFF", "30"))
NEWSROOM_REPLICA_PROBE_SECONDS = float(os.environ.get("NEWSROOM_REPLICA_PROBE_SECONDS", "0.3"))
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # SQLite (the development server) has one writer at a time. A transaction begun DEFERRED reads
    # first and then cannot become a writer while another writes: SQLite answers "database is
    # locked" at once, whatever the timeout (an autosave during a photo save did). IMMEDIATE takes
    # the write lock at BEGIN, where waiting works: a request waits up to `timeout` seconds for the
    # one before it. WAL lets reads outside a transaction go on meanwhile.
    DATABASES["default"]["OPTIONS"] = NEWSROOM_SQLITE_OPTIONS = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
    }
# Seconds any query may run on PostgreSQL before it is cancelled (0: no bound). config/gunicorn.py sets
# it to the server's timeout for its workers, so that no query outlives the request it was for.
STATEMENT_TIMEOUT = int(os.environ.get("DJANGO_STATEMENT_TIMEOUT", "0"))
if STATEMENT_TIMEOUT:
    POSTGRESQL_SESSION.append(f"-c statement_timeout={STATEMENT_TIMEOUT * 1000}")
for _database in DATABASES.values():  # the primary and the replica alike
    if _database["ENGINE"].endswith("postgresql"):
        _database.setdefault("OPTIONS", {})["options"] = " ".join(POSTGRESQL_SESSION)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Some indexes carry extra columns (INCLUDE) for PostgreSQL's index-only scans; SQLite, which
# cannot, builds them without and says so. The warning tells us nothing we do not know.
SILENCED_SYSTEM_CHECKS = ["models.W040"]

# The reader's page cache: how long a stored page is kept at most (any public change makes new
# keys sooner; 0 stores nothing), and what browsers and shared caches are told (max-age,
# stale-while-revalidate).
NEWSROOM_PAGE_CACHE_SECONDS = int(os.environ.get("NEWSROOM_PAGE_CACHE_SECONDS", "600"))
NEWSROOM_PAGE_MAX_AGE = int(os.environ.get("NEWSROOM_PAGE_MAX_AGE", "60"))
NEWSROOM_PAGE_STALE_SECONDS = int(os.environ.get("NEWSROOM_PAGE_STALE_SECONDS", "300"))
# How long a search keeps its count of the rows that match its words (newsroom.reading.search.backends:
# it chooses how the matches are read, never which; 0 counts nothing and trusts the planner's estimate).
NEWSROOM_SEARCH_COUNT_SECONDS = int(os.environ.get("NEWSROOM_SEARCH_COUNT_SECONDS", "3600"))
# Live pages (/live/): how often a reader's page asks for new entries, and how long browsers and
# shared caches without purges keep a live page or its updates (a few seconds: readers polling at
# once share one answer; a purged cache in front keeps them until the next change).
NEWSROOM_LIVE_POLL_SECONDS = int(os.environ.get("NEWSROOM_LIVE_POLL_SECONDS", "10"))
NEWSROOM_LIVE_MAX_AGE = int(os.environ.get("NEWSROOM_LIVE_MAX_AGE", "5"))
# The site's own address (https://news.example.org): the only one whose pages the page cache stores.
# Empty (development), pages are stored for each address they are asked at, never served to another.
NEWSROOM_SITE_URL = os.environ.get("NEWSROOM_SITE_URL", "").rstrip("/")

# A shared cache in front (Varnish, a CDN) and how it is purged (newsroom/edge/): the backend, by
# name, and its options. With one, pages that name their surrogate keys are kept by it for
# NEWSROOM_EDGE_SECONDS and purged on every change; with none, shared caches keep a page no longer
# than browsers do (NEWSROOM_PAGE_MAX_AGE).
PURGE_BACKENDS = {
    "varnish": (
        "newsroom.edge.backends.varnish.VarnishBackend",
        {"locations": env_list("NEWSROOM_VARNISH_URLS", "http://127.0.0.1:6081")},
    ),
    "fastly": (
        "newsroom.edge.backends.fastly.FastlyBackend",
        {
            "service_id": os.environ.get("NEWSROOM_FASTLY_SERVICE_ID", ""),
            "api_token": os.environ.get("NEWSROOM_FASTLY_API_TOKEN", ""),
        },
    ),
    "cloudflare": (
        "newsroom.edge.backends.cloudflare.CloudflareBackend",
        {
            "zone_id": os.environ.get("NEWSROOM_CLOUDFLARE_ZONE_ID", ""),
            "api_token": os.environ.get("NEWSROOM_CLOUDFLARE_API_TOKEN", ""),
        },
    ),
    "cloudfront": (
        "newsroom.edge.backends.cloudfront.CloudFrontBackend",
        {"distribution_id": os.environ.get("NEWSROOM_CLOUDFRONT_DISTRIBUTION_ID", "")},
    ),
    "dry-run": ("newsroom.edge.backends.dry_run.DryRunBackend", {}),
}
_purge_backend = os.environ.get("NEWSROOM_PURGE_BACKEND", "").strip().lower()
if _purge_backend and _purge_backend not in PURGE_BACKENDS:
    raise ImproperlyConfigured(f"NEWSROOM_PURGE_BACKEND is one of {', '.join(PURGE_BACKENDS)}, not {_purge_backend!r}.")
NEWSROOM_PURGE = (
    {"BACKEND": PURGE_BACKENDS[_purge_backend][0], "OPTIONS": PURGE_BACKENDS[_purge_backend][1]}
    if _purge_backend
    else {}
)
NEWSROOM_EDGE_SECONDS = int(os.environ.get("NEWSROOM_EDGE_SECONDS", "86400"))

# The cache: Redis in production, shared by every worker, degrading to no cache while it is away
# (newsroom/dependencies/cache.py): each call waits at most NEWSROOM_CACHE_TIMEOUT seconds, and after a
# failure the process leaves Redis alone for NEWSROOM_CACHE_RETRY_SECONDS. Without REDIS_URL, each
# process keeps its own, bounded by entries. Redis's own bound is its configuration (README, Production).
REDIS_URL = os.environ.get("REDIS_URL", "")
NEWSROOM_CACHE_TIMEOUT = float(os.environ.get("NEWSROOM_CACHE_TIMEOUT", "0.5"))
NEWSROOM_CACHE_RETRY_SECONDS = float(os.environ.get("NEWSROOM_CACHE_RETRY_SECONDS", "5"))


def redis_cache(url):
    return {
        "BACKEND": "newsroom.dependencies.cache.DegradingRedisCache",
        "LOCATION": url,
        "OPTIONS": {"socket_connect_timeout": NEWSROOM_CACHE_TIMEOUT, "socket_timeout": NEWSROOM_CACHE_TIMEOUT},
    }


if REDIS_URL:
    CACHES = {"default": redis_cache(REDIS_URL)}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "OPTIONS": {"MAX_ENTRIES": 500}}}

# What /health/ checks (newsroom/dependencies/health.py): a name and a function returning its state.
# A shared service added later (a read replica, a CDN purge backend) adds its check here.
NEWSROOM_HEALTH_CHECKS = {
    "database": "newsroom.dependencies.health.database",
    "cache": "newsroom.dependencies.health.shared_cache",
    "mail": "newsroom.dependencies.mail.mail_health",
    "replica": "newsroom.databases.replication.replica_health",
    "purge": "newsroom.edge.purge.purge_health",
}

# Axes first: it refuses a locked-out account or address before any password is hashed.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

# Sign-in lockout (django-axes): after AXES_FAILURE_LIMIT failures an account is locked for every
# address, and an address for every account, until the cool-off passes or an administrator deletes
# the attempt under Admin > Axes > Access attempts (or runs `manage.py axes_reset`).
AXES_FAILURE_LIMIT = int(os.environ.get("DJANGO_SIGNIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("DJANGO_SIGNIN_LOCKOUT_MINUTES", "30")))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "admin/newsroom/locked_out.html"
# The same client address as the API throttle: X-Forwarded-For only from trusted proxies.
AXES_CLIENT_IP_CALLABLE = "newsroom.http.clients.client_address"
# Failures are logged at WARNING by axes; successful sign-ins need no row each.
AXES_DISABLE_ACCESS_LOG = True

# Two-factor sign-in: staff with a confirmed TOTP device always give a code; with this on, editors
# and administrators cannot sign in to the admin without one (newsroom/signin.py).
NEWSROOM_REQUIRE_2FA = env_bool("NEWSROOM_REQUIRE_2FA", not DEBUG)
OTP_TOTP_ISSUER = os.environ.get("NEWSROOM_OTP_ISSUER", "Newsroom")

# Password reset mail ("Forgotten your password?" on the admin sign-in page).
EMAIL_BACKEND = os.environ.get("DJANGO_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("DJANGO_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("DJANGO_EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("DJANGO_EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("DJANGO_EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("DJANGO_EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", "newsroom@localhost")
# Seconds a connection to the mail server may take (Django waits for ever by default). Mail is sent
# after the response (newsroom/dependencies/mail.py): a slow server costs a worker this long, at most.
EMAIL_TIMEOUT = int(os.environ.get("DJANGO_EMAIL_TIMEOUT", "10"))
# Password resets asked in an hour, at most: for one address, from one client; links sent to one account.
NEWSROOM_RESETS_PER_ADDRESS = int(os.environ.get("NEWSROOM_RESETS_PER_ADDRESS", "3"))
NEWSROOM_RESETS_PER_CLIENT = int(os.environ.get("NEWSROOM_RESETS_PER_CLIENT", "10"))
NEWSROOM_RESETS_PER_ACCOUNT = int(os.environ.get("NEWSROOM_RESETS_PER_ACCOUNT", "3"))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = os.environ.get("DJANGO_TIME_ZONE", "Asia/Yerevan")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Uploaded photos and their renditions: on the file system (MEDIA_ROOT) by default, or on
# S3-compatible object storage (django-storages) when NEWSROOM_MEDIA_S3_BUCKET is set.
MEDIA_URL = os.environ.get("DJANGO_MEDIA_URL", "/media/")
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_S3_BUCKET = os.environ.get("NEWSROOM_MEDIA_S3_BUCKET", "")
if MEDIA_S3_BUCKET:
    MEDIA_STORAGE = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": MEDIA_S3_BUCKET,
            # Any S3-compatible service (MinIO, Ceph, R2, ...); empty means AWS itself.
            "endpoint_url": os.environ.get("NEWSROOM_MEDIA_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("NEWSROOM_MEDIA_S3_REGION") or None,
            # Served from a CDN or public bucket domain when set; signed URLs otherwise.
            "custom_domain": os.environ.get("NEWSROOM_MEDIA_S3_CUSTOM_DOMAIN") or None,
            "querystring_auth": not os.environ.get("NEWSROOM_MEDIA_S3_CUSTOM_DOMAIN"),
            "file_overwrite": False,
            "object_parameters": {"CacheControl": "public, max-age=31536000, immutable"},
            # Credentials come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, as boto3 reads them.
        },
    }
else:
    MEDIA_STORAGE = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
# Photos larger than this are refused in the admin with a form error, in bytes and in pixels (50
# megapixels: more than most cameras make; decoding one takes about 200 MB).
NEWSROOM_PHOTO_MAX_BYTES = int(os.environ.get("NEWSROOM_PHOTO_MAX_BYTES", str(20 * 1024 * 1024)))
NEWSROOM_PHOTO_MAX_PIXELS = int(os.environ.get("NEWSROOM_PHOTO_MAX_PIXELS", str(50_000_000)))
# Renditions are made in a process of their own once a photo is saved ("process"), capped at this many
# CPU seconds (and twice that of wall time) and this much memory; "inline" makes them in the request.
NEWSROOM_PHOTO_RENDITIONS = os.environ.get("NEWSROOM_PHOTO_RENDITIONS", "process")
NEWSROOM_RENDITION_SECONDS = int(os.environ.get("NEWSROOM_RENDITION_SECONDS", "60"))
NEWSROOM_RENDITION_MEMORY = int(os.environ.get("NEWSROOM_RENDITION_MEMORY", str(1536 * 1024 * 1024)))
# Request bodies: the largest photo and its form at most (413 beyond, newsroom/http/middleware.py);
# what Django reads into memory (every form but a file upload: an ingest paste is 1 MB at most).
NEWSROOM_MAX_REQUEST_BYTES = NEWSROOM_PHOTO_MAX_BYTES + 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = int(2.5 * 1024 * 1024)
STORAGES = {
    "default": MEDIA_STORAGE,
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

TAGGIT_CASE_INSENSITIVE = True
FORMS_URLFIELD_ASSUME_HTTPS = True

FIXTURE_DIRS = [BASE_DIR / "fixtures"]

LOGIN_URL = "admin:login"
# Where signing in leads when the `next` address is missing or refused (one off the site): the admin,
# since only staff sign in. Django's default, /accounts/profile/, is no page here.
LOGIN_REDIRECT_URL = "admin:index"

# How many reverse proxies stand in front of the app and append to X-Forwarded-For. 0: the header
# is ignored and the peer address is the client (a client can write any X-Forwarded-For it likes).
NUM_PROXIES = int(os.environ.get("DJANGO_NUM_PROXIES", "0"))

# The API is read-only and public: anonymous clients are throttled by IP.
NEWSROOM_API_ANON_RATE = os.environ.get("NEWSROOM_API_ANON_RATE", "300/minute")
REST_FRAMEWORK = {
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.SessionAuthentication"],
    "DEFAULT_THROTTLE_CLASSES": ["newsroom.api.throttling.AnonymousThrottle"],
    "DEFAULT_PAGINATION_CLASS": "newsroom.api.pagination.Pagination",
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
    "DATETIME_FORMAT": "iso-8601",
    "NUM_PROXIES": NUM_PROXIES,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Newsroom API",
    "DESCRIPTION": "Published articles, the statements they quote, the actors who made them and the sources "
    "coverage draws on. Read-only; drafts never appear.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    # Swagger UI from the app's own static files, never a CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "newsroom.api.schema.document_errors",
    ],
}

# Behind a TLS-terminating proxy, name the header it sets ("X-Forwarded-Proto") so that
# request.is_secure() and the absolute links in the API, feeds and preview links say https. Only
# set it when the proxy always sets or strips that header: a client could send it otherwise.
if os.environ.get("DJANGO_SECURE_PROXY_SSL_HEADER"):
    SECURE_PROXY_SSL_HEADER = (
        "HTTP_" + os.environ["DJANGO_SECURE_PROXY_SSL_HEADER"].strip().upper().replace("-", "_"),
        "https",
    )
if not DEBUG:
    SESSION_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", True)
    CSRF_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", True)
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
# Nothing on the site reads the CSRF cookie from JavaScript (forms carry the token).
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy (django-csp): no inline script or style anywhere on the public site. The
# admin and the API's browsable pages add only what their own files need (newsroom/middleware.py).
CSP_SELF, CSP_NONE = "'self'", "'none'"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [CSP_SELF],
        "script-src": [CSP_SELF],
        "style-src": [CSP_SELF],
        "img-src": [CSP_SELF, "data:"],
        "font-src": [CSP_SELF],
        "connect-src": [CSP_SELF],
        "object-src": [CSP_NONE],
        "base-uri": [CSP_SELF],
        "form-action": [CSP_SELF],
        "frame-ancestors": [CSP_NONE],
    }
}

# Seconds a reader is asked to wait when the database is unreachable (the 503 page).
NEWSROOM_RETRY_AFTER = int(os.environ.get("NEWSROOM_RETRY_AFTER", "5"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
}
