"""A fact-check's page carries ClaimReview as search engines and fact-check aggregators read it:
parsed with extruct, and every property checked against schema.org's published vocabulary (its
domain and range, tests/schemas/schemaorg-claims.json, from release 30.0), with the properties
Google's fact-check markup asks for."""

import datetime
import json
import re
from pathlib import Path

import extruct
import pytest

from newsroom.claims.models import FactCheck
from newsroom.content.models import Statement
from newsroom.editorial import workflow
from tests import factories

pytestmark = pytest.mark.django_db

VOCABULARY = json.loads((Path(__file__).parent / "schemas" / "schemaorg-claims.json").read_text())
CLASSES, PROPERTIES = VOCABULARY["classes"], VOCABULARY["properties"]
# Google's ClaimReview guidelines: what a fact-check needs to be shown as one.
CLAIM_REVIEW_REQUIRED = {"claimReviewed", "reviewRating", "url", "author", "itemReviewed"}
DATE = re.compile(r"\d{4}-\d{2}-\d{2}$")
DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)$")


def is_a(name, ancestor):
    seen, todo = set(), [name]
    while todo:
        current = todo.pop()
        if current == ancestor:
            return True
        seen.add(current)
        todo += [parent for parent in CLASSES.get(current, []) if parent not in seen]
    return False


def literal_fits(value, ranges):
    if isinstance(value, bool):
        return "Boolean" in ranges
    if isinstance(value, int | float):
        return any(is_a(r, "Number") for r in ranges)
    if not isinstance(value, str):
        return False
    return (
        any(is_a(r, "Text") for r in ranges)
        or ("Date" in ranges and DATE.match(value))
        or ("DateTime" in ranges and DATE_TIME.match(value))
    )


def shape_errors(node, where="$"):
    """Where `node` (a JSON-LD object) strays from schema.org: unknown types and properties, a
    property on a type outside its domain, a value outside its range."""
    types = node["@type"] if isinstance(node["@type"], list) else [node["@type"]]
    errors = [f"{where}: unknown type {t}" for t in types if t not in CLASSES]
    for key, value in node.items():
        if key.startswith("@"):
            continue
        spec = PROPERTIES.get(key)
        if spec is None:
            errors.append(f"{where}.{key}: not a property of {types}")
            continue
        if not any(is_a(t, domain) for t in types for domain in spec["domain"]):
            errors.append(f"{where}.{key}: not a property of {types} (its domain is {spec['domain']})")
        for index, item in enumerate(value if isinstance(value, list) else [value]):
            path = f"{where}.{key}[{index}]"
            if isinstance(item, dict):
                item_types = item["@type"] if isinstance(item["@type"], list) else [item["@type"]]
                if not any(is_a(t, r) for t in item_types for r in spec["range"]):
                    errors.append(f"{path}: a {item_types} where {spec['range']} is expected")
                errors += shape_errors(item, path)
            elif not literal_fits(item, spec["range"]):
                errors.append(f"{path}: {item!r} is not a {spec['range']}")
    return errors


def json_ld(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return extruct.extract(
        response.content.decode(), base_url=f"http://testserver{url}", syntaxes=["json-ld"], uniform=True
    )["json-ld"]


@pytest.fixture
def reviewed(seed_content, editor):
    """A published review of the Artsakh MFA's statement, which two seed reports quote."""
    check = factories.fact_check(
        Statement.objects.get(pk=10),
        headline="Did an Azerbaijani group cross the line of contact?",
        claim_reviewed="An Azerbaijani sabotage group crossed into Artsakh and attacked a police vehicle.",
        rating=factories.rating(4),
        reviewer="Anna Petrosyan",
        reviewed_on=datetime.date(2023, 3, 8),
        reasoning="Russia’s Defence Ministry confirmed the Azerbaijani forces fired first.\n\nThe video shows the car.",
    )
    check.references.create(title="Russian Defence Ministry bulletin, 6 March 2023", url="https://example.org/mod")
    check.references.create(title="Artsakh police video")
    workflow.transition(item=check, user=editor, name="publish")
    return check


def test_a_fact_check_is_a_claim_review_of_the_claim_where_it_appeared(client, reviewed):
    (review,) = json_ld(client, reviewed.get_absolute_url())
    assert review["@type"] == "ClaimReview" and CLAIM_REVIEW_REQUIRED <= set(review)
    assert review["claimReviewed"].startswith("An Azerbaijani sabotage group crossed")
    assert review["reviewRating"] == {
        "@type": "Rating", "ratingValue": 4, "bestRating": 5, "worstRating": 1, "alternateName": "Mostly true",
        "description": "The claim is accurate but needs clarification or additional information.",
    }  # fmt: skip
    assert review["author"] == {"@type": "Person", "name": "Anna Petrosyan"}
    assert review["publisher"]["name"] == "Newsroom"
    claim = review["itemReviewed"]
    assert (
        claim["@type"] == "Claim"
        and claim["author"]["name"] == "Ministry of Foreign Affairs of the Republic of Artsakh"
    )
    assert claim["datePublished"] == "2023-03-05"
    # The reports quoting it, oldest first: the Public Radio report of 5 March, then the Mirror's of 7 March.
    assert [a["url"].split("/")[-2][:30] for a in claim["appearance"]] == [
        "artsakh-mfa-calls-on-internati", "karabakh-leader-warns-of-more-",
    ]  # fmt: skip
    assert claim["firstAppearance"] == claim["appearance"][0]
    assert [c["name"] for c in review["citation"]] == [
        "Russian Defence Ministry bulletin, 6 March 2023",
        "Artsakh police video",
    ]


def test_the_claim_review_keeps_to_schema_orgs_vocabulary(client, reviewed):
    (review,) = json_ld(client, reviewed.get_absolute_url())
    assert shape_errors(review) == []


def test_the_other_pages_json_ld_keeps_to_it_too(client, reviewed):
    for url in (
        "/statements/10/",
        "/articles/eu-nato-concerned-about-azerbaijani-ambush-in-artsakh-police/",
        "/actors/maria-zakharova/",
    ):
        for node in json_ld(client, url):
            assert shape_errors(node) == [], url


def test_the_shape_check_can_fail():
    """A property on the wrong type, an unknown one, and a value outside its range are each found."""
    bad = {
        "@type": "ClaimReview",
        "appearance": [],  # a Claim's property
        "verdict": "False",  # no such property
        "reviewRating": {"@type": "Person", "name": "x"},  # a Person is no Rating
        "datePublished": "yesterday",
        "itemReviewed": {"@type": "Claim", "ratingValue": 1},
    }
    errors = shape_errors(bad)
    assert len(errors) == 5, errors


def test_a_review_shows_no_report_readers_cannot_see(client, reviewed, editor):
    from newsroom.content.models import Article

    workflow.transition(item=Article.objects.get(pk=2), user=editor, name="unpublish", note="Legal")
    (review,) = json_ld(client, reviewed.get_absolute_url())
    assert len(review["itemReviewed"]["appearance"]) == 1


def test_an_unpublished_review_carries_nothing_for_readers(client, reviewed, editor):
    workflow.transition(item=reviewed, user=editor, name="unpublish", note="Rechecking")
    assert client.get(reviewed.get_absolute_url()).status_code == 404
    assert not FactCheck.objects.live().exists()
