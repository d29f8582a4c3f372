"""manage.py commands: ingest, ingest_quality, publish_scheduled, create_demo_accounts, add_totp_device;
each a thin call into the package that does the work."""
