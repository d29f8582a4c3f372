"""The permission matrix over HTTP: every role × every action × every state, from one table.

Each cell makes a fresh item in the state, takes the action through the admin's real URLs, the
public page or the API as that role, and checks the answer against RULES below: an allowed action
has its effect; a refused one answers 403, a redirect (to sign-in, or back with an error message),
a form error, 404 or 405, never a 5xx, and leaves the item, its log, revisions, preview links and
corrections exactly as they were. A new state, role or action is a new row here.
"""

import datetime

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone

from newsroom.content.models import Correction
from newsroom.editorial import workflow
from newsroom.editorial.models import PreviewLink, WorkflowLogEntry
from newsroom.editorial.workflow import TRANSITIONS
from tests import factories
from tests.adminforms import admin_form, form_fields

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "reader", "no_role", "author", "other_reporter", "editor", "superuser"]
STATES = ["draft", "in_review", "published", "scheduled", "expired", "unpublished"]
# The status each state is stored as; "live" is what readers see.
STATUS = {"scheduled": "published", "expired": "published"}
LIVE = {"published"}
EDITORS = {"editor", "superuser"}
WRITERS = {"author", "other_reporter"} | EDITORS


def status(state):
    return STATUS.get(state, state)


def may_edit(role, state):
    return role in EDITORS or (role == "author" and state == "draft")


def may_transition(name):
    t = TRANSITIONS[name]

    def rule(role, state):
        if t.system or status(state) not in t.sources:
            return False  # the clock's steps (going live, expiring) are nobody's to take by hand
        if t.kinds is not None:
            return False  # a step of another kind of item (a live entry's delete): never an article's or statement's
        return role in EDITORS if t.editor_only else may_edit(role, state)

    return rule


# action → who may take it in which state. The expected answer of every cell comes from here.
RULES = {
    "admin_view": lambda role, state: role in WRITERS,
    "public_view": lambda role, state: state in LIVE or role in WRITERS,
    "change": may_edit,
    "delete": lambda role, state: state == "draft" and (role in EDITORS or role == "author"),
    "revert": may_edit,
    "preview_link": lambda role, state: role in EDITORS,
    "correction": lambda role, state: role in EDITORS and status(state) == "published",
    "api_detail": lambda role, state: state in LIVE,
    "api_write": lambda role, state: False,
    **{f"transition:{name}": may_transition(name) for name in TRANSITIONS},
    # Bulk actions exist for the steps of every item (not a live entry's delete: newsroom.admin.actions).
    **{f"bulk:{name}": may_transition(name) for name, t in TRANSITIONS.items() if t.kinds is None},
}
ADD_RULE = lambda role: role in WRITERS  # noqa: E731  (adding does not depend on a state)


# Known violations in code being reworked elsewhere: (action, role) → the finding that covers it.
# Violations found and not yet fixed, by (action, role), each with why; none now. (Staff without a
# role used to read drafts at public addresses: visible_to asks for the view permission since.)
KNOWN = {}


class World:
    """The people of the matrix, each with a signed-in client, and items made to order."""

    def __init__(self):
        self.users = {
            "reader": factories.user(None, is_staff=False),
            "no_role": factories.user(None),
            "author": factories.user("Reporter"),
            "other_reporter": factories.user("Reporter"),
            "editor": factories.user("Editor"),
            "superuser": factories.user("superuser"),
        }
        self.clients = {"anonymous": Client()}
        for role, user in self.users.items():
            self.clients[role] = Client()
            self.clients[role].force_login(user)
        self.editor = self.users["editor"]

    def item(self, model, state):
        author = self.users["author"]
        item = factories.article(created_by=author) if model == "article" else factories.statement(created_by=author)
        # An edit, so that the oldest revision differs from the item and a revert changes something.
        field = "body" if model == "article" else "text"
        setattr(item, field, getattr(item, field) + " Edited once.")
        item._history_user = author
        item.save()
        move = lambda name, **kw: workflow.transition(item=item, user=self.editor, name=name, **kw)  # noqa: E731
        if state == "draft":
            return item
        workflow.transition(item=item, user=author, name="submit")
        if state == "in_review":
            return item
        if state == "scheduled":
            return move("publish", go_live_at=timezone.now() + datetime.timedelta(days=1))
        move("publish", expires_at=timezone.now() + datetime.timedelta(hours=1) if state == "expired" else None)
        # A second edit, so that there is an older revision to revert to.
        if state == "expired":
            # Past its expiry, before the scheduler has run: readers no longer see it.
            type(item).objects.filter(pk=item.pk).update(expires_at=timezone.now() - datetime.timedelta(minutes=1))
        if state == "unpublished":
            move("unpublish", note="Pulled")
        item.refresh_from_db()
        return item


