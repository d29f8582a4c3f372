"""Template tags for what search engines and shared links read: canonical URL, social meta, JSON-LD."""

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from newsroom.reading import discovery

register = template.Library()


@register.simple_tag(takes_context=True)
def canonical_url(context):
    return discovery.canonical_url(context["request"])


@register.simple_tag(takes_context=True)
def social_meta(context, title, description, kind="website", photo=None, published=None, modified=None, tags=()):
    """OpenGraph and Twitter card <meta> elements."""
    meta = discovery.social_meta(
        context["request"],
        title=title,
        description=description,
        kind=kind,
        photo=photo,
        published=published,
        modified=modified,
        tags=[tag.name for tag in tags] if tags else (),
    )
    return format_html_join("\n  ", '<meta {}="{}" content="{}">', meta)


def _script(data):
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(discovery.json_ld(data)))


@register.simple_tag(takes_context=True)
def article_json_ld(context, article):
    return _script(discovery.article_data(context["request"], article))


@register.simple_tag(takes_context=True)
def statement_json_ld(context, statement, provenance):
    return _script(discovery.statement_data(context["request"], statement, provenance))


@register.simple_tag(takes_context=True)
def actor_json_ld(context, actor):
    return _script(discovery.actor_data(context["request"], actor))


@register.simple_tag(takes_context=True)
def live_json_ld(context, page, entries, key_events):
    return _script(discovery.live_page_data(context["request"], page, entries, key_events))
