"""Joint statements (several speakers, in order) and unnamed sources, everywhere a speaker shows:
the statement's page and card, every co-speaker's page, the API, the feeds, JSON-LD and the admin."""

import json
import re

import pytest
from django.forms import inlineformset_factory

from newsroom.content.models import Actor, Statement, StatementSpeaker
from newsroom.editorial import workflow
from tests import factories


@pytest.fixture
def joint(db, editor):
    """A joint statement of two organisations and a statement of an unnamed official of a government."""
    committee = factories.actor(name="Red Crescent Committee", slug="red-crescent", kind=Actor.Kind.OTHER)
    union = factories.actor(name="Lawyers' Union", slug="lawyers-union", kind=Actor.Kind.OTHER)
    statement = factories.statement(
        actor=committee, text="Both sides must open the road to the convoy today.", medium="press_statement"
    )
    StatementSpeaker.objects.create(statement=statement, actor=union, order=2)
    workflow.transition(item=statement, user=editor, name="publish")
    government = factories.actor(name="Government of Ardania", slug="ardania", kind=Actor.Kind.GOVERNMENT)
    official = factories.actor(name="a senior official", slug="official-1", unnamed=True, affiliation=government)
    unnamed = factories.statement(actor=official, text="We will not sign before the spring, whatever they say.")
    workflow.transition(item=unnamed, user=editor, name="publish")
    return {"statement": statement, "committee": committee, "union": union, "unnamed": unnamed, "ardania": government}


def text_of(html):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_speakers_are_the_first_then_the_others_in_order(joint):
    statement = Statement.objects.get(pk=joint["statement"].pk)
    assert [a.slug for a in statement.speakers] == ["red-crescent", "lawyers-union"]
    assert statement.speakers_label == "Red Crescent Committee and Lawyers' Union"
    third = factories.actor(name="Bar Council")
    StatementSpeaker.objects.create(statement=statement, actor=third, order=3)
    assert Statement.objects.get(pk=statement.pk).speakers_label == (
        "Red Crescent Committee, Lawyers' Union and Bar Council"
    )


def test_an_unnamed_source_reads_as_its_description_and_organisation(joint):
    official = joint["unnamed"].actor
    assert official.display_name == "A senior official of the Government of Ardania, unnamed"
    assert str(official) == official.display_name
    alone = factories.actor(name="a diplomat", unnamed=True)
    assert alone.display_name == "A diplomat, unnamed"


def test_the_statement_page_names_every_speaker(client, joint):
    html = client.get(joint["statement"].get_absolute_url()).content.decode()
    heading = re.search(r"<h1>(.*?)</h1>", html, re.S).group(1)
    assert '<a href="/actors/red-crescent/">Red Crescent Committee</a>' in heading
    assert '<a href="/actors/lawyers-union/">Lawyers&#x27; Union</a>' in heading
    assert " and " in text_of(heading)
    assert "A joint statement" in html
    assert "<title>Red Crescent Committee and Lawyers&#x27; Union: “Both sides" in html


def test_every_co_speakers_page_lists_the_joint_statement(client, joint):
    for slug in ("red-crescent", "lawyers-union"):
        html = client.get(f"/actors/{slug}/").content.decode()
        assert "Both sides must open the road" in html, slug
    second = client.get("/actors/lawyers-union/").content.decode()
    assert "Jointly:" in second and "Red Crescent Committee and Lawyers" in text_of(second)


def test_lists_and_cards_say_x_and_y(client, joint):
    html = client.get("/statements/").content.decode()
    assert 'Red Crescent Committee</a> and <a href="/actors/lawyers-union/">' in html
    assert "A senior official of the Government of Ardania, unnamed" in html


def test_an_unnamed_source_has_no_page_and_links_to_its_organisation(client, joint):
    official = joint["unnamed"].actor
    assert client.get(f"/actors/{official.slug}/").status_code == 404
    assert official not in Actor.objects.public()
    assert joint["ardania"] in Actor.objects.public()  # its official spoke: the government's page lists it
    html = client.get(joint["unnamed"].get_absolute_url()).content.decode()
    assert '<a href="/actors/ardania/">A senior official of the Government of Ardania, unnamed</a>' in html
    assert "a senior official" not in client.get("/actors/").content.decode()


def test_the_api_gives_speakers_and_keeps_speaker(client, joint):
    data = client.get(f"/api/statements/{joint['statement'].pk}/").json()
    assert data["speaker"]["slug"] == "red-crescent"
    assert [s["slug"] for s in data["speakers"]] == ["red-crescent", "lawyers-union"]
    listed = client.get("/api/statements/").json()["results"]
    item = next(s for s in listed if s["id"] == joint["statement"].pk)
    assert item["speakers"] == data["speakers"]
    unnamed = client.get(f"/api/statements/{joint['unnamed'].pk}/").json()["speaker"]
    assert unnamed["unnamed"] is True and unnamed["url"] is None
    assert unnamed["name"] == "A senior official of the Government of Ardania, unnamed"


def test_the_api_actor_filter_matches_any_speaker(client, joint):
    for slug in ("red-crescent", "lawyers-union"):
        ids = [s["id"] for s in client.get(f"/api/statements/?actor={slug}").json()["results"]]
        assert ids == [joint["statement"].pk], slug


def test_the_schema_describes_speakers(client, db):
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").content.decode()
    assert "speakers" in schema and "made_on_is_report_date" in schema


