"""The ingest review screen: paste or upload copy, review every quotation found, create the draft.

Reached from the editorial desk and the article list (admin:newsroom_ingest). Staff who may add
articles (reporters and editors) use it; what they create is theirs, as drafts. The review step
writes nothing: the copy travels in the form and is analysed again when the draft is created, with
the editor's decisions (accept, edit the speaker, reject) applied to the same quotations.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

from newsroom.content.models import Actor, Article, Source, Statement
from newsroom.core.numbers import whole_number
from newsroom.core.permissions import permission
from newsroom.editorial.revisions import word_diff
from newsroom.ingest.actors import kind_for
from newsroom.ingest.files import MAX_BYTES, CopyError, decode_copy
from newsroom.ingest.linking import group_quotations, overlap
from newsroom.ingest.pipeline import analyse
from newsroom.ingest.service import IngestError, already_ingested, ingest_create, registry_from_db

REASONS = {
    "name": "by name",
    "alias": "by another name it is known under",
    "role": "by role, named earlier in the text",
    "pronoun": "by pronoun, named earlier in the text",
}


class IngestForm(forms.Form):
    copy = forms.CharField(
        label="Paste the copy", required=False, widget=forms.Textarea(attrs={"rows": 14, "cols": 90}), strip=False
    )
    upload = forms.FileField(label="or upload a plain-text file (UTF-8)", required=False)
    publisher = forms.ModelChoiceField(Source.objects.all(), required=False)
    original_url = forms.URLField(label="Original URL", required=False, assume_scheme="https")
    published = forms.DateField(label="Published on", required=False, help_text="YYYY-MM-DD")

    def clean(self):
        data = super().clean()
        upload, pasted = data.get("upload"), data.get("copy") or ""
        if upload and pasted.strip():
            raise ValidationError("Paste the copy or upload a file, not both.")
        try:
            if upload:
                if upload.size > MAX_BYTES:
                    raise CopyError(
                        f"{upload.name} is too large to be news copy: {upload.size:,} bytes "
                        f"(the limit is {MAX_BYTES:,})."
                    )
                data["text"] = decode_copy(upload.read(), upload.name)
                data["name"] = upload.name
            elif pasted.strip():
                data["text"] = decode_copy(pasted.encode("utf-8"), "The pasted copy")
                data["name"] = ""
            else:
                raise ValidationError("Paste the copy or upload a file.")
        except CopyError as error:
            raise ValidationError(str(error)) from error
        return data


def _highlighted(analysis):
    """The body as HTML blocks, each quotation in a <mark> numbered like its row in the review."""
    copy = analysis.copy
    blocks = []
    for index, part in enumerate(copy.parts):
        pieces, cursor = [], part.start
        for number, q in enumerate(analysis.quotations, start=1):
            start, end = max(q.start, part.start), min(q.end, part.end)
            if start >= end or q.block:
                continue
            pieces.append(escape(copy.source[cursor:start]))
            css = "nr-quote" if q.speaker else "nr-quote nr-unattributed"
            pieces.append(
                format_html(
                    '<mark class="{}" id="quote-{}-{}">{}</mark><sup>{}</sup>',
                    css,
                    number,
                    index,
                    copy.source[start:end],
                    number,
                )
            )
            cursor = end
        pieces.append(escape(copy.source[cursor : part.end]))
        html = mark_safe("".join(str(p) for p in pieces))
        if part.kind == "quote":
            number = next(
                n for n, q in enumerate(analysis.quotations, start=1) if q.block and q.start <= part.start <= q.end
            )
            html = format_html(
                '<mark class="nr-quote" id="quote-{}-{}">{}</mark><sup>{}</sup>', number, index, html, number
            )
        blocks.append({"kind": part.kind, "html": html})
    return blocks


def _closest_passage(statement_text, quoted):
    """The paragraphs of the statement that this quotation carries, so the difference shown is its own."""
    paragraphs = [p for p in statement_text.split("\n\n") if p.strip()]
    wanted = max(1, quoted.count("\n\n") + 1)
    windows = ["\n\n".join(paragraphs[i : i + wanted]) for i in range(max(1, len(paragraphs) - wanted + 1))]
    return max(windows, key=lambda w: overlap(quoted, w)) if windows else statement_text


def _rows(analysis):
    rows = []
    actors = {a.slug: a for a in Actor.objects.filter(slug__in=[q.actor for q in analysis.quotations if q.actor])}
    statements = Statement.objects.select_related("actor").in_bulk(
        [q.statement for q in analysis.quotations if q.statement]
    )
    for number, q in enumerate(analysis.quotations, start=1):
        statement = statements.get(q.statement)
        rows.append(
            {
                "number": number,
                "q": q,
                "actor": actors.get(q.actor),
                "reason": REASONS.get(q.actor_reason, ""),
                "new_kind": kind_for(q.speaker, q.speaker_kind) if q.speaker and not q.actor else "",
                "statement": statement,
                "diff": word_diff(_closest_passage(statement.text, q.text), q.text) if statement else "",
            }
        )
    return rows


def _apply_decisions(analysis, post):
    """The editor's choices on the review screen, applied to the quotations before the draft is written."""
    for number, q in enumerate(analysis.quotations, start=1):
        decision = post.get(f"q{number}-decision", "accept")
        if decision == "reject":
            q.speaker, q.actor, q.statement = None, None, None
            continue
        speaker = " ".join(post.get(f"q{number}-speaker", q.speaker or "").split())
        actor = post.get(f"q{number}-actor", q.actor or "")
        if actor and Actor.objects.filter(slug=actor).exists():
            chosen = Actor.objects.get(slug=actor)
            q.actor, q.speaker = chosen.slug, chosen.name
            q.speaker_kind = "person" if chosen.kind == "person" else "organisation"
        else:
            q.actor = None
            q.speaker = speaker or None
            q.speaker_role = " ".join(post.get(f"q{number}-role", q.speaker_role or "").split())
        statement = whole_number(post.get(f"q{number}-statement", str(q.statement or "")))
        q.statement = (
            statement
            if statement is not None and Statement.objects.filter(pk=statement, actor__slug=q.actor).exists()
            else None
        )
    group_quotations(analysis.copy, analysis.quotations)
    return analysis


