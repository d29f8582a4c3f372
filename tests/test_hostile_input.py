"""Hostile input at the edge: NUL bytes, unknown choices and over-long text are refused with a 400
or a form error that names the field, never a 500 and never stored."""

import pytest
from django.core.management import call_command

from newsroom.content.models import Article, Statement
from newsroom.editorial.models import WorkflowLogEntry
from tests import factories

NUL = "%00"


@pytest.fixture
def seeded(db):
    call_command("loaddata", "seed", verbosity=0)


@pytest.mark.parametrize(
    "url, parameter",
    [
        (f"/api/articles/?tag=nato{NUL}", "tag"),
        (f"/api/statements/?tag={NUL}", "tag"),
        (f"/api/actors/?kind={NUL}", "kind"),
        (f"/api/articles/?actor=a{NUL}b", "actor"),
        (f"/api/statements/?source={NUL}", "source"),
        (f"/api/articles/?q=nato{NUL}", "q"),
        (f"/api/tags/?page_size={NUL}", "page_size"),
        (f"/api/articles/?ordering={NUL}", "ordering"),
        (f"/api/articles/?tag{NUL}=nato", "tag\x00"),
    ],
)
def test_a_nul_byte_in_an_api_parameter_is_a_400_naming_it(client, seeded, url, parameter):
    response = client.get(url)
    assert response.status_code == 400
    assert parameter in response.json()


@pytest.mark.parametrize(
    "url",
    [
        f"/search/?q=nato{NUL}",
        f"/articles/?before={NUL}",
        f"/statements/?after=2{NUL}",
        f"/?x={NUL}",
        f"/feeds/rss/?q={NUL}",
        f"/sitemap.xml?p={NUL}",
    ],
)
def test_a_nul_byte_in_a_page_parameter_is_a_400_naming_it(client, seeded, url):
    response = client.get(url)
    assert response.status_code == 400
    name = url.split("?")[1].split("=")[0]
    assert f"“{name}”".encode() in response.content


@pytest.mark.parametrize(
    "url",
    [f"/articles/{NUL}/", f"/tags/nato{NUL}/", f"/actors/x{NUL}y/", f"/api/articles/a{NUL}/", f"/preview/{NUL}/"],
)
def test_a_nul_byte_in_a_path_is_a_400(client, seeded, url):
    assert client.get(url).status_code == 400


def test_a_nul_byte_in_an_admin_search_is_a_400(client, seeded, editor):
    client.force_login(editor)
    for url in [f"/admin/newsroom/article/?q=nato{NUL}", f"/admin/newsroom/statement/?status={NUL}"]:
        response = client.get(url)
        assert response.status_code == 400, url


def test_a_nul_byte_in_a_transition_note_is_refused_and_nothing_logged(client, reporter):
    article = factories.article(created_by=reporter)
    client.force_login(reporter)
    before = WorkflowLogEntry.objects.count()
    response = client.post(f"/admin/newsroom/article/{article.pk}/transition/submit/", {"note": "hello\x00there"})
    assert response.status_code == 400 and "“note”" in response.content.decode()
    assert WorkflowLogEntry.objects.count() == before
    assert Article.objects.get(pk=article.pk).status == "draft"


def test_an_unknown_actor_kind_is_a_400_naming_the_parameter(client, seeded):
    response = client.get("/api/actors/?kind=AAA")
    assert response.status_code == 400
    assert "kind" in response.json()


def test_a_listed_actor_kind_still_filters(client, seeded):
    people = client.get("/api/actors/?kind=person").json()
    assert len(people["results"]) > 0 and {a["kind"] for a in people["results"]} == {"person"}
    assert len(client.get("/api/actors/?kind=").json()["results"]) >= len(people["results"])


# Over-long text: a body of about 1 MB, and a little more than each field allows.
MEGABYTE = "Words upon words. " * 58255


def test_a_one_megabyte_body_is_a_form_error_naming_the_field(client, reporter):
    from tests.adminforms import admin_form

    article = factories.article(created_by=reporter, body="Short.")
    client.force_login(reporter)
    url = f"/admin/newsroom/article/{article.pk}/change/"
    response = client.post(url, admin_form(client, url, body=MEGABYTE))
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert list(errors) == ["body"] and "at most" in errors["body"][0]
    assert Article.objects.get(pk=article.pk).body == "Short."


