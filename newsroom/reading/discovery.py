"""How search engines and shared links see a page: its canonical URL, OpenGraph and Twitter card
meta, and schema.org JSON-LD (NewsArticle, Quotation with its appearances, Person or Organization).

Everything here describes objects the view already fetched; nothing queries for more.
"""

import json

from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator

from newsroom.content.models import Actor
from newsroom.content.photos import lead_photo, picture
from newsroom.reading import story

SITE_NAME = "Newsroom"
# Google shows at most 110 characters of a headline.
HEADLINE_CHARS = 110
DESCRIPTION_WORDS = 40
ORGANISATION_TYPES = {
    Actor.Kind.GOVERNMENT: "GovernmentOrganization",
    Actor.Kind.MINISTRY: "GovernmentOrganization",
    Actor.Kind.POLICE: "GovernmentOrganization",
    Actor.Kind.ARMED_FORCES: "GovernmentOrganization",
    Actor.Kind.LEGISLATURE: "GovernmentOrganization",
    Actor.Kind.COURT: "GovernmentOrganization",
    Actor.Kind.POLITICAL_PARTY: "PoliticalParty",
    Actor.Kind.COMPANY: "Corporation",
    Actor.Kind.CIVIL_SOCIETY: "NGO",
    Actor.Kind.MEDIA: "NewsMediaOrganization",
}
# Query parameters that make a different page of the same list; anything else is left out.
CANONICAL_PARAMS = ("page", "kind", "q")
# "</script>" inside the data must not end the script element.
SCRIPT_ESCAPES = {"<": "\\u003C", ">": "\\u003E", "&": "\\u0026"}


def _iso(moment):
    """A datetime in the site's time zone, to the second."""
    return timezone.localtime(moment).isoformat(timespec="seconds")


def canonical_tags(slugs):
    """Tag slugs in the one order their combined page lives at: without repeats, sorted."""
    return sorted(set(slugs))


def canonical_url(request):
    """This page's address for search engines: the path with only the parameters that matter."""
    params = [(name, request.GET[name]) for name in CANONICAL_PARAMS if request.GET.get(name)]
    params = [(n, v) for n, v in params if not (n == "page" and v == "1")]
    query = "&".join(f"{n}={v}" for n, v in params)
    return request.build_absolute_uri(request.path) + (f"?{query}" if query else "")


def json_ld(data):
    """A <script type="application/ld+json"> element's text for `data`."""
    text = json.dumps(data, ensure_ascii=False, indent=None)
    # str.replace, one character at a time: str.translate with a table looks up every character in Python's
    # dict (4 ms for a live page's 70 KB; replace, 0.2).
    for character, escape in SCRIPT_ESCAPES.items():
        text = text.replace(character, escape)
    return text


def _site(request):
    home = request.build_absolute_uri(reverse("newsroom:home"))
    return {"@type": "NewsMediaOrganization", "name": SITE_NAME, "url": home}


def actor_entity(request, actor, *, depth=1):
    """A Person or an Organization for an actor; `depth` levels of affiliation follow. An unnamed
    source is a Person with no name of its own: its description, and its organisation always."""
    if actor.unnamed:
        entity = {"@type": "Person", "name": actor.display_name, "description": actor.name}
        if actor.affiliation_id:
            entity["affiliation"] = actor_entity(request, actor.affiliation, depth=0)
        return entity
    if actor.kind == Actor.Kind.PERSON:
        entity = {"@type": "Person", "name": actor.name}
        if actor.role:
            entity["jobTitle"] = actor.role
    else:
        entity = {"@type": ORGANISATION_TYPES.get(actor.kind, "Organization"), "name": actor.name}
    entity["url"] = request.build_absolute_uri(actor.get_absolute_url())
    if actor.affiliation_id and depth > 0:
        key = "affiliation" if actor.kind == Actor.Kind.PERSON else "parentOrganization"
        entity[key] = actor_entity(request, actor.affiliation, depth=depth - 1)
    return entity