@pytest.fixture
def world(db):
    return World()


def snapshot(item):
    """Everything an action could change about an item."""
    model = type(item)
    key = {model._meta.model_name: item}
    return {
        "row": model.objects.filter(pk=item.pk).values().first(),
        "log": WorkflowLogEntry.objects.filter(**key).count(),
        "revisions": model.history.filter(id=item.pk).count(),
        "preview_links": PreviewLink.objects.filter(**key).count(),
        "corrections": Correction.objects.filter(**key).count(),
    }


def form_or_nothing(client, url, **changes):
    """The admin form at `url` as `client` sees it, or just `changes` if `client` cannot open it."""
    page = client.get(url)
    return {**form_fields(page.content.decode()), **changes} if page.status_code == 200 else dict(changes)


def admin_url(item, suffix):
    return f"/admin/newsroom/{item._meta.model_name}/{item.pk}/{suffix}"


def content_change(item):
    """A visible edit to the item's main text field."""
    return (
        {"headline": "Changed by the matrix"}
        if item._meta.model_name == "article"
        else {"text": "Changed by the matrix."}
    )


def act(world, role, action, item):
    """Take `action` on `item` as `role`; return the response and a check of whether it took effect."""
    client = world.clients[role]
    # Someone who cannot open the form sends what a person who can would (the superuser's form).
    su = world.clients["superuser"] if role in WRITERS else client
    model = type(item)
    before = snapshot(item)

    if action == "admin_view":
        response = client.get(admin_url(item, "change/"))
        return response, response.status_code == 200
    if action == "public_view":
        response = client.get(item.get_absolute_url())
        return response, response.status_code == 200
    if action == "api_detail":
        key = item.slug if model._meta.model_name == "article" else item.pk
        response = client.get(f"/api/{model._meta.model_name}s/{key}/")
        return response, response.status_code == 200
    if action == "api_write":
        key = item.slug if model._meta.model_name == "article" else item.pk
        for method in ("post", "put", "patch", "delete"):
            for url in (f"/api/{model._meta.model_name}s/", f"/api/{model._meta.model_name}s/{key}/"):
                response = getattr(client, method)(
                    url, {"headline": "x", "status": "published"}, content_type="application/json"
                )
                if response.status_code not in (403, 405):
                    return response, True
        return response, snapshot(item) != before
    if action == "change":
        data = form_or_nothing(su, admin_url(item, "change/"), **content_change(item))
        response = client.post(admin_url(item, "change/"), data)
        after = model.objects.filter(pk=item.pk).values().first()
        field = next(iter(content_change(item)))
        return response, after[field] == content_change(item)[field]
    if action == "delete":
        response = client.post(admin_url(item, "delete/"), {"post": "yes"})
        return response, not model.objects.filter(pk=item.pk).exists()
    if action == "revert":
        oldest = model.history.filter(id=item.pk).order_by("history_date", "history_id").first()
        url = admin_url(item, f"history/{oldest.history_id}/")
        response = client.post(url, form_or_nothing(su, url))
        return response, snapshot(item)["revisions"] > before["revisions"]
    if action == "preview_link":
        response = client.post(admin_url(item, "preview-links/"), {"hours": "48"})
        return response, snapshot(item)["preview_links"] > before["preview_links"]
    if action == "correction":
        data = form_or_nothing(su, admin_url(item, "change/"))
        now = timezone.localtime()
        data.update(
            {
                "corrections-TOTAL_FORMS": "1",
                "corrections-0-kind": "correction",
                "corrections-0-text": "The matrix corrects this.",
                "corrections-0-published_at_0": now.strftime("%Y-%m-%d"),
                "corrections-0-published_at_1": now.strftime("%H:%M:%S"),
            }
        )
        response = client.post(admin_url(item, "change/"), data)
        return response, snapshot(item)["corrections"] > before["corrections"]
    kind, name = action.split(":")
    t = TRANSITIONS[name]
    if kind == "transition":
        response = client.post(admin_url(item, f"transition/{name}/"), {"note": "Because the matrix says so."})
    else:
        response = client.post(
            f"/admin/newsroom/{model._meta.model_name}/",
            {"action": f"{name}_selected", "_selected_action": [item.pk], "apply": "1", "note": "Because."},
        )
    return response, model.objects.get(pk=item.pk).status == t.target and snapshot(item)["log"] > before["log"]