def ingest_view(request, site):
    """Upload or paste copy → review the quotations → create the draft article."""
    if not (request.user.is_active and request.user.is_staff and request.user.has_perm(permission(Article, "add"))):
        raise PermissionDenied
    context = {**site.each_context(request), "title": "Ingest copy", "max_bytes": MAX_BYTES}
    if request.method != "POST":
        return TemplateResponse(request, "admin/newsroom/ingest/form.html", {**context, "form": IngestForm()})
    form = IngestForm(request.POST, request.FILES)
    if not form.is_valid():
        return TemplateResponse(request, "admin/newsroom/ingest/form.html", {**context, "form": form}, status=400)
    data = form.cleaned_data
    text = data["text"]
    done = already_ingested(text)
    if done:
        url = reverse("admin:newsroom_article_change", args=[done.article.pk])
        messages.info(
            request,
            format_html(
                'This copy was ingested before: <a href="{}">{}</a>. Nothing new was created.', url, done.article
            ),
        )
        return redirect(url)
    analysis = analyse(text, registry_from_db())
    if "create" in request.POST:
        _apply_decisions(analysis, request.POST)
        try:
            result = ingest_create(
                text=text,
                analysis=analysis,
                user=request.user,
                name=request.POST.get("name", "")[:300],
                publisher=data.get("publisher"),
                url=data.get("original_url") or "",
                published=data.get("published"),
            )
        except (IngestError, ValidationError) as error:
            message = "; ".join(error.messages) if isinstance(error, ValidationError) else str(error)
            form.add_error(None, message)
            return TemplateResponse(request, "admin/newsroom/ingest/form.html", {**context, "form": form}, status=400)
        messages.success(
            request,
            f"Draft article created with {result.citations} citations, "
            f"{result.statements_created} new draft statements and {result.actors_created} new actors. "
            "Nothing was published.",
        )
        return redirect(reverse("admin:newsroom_article_change", args=[result.article.pk]))
    return TemplateResponse(
        request,
        "admin/newsroom/ingest/review.html",
        {
            **context,
            "title": "Review the quotations",
            "form": form,
            "text": text,
            "name": data.get("name", ""),
            "analysis": analysis,
            "blocks": _highlighted(analysis),
            "rows": _rows(analysis),
            "actors": Actor.objects.order_by("name").only("slug", "name"),
        },
    )