def _image_urls(request, photo):
    found = picture(photo)
    if found is None:
        return []
    return [request.build_absolute_uri(found.src_largest)]


def article_data(request, article):
    """NewsArticle: headline, dates, author, publisher, keywords, image, and as `citation` the
    statements it quotes that readers may see (the view's `live_citations`)."""
    published = article.first_published_at
    modified = max(article.updated_at, published) if article.updated_since_publication else published
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": Truncator(article.headline).chars(HEADLINE_CHARS),
        "url": request.build_absolute_uri(article.get_absolute_url()),
        "mainEntityOfPage": request.build_absolute_uri(article.get_absolute_url()),
        "description": story.summary(article),
        "datePublished": _iso(published) if published else None,
        "dateModified": _iso(modified) if modified else None,
        "publisher": _site(request),
        "keywords": [tag.name for tag in article.tags.all()],
        "image": _image_urls(request, lead_photo(article)),
        "citation": [statement_entity(request, c.statement) for c in getattr(article, "live_citations", [])],
    }
    if article.publisher:
        outlet = {"@type": "NewsMediaOrganization", "name": article.publisher.name}
        outlet["url"] = request.build_absolute_uri(article.publisher.get_absolute_url())
        data["sourceOrganization"] = outlet
        data["author"] = [outlet]
    else:
        data["author"] = [_site(request)]
    if article.byline:
        data["creditText"] = article.byline
    if article.original_url:
        data["isBasedOn"] = article.original_url
    return {key: value for key, value in data.items() if value not in (None, [], "")}


def _spoken_by(request, statement, depth):
    """Who said it, as `creator` (schema.org's example of a real person's Quotation) and
    `spokenByCharacter` (the Quotation's own property, kept for consumers that read it): one entity
    for one speaker; for a joint statement every one, in order (any schema.org property may carry
    several values)."""
    speakers = [actor_entity(request, actor, depth=depth) for actor in statement.speakers]
    found = speakers[0] if len(speakers) == 1 else speakers
    return {"spokenByCharacter": found, "creator": found}


def statement_entity(request, statement):
    """A statement as a Quotation: the words and who spoke them."""
    entity = {
        "@type": "Quotation",
        "text": statement.text,
        "url": request.build_absolute_uri(statement.get_absolute_url()),
        **_spoken_by(request, statement, depth=0),
    }
    if statement.made_on:
        entity["dateCreated"] = statement.made_on.isoformat()
    return entity


def _appearance(request, article):
    return {
        "@type": "NewsArticle",
        "headline": Truncator(article.headline).chars(HEADLINE_CHARS),
        "url": request.build_absolute_uri(article.get_absolute_url()),
        "datePublished": _iso(article.first_published_at),
    }


def statement_data(request, statement, provenance):
    """Quotation with spokenByCharacter (every speaker), and, being a Claim too (schema.org gives
    `appearance` to Claim only), every `appearance` in a published report and the `firstAppearance`,
    from newsroom.reading.provenance."""
    data = {"@context": "https://schema.org", **statement_entity(request, statement), "@type": ["Quotation", "Claim"]}
    data.update(_spoken_by(request, statement, depth=1))
    if statement.summary:
        data["description"] = statement.summary
    keywords = [tag.name for tag in statement.tags.all()]
    if keywords:
        data["keywords"] = keywords
    if statement.source_url:
        data["isBasedOn"] = statement.source_url
    if statement.source:
        data["sourceOrganization"] = {
            "@type": "Organization",
            "name": statement.source.name,
            "url": request.build_absolute_uri(statement.source.get_absolute_url()),
        }
    if provenance.appearances:
        data["appearance"] = [_appearance(request, a.article) for a in provenance.appearances]
        data["firstAppearance"] = _appearance(request, provenance.first.article)
    return data


