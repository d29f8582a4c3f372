"""Lists mixing reports and statements (tag, actor and source pages): the reader's choice of kind."""

from django.core.exceptions import BadRequest

KINDS = {"reports": "Reports", "statements": "Statements"}


def chosen_kind(request):
    """The `kind` a reader picked ("reports", "statements"), or "" for both; anything else is a 400."""
    kind = request.GET.get("kind", "")
    if kind and kind not in KINDS:
        raise BadRequest(f"“kind” is “reports” or “statements”, not “{kind[:40]}”.")
    return kind


def of_kind(kind, articles, statements):
    """The two querysets with the one the reader did not pick emptied."""
    if kind == "reports":
        return articles, statements.none()
    if kind == "statements":
        return articles.none(), statements
    return articles, statements
