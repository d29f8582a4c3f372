"""The ingest review screen: paste or upload copy, review every quotation found, create the draft.

Reached from the editorial desk and the article list (admin:newsroom_ingest). Staff who may add
articles (reporters and editors) use it; what they create is theirs, as drafts. The review step
writes nothing: the copy travels in the form and is analysed again when the draft is created. The
editor's decisions (a speaker corrected once for all their quotations, accept or leave out, cite or
record anew, accept or reject each link between statements the copy states) are read, checked and
applied by newsroom/ingest/decisions.py, through the service; this view only shows them. The body
stays beside the list; static/newsroom/ingest.js adds keyboard steps and scrolls the body to the
quotation in focus, and the page works as a plain form without it.
"""

import unicodedata

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

from newsroom.claims.kinds import KINDS
from newsroom.content.models import Actor, Article, Source, Statement
from newsroom.core.permissions import permission
from newsroom.core.phrases import and_list
from newsroom.core.quoting import overlap
from newsroom.editorial.revisions import word_diff
from newsroom.ingest import decisions as review
from newsroom.ingest.dates import disagrees, header_day
from newsroom.ingest.files import MAX_BYTES, MAX_SIZE, CopyError, decode_copy
from newsroom.ingest.pipeline import analyse
from newsroom.ingest.service import IngestError, already_ingested, ingest_create, registry_from_db

LOW_CONFIDENCE = 0.5  # below this a proposed speaker is a guess, and the review says so


class IngestForm(forms.Form):
    copy = forms.CharField(
        label="Paste the copy", required=False, widget=forms.Textarea(attrs={"rows": 14, "cols": 90}), strip=False
    )
    upload = forms.FileField(label="or upload a plain-text file (UTF-8)", required=False)
    publisher = forms.ModelChoiceField(Source.objects.all(), required=False)
    new_publisher = forms.CharField(
        label="or a publisher not yet listed",
        max_length=200,
        required=False,
        help_text="Its name as it signs its reports (“Caliber.az”); it is added to the sources when the draft is made.",
    )
    original_url = forms.URLField(label="Original URL", required=False, assume_scheme="https")
    published = forms.DateField(label="Published on", required=False, help_text="YYYY-MM-DD")

    def __init__(self, *args, may_add_source=True, **kwargs):
        super().__init__(*args, **kwargs)
        self.may_add_source = may_add_source

    def clean_new_publisher(self):
        """A publisher named anew: the source listed under that name if there is one, else the name."""
        name = " ".join(self.cleaned_data.get("new_publisher", "").split())
        if not name:
            return ""
        if "\ufffd" in name or any(unicodedata.category(c) in ("Cc", "Cs") for c in name):
            # bytes that were not UTF-8 (read as U+FFFD), control characters: not a name to add to the sources
            raise ValidationError("The publisher’s name is not readable text: type it again.")
        listed = Source.objects.filter(name__iexact=name).first()
        if listed is None and not self.may_add_source:
            raise ValidationError("You may not add sources: choose a listed publisher, or ask an editor to add it.")
        return listed or name

    def clean(self):
        data = super().clean()
        if data.get("publisher") and data.get("new_publisher"):
            self.add_error("new_publisher", "Choose a listed publisher or name a new one, not both.")
        elif isinstance(data.get("new_publisher"), Source):
            data["publisher"], data["new_publisher"] = data["new_publisher"], ""
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
    """The body as HTML blocks, each quotation in a <mark> numbered like its card in the review; its
    number links to the card, and the card's “in the text” link to the mark."""
    copy = analysis.copy
    blocks = []
    first = set()  # quotations whose first mark is drawn: that one carries the id

    def marked(number, html, q):
        css = "nr-quote" if q.speakers else "nr-quote nr-unattributed"
        anchor = f' id="quote-{number}"' if number not in first else ""
        first.add(number)
        return format_html(
            '<mark class="{}" data-quote="{}"{}>{}</mark>'
            '<sup><a href="#quotation-{}" aria-label="Quotation {}">{}</a></sup>',
            css,
            number,
            mark_safe(anchor),
            html,
            number,
            number,
            number,
        )

    for part in copy.parts:
        pieces, cursor = [], part.start
        for number, q in enumerate(analysis.quotations, start=1):
            start, end = max(q.start, part.start), min(q.end, part.end)
            if start >= end or q.block:
                continue
            pieces.append(escape(copy.source[cursor:start]))
            pieces.append(marked(number, copy.source[start:end], q))
            cursor = end
        pieces.append(escape(copy.source[cursor : part.end]))
        html = mark_safe("".join(str(p) for p in pieces))
        if part.kind == "quote":
            number, q = next(
                (n, q) for n, q in enumerate(analysis.quotations, start=1) if q.block and q.start <= part.start <= q.end
            )
            html = marked(number, html, q)
        blocks.append({"kind": part.kind, "html": html})
    return blocks


