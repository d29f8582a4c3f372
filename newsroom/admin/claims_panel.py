"""On a statement's change page, the claims around it: the links it makes and those made to it
(each read from this statement), its fact-checks, and the way to add each."""

from django.urls import reverse

from newsroom.claims.models import FactCheck, StatementLink


def claims_panel(statement):
    links = StatementLink.objects.with_state()
    return {
        "links_out": list(links.filter(from_statement=statement).select_related("to_statement__actor")),
        "links_in": list(links.filter(to_statement=statement).select_related("from_statement__actor")),
        "fact_checks": list(FactCheck.objects.with_state().filter(statement=statement).select_related("rating")),
        "add_link": f"{reverse('admin:newsroom_statementlink_add')}?from_statement={statement.pk}",
        "add_answer": f"{reverse('admin:newsroom_statementlink_add')}?to_statement={statement.pk}",
        "add_fact_check": f"{reverse('admin:newsroom_factcheck_add')}?statement={statement.pk}",
    }


class ClaimsPanelMixin:
    """For the statement admin: the claims panel under its form."""

    change_form_template = "admin/newsroom/claims/statement_change_form.html"

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None:
            context["claims_panel"] = claims_panel(obj)
        return super().render_change_form(request, context, add, change, form_url, obj)
