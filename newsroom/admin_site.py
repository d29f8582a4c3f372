from django.contrib import admin
from django.db.models import OuterRef, Subquery
from django.shortcuts import redirect
from django.utils import timezone

from newsroom.accounts.signin import TwoFactorAdminSiteMixin
from newsroom.core.permissions import permission
from newsroom.desk import activity, assignments
from newsroom.editorial.models import WorkflowLogEntry
from newsroom.editorial.permissions import is_editor
from newsroom.editorial.workflow import publishable_models

# What each kind's rows name when listed (their __str__), fetched with them.
LISTED_WITH = {
    "statement": ("actor",),
    "statementlink": ("from_statement__actor", "to_statement__actor"),
    "factcheck": ("statement__actor",),
}

DASHBOARD_ROWS = 10


def _latest_return_note(model):
    return Subquery(
        WorkflowLogEntry.objects.filter(**{model._meta.model_name: OuterRef("pk")}, transition="return")
        .order_by("-created_at", "-pk")
        .values("note")[:1]
    )


def dashboard(user):
    """The editorial desk for one user: what waits for review, their drafts, what is scheduled, what went out."""
    panels = []
    for model in publishable_models():
        if not user.has_perm(permission(model, "view")):
            continue
        editor = is_editor(user=user, model=model)
        objects = model.objects.select_related("created_by", *LISTED_WITH.get(model._meta.model_name, ()))
        awaiting = objects.in_review().order_by("updated_at")
        if not editor:
            awaiting = awaiting.filter(created_by=user)
        panels.append(
            {
                "model": model,
                "opts": model._meta,
                "editor": editor,
                "awaiting_review": list(awaiting[:DASHBOARD_ROWS]),
                "my_drafts": list(
                    objects.drafts()
                    .filter(created_by=user)
                    .annotate(return_note=_latest_return_note(model))
                    .order_by("-updated_at")[:DASHBOARD_ROWS]
                ),
                "scheduled": list(objects.scheduled().order_by("go_live_at")[:DASHBOARD_ROWS]),
                "recently_published": list(objects.live().order_by("-last_published_at")[:DASHBOARD_ROWS]),
            }
        )
    return panels


class NewsroomAdminSite(TwoFactorAdminSiteMixin, admin.AdminSite):
    site_header = "Newsroom"
    site_title = "Newsroom admin"
    index_title = "Editorial desk"
    index_template = "admin/newsroom/dashboard.html"
    # The sidebar's 300 px squeezed lists and forms at 1,280 px; the desk and breadcrumbs lead everywhere.
    enable_nav_sidebar = False

    def get_urls(self):
        from django.urls import path

        from newsroom.admin.ingest import ingest_view

        ingest = path(
            "newsroom/ingest/", self.admin_view(lambda request: ingest_view(request, self)), name="newsroom_ingest"
        )
        return [ingest, *super().get_urls()]

    def index(self, request, extra_context=None):
        if request.method == "POST" and "desk_seen" in request.POST:
            # "Mark as seen": what changed until now is no longer news to this person.
            activity.desk_seen(user=request.user)
            return redirect(request.path)
        now = timezone.now()
        looked_at, changes = activity.changes_since(user=request.user)
        extra_context = {
            **(extra_context or {}),
            "dashboard": dashboard(request.user),
            "assigned": assignments.assigned_to(user=request.user, now=now),
            "changes": changes,
            "looked_at": looked_at,
        }
        return super().index(request, extra_context)