def _closest_passage(statement_text, quoted):
    """The paragraphs of the statement that this quotation carries, so the difference shown is its own."""
    paragraphs = [p for p in statement_text.split("\n\n") if p.strip()]
    wanted = max(1, quoted.count("\n\n") + 1)
    windows = ["\n\n".join(paragraphs[i : i + wanted]) for i in range(max(1, len(paragraphs) - wanted + 1))]
    return max(windows, key=lambda w: overlap(quoted, w)) if windows else statement_text


def _speaker_rows(group, actors):
    """The rows of a group's speakers as the form shows them, and one empty row to add a joint speaker."""
    rows = []
    for k, choice in enumerate(group.speakers, start=1):
        rows.append({"k": k, "choice": choice, "actor": actors.get(choice.actor)})
    rows.append({"k": len(group.speakers) + 1, "choice": None, "actor": None})
    return rows


def _statements(analysis):
    """The statements the newsroom holds that the review shows: those the quotations match and those
    the proposed links point to, in one query however many there are."""
    pks = {q.statement for q in analysis.quotations if q.statement}
    pks |= {t.statement for link in analysis.links for t in link.candidates if t.statement is not None}
    return Statement.objects.select_related("actor").in_bulk(pks)


def _cards(analysis, decisions, statements):
    """What the review shows: the groups of quotations by speaker, each quotation with why it was
    given to its speaker, the statement it matches and the editor's decision so far."""
    slugs = {c.actor for g in decisions.groups for c in g.speakers if c.actor}
    slugs |= {c.actor for d in decisions.quotations for c in (d.speakers or ()) if c.actor}
    actors = Actor.objects.in_bulk(slugs, field_name="slug")
    drafts = {id(q): draft for draft in analysis.statements for q in draft.quotations}
    numbers = {id(q): n for n, q in enumerate(analysis.quotations, start=1)}
    groups = []
    for group in decisions.groups:
        cards = []
        for number in group.numbers:
            q, decision = analysis.quotations[number - 1], decisions.quotations[number - 1]
            statement, draft = statements.get(q.statement), drafts.get(id(q))
            cards.append(
                {
                    "number": number,
                    "q": q,
                    "decision": decision,
                    "accept": decision.accept if (q.speakers or decision.speaker) else None,
                    "why": list(dict.fromkeys(s.why for s in q.speakers if s.why)),  # a joint cue once
                    "guess": bool(q.speakers) and q.confidence < LOW_CONFIDENCE,
                    "statement": statement,
                    # a new statement's day and medium once, on its first quotation; the others point to it
                    "new_statement": _as_recorded(draft) if draft and draft.quotations[0] is q else None,
                    "same_statement_as": numbers.get(id(draft.quotations[0]))
                    if draft and draft.quotations[0] is not q
                    else None,
                    "diff": word_diff(_closest_passage(statement.text, q.text), q.text) if statement else "",
                    "errors": decisions.errors_for(f"q{number}-"),
                }
            )
        groups.append(
            {
                "group": group,
                "rows": [] if group.nobody else _speaker_rows(group, actors),
                "cards": cards,
                "errors": decisions.errors_for(f"g{group.number}-"),
            }
        )
    return groups


def _as_recorded(draft):
    """The day and medium a new statement of this quotation would be recorded with, for the editor to
    check before the draft is made: {"made_on", "from_text", "medium"}, or None."""
    if draft is None:
        return None
    medium = Statement.Medium(draft.medium).label if draft.medium in Statement.Medium.values else draft.medium
    return {"made_on": draft.made_on, "from_text": draft.made_on_from == "text", "medium": medium}


