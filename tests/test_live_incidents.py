"""Live pages belong to incidents (LivePage.incident): the incident's page, its API record and the
live page show each other while both are live, editors set it on either form, queries stay constant,
and the cache in front is purged on both sides."""

import json
import re

import extruct
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from newsroom.claims.models import Incident
from newsroom.editorial import workflow
from newsroom.live import services
from newsroom.live.models import LivePage
from tests import factories
from tests.adminforms import admin_form

pytestmark = pytest.mark.django_db

SEED_INCIDENT = "/incidents/stepanakert-police-vehicle-attack-2023/"
SEED_LIVE = "/live/three-police-officers-killed-near-stepanakert/"


def text(response):
    assert response.status_code == 200, response.status_code
    return re.sub(r"\s+", " ", response.content.decode())


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.fixture
def incident(publish):
    (incident,) = publish(factories.incident(title="Ambush on the Lachin road", slug="ambush", place="Lachin road"))
    return incident


@pytest.fixture
def covered(incident, publish):
    """Three pages covering the incident: one live, one ended, one a draft."""
    running, ended = publish(
        factories.live_page(headline="Running coverage", slug="running", incident=incident),
        factories.live_page(headline="Yesterday's coverage", slug="ended", incident=incident),
    )
    draft = factories.live_page(headline="Draftmarker coverage", slug="draftmarker", incident=incident)
    return running, ended, draft


# Readers.


def test_the_incident_lists_its_published_live_pages_with_their_badges(client, incident, covered, editor):
    _, ended, _ = covered
    services.page_set_coverage(page=ended, user=editor, coverage="ended")
    page = text(client.get(incident.get_absolute_url()))
    box = re.search(r'<section class="live-box".*?</section>', page).group(0)
    assert '<span class="live-badge">Live</span> <a href="/live/running/">Running coverage</a>' in box
    assert '<span class="live-badge live-badge-paused">Ended</span> <a href="/live/ended/">Yesterday' in box
    assert "Draftmarker" not in page and "0 statements · 0 reports · 2 live pages" in page


def test_the_live_page_shows_the_incident_it_covers_linked(client, incident, covered):
    running, *_ = covered
    page = text(client.get(running.get_absolute_url()))
    assert (
        '<ul class="incident-links" aria-label="Incidents this belongs to"><li><a href="/incidents/ambush/">'
        '<span class="incident-label">Incident</span> Ambush on the Lachin road, <time datetime="2023-03-05">'
    ) in page
    data = extruct.extract(page, syntaxes=["json-ld"])["json-ld"]
    live = next(item for item in data if item["@type"] == "LiveBlogPosting")
    assert live["about"] == {
        "@type": "Event",
        "name": "Ambush on the Lachin road",
        "url": "http://testserver/incidents/ambush/",
        "startDate": "2023-03-05",
        "location": {"@type": "Place", "name": "Lachin road"},
    }


def test_an_incident_readers_cannot_see_is_never_on_a_live_page(client, editor, publish):
    draft = factories.incident(title="Draftmarker incident", slug="draft-incident")
    publish(factories.live_page(headline="Coverage", slug="coverage", incident=draft))
    assert "Draftmarker" not in text(client.get("/live/coverage/"))
    assert json.loads(client.get("/api/live/coverage/").content)["incident"] is None
    workflow.transition(item=draft, user=editor, name="publish")
    assert "Draftmarker incident" in text(client.get("/live/coverage/"))
    workflow.transition(item=draft, user=editor, name="unpublish", note="Not yet confirmed")
    for url in ("/live/coverage/", "/api/live/coverage/", "/api/live/", "/live/coverage/feed.json"):
        assert "Draftmarker" not in client.get(url).content.decode(), url
    # Staff previewing the page see what readers will: the incident only once it is live.
    client.force_login(editor)
    assert "Draftmarker" not in text(client.get("/live/coverage/"))


