"""ClaimReview for a fact-check's page, in schema.org's words: the review (`reviewRating` on the
newsroom's scale, its author and publisher, the sources it cites) of a Claim (`itemReviewed`)
whose `appearance` lists the published reports quoting the statement and `firstAppearance` the
first of them. Search engines and fact-check aggregators read it. Describes objects the view
fetched; queries nothing."""

from django.utils.text import Truncator

from newsroom.reading.discovery import HEADLINE_CHARS, _appearance, _iso, _site, actor_entity


def rating_data(rating, scale):
    """A Rating on the newsroom's scale (`scale`: {"worst": lowest value, "best": highest})."""
    data = {
        "@type": "Rating",
        "ratingValue": rating.value,
        "bestRating": scale["best"],
        "worstRating": scale["worst"],
        "alternateName": rating.name,
    }
    if rating.description:
        data["description"] = rating.description
    return data


def claim_data(request, statement, provenance):
    """The statement as the Claim reviewed: who made it, when, and where it appeared."""
    claim = {
        "@type": "Claim",
        "url": request.build_absolute_uri(statement.get_absolute_url()),
        "text": statement.text,
        "author": actor_entity(request, statement.actor, depth=1),
    }
    if statement.made_on:
        claim["datePublished"] = statement.made_on.isoformat()
    if provenance.appearances:
        claim["appearance"] = [_appearance(request, a.article) for a in provenance.appearances]
        claim["firstAppearance"] = _appearance(request, provenance.first.article)
    return claim


def claim_review_data(request, fact_check, provenance, scale):
    """ClaimReview for `fact_check`, whose statement's Provenance the view worked out."""
    page = request.build_absolute_uri(fact_check.get_absolute_url())
    data = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": page,
        "mainEntityOfPage": page,
        "headline": Truncator(fact_check.headline).chars(HEADLINE_CHARS),
        "claimReviewed": fact_check.claim_reviewed,
        "reviewRating": rating_data(fact_check.rating, scale),
        "itemReviewed": claim_data(request, fact_check.statement, provenance),
        "author": {"@type": "Person", "name": fact_check.reviewer},
        "publisher": _site(request),
        "reviewBody": fact_check.reasoning,
        "inLanguage": "en",
    }
    if fact_check.first_published_at:
        data["datePublished"] = _iso(fact_check.first_published_at)
        if fact_check.updated_since_publication:
            data["dateModified"] = _iso(max(fact_check.updated_at, fact_check.first_published_at))
    references = [
        {"@type": "CreativeWork", "name": ref.title, **({"url": ref.url} if ref.url else {})}
        for ref in fact_check.references.all()
    ]
    if references:
        data["citation"] = references
    return data