def _links(analysis, decisions, statements):
    """The links between statements the copy states, as the review shows them: the statement that
    answers (its quotations), the kind, the statements it may answer (the proposed one first) and the
    editor's decision so far."""
    links = []
    for decision, link in zip(decisions.links, analysis.links, strict=True):
        first = analysis.quotations[link.quotations[0]]
        links.append(
            {
                "number": decision.number,
                "link": link,
                "decision": decision,
                "numbers": [n + 1 for n in link.quotations],
                "speaker": and_list(s.name for s in first.speakers),
                "targets": [
                    {
                        "key": t.key,
                        "target": t,
                        "statement": statements.get(t.statement) if t.statement is not None else None,
                        "quotation": t.quotations[0] + 1 if t.quotations else None,
                    }
                    for t in link.candidates
                ],
                "errors": decisions.errors_for(f"l{decision.number}-"),
            }
        )
    return links


def _suggestions(decisions):
    """What the review's boxes offer besides the actors the newsroom holds: the organisations this review
    names (its organisations speaking, and whose its speakers are) for “Of”, and the roles it gives."""
    speakers = [s for g in decisions.groups for s in g.speakers]
    speakers += [s for d in decisions.quotations for s in (d.speakers or ())]
    organisations = [s.name for s in speakers if s.kind == "organisation" and not s.unnamed]
    organisations += [s.affiliation for s in speakers if s.affiliation]
    return {
        "organisations": list(dict.fromkeys(n for n in organisations if n)),
        "roles": list(dict.fromkeys(s.role for s in speakers if s.role)),
    }


def _review(request, context, form, data, analysis, decisions):
    statements = _statements(analysis)
    return TemplateResponse(
        request,
        "admin/newsroom/ingest/review.html",
        {
            **context,
            "title": "Review the quotations",
            "form": form,
            "text": data["text"],
            "name": data.get("name", ""),
            "analysis": analysis,
            "blocks": _highlighted(analysis),
            "groups": _cards(analysis, decisions, statements),
            "links": _links(analysis, decisions, statements),
            "kinds": KINDS,
            "choices": [g for g in decisions.groups if g.speakers],
            **_suggestions(decisions),
            "errors": [message for _, message in decisions.errors],
            "quotation_count": len(analysis.quotations),
            "checked": "check" in request.POST and not decisions.errors,
            "header_day": _header_day_disagreeing(analysis, data.get("published")),
        },
        status=400 if decisions.errors else 200,
    )


def _header_day_disagreeing(analysis, published):
    """The words of the day the copy's header prints when a date given at ingest is another day, else ""."""
    day = header_day(analysis.copy) if published else None
    return day.words if day is not None and disagrees(day, published) else ""


def ingest_view(request, site):
    """Upload or paste copy → review the quotations → create the draft article."""
    if not (request.user.is_active and request.user.is_staff and request.user.has_perm(permission(Article, "add"))):
        raise PermissionDenied
    context = {**site.each_context(request), "title": "Ingest copy", "max_size": MAX_SIZE}
    if request.method != "POST":
        return TemplateResponse(request, "admin/newsroom/ingest/form.html", {**context, "form": IngestForm()})
    form = IngestForm(request.POST, request.FILES, may_add_source=request.user.has_perm(permission(Source, "add")))
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
    registry = registry_from_db()
    analysis = analyse(text, registry, published=data.get("published"), today=timezone.localdate())
    if "create" not in request.POST and "check" not in request.POST:
        return _review(request, context, form, data, analysis, review.proposed(analysis))
    decisions = review.read(request.POST, analysis, registry)
    if not decisions.valid or "create" not in request.POST:
        return _review(request, context, form, data, analysis, decisions)
    try:
        result = ingest_create(
            text=text,
            analysis=analysis,
            user=request.user,
            name=request.POST.get("name", "")[:300],
            publisher=data.get("publisher"),
            new_publisher=data.get("new_publisher") or "",
            url=data.get("original_url") or "",
            published=data.get("published"),
            decisions=decisions,
        )
    except (IngestError, ValidationError) as error:
        message = "; ".join(error.messages) if isinstance(error, ValidationError) else str(error)
        form.add_error(None, message)
        return TemplateResponse(request, "admin/newsroom/ingest/form.html", {**context, "form": form}, status=400)
    messages.success(
        request,
        f"Draft article created with {result.citations} citations, "
        f"{result.statements_created} new draft statements, {result.actors_created} new actors and "
        f"{result.links_created} draft links between statements. Nothing was published.",
    )
    return redirect(reverse("admin:newsroom_article_change", args=[result.article.pk]))