def test_a_scheduled_live_page_joins_its_incident_when_it_goes_live(client, editor, publish, time_machine):
    time_machine.move_to("2024-05-01 10:00Z", tick=False)
    (incident,) = publish(factories.incident(slug="ambush"))
    page = factories.live_page(headline="Scheduled coverage", slug="scheduled", incident=incident)
    later = timezone.now() + timezone.timedelta(hours=1)
    workflow.transition(item=page, user=editor, name="publish", go_live_at=later)
    for url in (incident.get_absolute_url(), f"/api/incidents/{incident.slug}/"):
        assert "Scheduled coverage" not in client.get(url).content.decode()
    time_machine.move_to("2024-05-01 11:01Z", tick=False)
    assert "Scheduled coverage" in text(client.get(incident.get_absolute_url()))


def test_the_api_carries_the_link_both_ways(client, incident, covered):
    record = json.loads(client.get(f"/api/incidents/{incident.slug}/").content)
    assert [p["slug"] for p in record["live_pages"]] == ["ended", "running"]
    assert record["live_pages"][1] == {
        "headline": "Running coverage",
        "slug": "running",
        "coverage": "live",
        "url": "http://testserver/api/live/running/",
        "public_url": "http://testserver/live/running/",
    }
    page = json.loads(client.get("/api/live/running/").content)
    assert page["incident"] == {
        "title": "Ambush on the Lachin road",
        "slug": "ambush",
        "began_on": "2023-03-05",
        "url": "http://testserver/api/incidents/ambush/",
        "public_url": "http://testserver/incidents/ambush/",
    }
    listed = json.loads(client.get("/api/incidents/").content)["results"]
    assert "Draftmarker" not in json.dumps(listed) and len(listed[0]["live_pages"]) == 2
    assert "live_pages" in client.get("/api/schema/?format=json").content.decode()


def test_queries_stay_constant_however_many_pages_and_incidents(client, publish, django_assert_max_num_queries):
    def build(n):
        for _ in range(n):
            (incident,) = publish(factories.incident())
            publish(*[factories.live_page(incident=incident, tags=["Security"]) for _ in range(3)])
            factories.live_page(incident=incident)  # a draft: filtered in the same query

    build(2)
    few = {url: queries(client, url) for url in ("/api/incidents/", "/api/live/")}
    build(8)
    many = {url: queries(client, url) for url in ("/api/incidents/", "/api/live/")}
    assert few == many
    # A live page asks one question more for the incident it covers (none when it covers none).
    covering = LivePage.objects.filter(status="published").first()
    (bare,) = publish(factories.live_page(tags=["Security"]))
    assert queries(client, covering.get_absolute_url()) == queries(client, bare.get_absolute_url()) + 1


def test_the_seeds_live_page_covers_the_seeds_incident(client, seed_content):
    from django.core.management import call_command

    call_command("loaddata", "seed-live", verbosity=0)
    assert LivePage.objects.get().incident == Incident.objects.get()
    incident = text(client.get(SEED_INCIDENT))
    assert f'<span class="live-badge live-badge-paused">Ended</span> <a href="{SEED_LIVE}">' in incident
    assert "16 statements · 3 reports · 1 live page" in incident
    assert f'<a href="{SEED_INCIDENT}"><span class="incident-label">Incident</span>' in text(client.get(SEED_LIVE))


# Editors.


def test_an_editor_sets_the_incident_on_the_live_pages_form(client, editor, incident, publish, time_machine):
    time_machine.move_to("2024-01-01 10:00Z", tick=False)
    (page,) = publish(factories.live_page(headline="Coverage", slug="coverage"))
    time_machine.move_to("2024-01-01 11:00Z", tick=False)
    client.force_login(editor)
    change = reverse("admin:newsroom_livepage_change", args=[page.pk])
    form = client.get(change).content.decode()
    assert 'name="incident"' in form and 'data-model-name="livepage"' in form
    response = client.post(change, admin_form(client, change, incident=str(incident.pk), _continue="1"))
    assert response.status_code == 302, response.content.decode()[:3000]
    page.refresh_from_db()
    incident.refresh_from_db()
    assert page.incident == incident and incident.updated_at == timezone.now()  # its page and feed changed
    assert "Coverage" in text(client.get(incident.get_absolute_url()))
    response = client.post(change, admin_form(client, change, incident="", _continue="1"))
    assert response.status_code == 302 and LivePage.objects.get(pk=page.pk).incident is None


