"""The admin of live coverage: a live page's screen carries its workflow steps, its coverage (live,
paused, ended), a compact form that posts an entry in one step (through fetch, the page staying as
it is; as a plain form without JavaScript), and its entries with what an editor does to each
(publish, pin, key event, correct, delete with a note). Every change goes through
newsroom.live.services, and so through the workflow's checks and log."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import widgets
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils.decorators import method_decorator
from django.utils.html import format_html
from django.utils.text import Truncator
from django.views.decorators.http import require_POST
from simple_history.admin import SimpleHistoryAdmin

from newsroom.admin.filters import TagFilter, autocomplete_media, tag_suggestions
from newsroom.admin.inlines import BoundedRowsMixin, WorkflowLogInline
from newsroom.admin.revisions import RevisionsMixin
from newsroom.admin.widgets import AutocompleteSelect, LabelledAutocompleteMixin
from newsroom.claims.models import Incident
from newsroom.claims.services import incident_members_changed
from newsroom.content.models import Photo
from newsroom.content.states import Status
from newsroom.edge import purge_on_commit
from newsroom.editorial.forms import TransitionForm
from newsroom.editorial.permissions import can_edit, is_editor
from newsroom.editorial.workflow import TRANSITIONS, WorkflowError, allowed_transitions, transition
from newsroom.ingest.service import IngestError, statement_from_quotation
from newsroom.live import services
from newsroom.live.models import LiveCitation, LiveEntry, LivePage

ENTRIES_SHOWN = 100


class PostEntryForm(forms.Form):
    """The compact form on a live page's screen."""

    body = forms.CharField(
        label="Entry",
        max_length=LiveEntry._meta.get_field("body").max_length,
        widget=forms.Textarea(attrs={"rows": 5, "class": "vLargeTextField"}),
        help_text="Paragraphs separated by a blank line; a quotation in “ ” links to a statement cited below.",
    )
    statements = forms.ModelMultipleChoiceField(
        queryset=LiveEntry.statements.rel.model.objects.all(), required=False, label="Statements it cites"
    )
    quotation = forms.CharField(
        label="Or paste a quotation",
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 2, "class": "vLargeTextField"}),
        help_text="The words in quotation marks with who said them (“…,” said X): ingest makes a draft statement "
        "of it (or finds the one the newsroom holds) and the entry cites it. An entry citing a draft statement "
        "waits as a draft until the statement is published.",
    )
    key_event_title = forms.CharField(
        label="Key event", max_length=200, required=False, help_text="A few words: the entry joins the key events."
    )
    photo = forms.ModelChoiceField(queryset=Photo.objects.all(), required=False)
    publish = forms.BooleanField(label="Publish now", required=False, initial=True)

    def __init__(self, *args, admin_site, editor, direct, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["statements"].widget = widgets.AutocompleteSelectMultiple(
            LiveEntry._meta.get_field("statements"), admin_site
        )
        self.fields["photo"].widget = AutocompleteSelect(LiveEntry._meta.get_field("photo"), admin_site)
        for name in ("statements", "photo"):
            self.fields[name].widget.choices = self.fields[name].choices
        if not editor:
            del self.fields["key_event_title"]
            if not direct:
                del self.fields["publish"]  # a reporter's entry goes to review


class LiveEntryLogInline(WorkflowLogInline):
    fk_name = "liveentry"


class LivePageLogInline(WorkflowLogInline):
    fk_name = "livepage"


@admin.register(LivePage)
class LivePageAdmin(LabelledAutocompleteMixin, admin.ModelAdmin):
    change_form_template = "admin/newsroom/livepage/change_form.html"
    list_display = ("headline", "status_badge", "coverage", "covers", "first_published_at", "changed_at")
    list_select_related = ("incident",)
    list_filter = ("status", "coverage", TagFilter)
    search_fields = ("headline", "summary")
    prepopulated_fields = {"slug": ("headline",)}
    autocomplete_fields = ("actors", "incident")
    readonly_fields = ("status", "coverage", "first_published_at", "coverage_ended_at", "written_by", "made_into")
    fieldsets = (
        (None, {"fields": ("headline", "slug", "summary", "incident", "tags", "actors", "reporters_publish")}),
        ("Workflow", {"fields": readonly_fields}),
    )
    inlines = (LivePageLogInline,)

    @property
    def media(self):
        # The tag filter searches with the admin's select2, as on every list of the workflow's kinds.
        return super().media + autocomplete_media(self)

    def get_queryset(self, request):
        return super().get_queryset(request).with_state()

    @admin.display(description="Status", ordering="status")
    def status_badge(self, obj):
        return format_html('<span class="nr-status nr-status-{}">{}</span>', obj.state, obj.state_label)

    @admin.display(description="Incident", ordering="incident__title")
    def covers(self, obj):
        return Truncator(obj.incident.title).chars(48) if obj.incident_id else "—"

    @admin.display(description="Created by")
    def written_by(self, obj):
        user = obj.created_by
        return (user.get_full_name() or user.get_username()) if user else "—"

    @admin.display(description="Made into the article")
    def made_into(self, obj):
        if not obj.article_id:
            return "—"
        url = reverse("admin:newsroom_article_change", args=[obj.article_id])
        return format_html('<a href="{}">{}</a>', url, obj.article)

    def has_change_permission(self, request, obj=None):
        if obj is None:
            return super().has_change_permission(request)
        return can_edit(user=request.user, item=obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and (obj is None or obj.status == Status.DRAFT)

    def save_model(self, request, obj, form, change):
        if change:
            purge_on_commit(obj)
        else:
            obj.created_by = request.user
        obj.save()
        if "incident" in form.changed_data:
            # The incident it left and the one it joined: each one's page lists its live pages.
            touched = {form.initial.get("incident"), obj.incident_id} - {None}
            incident_members_changed(incidents=Incident.objects.filter(pk__in=touched))

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            # The tag filter's search (TagFilter asks the list's own admin), read-only.
            path("tags/", transaction.non_atomic_requests(view(self.tags_view)), name="newsroom_livepage_tags"),
            path("<path:object_id>/post/", view(self.post_view), name="newsroom_livepage_post"),
            path(
                "<path:object_id>/entries/<int:entry_id>/<str:action>/",
                view(self.entry_view),
                name="newsroom_livepage_entry",
            ),
            path("<path:object_id>/coverage/", view(self.coverage_view), name="newsroom_livepage_coverage"),
            path("<path:object_id>/article/", view(self.article_view), name="newsroom_livepage_article"),
            path(
                "<path:object_id>/transition/<str:name>/",
                view(self.transition_view),
                name="newsroom_livepage_transition",
            ),
            *super().get_urls(),
        ]

    def tags_view(self, request):
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        return tag_suggestions(request)

    # The screen.

    def post_form(self, request, page, data=None):
        return PostEntryForm(
            data,
            admin_site=self.admin_site,
            editor=is_editor(user=request.user, model=LiveEntry),
            direct=page.reporters_publish,
            prefix="entry",
        )

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None:
            form = self.post_form(request, obj)
            context["media"] = context["media"] + form.media
            context.update(
                post_form=form,
                may_post=services.may_post(request.user),
                is_live_editor=is_editor(user=request.user, model=LiveEntry),
                is_page_editor=is_editor(user=request.user, model=LivePage),
                workflow_transitions=allowed_transitions(user=request.user, item=obj),
                entries=self.entries(obj),
            )
        return super().render_change_form(request, context, add, change, form_url, obj)

    @staticmethod
    def entries(page):
        return list(
            LiveEntry.objects.filter(page=page)
            .with_state()
            .select_related("created_by")
            .prefetch_related("citations__statement__actor", "corrections")
            .order_by("-first_published_at", "-created_at")[:ENTRIES_SHOWN]
        )

    def _page(self, request, object_id):
        page = self.get_object(request, unquote(object_id))
        if page is None or not self.has_view_or_change_permission(request, page):
            raise PermissionDenied
        return page

    def _back(self, page):
        return redirect(reverse("admin:newsroom_livepage_change", args=[page.pk]))

    @staticmethod
    def _wants_json(request):
        return "application/json" in request.headers.get("Accept", "")

    # Posting, in one step.

    @method_decorator(require_POST)
    def post_view(self, request, object_id):
        page = self._page(request, object_id)
        form = self.post_form(request, page, request.POST)
        if not services.may_post(request.user):
            raise PermissionDenied
        entry, error = None, None
        if form.is_valid():
            data = form.cleaned_data
            statements, publish = list(data["statements"]), data.get("publish", False)
            try:
                with transaction.atomic():  # the quotation's statement and the entry, or neither
                    if data["quotation"].strip():
                        if not request.user.has_perm("newsroom.add_statement"):
                            raise WorkflowError("You may not make statements.")
                        quoted, _ = statement_from_quotation(text=data["quotation"], user=request.user)
                        statements.append(quoted)
                        publish = publish and quoted.status == Status.PUBLISHED
                    entry = services.entry_post(
                        page=page,
                        user=request.user,
                        body=data["body"],
                        key_event_title=data.get("key_event_title", ""),
                        photo=data["photo"],
                        statements=statements,
                        publish=publish,
                    )
            except (WorkflowError, IngestError) as problem:
                error = str(problem)
        else:
            error = " ".join(
                f"{form.fields[name].label if name in form.fields else name}: {' '.join(errors)}"
                for name, errors in form.errors.items()
            )
        if entry is None:
            if self._wants_json(request):
                return JsonResponse({"ok": False, "message": error, "errors": form.errors}, status=400)
            self.message_user(request, f"The entry was not posted: {error}", messages.ERROR)
            return self._back(page)
        entry = LiveEntry.objects.with_state().get(pk=entry.pk)
        message = f"Posted at {entry.created_at:%H:%M:%S}: {entry.get_status_display().lower()}."
        if self._wants_json(request):
            row = render_to_string(
                "admin/newsroom/livepage/entry_row.html",
                {"entry": entry, "original": page, "is_live_editor": is_editor(user=request.user, model=LiveEntry)},
                request=request,
            )
            return JsonResponse({"ok": True, "message": message, "id": entry.pk, "row": row})
        self.message_user(request, message, messages.SUCCESS)
        return self._back(page)

    # What an editor does to an entry.

    @method_decorator(require_POST)
    def entry_view(self, request, object_id, entry_id, action):
        page = self._page(request, object_id)
        entry = get_object_or_404(LiveEntry, pk=entry_id, page=page)
        note = request.POST.get("note", "").strip()
        try:
            if action == "publish":
                services.entry_publish(entry=entry, user=request.user)
            elif action in ("pin", "unpin"):
                services.entry_mark(entry=entry, user=request.user, pinned=action == "pin")
            elif action == "key":
                services.entry_mark(entry=entry, user=request.user, key_event_title=request.POST.get("title", ""))
            elif action == "correct":
                services.entry_correct(entry=entry, user=request.user, body=request.POST.get("body", ""), note=note)
            elif action in ("delete", "return", "submit", "unpublish"):
                services.entry_step(entry=entry, user=request.user, name=action, note=note)
            else:
                raise WorkflowError(f"Unknown action “{action}”.")
        except WorkflowError as error:
            self.message_user(request, f"Entry {entry.pk}: {error}", messages.ERROR)
        else:
            self.message_user(request, f"Entry {entry.pk}: done ({action}).", messages.SUCCESS)
        return self._back(page)

    # The page itself.

    @method_decorator(require_POST)
    def coverage_view(self, request, object_id):
        page = self._page(request, object_id)
        try:
            services.page_set_coverage(page=page, user=request.user, coverage=request.POST.get("coverage", ""))
        except WorkflowError as error:
            self.message_user(request, str(error), messages.ERROR)
        else:
            self.message_user(request, f"Coverage: {page.get_coverage_display().lower()}.", messages.SUCCESS)
        return self._back(page)

    @method_decorator(require_POST)
    def article_view(self, request, object_id):
        page = self._page(request, object_id)
        try:
            article = services.page_to_article(page=page, user=request.user)
        except WorkflowError as error:
            self.message_user(request, str(error), messages.ERROR)
            return self._back(page)
        self.message_user(request, f"The draft article “{article}” was made of this live page.", messages.SUCCESS)
        return redirect(reverse("admin:newsroom_article_change", args=[article.pk]))

    @method_decorator(require_POST)
    def transition_view(self, request, object_id, name):
        page = self._page(request, object_id)
        form = TransitionForm(request.POST)
        if not form.is_valid():
            self.message_user(request, form.error_text(), messages.ERROR)
            return self._back(page)
        try:
            transition(item=page, user=request.user, name=name, note=form.cleaned_data["note"])
        except WorkflowError as error:
            self.message_user(request, str(error), messages.ERROR)
        else:
            label = TRANSITIONS[name].label
            self.message_user(
                request, f"{label}: “{page}” is now {page.get_status_display().lower()}.", messages.SUCCESS
            )
        return self._back(page)


class LiveCitationInline(LabelledAutocompleteMixin, BoundedRowsMixin, admin.TabularInline):
    model = LiveCitation
    fields = ("order", "statement", "wording")
    autocomplete_fields = ("statement",)
    extra = 0

    def has_change_permission(self, request, obj=None):
        return obj is None or (can_edit(user=request.user, item=obj) and obj.status != Status.PUBLISHED)

    has_add_permission = has_delete_permission = has_change_permission


@admin.register(LiveEntry)
class LiveEntryAdmin(LabelledAutocompleteMixin, RevisionsMixin, SimpleHistoryAdmin):
    """Entries one by one: a reporter's drafts to edit, each entry's log and its revisions (who
    posted, edited, published, marked, corrected or deleted it, and when, compared word by word). A
    published entry is changed on its page's screen (correct, pin, delete), where readers' pages are
    told; its revisions are read here, never reverted to."""

    list_display = ("__str__", "page", "status_badge", "author", "key_event", "pinned", "first_published_at")
    list_filter = ("status", "key_event")
    search_fields = ("body", "key_event_title", "author")
    autocomplete_fields = ("photo",)
    fields = ("page", "body", "photo", "key_event_title", "author", "status", "first_published_at")
    readonly_fields = ("page", "key_event_title", "status", "first_published_at")
    inlines = (LiveCitationInline, LiveEntryLogInline)

    def get_queryset(self, request):
        return super().get_queryset(request).with_state().select_related("page")

    @admin.display(description="Status", ordering="status")
    def status_badge(self, obj):
        return format_html('<span class="nr-status nr-status-{}">{}</span>', obj.state, obj.state_label)

    def has_add_permission(self, request):
        return False  # entries are posted on their live page's screen

    def has_delete_permission(self, request, obj=None):
        return False  # an entry is deleted with a note, on its page's screen

    def has_change_permission(self, request, obj=None):
        if obj is None:
            return super().has_change_permission(request)
        return can_edit(user=request.user, item=obj) and obj.status != Status.PUBLISHED

    def revert_disabled(self, request, obj=None):
        # `obj` is the revision's copy: whether it may be reverted to is asked of the entry as it is now.
        current = LiveEntry.objects.filter(pk=obj.pk).first() if obj is not None else None
        return current is None or not self.has_change_permission(request, current)

    def save_model(self, request, obj, form, change):
        """An edit of an entry not out yet (or a revert of one to an earlier revision): its words,
        photo and byline, as the next version, on the row as it is now. A revert's old copy carries
        the steps, marks and page of its time, which never go back."""
        with transaction.atomic():
            current = LiveEntry.objects.select_for_update().get(pk=obj.pk)
            if not self.has_change_permission(request, current):
                status = current.get_status_display().lower()
                raise PermissionDenied(f"You may no longer edit this entry: it is {status}.")
            fields = [LiveEntry._meta.get_field(name) for name in ("body", "photo", "author") if name in form.fields]
            edited = [f.attname for f in fields if getattr(current, f.attname) != getattr(obj, f.attname)]
            if not edited:
                return  # saved as it stands: no new version, no empty revision
            for name in edited:
                setattr(current, name, getattr(obj, name))
            current.version += 1
            current._history_user, current._change_reason = request.user, "Edited"
            current.save(update_fields=[*edited, "version", "updated_at"])
        obj.version = current.version
