"""The reader's pages of claims and answers: a statement's exchange and fact-checks, incidents and
their timeline, fact-check lists, the actor's dialogue; live content only, queries constant."""

import datetime
import itertools
import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from newsroom.claims.models import Incident
from newsroom.editorial import workflow
from tests import factories

pytestmark = pytest.mark.django_db
INCIDENT = "/incidents/stepanakert-police-vehicle-attack-2023/"
DAY = datetime.date(2023, 3, 5)


def text(response):
    assert response.status_code == 200
    return re.sub(r"\s+", " ", response.content.decode())


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_the_statement_page_shows_what_it_answers_and_what_answered_it(client, seed_content):
    klaar = text(client.get("/statements/18/"))
    assert 'id="thread"' in klaar and "Answers to it" in klaar
    assert re.search(r'link-kind-criticises">Criticised by</span> <a href="/statements/19/">Artak Beglaryan</a>', klaar)
    assert "Beglaryan hit back by calling Klaar “amateur.”" in klaar
    beglaryan = text(client.get("/statements/19/"))
    assert re.search(
        r'>Criticises</span> <a href="/statements/18/">Toivo Klaar</a>, <time datetime="2023-03-05">', beglaryan
    )
    # The whole exchange, oldest first, this statement marked.
    order = [m.group(1) for m in re.finditer(r'<li class="thread-entry[^"]*" id="statement-(\d+)"', beglaryan)]
    assert order == ["18", "19"]
    assert 'id="statement-19" aria-current="true"' in beglaryan
    assert "/feeds/statements/19/rss/" in beglaryan


def test_a_statement_with_no_links_has_no_exchange(client, seed_content):
    assert 'id="thread"' not in text(client.get("/statements/16/"))


def test_pages_belonging_to_an_incident_link_to_it_like_tags(client, seed_content):
    for url in ("/statements/10/", "/articles/eu-nato-concerned-about-azerbaijani-ambush-in-artsakh-police/"):
        page = text(client.get(url))
        assert (
            f'<a href="{INCIDENT}"><span class="incident-label">Incident</span> Attack on an Artsakh police vehicle'
            in page
        )
    assert INCIDENT not in text(client.get("/statements/16/"))  # Bono's remarks are about the peace treaty


def test_the_incident_page_is_a_timeline_of_who_said_what_with_the_links(client, seed_content):
    page = text(client.get(INCIDENT))
    assert "<h1>Attack on an Artsakh police vehicle near Stepanakert</h1>" in page
    assert "16 statements · 3 reports" in page
    days = re.findall(r'<h3 class="timeline-date">(.*?)</h3>', page)
    assert days[:2] == [
        '<time datetime="2023-03-05">Sunday 5 March 2023</time>',
        '<time datetime="2023-03-06">Monday 6 March 2023</time>',
    ]
    assert days[-1] == "Date not given in the reporting"
    # Colomina echoes Stano, both on the page: the link points within it.
    assert re.search(r'>Echoes</span> <a href="#statement-12">Peter Stano</a>', page)
    assert re.search(r'>Echoed by</span> <a href="#statement-13">Javier Colomina</a>', page)
    assert page.count("In a similar statement on Monday") == 1  # told once, where the link is made
    reports = re.findall(r'<ol class="incident-reports">(.*?)</ol>', page)[0]
    assert reports.index("Artsakh MFA calls") < reports.index("Karabakh Leader Warns")  # oldest first
    assert "/feeds/incidents/stepanakert-police-vehicle-attack-2023/rss/" in page


def test_the_incident_list_and_its_reports_page(client, seed_content):
    assert INCIDENT in text(client.get("/incidents/"))
    reports = text(client.get(f"{INCIDENT}reports/"))
    assert reports.count('class="card card-article"') == 3