def test_an_editor_chooses_the_live_pages_on_the_incidents_form(client, editor, incident, publish):
    first, second = publish(factories.live_page(headline="First day"), factories.live_page(headline="Second day"))
    elsewhere = factories.live_page(headline="Other story", incident=factories.incident(title="Another incident"))
    client.force_login(editor)
    change = reverse("admin:newsroom_incident_change", args=[incident.pk])
    assert 'name="live_pages"' in client.get(change).content.decode()
    response = client.post(change, admin_form(client, change, live_pages=[first.pk, second.pk], _continue="1"))
    assert response.status_code == 302, response.content.decode()[:3000]
    assert set(incident.live_pages.all()) == {first, second}
    # The form shows them chosen; leaving one out takes it off the incident.
    assert sorted(admin_form(client, change)["live_pages"]) == sorted([str(first.pk), str(second.pk)])
    response = client.post(change, admin_form(client, change, live_pages=[second.pk], _continue="1"))
    assert response.status_code == 302 and list(incident.live_pages.all()) == [second]
    assert LivePage.objects.get(pk=first.pk).incident is None
    # A page covering another incident is not taken from it: the form says where to move it.
    response = client.post(change, admin_form(client, change, live_pages=[second.pk, elsewhere.pk]))
    assert response.status_code == 200
    assert "“Other story” covers “Another incident" in response.content.decode()
    assert list(incident.live_pages.all()) == [second] and LivePage.objects.get(pk=elsewhere.pk).incident_id


def test_the_live_page_list_names_the_incident_each_covers(client, editor, incident, covered):
    client.force_login(editor)
    listed = client.get(reverse("admin:newsroom_livepage_changelist")).content.decode()
    assert listed.count("Ambush on the Lachin road") == 3  # its tag filter searches tags, as every list's does
    assert client.get(reverse("admin:newsroom_livepage_tags"), {"term": "x"}).status_code == 200


def test_the_incidents_form_searches_live_pages(client, editor, publish):
    publish(factories.live_page(headline="Shelling of Martuni"))
    factories.live_page(headline="Another story")
    client.force_login(editor)
    answer = client.get(
        "/admin/autocomplete/",
        {"app_label": "newsroom", "model_name": "liveentry", "field_name": "page", "term": "martuni"},
    )
    assert answer.status_code == 200
    assert [r["text"] for r in answer.json()["results"]] == ["Shelling of Martuni"]


def test_the_service_refuses_a_page_another_incident_holds(incident, publish):
    other = factories.incident()
    page = factories.live_page(incident=other)
    with pytest.raises(services.LiveError, match="choose its incident on the live page's own form"):
        services.incident_pages_set(incident=incident, pages=[page])
    assert LivePage.objects.get(pk=page.pk).incident == other


# The cache in front.


def test_attaching_a_page_purges_both_incidents_pages_and_the_page(
    incident, publish, purges, django_capture_on_commit_callbacks
):
    other = factories.incident()
    (page,) = publish(factories.live_page(incident=other))
    purges()
    with django_capture_on_commit_callbacks(execute=True):
        services.incident_pages_set(incident=other, pages=[])
        services.incident_pages_set(incident=incident, pages=[page])
    assert {f"livepage-{page.pk}", f"incident-{incident.pk}", f"incident-{other.pk}"} <= purges()
    with django_capture_on_commit_callbacks(execute=True):
        workflow.transition(item=incident, user=factories.user("Editor"), name="unpublish", note="Wrong")
    assert f"livepage-{page.pk}" in purges()  # the page showed the incident


def test_the_incident_page_and_record_carry_their_pages_keys(client, incident, covered):
    running, ended, draft = covered
    for url in (incident.get_absolute_url(), f"/api/incidents/{incident.slug}/", "/api/incidents/"):
        keys = set(client.get(url)["Surrogate-Key"].split())
        assert {f"livepage-{running.pk}", f"livepage-{ended.pk}"} <= keys and f"livepage-{draft.pk}" not in keys
    for url in (running.get_absolute_url(), "/api/live/running/"):
        assert f"incident-{incident.pk}" in client.get(url)["Surrogate-Key"].split()
