"""dev.py, the one-command set-up: the admin address it prints, however the server address was given."""

import importlib.util
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

spec = importlib.util.spec_from_file_location("dev", Path(__file__).resolve().parents[1] / "dev.py")
dev = importlib.util.module_from_spec(spec)
spec.loader.exec_module(dev)


@pytest.mark.parametrize(
    "args, url",
    [
        ([], "http://127.0.0.1:8000/admin/"),
        (["8001"], "http://127.0.0.1:8001/admin/"),
        (["127.0.0.1:9000"], "http://127.0.0.1:9000/admin/"),
        (["0.0.0.0:8080"], "http://127.0.0.1:8080/admin/"),
        (["--noreload", "localhost:8002"], "http://localhost:8002/admin/"),
        (["[::1]:8003"], "http://[::1]:8003/admin/"),
    ],
)
def test_serve_prints_the_admin_at_the_address_it_was_given(args, url):
    assert dev.admin_url(args) == url


@pytest.mark.django_db
def test_the_demo_accounts_name_the_admin_address_they_are_for():
    out = StringIO()
    call_command("create_demo_accounts", "--admin-url", "http://127.0.0.1:8001/admin/", stdout=out)
    assert out.getvalue().startswith("Demo accounts for http://127.0.0.1:8001/admin/")
    assert "8000" not in out.getvalue()
