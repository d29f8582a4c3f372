"""The desk around an item on its change page: comments, assignment and due time, autosave, and
the preview of the unsaved form as a reader would see it. Writes go through newsroom.desk."""

import copy

from csp.constants import SELF
from csp.decorators import csp_replace
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import HttpResponse, JsonResponse
from django.template.response import TemplateResponse
from django.utils.decorators import method_decorator
from django.views.decorators.clickjacking import xframe_options_sameorigin
from django.views.decorators.http import require_POST

from newsroom.core.json_input import JsonBodyError, read_json
from newsroom.core.numbers import whole_number
from newsroom.desk import assignments, autosave, comments
from newsroom.desk.forms import AssignmentForm, CommentForm
from newsroom.editorial.permissions import is_editor


class _PreviewDone(Exception):
    """Raised to roll back everything the preview saved, once the page is rendered."""

    def __init__(self, content):
        self.content = content


def _message(error):
    if isinstance(error, ValidationError):
        return " ".join(error.messages)
    return str(error) or "You may not do that."


class DeskMixin:
    """For PublishableAdmin: the views behind the desk panel, and its context."""

    # The public view that shows one item: set by each admin (the reader's page for it).
    reader_view = None

    def reader_view_kwargs(self, obj):
        return {"pk": obj.pk}

    @method_decorator(require_POST)
    def comment_view(self, request, object_id):
        obj = self._visible_object(request, object_id)
        if obj is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        form = CommentForm(request.POST)
        if not form.is_valid():
            self.message_user(request, f"The comment was not added: {form.errors['text'][0]}", messages.ERROR)
            return self._change_page(obj)
        try:
            comments.comment_add(item=obj, user=request.user, text=form.cleaned_data["text"])
        except (PermissionDenied, ValidationError) as error:
            self.message_user(request, f"The comment was not added: {_message(error)}", messages.ERROR)
        else:
            self.message_user(request, "Your comment was added.", messages.SUCCESS)
        return self._change_page(obj)

    @method_decorator(require_POST)
    def assign_view(self, request, object_id):
        obj = self._visible_object(request, object_id)
        if obj is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        form = AssignmentForm(request.POST, editors=assignments.editors_for(self.model))
        if not form.is_valid():
            errors = " ".join(f"{form.fields[f].label}: {' '.join(e)}" for f, e in form.errors.items())
            self.message_user(request, f"The assignment was not changed: {errors}", messages.ERROR)
            return self._change_page(obj)
        try:
            assignment = assignments.assignment_set(item=obj, user=request.user, **form.cleaned_data)
        except (PermissionDenied, ValidationError) as error:
            self.message_user(request, f"The assignment was not changed: {_message(error)}", messages.ERROR)
        else:
            self.message_user(request, f"Assigned: {assignment}.", messages.SUCCESS)
        return self._change_page(obj)

    @method_decorator(require_POST)
    def autosave_view(self, request, object_id=None):
        """Keep (or, with `discard`, forget) the form as the person has it; JSON in, JSON out."""
        try:
            payload = read_json(request, max_bytes=autosave.AUTOSAVE_MAX_BYTES)
        except JsonBodyError as error:
            return JsonResponse({"error": str(error)}, status=400)
        if not isinstance(payload, dict):
            return JsonResponse({"error": "The autosave could not be read: it is a set of form fields."}, status=400)
        opened = payload.get("opened_version")
        opened = None if opened in (None, "") else whole_number(str(opened), minimum=1)
        if payload.get("opened_version") not in (None, "") and opened is None:
            return JsonResponse({"error": "“opened_version” is not a version number."}, status=400)
        if object_id is not None:
            object_id = whole_number(object_id)
            if object_id is None:
                return JsonResponse({"error": "No such item."}, status=404)
        kind = self.model._meta.model_name
        try:
            if payload.get("discard"):
                autosave.autosave_discard(user=request.user, kind=kind, object_id=object_id)
                return JsonResponse({"discarded": True})
            draft = autosave.autosave(
                user=request.user, kind=kind, object_id=object_id, opened_version=opened, data=payload.get("data")
            )
        except PermissionDenied as error:
            return JsonResponse({"error": _message(error)}, status=403)
        except ValidationError as error:
            return JsonResponse({"error": _message(error)}, status=400)
        return JsonResponse({"saved_at": draft.saved_at.isoformat()})

    @method_decorator(require_POST)
    @method_decorator(xframe_options_sameorigin)
    # Shown in the change page's own frame: the site's policy forbids every frame but this one.
    @method_decorator(csp_replace({"frame-ancestors": [SELF]}))
    def preview_view(self, request, object_id=None):
        """The item as a reader would see it, from the form as it is now, saved nowhere.

        The form and its inlines are saved inside a transaction that is rolled back once the
        reader's page is rendered, so the preview is the real page (citations, tags, captions)
        and nothing of it stays.
        """
        obj = None
        if object_id is not None:
            obj = self._visible_object(request, object_id)
            if obj is None or not self.has_change_permission(request, obj):
                raise PermissionDenied
        elif not self.has_add_permission(request):
            raise PermissionDenied
        form = self.get_form(request, obj, change=obj is not None)(request.POST, request.FILES, instance=obj)
        form.is_valid()
        errors = {name: errs for name, errs in form.errors.items() if name not in ("__all__", "opened_version")}
        formsets, _ = self._create_formsets(request, form.instance, change=obj is not None)
        if errors or not all(f.is_valid() for f in formsets):
            return TemplateResponse(
                request,
                "admin/newsroom/preview_errors.html",
                {"errors": errors, "formsets": [f for f in formsets if not f.is_valid()]},
            )
        try:
            with transaction.atomic():
                item = form.save(commit=False)
                if obj is None:
                    item.created_by = request.user
                item.save()
                form.save_m2m()
                for formset in formsets:
                    formset.instance = item
                    formset.save()
                reader = copy.copy(request)
                reader.method = "GET"
                response = type(self).reader_view(reader, **self.reader_view_kwargs(item))
                response.render()
                raise _PreviewDone(response.content)
        except _PreviewDone as done:
            return HttpResponse(done.content)

    def desk_context(self, request, obj):
        """What the change page shows of the desk: comments, assignment, an autosave to offer."""
        context = {
            "autosave_offer": autosave.autosave_offer(user=request.user, item=obj, kind=self.model._meta.model_name)
        }
        if obj is None:
            return context
        assignment = getattr(obj, "assignment", None)  # the reverse one-to-one raises when there is none
        editor = is_editor(user=request.user, model=self.model)
        context.update(
            comments=list(obj.comments.select_related("author")),
            comment_form=CommentForm(auto_id="nr-comment-%s"),
            assignment=assignment,
            can_assign=editor and obj.status in ("draft", "in_review"),
        )
        if context["can_assign"]:
            context["assignment_form"] = AssignmentForm(
                editors=assignments.editors_for(self.model),
                auto_id="nr-assign-%s",
                initial={
                    "assigned_to": assignment.assigned_to_id if assignment else None,
                    "due_at": assignment.due_at if assignment else None,
                },
            )
        return context