def test_an_incidents_reports_are_cards_kept_once_rendered(client, seed_content, templates_rendered, settings):
    """The reports page shows the cards every list of reports keeps (newsroom.reading.cards): rendered once,
    then read (it rendered its twenty cards on every request: 29 of 35 ms of the largest incident's at 100k)."""
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 0  # every request a miss of the page cache, as when its page expired
    rendered = templates_rendered("newsroom/includes/article_card.html")
    first = client.get(f"{INCIDENT}reports/").content
    assert len(rendered) == 3
    assert client.get(f"{INCIDENT}reports/").content == first and len(rendered) == 3


def test_hidden_statements_reports_and_links_stay_off_the_incident(client, seed_content, editor, reporter):
    incident = Incident.objects.get()
    draft = factories.statement(text="Draft words Quuxwidget.", made_on=DAY, created_by=reporter)
    draft_report = factories.article(headline="Draft report Quuxwidget")
    incident.statements.add(draft)
    incident.articles.add(draft_report)
    factories.link(draft, incident.statements.get(pk=10), "denies")
    page = text(client.get(INCIDENT))
    assert "Quuxwidget" not in page and "16 statements · 3 reports" in page


def test_a_draft_incident_is_404_to_readers_and_marked_for_staff(client, seed_content, reporter):
    incident = factories.incident(title="Draft incident", statements=[], created_by=reporter)
    assert client.get(incident.get_absolute_url()).status_code == 404
    assert client.get(f"{incident.get_absolute_url()}reports/").status_code == 404
    assert client.get(f"/feeds/incidents/{incident.slug}/rss/").status_code == 404
    client.force_login(reporter)
    response = client.get(incident.get_absolute_url())
    assert "Not public: this incident is draft" in text(response)
    assert "no-store" in response["Cache-Control"]


