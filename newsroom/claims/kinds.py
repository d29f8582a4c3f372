"""The kinds of link between two statements, in one place: how each reads from the statement that
makes it ("echoes") and from the statement it points to ("echoed by").

A link runs from the later statement to the one it answers: "B denies A" is a link from B to A.
"""

from dataclasses import dataclass

from django.db import models


@dataclass(frozen=True)
class LinkKind:
    value: str
    verb: str  # how the link reads from the statement that makes it: "B denies A"
    reverse: str  # how it reads from the statement it points to: "A is denied by B"
    meaning: str  # what an editor chooses it for (the admin's help text)


KINDS = (
    LinkKind("responds_to", "responds to", "answered by", "Answers it, without a stronger word fitting."),
    LinkKind("denies", "denies", "denied by", "Says what it states is not true."),
    LinkKind("confirms", "confirms", "confirmed by", "Says, from its own knowledge, that it is true."),
    LinkKind(
        "echoes", "echoes", "echoed by", "Says much the same, after it or the same day (“in a similar statement”)."
    ),
    LinkKind("contradicts", "contradicts", "contradicted by", "States the opposite, without answering it directly."),
    LinkKind("criticises", "criticises", "criticised by", "Attacks it or its speaker (“hit back”, “called it …”)."),
    LinkKind("clarifies", "clarifies", "clarified by", "Explains or narrows what it meant."),
    LinkKind("retracts", "retracts", "retracted by", "Withdraws it (usually its own speaker)."),
)
BY_VALUE = {kind.value: kind for kind in KINDS}


# The choices of StatementLink.kind, made from KINDS: the members are RESPONDS_TO, DENIES, …
Kind = models.TextChoices("Kind", [(kind.value.upper(), (kind.value, kind.verb)) for kind in KINDS])


def verb(value):
    """How a link of kind `value` reads from the statement that makes it."""
    return BY_VALUE[value].verb


def reverse(value):
    """How a link of kind `value` reads from the statement it points to."""
    return BY_VALUE[value].reverse