def test_feeds_name_every_speaker(client, joint):
    feed = client.get("/feed.json").json()
    item = next(i for i in feed["items"] if "Both sides" in i["content_text"])
    assert item["title"].startswith("Red Crescent Committee and Lawyers' Union: “Both sides")
    assert item["authors"] == [{"name": "Red Crescent Committee and Lawyers' Union"}]
    actor_feed = client.get("/feeds/actors/lawyers-union/feed.json").json()
    assert any("Both sides" in i["content_text"] for i in actor_feed["items"])


def test_json_ld_gives_every_speaker(client, joint):
    html = client.get(joint["statement"].get_absolute_url()).content.decode()
    blocks = [json.loads(b) for b in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)]
    # A statement is a Quotation and a Claim (newsroom/reading/discovery.py).
    quotation = next(b for b in blocks if "Quotation" in b.get("@type", ()))
    names = [s["name"] for s in quotation["spokenByCharacter"]]
    assert names == ["Red Crescent Committee", "Lawyers' Union"]
    assert [s["name"] for s in quotation["creator"]] == names
    html = client.get(joint["unnamed"].get_absolute_url()).content.decode()
    quotation = next(
        json.loads(b)
        for b in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
        if '"Quotation"' in b
    )
    speaker = quotation["spokenByCharacter"]
    assert speaker["name"] == "A senior official of the Government of Ardania, unnamed"
    assert speaker["affiliation"]["name"] == "Government of Ardania" and "url" not in speaker
    assert quotation["creator"] == speaker  # schema.org's property for a real person's quotation


def test_a_date_that_is_only_the_reports_says_so(client, joint):
    statement = joint["statement"]
    Statement.objects.filter(pk=statement.pk).update(made_on="2026-11-28", made_on_basis="report")
    html = client.get(statement.get_absolute_url()).content.decode()
    assert '28 November 2026</time> <span class="date-basis">(date of the report)</span>' in html
    data = client.get(f"/api/statements/{statement.pk}/").json()
    assert data["made_on"] == "2026-11-28" and data["made_on_is_report_date"] is True


def test_the_admin_says_when_a_date_is_only_the_reports(client, superuser, joint):
    Statement.objects.filter(pk=joint["statement"].pk).update(made_on="2026-11-28", made_on_basis="report")
    client.force_login(superuser)
    listing = client.get("/admin/newsroom/statement/").content.decode()
    assert "(date of the report)" in listing
    page = client.get(f"/admin/newsroom/statement/{joint['statement'].pk}/change/").content.decode()
    assert 'name="made_on_basis"' in page and "The date of the report (the text does not say when)" in page


def test_the_admin_shows_and_edits_every_speaker(client, superuser, joint):
    client.force_login(superuser)
    listing = client.get("/admin/newsroom/statement/").content.decode()
    assert "Red Crescent Committee and Lawyers&#x27; Union" in listing
    page = client.get(f"/admin/newsroom/statement/{joint['statement'].pk}/change/").content.decode()
    assert "Other speakers (a joint statement)" in page and "speaker_rows-0-actor" in page
    found = client.get(
        "/admin/autocomplete/",
        {"app_label": "newsroom", "model_name": "statement", "field_name": "actor", "term": "senior"},
    )
    assert found.status_code == 200
    assert "A senior official of the Government of Ardania, unnamed" in found.content.decode()


def test_the_admin_refuses_the_first_speaker_again(client, superuser, joint):
    from newsroom.admin.statements import SpeakersFormSet

    statement = joint["statement"]
    FormSet = inlineformset_factory(
        Statement, StatementSpeaker, formset=SpeakersFormSet, fields=("order", "actor"), extra=1
    )
    data = {
        "speaker_rows-TOTAL_FORMS": "2",
        "speaker_rows-INITIAL_FORMS": "1",
        "speaker_rows-0-id": str(statement.speaker_rows.get().pk),
        "speaker_rows-0-statement": str(statement.pk),
        "speaker_rows-0-order": "2",
        "speaker_rows-0-actor": str(joint["union"].pk),
        "speaker_rows-1-statement": str(statement.pk),
        "speaker_rows-1-order": "3",
        "speaker_rows-1-actor": str(joint["committee"].pk),
    }
    formset = FormSet(data, instance=statement, prefix="speaker_rows")
    assert not formset.is_valid()
    assert "is the first speaker already" in str(formset.errors)


def test_a_co_speakers_change_purges_their_page(joint):
    from newsroom.edge import keys as k
    from newsroom.edge.events import _seen_statement

    seen = _seen_statement(joint["statement"].pk)
    assert k.items_key("actor", joint["union"].pk) in seen.lists


def test_once_a_joint_statement_is_published_only_an_editor_changes_its_other_speakers(joint, reporter):
    from newsroom.editorial.references import can_change_reference, named_beyond_drafts

    assert named_beyond_drafts(joint["union"])  # the second speaker of a published statement
    assert not can_change_reference(user=reporter, obj=joint["union"])


def test_an_article_citing_a_draft_joint_statement_names_every_speaker_before_publishing(db, editor):
    committee = factories.actor(name="Red Crescent Committee", slug="red-crescent-2", kind=Actor.Kind.OTHER)
    union = factories.actor(name="Lawyers' Union", slug="lawyers-union-2", kind=Actor.Kind.OTHER)
    statement = factories.statement(actor=committee, text="Both sides must open the road to the convoy today.")
    StatementSpeaker.objects.create(statement=statement, actor=union, order=2)
    article = factories.article(headline="Convoy road")
    factories.citation(article, statement)
    (waiting,) = workflow.statements_to_publish_with(article=article)
    assert str(waiting).startswith("Red Crescent Committee and Lawyers' Union: “Both sides")