def actor_data(request, actor):
    """Person or Organization for an actor's page, with aliases and description."""
    data = {"@context": "https://schema.org", **actor_entity(request, actor)}
    aliases = [alias.name for alias in actor.aliases.all()]
    if aliases:
        data["alternateName"] = aliases
    if actor.description:
        data["description"] = actor.description
    return data


def social_meta(request, *, title, description, kind="website", photo=None, published=None, modified=None, tags=()):
    """[(attribute, name, content)] for OpenGraph (`property`) and Twitter card (`name`) meta."""
    found = picture(photo) if photo else None
    meta = [
        ("property", "og:site_name", SITE_NAME),
        ("property", "og:type", kind),
        ("property", "og:title", title),
        ("property", "og:description", Truncator(description).words(DESCRIPTION_WORDS)),
        ("property", "og:url", canonical_url(request)),
        ("name", "twitter:card", "summary_large_image" if found else "summary"),
        ("name", "twitter:title", title),
        ("name", "twitter:description", Truncator(description).words(DESCRIPTION_WORDS)),
    ]
    if found:
        image = request.build_absolute_uri(found.src_largest)
        meta += [
            ("property", "og:image", image),
            ("property", "og:image:alt", found.alt),
            ("property", "og:image:width", str(found.width)),
            ("name", "twitter:image", image),
            ("name", "twitter:image:alt", found.alt),
        ]
        if found.height:
            meta.append(("property", "og:image:height", str(found.height)))
    if published:
        meta.append(("property", "article:published_time", _iso(published)))
    if modified:
        meta.append(("property", "article:modified_time", _iso(modified)))
    meta += [("property", "article:tag", tag) for tag in tags]
    return meta


def live_page_data(request, page, entries, key_events):
    """LiveBlogPosting: the page with its coverage times and, as `liveBlogUpdate`, the entries this
    page of it shows (BlogPostings, each with the statements it quotes that readers may see)."""
    url = request.build_absolute_uri(page.get_absolute_url())
    data = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": Truncator(page.headline).chars(HEADLINE_CHARS),
        "url": url,
        "mainEntityOfPage": url,
        "description": page.summary or page.headline,
        "datePublished": _iso(page.first_published_at) if page.first_published_at else None,
        "dateModified": _iso(page.changed_at or page.first_published_at) if page.first_published_at else None,
        "coverageStartTime": _iso(page.first_published_at) if page.first_published_at else None,
        "coverageEndTime": _iso(page.coverage_ended_at) if page.coverage_ended_at else None,
        "publisher": _site(request),
        "author": [_site(request)],
        "keywords": [tag.name for tag in page.tags.all()],
        "about": _incident_event(request, page.live_incident) if getattr(page, "live_incident", None) else None,
        "liveBlogUpdate": [_update(request, url, entry) for entry in entries],
    }
    return {key: value for key, value in data.items() if value not in (None, [], "")}


def _incident_event(request, incident):
    """The incident a live page covers, as the Event it is about."""
    event = {
        "@type": "Event",
        "name": incident.title,
        "url": request.build_absolute_uri(incident.get_absolute_url()),
        "startDate": incident.began_on.isoformat(),
        "endDate": incident.ended_on.isoformat() if incident.ended_on else None,
        "location": {"@type": "Place", "name": incident.place} if incident.place else None,
    }
    return {key: value for key, value in event.items() if value is not None}


def _update(request, url, entry):
    update = {
        "@type": "BlogPosting",
        "headline": Truncator(entry.key_event_title or " ".join(entry.body.split())).chars(HEADLINE_CHARS),
        "url": f"{url}#entry-{entry.pk}",
        "datePublished": _iso(entry.first_published_at),
        "articleBody": entry.body,
    }
    if entry.updated_since_publication:
        update["dateModified"] = _iso(entry.updated_at)
    if entry.author:
        update["author"] = {"@type": "Person", "name": entry.author}
    citations = [statement_entity(request, c.statement) for c in getattr(entry, "live_citations", [])]
    if citations:
        update["citation"] = citations
    return update
