"""Template tags for claims and answers: the ClaimReview JSON-LD of a fact-check's page."""

from django import template

from newsroom.reading.claims.discovery import claim_review_data
from newsroom.templatetags.discovery import _script

register = template.Library()


@register.simple_tag(takes_context=True)
def claim_review_json_ld(context, fact_check, provenance, scale):
    return _script(claim_review_data(context["request"], fact_check, provenance, scale))