def build_incident(publish, n):
    """A live incident with `n` statements, each answering the one before, `n` reports and `n // 3`
    live pages covering it (and a draft one)."""
    statements = [factories.statement(made_on=DAY + datetime.timedelta(days=i % 3)) for i in range(n)]
    reports = [factories.article() for _ in range(n)]
    publish(*statements, *reports)
    links = [factories.link(b, a, "responds_to") for a, b in itertools.pairwise(statements) if a.made_on <= b.made_on]
    publish(*links)
    (incident,) = publish(factories.incident(statements=statements, articles=reports))
    publish(*[factories.live_page(incident=incident) for _ in range(n // 3)])
    factories.live_page(incident=incident, headline="Draft coverage")
    return incident


def test_the_incident_page_queries_do_not_grow(client, publish):
    # A page not filled by dated statements also asks for the undated ones (pagination.Order): one
    # query more for a small incident, never more for a large one. Its live pages are one query.
    small, large = build_incident(publish, 3), build_incident(publish, 40)
    assert "1 live page<" in text(client.get(small.get_absolute_url()))
    assert "13 live pages" in text(client.get(large.get_absolute_url()))
    assert queries(client, large.get_absolute_url()) <= queries(client, small.get_absolute_url()) <= 11


def test_the_incident_timeline_pages_by_position(client, publish):
    incident = build_incident(publish, 35)
    first = text(client.get(incident.get_absolute_url()))
    assert first.count('class="timeline-moment"') == 30 and 'rel="next"' in first
    later = re.search(r'<a rel="next" href="([^"]+)">Later', first).group(1).replace("&amp;", "&")
    second = text(client.get(incident.get_absolute_url() + later))
    assert second.count('class="timeline-moment"') == 5 and "← Earlier" in second


def test_the_statement_page_queries_do_not_grow_with_its_thread(client, publish):
    counts = []
    for length in (2, 20):
        statements = [factories.statement(made_on=DAY + datetime.timedelta(days=i)) for i in range(length)]
        publish(*statements)
        publish(*[factories.link(b, a, "denies") for a, b in itertools.pairwise(statements)])
        publish(factories.fact_check(statements[0]))
        publish(factories.incident(statements=statements))
        counts.append(queries(client, statements[0].get_absolute_url()))
    assert counts[0] == counts[1]


def test_the_actor_page_shows_its_dialogue_in_constant_queries(client, publish):
    counts = []
    for n in (1, 12):
        envoy = factories.actor(name=f"Envoy {n}")
        claims = [factories.statement(actor=envoy, made_on=DAY) for _ in range(n)]
        answers = [factories.statement(made_on=DAY) for _ in range(n)]
        publish(*claims, *answers)
        publish(*[factories.link(answer, claim, "denies") for claim, answer in zip(claims, answers, strict=True)])
        page = text(client.get(envoy.get_absolute_url()))
        assert "Claims others answered" in page and ">Denied by</span>" in page
        counts.append(queries(client, envoy.get_absolute_url()))
    assert counts[0] == counts[1]


def test_fact_checks_show_on_the_statement_and_in_their_list(client, publish):
    (statement,) = publish(factories.statement(text="The vehicle carried weapons."))
    (check,) = publish(factories.fact_check(statement, headline="No weapons were found", rating=factories.rating(1)))
    page = text(client.get(statement.get_absolute_url()))
    assert "Fact-checked" in page and f'<a href="{check.get_absolute_url()}">No weapons were found</a>' in page
    assert '<span class="rating rating-1"><span class="visually-hidden">Rating: </span>False</span>' in page
    listed = text(client.get("/fact-checks/"))
    assert "No weapons were found" in listed
    assert "No weapons were found" in text(client.get("/fact-checks/?rating=false"))
    assert "No weapons were found" not in text(client.get("/fact-checks/?rating=true"))
    assert client.get("/fact-checks/?rating=nonsense").status_code == 400


def test_a_fact_check_page_says_why(client, publish):
    (statement,) = publish(factories.statement(text="The vehicle carried weapons."))
    check = factories.fact_check(
        statement, headline="No weapons", reasoning="First.\n\nSecond.", rating=factories.rating(2)
    )
    check.references.create(title="Police video", url="https://example.org/video")
    publish(check)
    page = text(client.get(check.get_absolute_url()))
    assert "<h1>No weapons</h1>" in page and "<p>First.</p><p>Second.</p>" in page
    assert '<a href="https://example.org/video" rel="external noopener">Police video</a>' in page
    assert "Why it is rated “Mostly false”" in page


def test_a_fact_check_of_a_statement_taken_down_is_404(client, publish, editor):
    (statement,) = publish(factories.statement())
    (check,) = publish(factories.fact_check(statement))
    workflow.transition(item=statement, user=editor, name="unpublish", note="Misattributed")
    assert client.get(check.get_absolute_url()).status_code == 404
    assert check.headline not in text(client.get("/fact-checks/"))
    client.force_login(editor)
    assert "the statement this fact-check reviews is not live" in text(client.get(check.get_absolute_url()))


def test_the_new_sections_are_in_the_masthead(client, db):
    call_command("loaddata", "seed", verbosity=0)
    page = text(client.get("/"))
    assert '<a href="/incidents/">Incidents</a>' in page and '<a href="/fact-checks/">Fact-checks</a>' in page


# An actor's dialogue is a fragment kept per version of what it shows (newsroom.reading.fragments).


@pytest.fixture
def dialogue_rendered(templates_rendered):
    return templates_rendered("newsroom/includes/claims/dialogue.html")


@pytest.fixture
def envoy_dialogue(publish, settings):
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 0
    envoy, minister = factories.actor(name="Envoy", slug="envoy"), factories.actor(name="Minister")
    claim = factories.statement(actor=envoy, made_on=DAY, text="The talks will resume on Monday.")
    denial = factories.statement(actor=minister, made_on=DAY + datetime.timedelta(days=1), text="No talks are planned.")
    publish(claim, denial)
    (link,) = publish(factories.link(denial, claim, "denies", note="By phone."))
    return envoy, minister, denial, link


def test_an_actors_dialogue_is_rendered_once_then_read(client, envoy_dialogue, dialogue_rendered):
    first = text(client.get("/actors/envoy/"))
    assert ">Denied by</span>" in first and "No talks are planned." in first and "By phone." in first
    assert text(client.get("/actors/envoy/")) == first
    assert len(dialogue_rendered) == 1


def test_whatever_an_actors_dialogue_shows_changing_renders_it_anew(client, envoy_dialogue, publish, editor):
    _, minister, denial, link = envoy_dialogue
    client.get("/actors/envoy/")
    minister.name = "Foreign Minister"
    minister.save()
    assert "Foreign Minister" in text(client.get("/actors/envoy/"))
    type(denial).objects.filter(pk=denial.pk).update(text="No talks at all.", version=denial.version + 1)
    assert "No talks at all." in text(client.get("/actors/envoy/"))
    type(link).objects.filter(pk=link.pk).update(note="By letter.")
    assert "By letter." in text(client.get("/actors/envoy/"))
    (report,) = publish(factories.article(publisher=factories.source(name="The Wire")))
    type(link).objects.filter(pk=link.pk).update(reported_in=report)
    assert "As reported by" in text(client.get("/actors/envoy/")) and ">The Wire</a>" in text(
        client.get("/actors/envoy/")
    )
    workflow.transition(item=denial, user=editor, note="wrong speaker", name="unpublish")
    page = text(client.get("/actors/envoy/"))
    assert "No talks at all." not in page and "In dialogue" not in page


def test_an_actors_dialogue_is_whole_with_the_cache_away(client, envoy_dialogue, dialogue_rendered, request):
    expected = client.get("/actors/envoy/").content
    request.getfixturevalue("cache_away")
    assert client.get("/actors/envoy/").content == expected
    assert len(dialogue_rendered) == 2


def test_the_thread_is_kept_per_version_of_what_it_shows_and_never_shows_a_draft(client, publish, editor, monkeypatch):
    """The exchange is a fragment kept under a digest of what it shows (newsroom.reading.fragments.thread):
    a reply published, an outlet readers may now see, a statement unpublished each change what the page
    shows at once; a draft reply and an outlet nothing live draws on never show."""
    from newsroom.reading import fragments

    claim = factories.statement(made_on=DAY, text="The bridge was closed on Monday.")
    denial = factories.statement(made_on=DAY + datetime.timedelta(days=1), text="Nobody closed the bridge.")
    reply = factories.statement(made_on=DAY + datetime.timedelta(days=2), text="A reply still in draft.")
    publish(claim, denial)
    outlet = factories.source(name="The Unseen Wire")
    publish(factories.link(denial, claim, "denies", reported_by=outlet, evidence="As broadcast."))
    publish(factories.link(reply, denial, "criticises"))
    page = text(client.get(claim.get_absolute_url()))
    assert "Nobody closed the bridge." in page and "Denied by" in page
    assert "A reply still in draft" not in page and "The Unseen Wire" not in page

    # Kept: the same page again renders no thread.
    rendered = []
    real = fragments.get_template
    monkeypatch.setattr(fragments, "get_template", lambda name: rendered.append(name) or real(name))
    assert text(client.get(claim.get_absolute_url())) == page and rendered == []

    publish(reply)
    page = text(client.get(claim.get_absolute_url()))
    assert "A reply still in draft." in page and rendered == [fragments.THREAD_TEMPLATE]
    publish(factories.statement(source=outlet))  # live content draws on the outlet: readers may see it
    assert "The Unseen Wire" in text(client.get(claim.get_absolute_url()))
    workflow.transition(item=denial, user=editor, name="unpublish", note="Misattributed")
    page = text(client.get(claim.get_absolute_url()))
    assert 'id="thread"' not in page and "Nobody closed the bridge" not in page and "A reply still" not in page


def test_the_thread_page_reads_its_thread_in_three_round_trips(client, publish):
    """The walk, the statements with the links (together on PostgreSQL), the reports stating links."""
    statements = [factories.statement(made_on=DAY + datetime.timedelta(days=i)) for i in range(30)]
    publish(*statements)
    links = publish(*[factories.link(b, a, "denies") for a, b in itertools.pairwise(statements)])
    (report,) = publish(factories.article())
    type(links[3]).objects.filter(pk=links[3].pk).update(reported_in=report, evidence="As printed.")
    client.get(statements[5].get_absolute_url())  # (a process's first page asks a few things once)
    url = statements[10].get_absolute_url()
    # 15 before the thread was compiled (the walk, the statements, their speakers, the links, the reports;
    # on PostgreSQL the fact-checks and incidents are sent together too).
    assert queries(client, url) == (12 if connection.vendor == "postgresql" else 14)


def test_the_incident_page_reads_its_timeline_in_a_fixed_number_of_queries(client, publish):
    """The page's statements, their links, the report stating a link, the first reports, their publishers,
    both counts and the live pages, with the page's own (newsroom.reading.claims.timeline): compiled, as many
    as before."""
    incident = build_incident(publish, 40)
    (report,) = publish(factories.article())
    link = incident.statements.order_by("pk")[1].links_out.get()
    type(link).objects.filter(pk=link.pk).update(reported_in=report, evidence="As printed.")
    first = incident.articles.order_by("first_published_at", "pk").first()
    type(first).objects.filter(pk=first.pk).update(publisher=factories.source(name="The Daily Wire"))
    client.get(build_incident(publish, 3).get_absolute_url())  # (a process's first page asks a few things once)
    assert queries(client, incident.get_absolute_url()) == 12
    assert "The Daily Wire" in text(client.get(incident.get_absolute_url()))


def test_the_incident_timeline_is_kept_per_version_of_what_it_shows_and_never_shows_a_draft(
    client, publish, editor, monkeypatch, settings
):
    """A page of the timeline is a fragment kept under a digest of what it shows
    (newsroom.reading.fragments.incident_timeline): a statement published or unpublished, a speaker renamed,
    a link's note or report changed each show at once; a draft statement, a draft link's words and a
    draft report never show."""
    from newsroom.reading import fragments

    settings.NEWSROOM_PAGE_CACHE_SECONDS = 0  # (rows are changed below without the workflow)
    claim = factories.statement(made_on=DAY, text="The bridge was closed on Monday.")
    denial = factories.statement(made_on=DAY + datetime.timedelta(days=1), text="Nobody closed the bridge.")
    draft = factories.statement(made_on=DAY, text="Words still in draft Quuxwidget.")
    publish(claim, denial)
    (link,) = publish(factories.link(denial, claim, "denies", note="By phone."))
    factories.link(draft, claim, "criticises", note="Draft note Quuxwidget.")
    draft_report = factories.article(headline="Draft report Quuxwidget")
    (incident,) = publish(factories.incident(statements=[claim, denial, draft], articles=[draft_report]))
    url = incident.get_absolute_url()
    page = text(client.get(url))
    assert "Nobody closed the bridge." in page and ">Denied by</span>" in page and "By phone." in page
    assert "Quuxwidget" not in page and "2 statements · 0 reports" in page

    # Kept: the same page again renders no timeline.
    rendered = []
    real = fragments.get_template
    monkeypatch.setattr(fragments, "get_template", lambda name: rendered.append(name) or real(name))
    assert text(client.get(url)) == page and rendered == []

    type(link).objects.filter(pk=link.pk).update(note="By letter.")
    assert "By letter." in text(client.get(url)) and rendered == [fragments.INCIDENT_TIMELINE_TEMPLATE]
    (report,) = publish(factories.article(publisher=factories.source(name="The Wire")))
    type(link).objects.filter(pk=link.pk).update(reported_in=report)
    assert ">The Wire</a>" in text(client.get(url))
    denial.actor.name = "Foreign Minister"
    denial.actor.save()
    assert "Foreign Minister" in text(client.get(url))
    publish(draft)
    page = text(client.get(url))
    assert "Words still in draft Quuxwidget." in page and "3 statements" in page and "Draft note" not in page
    workflow.transition(item=denial, user=editor, name="unpublish", note="Misattributed")
    page = text(client.get(url))
    assert "Nobody closed the bridge" not in page and "By letter." not in page and "2 statements" in page


def test_the_incident_timeline_is_whole_with_the_cache_away(client, publish, request):
    incident = build_incident(publish, 5)
    expected = client.get(incident.get_absolute_url()).content
    request.getfixturevalue("cache_away")
    assert client.get(incident.get_absolute_url()).content == expected
