"""Purge backends, one module each, chosen by settings.NEWSROOM_PURGE: Varnish (xkey), Fastly and
Cloudflare (by surrogate key), CloudFront (by address: it keeps no keys), and a dry run for tests."""