REFUSALS = {302, 403, 404, 405, 200}  # 200: a form shown again with its errors (or a read-only view)


def check_cell(world, role, action, item, state, violations):
    """Check one cell; return whether `item` is as it was (so the next cell may use it)."""
    before = snapshot(item)
    expected = RULES[action](role, state)
    response, took_effect = act(world, role, action, item)
    after = snapshot(item) if type(item).objects.filter(pk=item.pk).exists() else None
    where = f"{role} {action} {item._meta.model_name} {state}"
    if response.status_code >= 500:
        violations.append(f"{where}: {response.status_code}")
    elif expected and not took_effect:
        violations.append(f"{where}: allowed but did not happen ({response.status_code})")
    elif not expected:
        if took_effect or (after != before and not _edit_allowed_alongside(role, action, state, before, after)):
            violations.append(f"{where}: refused action took effect ({response.status_code})")
        elif response.status_code not in REFUSALS:
            violations.append(f"{where}: refused with {response.status_code}")
        elif response.status_code == 200 and action not in ("public_view", "admin_view", "api_detail", "correction"):
            if not (response.context and _has_form_errors(response)):
                violations.append(f"{where}: refused with a 200 that shows no error")
    return after == before


def _edit_allowed_alongside(role, action, state, before, after):
    """A correction refused to someone who may edit the item still saves the rest of their form."""
    if action != "correction" or after is None or not may_edit(role, state):
        return False
    return after["corrections"] == before["corrections"] and after["log"] == before["log"]


def _has_form_errors(response):
    form = response.context.get("adminform")
    formsets = response.context.get("inline_admin_formsets") or []
    return bool(form and form.form.errors) or any(f.formset.total_error_count() for f in formsets)


def violations_for(world, model, state):
    violations, item = [], None
    for action in RULES:
        for role in ROLES:
            # A fresh item whenever the last cell changed it; refusals leave it as it was.
            item = item or world.item(model, state)
            if not check_cell(world, role, action, item, state, violations):
                item = None
    return violations


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("model", ["article", "statement"])
def test_the_matrix_holds(world, model, state):
    violations = violations_for(world, model, state)
    known = [v for v in violations if any(v.startswith(f"{role} {action} ") for action, role in KNOWN)]
    assert [v for v in violations if v not in known] == []
    if known:
        pytest.xfail("; ".join(sorted({KNOWN[key] for key in KNOWN})) + f": {known}")


@pytest.mark.parametrize("model", ["article", "statement"])
def test_adding_follows_the_matrix(world, model):
    """Adding depends on the role only."""
    Model = apps.get_model("newsroom", model)
    actor = factories.actor()
    for n, role in enumerate(ROLES):
        count = Model.objects.count()
        fields = (
            {"headline": f"Added {n}", "slug": f"added-{n}", "body": "Text."}
            if model == "article"
            else {"actor": actor.pk, "text": f"Added words {n}."}
        )
        data = admin_form(world.clients["superuser"], f"/admin/newsroom/{model}/add/", **fields)
        response = world.clients[role].post(f"/admin/newsroom/{model}/add/", data)
        assert response.status_code < 500, role
        if ADD_RULE(role):
            assert response.status_code == 302 and Model.objects.count() == count + 1, role
            assert Model.objects.latest("pk").created_by == world.users[role]
        else:
            assert response.status_code in (302, 403) and Model.objects.count() == count, role


def test_the_matrix_covers_every_transition_and_state():
    """A new transition or state cannot slip past the table."""
    from newsroom.content.states import Status

    assert {f"transition:{n}" for n in TRANSITIONS} <= set(RULES)
    assert {status(s) for s in STATES} == set(Status.values)
    assert get_user_model().objects.model  # the matrix signs in real users
