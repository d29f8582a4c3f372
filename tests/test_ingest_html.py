"""The ingest review screen passes the current Nu HTML checker (tests/test_html_validity.py's)."""

from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import reverse

from tests.test_html_validity import java, nu_errors  # noqa: F401 (java: the fixture)

pytestmark = pytest.mark.django_db


def test_the_ingest_review_has_no_html_errors(client, java, tmp_path, editor):  # noqa: F811
    """The review of a 30-quotation wire story (speakers grouped, joint, unnamed, none), of a seed
    report that matches statements the newsroom holds, and a review sent back with errors."""
    call_command("loaddata", "seed", verbosity=0)
    client.force_login(editor)
    root = Path(__file__).resolve().parents[1]
    wire = (root / "tests" / "browser" / "texts" / "wire_30.txt").read_text(encoding="utf-8")
    seed = (root / "fixtures" / "seed-texts" / "000_df6807e0e8078fea.txt").read_text(encoding="utf-8")
    url = reverse("admin:newsroom_ingest")
    posts = {
        "wire": {"copy": wire, "analyse": "1"},
        "seed": {"copy": seed, "analyse": "1"},
        "errors": {"copy": wire, "create": "1", "q11-decision": "accept", "g1-1-name": "x" * 201},
    }
    files = []
    for name, data in posts.items():
        response = client.post(url, data)
        assert response.status_code == (400 if name == "errors" else 200), name
        path = tmp_path / f"ingest-review-{name}.html"
        path.write_bytes(response.content)
        files.append(path)
    assert nu_errors(java, files) == []
