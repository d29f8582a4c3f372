"""Feeds of claims and answers, each as RSS 2.0, Atom and JSON Feed 1.1 like every scope of
newsroom.reading.feeds: an incident (its reports and statements), a statement's thread (the
statements answering it, and those they answer) and the fact-checks."""

from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.html import linebreaks
from django.utils.text import Truncator

from newsroom.claims.models import FactCheck, Incident
from newsroom.claims.threads import thread_ids
from newsroom.content.models import Article, Statement
from newsroom.edge import declare
from newsroom.edge import keys as edge_keys
from newsroom.reading.feeds import FEED_ITEMS, StreamFeed, xml_text


class IncidentFeed(StreamFeed):
    def get_object(self, request, slug):
        incident = get_object_or_404(Incident.objects.live(), slug=slug)
        return {
            "articles": Article.objects.live().filter(incidents=incident),
            "statements": Statement.objects.live().filter(incidents=incident),
            "title": f"Newsroom: {incident.title}",
            "link": incident.get_absolute_url(),
            "feed_url": self.scope_url("incident_", slug=incident.slug),
            "request": request,
            "keys": (edge_keys.key("incident", incident.pk), edge_keys.ARTICLES, edge_keys.STATEMENTS),
        }

    def description(self, scope):
        return "Reports and statements on the incident, newest first."


class ThreadFeed(StreamFeed):
    """What a statement's conversation adds as it goes on: every statement of its thread but itself."""

    def get_object(self, request, pk):
        statement = get_object_or_404(Statement.objects.live().select_related("actor"), pk=pk)
        ids = thread_ids(statement.pk)
        return {
            "articles": Article.objects.none(),
            "statements": Statement.objects.live().filter(pk__in=ids[1:]),
            "title": f"Newsroom: answers to {statement.actor.name}, “{Truncator(statement.text).words(10)}”",
            "link": f"{statement.get_absolute_url()}#thread",
            "feed_url": self.scope_url("thread_", pk=statement.pk),
            "request": request,
            # A link published or withdrawn purges the statements it joins (edge.events).
            "keys": (edge_keys.key("statement", statement.pk), edge_keys.STATEMENTS),
        }

    def description(self, scope):
        return "The statements answering this one, and those they answer, newest first."


class FactCheckFeed(StreamFeed):
    """Fact-checks, newest first: the rating and the claim in the summary, the reasoning as the text."""

    def get_object(self, request):
        return {
            "title": "Newsroom: fact-checks",
            "link": reverse("newsroom:fact_check_list"),
            "feed_url": self.scope_url("fact_check_"),
            "request": request,
        }

    def description(self, scope):
        return "Statements checked by the newsroom, with their rating, newest first."

    def items(self, scope):
        items = list(FactCheck.objects.live().newest_first().cards().prefetch_related("references")[:FEED_ITEMS])
        declare(scope["request"], edge_keys.CLAIM_LISTS["factcheck"], items)
        return items

    def item_title(self, item):
        return xml_text(f"{item.rating.name}: {item.headline}")

    def _summary(self, item):
        return f"{item.rating.name}. {item.statement.actor.name} claimed: {item.claim_reviewed}"

    def item_description(self, item):
        return xml_text(linebreaks(self._summary(item), autoescape=True))

    def item_author_name(self, item):
        return xml_text(item.reviewer)

    def item_categories(self, item):
        return [xml_text(item.rating.name)]

    def item_extra_kwargs(self, item):
        sources = [f"{ref.title} {ref.url}".strip() for ref in item.references.all()]
        text = "\n\n".join([item.reasoning, *(["Sources:\n" + "\n".join(sources)] if sources else [])])
        return {"content_text": text, "summary_text": self._summary(item), "image": None, "claims": None}