@pytest.mark.parametrize(
    "model, field",
    [
        ("article", "body"),
        ("article", "dek"),
        ("statement", "text"),
        ("statement", "summary"),
        ("actor", "description"),
        ("source", "description"),
    ],
)
def test_each_long_text_field_has_a_limit_that_full_clean_enforces(model, field, db):
    from django.apps import apps
    from django.core.exceptions import ValidationError

    from newsroom.core.limits import LIMITS

    Model = apps.get_model("newsroom", model)
    limit = LIMITS[f"{model}.{field}"]
    assert 1000 <= limit < len(MEGABYTE)
    make = {
        "article": factories.article,
        "statement": factories.statement,
        "actor": factories.actor,
        "source": factories.source,
    }
    item = make[model]()
    setattr(item, field, "x" * limit)
    item.full_clean()
    setattr(item, field, "x" * (limit + 1))
    with pytest.raises(ValidationError) as error:
        item.full_clean()
    assert field in error.value.message_dict
    assert Model._meta.get_field(field).max_length == limit  # the form's textarea says so too


def test_an_over_long_item_cannot_be_published(editor):
    from newsroom.editorial import workflow

    statement = factories.statement()
    Statement.objects.filter(pk=statement.pk).update(text=MEGABYTE)
    with pytest.raises(workflow.WorkflowError, match="text"):
        workflow.transition(item=Statement.objects.get(pk=statement.pk), user=editor, name="publish")
    assert not Statement.objects.live().exists()


def test_an_over_long_tag_is_a_form_error_naming_the_field(client, reporter):
    from tests.adminforms import admin_form

    article = factories.article(created_by=reporter)
    client.force_login(reporter)
    url = f"/admin/newsroom/article/{article.pk}/change/"
    response = client.post(url, admin_form(client, url, tags="fine, " + "long" * 30))
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert list(errors) == ["tags"] and "100" in errors["tags"][0]
    assert not article.tags.exists()


def test_too_many_tags_is_a_form_error_naming_the_field(client, reporter):
    """Saving 5,000 tags took 21.8 s: a tag is a row and a query each."""
    from newsroom.core.limits import TAGS_PER_ITEM
    from tests.adminforms import admin_form

    article = factories.article(created_by=reporter)
    client.force_login(reporter)
    url = f"/admin/newsroom/article/{article.pk}/change/"
    response = client.post(url, admin_form(client, url, tags=", ".join(f"t{n}" for n in range(5000))))
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert list(errors) == ["tags"] and f"at most {TAGS_PER_ITEM}" in errors["tags"][0]
    assert not article.tags.exists()
    fine = ", ".join(f"t{n}" for n in range(TAGS_PER_ITEM))
    assert client.post(url, admin_form(client, url, tags=fine)).status_code == 302
    assert article.tags.count() == TAGS_PER_ITEM


def test_a_billion_inline_forms_is_a_form_error_after_a_bounded_number(client, reporter):
    """A reporter's own draft POSTed with every inline's TOTAL_FORMS=1000000000 (3 KB) took 23.7 s:
    each inline made its 2,000 forms (Django's absolute_max) and cleaned them."""
    from newsroom.admin.inlines import NEW_ROWS
    from tests.adminforms import admin_form

    article = factories.article(created_by=reporter)
    factories.citation(article, factories.statement())
    client.force_login(reporter)
    url = f"/admin/newsroom/article/{article.pk}/change/"
    data = admin_form(client, url)
    totals = [name for name in data if name.endswith("-TOTAL_FORMS")]
    assert len(totals) >= 4
    response = client.post(url, {**data, **dict.fromkeys(totals, "1000000000")})
    assert response.status_code == 200
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        assert len(formset.forms) <= formset.initial_form_count() + NEW_ROWS, formset.prefix
    errors = [str(inline.formset.non_form_errors()) for inline in response.context["inline_admin_formsets"]]
    assert any("at most" in error for error in errors)


@pytest.mark.parametrize("ordering", [",", ",,", "published,", ",headline", "-,"])
def test_an_empty_ordering_entry_is_a_400_naming_the_parameter(client, seeded, ordering):
    """Found by schemathesis' negative mode on PostgreSQL: ?ordering=, was a 500 (an unordered page)."""
    for url in ("/api/articles/", "/api/statements/"):
        response = client.get(url, {"ordering": ordering})
        assert response.status_code == 400 and "ordering" in response.json()


# Characters Python calls digits (str.isdigit) that int() refuses ("²") or reads as a number no
# reader typed ("٣" is 3, "1_0" is 10), and a number larger than any column holds.
NOT_WHOLE_NUMBERS = ["²", "٣", "1_0", " 2", "9" * 30]


@pytest.mark.parametrize("value", ["²", "٣", "1_0", " 2", "0", "-1"])
def test_a_page_size_that_is_not_a_plain_whole_number_is_a_400_naming_it(client, seeded, value):
    for endpoint in ("/api/articles/", "/api/statements/", "/api/actors/", "/api/tags/"):
        response = client.get(endpoint, {"page_size": value})
        assert response.status_code == 400, (endpoint, value)
        assert "page_size" in response.json()


def test_a_page_size_however_large_is_the_largest_page(client, seeded):
    """The schema says an integer of at least 1 (schemathesis sends 38 digits): more is the largest page."""
    for value in ("101", "9" * 38, "1" + "0" * 5000):
        assert client.get("/api/statements/", {"page_size": value}).status_code == 200, value[:10]


