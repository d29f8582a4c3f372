"""What readers may see of links, incidents and fact-checks: the one reading rule (content's
`live_q`), asked of the item and of every statement it names.

A link is live while it and both its statements are; a fact-check while it and the statement it
checks are; an incident while it is (its reports and statements are each read through their own
`live()`). `not_live()` is always the exact complement of `live()`.
"""

from django.db.models import Q

from newsroom.content.querysets import PublishableQuerySet, live_q


def link_live_q(at=None, prefix=""):
    """A link readers see at `at`: the link and both its statements live. `prefix` reaches a
    related link ("links_in__")."""
    return live_q(at, prefix) & live_q(at, f"{prefix}from_statement__") & live_q(at, f"{prefix}to_statement__")


def fact_check_live_q(at=None, prefix=""):
    """A fact-check readers see at `at`: the review and the statement it checks live."""
    return live_q(at, prefix) & live_q(at, f"{prefix}statement__")


class _WithStatementsQuerySet(PublishableQuerySet):
    """A publishable whose visibility also depends on the statements it names (`rule`)."""

    rule = None

    def live(self, at=None):
        return self.filter(type(self).rule(at))

    def not_live(self, at=None):
        return self.exclude(type(self).rule(at))


class StatementLinkQuerySet(_WithStatementsQuerySet):
    rule = staticmethod(link_live_q)

    def touching(self, statements):
        """Links from or to any of `statements` (ids or a queryset of them)."""
        return self.filter(Q(from_statement__in=statements) | Q(to_statement__in=statements))

    def with_statements(self):
        """Both statements and their speakers fetched with the links, in one query."""
        return self.select_related("from_statement__actor", "to_statement__actor")


class FactCheckQuerySet(_WithStatementsQuerySet):
    rule = staticmethod(fact_check_live_q)

    def cards(self):
        """As lists show them: the rating and the statement with its speaker, in one query."""
        return self.select_related("rating", "statement__actor")


class IncidentQuerySet(PublishableQuerySet):
    def newest_first(self):
        """The most recent incidents first (an index walks it)."""
        return self.order_by("-began_on", "-pk")
