"""What search engines and shared links read, parsed as they parse it (extruct): JSON-LD, OpenGraph,
Twitter cards, canonical links."""

import re

import extruct
import pytest
from django.core.management import call_command

from newsroom.content.models import Article
from newsroom.content.states import Status
from tests import factories
from tests.test_claim_review import VOCABULARY

pytestmark = pytest.mark.django_db

MFA_ARTICLE = "/articles/karabakh-leader-warns-of-more-azeri-provocations-after-assassination-of-three-police-officers/"
# Google's structured data guidelines: what an Article needs to be eligible, and what a
# Person or Organization is identified by.
ARTICLE_REQUIRED = {"headline", "datePublished", "author", "publisher", "image"}


@pytest.fixture
def seed(db):
    call_command("loaddata", "seed", verbosity=0)


def json_ld(client, url):
    page = client.get(url).content.decode()
    found = extruct.extract(page, base_url=f"http://testserver{url}", syntaxes=["json-ld", "opengraph"], uniform=True)
    return page, found["json-ld"], found["opengraph"]


def test_an_article_is_a_news_article_with_its_quoted_statements_as_citations(client, seed):
    _, data, _ = json_ld(client, MFA_ARTICLE)
    (article,) = data
    assert article["@context"] == "https://schema.org" and article["@type"] == "NewsArticle"
    assert article["headline"].startswith("Karabakh Leader Warns")
    assert article["datePublished"] == "2023-03-07T12:00:00+04:00"
    assert article["author"][0]["name"] == "The Armenian Mirror-Spectator"
    assert article["publisher"]["name"] == "Newsroom" and article["publisher"]["url"] == "http://testserver/"
    assert article["creditText"] == "Combined Sources"
    assert "Nagorno-Karabakh" in article["keywords"]
    citations = article["citation"]
    assert len(citations) == Article.objects.get(pk=1).citations.count()
    assert all(c["@type"] == "Quotation" and c["spokenByCharacter"]["name"] for c in citations)
    assert {"@type": "Person", "name": "Nikol Pashinyan"}.items() <= citations[4]["spokenByCharacter"].items()


def test_an_article_with_a_photo_has_every_property_google_requires(client, make_published, photo):
    article = factories.article(dek="What happened.", card_photo=photo)
    make_published(article)
    page, data, og = json_ld(client, article.get_absolute_url())
    assert ARTICLE_REQUIRED <= set(data[0])
    assert data[0]["image"] == [f"http://testserver/media/renditions/{photo.pk}/1280.jpg"]
    (og,) = og
    assert og["og:image"] == f"http://testserver/media/renditions/{photo.pk}/1280.jpg"
    assert (
        og["og:image:alt"] == photo.alt_text and og["@type"] == "article"
    )  # extruct's uniform form moves og:type here
    assert '<meta name="twitter:card" content="summary_large_image">' in page


def test_a_statement_is_a_quotation_with_its_speaker_and_appearances(client, seed):
    _, data, _ = json_ld(client, "/statements/10/")
    (quotation,) = data
    assert quotation["@type"] == ["Quotation", "Claim"]  # a Claim has appearances (schema.org)
    assert quotation["text"].startswith("The infiltration of the Azerbaijani sabotage group")
    assert quotation["spokenByCharacter"]["@type"] == "GovernmentOrganization"
    assert quotation["spokenByCharacter"]["url"].startswith("http://testserver/actors/")
    assert [a["url"] for a in quotation["appearance"]] == [
        "http://testserver/articles/artsakh-mfa-calls-on-international-community-to-take-measures-to-stop-the-terrorist-and-genocidal-policy-of-azerbaijan/",
        f"http://testserver{MFA_ARTICLE}",
    ]
    assert quotation["firstAppearance"] == quotation["appearance"][0]
    assert quotation["dateCreated"] == "2023-03-05"


def test_an_actor_is_a_person_or_an_organisation(client, seed):
    _, (person,), _ = json_ld(client, "/actors/maria-zakharova/")
    assert person["@type"] == "Person" and person["name"] == "Maria Zakharova"
    assert person["jobTitle"] and person["affiliation"]["name"]
    _, (ministry,), _ = json_ld(client, person["affiliation"]["url"].removeprefix("http://testserver"))
    assert ministry["@type"] == "GovernmentOrganization"


@pytest.mark.parametrize(
    "kind, schema_type",
    [
        ("political_party", "PoliticalParty"),
        ("company", "Corporation"),
        ("civil_society", "NGO"),
        ("court", "GovernmentOrganization"),
    ],
)
def test_each_kind_of_body_has_its_schema_org_type(client, db, kind, schema_type):
    actor = factories.actor(name="A Body", kind=kind)
    factories.statement(actor=actor, status=Status.PUBLISHED)
    _, (body,), _ = json_ld(client, actor.get_absolute_url())
    assert body["@type"] == schema_type and schema_type in VOCABULARY["classes"]


def test_every_page_names_its_canonical_address_and_social_card(client, seed):
    for url, canonical in [
        ("/", "http://testserver/"),
        ("/articles/?page=1&utm_source=x", "http://testserver/articles/"),
        ("/search/?q=NATO&utm_source=x", "http://testserver/search/?q=NATO"),
        (MFA_ARTICLE, f"http://testserver{MFA_ARTICLE}"),
    ]:
        page, _, og = json_ld(client, url)
        assert re.findall(r'<link rel="canonical" href="([^"]+)">', page) == [canonical]
        assert og[0]["og:url"] == canonical and og[0]["og:title"]
        assert '<meta name="twitter:card" content="summary">' in page or "summary_large_image" in page


def test_json_ld_cannot_end_its_script_element(client, make_published):
    article = factories.article(headline="Breaking </script><script>alert(1)</script>")
    make_published(article)
    page = client.get(article.get_absolute_url()).content.decode()
    script = page[page.index('<script type="application/ld+json">') :]
    script = script[: script.index("</script>")]
    assert "<script>" not in script and "\\u003C/script\\u003E" in script