@pytest.mark.parametrize("value", NOT_WHOLE_NUMBERS)
def test_a_sitemap_page_that_is_not_a_plain_whole_number_is_a_404(client, seeded, value):
    for section in ("articles", "statements", "actors", "tags"):
        assert client.get(f"/sitemap-{section}.xml", {"p": value}).status_code == 404, (section, value)


@pytest.mark.parametrize("value", NOT_WHOLE_NUMBERS)
def test_an_ingest_statement_choice_that_is_not_a_plain_whole_number_is_ignored(client, editor, value):
    client.force_login(editor)
    copy = "“The road is closed,” said Anna Lebed, a spokeswoman."
    response = client.post("/admin/newsroom/ingest/", {"copy": copy, "create": "1", "q1-statement": value})
    assert response.status_code == 302
    assert Article.objects.count() == 1


@pytest.mark.parametrize("value", NOT_WHOLE_NUMBERS)
def test_a_preview_link_length_that_is_not_a_plain_whole_number_is_a_clear_message(client, editor, value):
    draft = factories.article()
    client.force_login(editor)
    response = client.post(f"/admin/newsroom/article/{draft.pk}/preview-links/", {"hours": value}, follow=True)
    assert response.status_code == 200
    assert [str(m) for m in response.context["messages"]] == ["The link's length is a whole number of hours."]
    assert not draft.preview_links.exists()


@pytest.mark.parametrize("value", NOT_WHOLE_NUMBERS)
def test_statement_versions_that_are_not_plain_whole_numbers_are_refused(client, editor, value):
    article = factories.article()
    client.force_login(editor)
    response = client.post(
        f"/admin/newsroom/article/{article.pk}/transition/publish/",
        {"version": article.version, "statement_versions": f"1:1,{value}:1"},
    )
    assert response.status_code == 302
    messages = [str(m) for m in response.wsgi_request._messages]
    assert messages == ["Statement versions: The statements shown could not be read: reload the page."], messages
    assert Article.objects.get(pk=article.pk).status == "draft"


# JSON bodies and request sizes ---------------------------------------------------------------------------------


def autosave_url(article):
    return f"/admin/newsroom/article/{article.pk}/autosave/"


@pytest.mark.parametrize(
    "body, named",
    [
        ('{"data": {"body": "before\\u0000after"}}', "data.body"),
        ('{"data": {"bo\\u0000dy": "x"}}', "data"),
        ('{"data": {"body": "half a pair \\ud800"}}', "data.body"),
        ('{"opened_version": 1e400, "data": {"body": "x"}}', "opened_version"),
        ('{"opened_version": NaN, "data": {"body": "x"}}', "opened_version"),
        ("[" * 100_000 + "]" * 100_000, None),
        ('{"data": ' + "[" * 100 + "]" * 100 + "}", None),
    ],
)
def test_an_autosave_with_hostile_json_is_a_400_and_nothing_is_kept(client, reporter, body, named):
    from newsroom.desk.models import AutosavedDraft

    article = factories.article(created_by=reporter)
    client.force_login(reporter)
    response = client.post(autosave_url(article), body, content_type="application/json")
    assert response.status_code == 400
    if named:
        assert f"“{named}”" in response.json()["error"]
    assert not AutosavedDraft.objects.exists()


def test_an_autosave_body_over_its_bound_is_refused_before_it_is_parsed(client, reporter, monkeypatch):
    from newsroom.core import json_input
    from newsroom.desk import autosave

    article = factories.article(created_by=reporter)
    client.force_login(reporter)
    parsed = []
    monkeypatch.setattr(json_input, "loads_bounded", lambda *a, **k: parsed.append(1))
    body = '{"data": {"body": "' + "x" * autosave.AUTOSAVE_MAX_BYTES + '"}}'
    response = client.post(autosave_url(article), body, content_type="application/json")
    assert response.status_code == 400 and "too large" in response.json()["error"]
    assert parsed == []


def test_a_request_body_over_the_site_bound_is_a_413_before_anything_reads_it(client, reporter, settings):
    client.force_login(reporter)
    for url in ("/admin/newsroom/photo/add/", "/admin/newsroom/ingest/", "/api/articles/", "/"):
        response = client.generic(
            "POST",
            url,
            b"x",
            content_type="application/octet-stream",
            CONTENT_LENGTH=str(settings.NEWSROOM_MAX_REQUEST_BYTES + 1),
        )
        assert response.status_code == 413, url


def test_the_api_never_parses_a_body(client, seeded):
    """The API is read-only: a write is refused before any parser reads what was sent."""
    response = client.post("/api/articles/", "[" * 100_000, content_type="application/json")
    assert response.status_code in (403, 405)
