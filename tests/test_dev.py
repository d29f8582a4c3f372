"""dev.py, the one-command set-up: the admin address it prints, however the server address was given."""

import importlib.util
import re
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


def test_reset_deletes_the_database_and_photos_so_serve_starts_from_the_seeds(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("DJANGO_MEDIA_ROOT", raising=False)
    data = [tmp_path / "db.sqlite3", tmp_path / "db.sqlite3-wal", tmp_path / "media"]
    data[0].write_text("x")
    data[1].write_text("x")
    (tmp_path / "media" / "renditions").mkdir(parents=True)
    (tmp_path / "keep.txt").write_text("not the data")
    monkeypatch.setattr(dev, "DATA", [*data, tmp_path / "db.sqlite3-shm"])
    dev.reset([])
    assert not any(path.exists() for path in data)
    assert (tmp_path / "keep.txt").exists()
    assert "starts again from the seeds" in capsys.readouterr().out


def test_reset_refuses_a_database_it_does_not_own(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/newsroom")
    with pytest.raises(SystemExit, match="unset DATABASE_URL"):
        dev.reset([])


def test_the_readme_opens_with_commands_that_can_be_pasted():
    """The opening block held `serve` (which never returns) and `test` together; it now says how serve
    is stopped, that it takes an address, what the first run does, where the data is and how to reset."""
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    opening = readme[: readme.index("## ")]
    blocks = re.findall(r"```sh\n(.*?)```", opening, re.S)
    assert [block.strip() for block in blocks] == ["python3.11 dev.py serve", "python3.11 dev.py test"]
    for words in ["Ctrl+C", "dev.py serve 8001", "two minutes", "db.sqlite3", "dev.py reset", "seed"]:
        assert words in opening, words
