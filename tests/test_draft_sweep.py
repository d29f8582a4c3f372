"""The draft sweep: nothing that is not live reaches a reader, the API, a feed, search or the sitemap.

Items in every state that is not live (draft, in review, scheduled, expired, unpublished), each
with a marker word in every text field, in its tags, its speaker and its source, sit beside
published items that share their tags, speakers and sources (so related boxes, tag pages and
counts have something to leak). A crawl of every public surface must never show the marker;
guessed addresses and forged, revoked or expired preview links must answer 404. The valid preview
link and a staff view do show it: proof the sweep would see a leak.
"""

import datetime
import re
from urllib.parse import urljoin, urlsplit

import pytest
from django.core import signing
from django.utils import timezone

from newsroom.claims.models import FactCheck
from newsroom.content.models import Caption, Correction, Statement
from newsroom.content.states import Status
from newsroom.editorial import workflow
from newsroom.editorial.models import PreviewLink
from newsroom.editorial.previews import preview_link_create, preview_token
from tests import factories

pytestmark = pytest.mark.django_db

MARKER = "Zanzibarquux"
HIDDEN_STATES = ["draft", "in_review", "scheduled", "expired", "unpublished"]
START = [
    "/", "/articles/", "/statements/", "/actors/", "/sources/", "/tags/", "/sitemap.xml",
    "/feeds/rss/", "/feeds/atom/", "/feed.json", "/health/",
    "/api/articles/", "/api/statements/", "/api/actors/", "/api/sources/", "/api/tags/",
    "/incidents/", "/fact-checks/", "/feeds/fact-checks/rss/", "/feeds/fact-checks/feed.json",
    "/api/links/", "/api/incidents/", "/api/fact-checks/", "/api/ratings/",
]  # fmt: skip
MAX_PAGES = 600


def no_leaks(found):
    """`found`, a list of "url (status)" strings, must be empty."""
    assert found == []


def with_marker(state, field):
    return f"{field} {MARKER} {state}"


@pytest.fixture
def newsroom(editor, reporter):
    """Published items sharing a tag, speaker and source with hidden items in every other state."""
    shared_actor = factories.actor(name="Shared Speaker", slug="shared-speaker")
    shared_source = factories.source(name="Shared Outlet", slug="shared-outlet")
    published = {}
    for n in range(2):
        statement = factories.statement(
            actor=shared_actor, source=shared_source, text=f"Public words {n}.", tags=["Shared"]
        )
        workflow.transition(item=statement, user=editor, name="publish")
        article = factories.article(headline=f"Public report {n}", publisher=shared_source, tags=["Shared"])
        article.actors.add(shared_actor)
        article.sources.add(shared_source)
        factories.citation(article, statement, wording=f"Public words {n}.")
        workflow.transition(item=article, user=editor, name="publish")
        published[n] = (article, statement)

    hidden = {}
    for state in HIDDEN_STATES:
        speaker = factories.actor(
            name=with_marker(state, "Speaker"), slug=f"{MARKER.lower()}-speaker-{state}",
            role=with_marker(state, "role"), description=with_marker(state, "about"),
        )  # fmt: skip
        speaker.aliases.create(name=with_marker(state, "alias"))
        outlet = factories.source(
            name=with_marker(state, "Outlet"), slug=f"{MARKER.lower()}-outlet-{state}",
            description=with_marker(state, "about"), url=f"https://{MARKER.lower()}.example/{state}",
        )  # fmt: skip
        tags = [with_marker(state, "tag"), "Shared"]
        statement = factories.statement(
            actor=speaker, source=outlet, created_by=reporter, tags=tags,
            text=with_marker(state, "Words"), summary=with_marker(state, "summary"),
            occasion=with_marker(state, "occasion"), source_url=f"https://{MARKER.lower()}.example/s/{state}",
        )  # fmt: skip
        article = factories.article(
            headline=with_marker(state, "Headline"), slug=f"{MARKER.lower()}-{state}", created_by=reporter,
            dek=with_marker(state, "dek"), dateline=MARKER.upper(), byline=with_marker(state, "byline"),
            body=f"{with_marker(state, 'body')}\n\n## {with_marker(state, 'subhead')}\n\n"
            f"> {with_marker(state, 'quote')}",
            publisher=outlet, original_url=f"https://{MARKER.lower()}.example/a/{state}", tags=tags,
        )  # fmt: skip
        article.actors.add(speaker, published[0][1].actor)
        article.sources.add(outlet, published[0][0].publisher)
        Caption.objects.create(article=article, text=with_marker(state, "caption"), credit=MARKER)
        # The hidden article quotes a published statement too, so that statement's page could leak it.
        factories.citation(article, published[0][1], wording=with_marker(state, "wording"))
        _into_state(statement, state, editor, reporter)
        _into_state(article, state, editor, reporter)
        # Its own statement too (added now: the workflow lets nothing past a draft cite an unpublished one).
        factories.citation(article, statement, wording=with_marker(state, "own wording"))
        hidden[state] = (article, statement, speaker, outlet)

    # A published article quoting a statement that was unpublished after: the statement must go.
    pulled = factories.statement(
        actor=shared_actor, text=with_marker("pulled", "Words"), tags=[with_marker("pulled", "tag")]
    )
    workflow.transition(item=pulled, user=editor, name="publish")
    quoting = factories.article(headline="Quoting a pulled statement")
    factories.citation(quoting, pulled, wording="Its own wording, printed.")
    workflow.transition(item=quoting, user=editor, name="publish")
    workflow.transition(item=pulled, user=editor, name="unpublish", note="Misattributed")
    claims = _claims(published, hidden, editor, reporter)
    return {"published": published, "hidden": hidden, "pulled": pulled, "claims": claims}


def _claims(published, hidden, editor, reporter):
    """Links, fact-checks and incidents beside the items above: a public statement linked to hidden
    ones (the links published), links and fact-checks of public statements in every hidden state,
    incidents in every hidden state, and a public incident holding every hidden item too."""
    claim, answer = published[0][1], published[1][1]
    hidden_claims = {}
    kinds = ["denies", "confirms", "echoes", "contradicts", "clarifies"]
    for state, kind in zip(HIDDEN_STATES, kinds, strict=True):
        article, statement, *_ = hidden[state]
        # Published links touching a hidden statement, both ways.
        for made, answered in ((statement, claim), (claim, statement)):
            link = factories.link(made, answered, "responds_to", note="A public link’s note.")
            workflow.transition(item=link, user=editor, name="publish")
        link = factories.link(
            answer, claim, kind, created_by=reporter, note=with_marker(state, "link note"),
            evidence=with_marker(state, "evidence"), reported_in=article,
        )  # fmt: skip
        review = factories.fact_check(
            claim, created_by=reporter, headline=with_marker(state, "Review"), slug=f"{MARKER.lower()}-review-{state}",
            claim_reviewed=with_marker(state, "claim"), reviewer=with_marker(state, "reviewer"),
            reasoning=with_marker(state, "reasoning"),
        )  # fmt: skip
        review.references.create(title=with_marker(state, "reference"), url=f"https://{MARKER.lower()}.example/r")
        incident = factories.incident(
            title=with_marker(state, "Incident"), slug=f"{MARKER.lower()}-incident-{state}", created_by=reporter,
            summary=with_marker(state, "what happened"), place=with_marker(state, "place"),
            articles=[published[0][0]], statements=[claim],
        )  # fmt: skip
        for item in (link, review, incident):
            _into_state(item, state, editor, reporter, corrected=False)
        # A review published while its statement was live: readers lose both when the statement goes.
        orphan = factories.fact_check(
            statement, headline=with_marker(state, "Review of hidden words"), slug=f"{MARKER.lower()}-orphan-{state}"
        )
        now = timezone.now()
        FactCheck.objects.filter(pk=orphan.pk).update(
            status=Status.PUBLISHED, first_published_at=now, last_published_at=now
        )
        hidden_claims[state] = {"link": link, "review": review, "incident": incident, "orphan": orphan}
    shared = factories.incident(
        title="Shared incident", slug="shared-incident", summary="What happened to everyone.",
        articles=[p[0] for p in published.values()] + [h[0] for h in hidden.values()],
        statements=[p[1] for p in published.values()] + [h[1] for h in hidden.values()],
    )  # fmt: skip
    workflow.transition(item=shared, user=editor, name="publish")
    review = factories.fact_check(claim, headline="A public review", slug="a-public-review")
    workflow.transition(item=review, user=editor, name="publish")
    return {"hidden": hidden_claims, "shared": shared, "claim": claim}


def _into_state(item, state, editor, reporter, corrected=True):
    """Take `item` to `state` through the workflow; a published one gets a correction unless
    `corrected` is False (links, reviews and incidents take none)."""
    move = lambda name, user=editor, **kw: workflow.transition(item=item, user=user, name=name, **kw)  # noqa: E731
    if state == "draft":
        return
    move("submit", user=reporter)
    if state == "in_review":
        return
    if state == "scheduled":
        move("publish", go_live_at=timezone.now() + datetime.timedelta(days=2))
        return
    move("publish", expires_at=timezone.now() + datetime.timedelta(hours=1))
    model = type(item)
    if corrected:
        Correction.objects.create(
            **{model._meta.model_name: item}, text=with_marker(state, "correction"), created_by=editor
        )
    if state == "expired":
        model.objects.filter(pk=item.pk).update(expires_at=timezone.now() - datetime.timedelta(minutes=5))
    else:
        move("unpublish", note="Pulled")


def links(url, response):
    """Same-site addresses a page, feed, sitemap or API answer points to."""
    body = response.content.decode()
    found = re.findall(r'(?:href|src)="([^"]+)"', body) + re.findall(r"<loc>([^<]+)</loc>", body)
    found += re.findall(r"<link>([^<]+)</link>", body) + re.findall(r'<link[^>]* href="([^"]+)"', body)
    if response["Content-Type"].startswith("application/json") or url.endswith(".json"):
        found += re.findall(r'"(https?://testserver/[^"]*)"', body)
    result = []
    for link in found:
        absolute = urljoin(f"http://testserver{url}", link.replace("&amp;", "&"))
        parts = urlsplit(absolute)
        if parts.netloc != "testserver" or parts.path.startswith(("/admin/", "/static/", "/api/docs", "/api/schema")):
            continue
        result.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return result


def crawl(client, start):
    seen, queue, answers = set(), list(start), {}
    while queue and len(seen) < MAX_PAGES:
        url = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url)
        answers[url] = response
        if response.status_code == 200:
            queue.extend(link for link in links(url, response) if link not in seen)
    return answers


def leaks(answers):
    return sorted(
        f"{url} ({response.status_code})"
        for url, response in answers.items()
        if MARKER.lower() in response.content.decode(errors="replace").lower()
    )


def hidden_keys(newsroom):
    """The surrogate keys (newsroom/edge/keys.py) of everything readers may not see."""
    found = set()
    for article, statement, speaker, outlet in newsroom["hidden"].values():
        found |= {f"article-{article.pk}", f"statement-{statement.pk}", f"actor-{speaker.pk}", f"source-{outlet.pk}"}
        found |= {f"tag-{tag.pk}" for tag in article.tags.all() if tag.name != "Shared"}
    return found | {f"statement-{newsroom['pulled'].pk}"}


def key_leaks(answers, newsroom):
    """Answers whose Surrogate-Key names something not live: a cache would file them under it."""
    hidden = hidden_keys(newsroom)
    return sorted(
        f"{url}: {sorted(hidden & set(response.get('Surrogate-Key', '').split()))}"
        for url, response in answers.items()
        if hidden & set(response.get("Surrogate-Key", "").split())
    )


def test_no_public_surface_shows_anything_not_live(client, newsroom):
    hidden_tags = [
        t.slug for article, *_ in newsroom["hidden"].values() for t in article.tags.all() if t.name != "Shared"
    ]
    claim = newsroom["claims"]["claim"]
    hidden_incidents = [claims["incident"] for claims in newsroom["claims"]["hidden"].values()]
    extra = [
        # Words only hidden items hold (the marker itself would be echoed back as the query).
        *[f"/search/?q={word}" for word in ("occasion", "subhead", "caption", "byline", "summary", "alias")],
        f"/api/articles/?q={MARKER}", f"/api/statements/?q={MARKER}",
        "/search/?q=Shared", "/tags/shared/", "/feeds/tags/shared/rss/", "/feeds/tags/shared/atom/",
        "/feeds/tags/shared/feed.json", "/actors/shared-speaker/", "/sources/shared-outlet/",
        "/feeds/actors/shared-speaker/rss/", "/feeds/actors/shared-speaker/atom/",
        "/feeds/actors/shared-speaker/feed.json",
        "/api/articles/?tag=shared", "/api/statements/?tag=shared", "/api/articles/?actor=shared-speaker",
        "/api/articles/?source=shared-outlet", "/api/statements/?actor=shared-speaker",
        "/api/statements/?source=shared-outlet",
        *[f"/api/actors/?kind={kind}" for kind in ("person", "other")],
        *[f"/api/articles/?tag={slug}" for slug in hidden_tags],
        *[f"/api/statements/?tag={slug}" for slug in hidden_tags],
        *[f"/tags/shared/{slug}/" for slug in hidden_tags],
        "/incidents/shared-incident/", "/incidents/shared-incident/reports/",
        "/feeds/incidents/shared-incident/rss/", "/feeds/incidents/shared-incident/feed.json",
        f"/feeds/statements/{claim.pk}/rss/", f"/feeds/statements/{claim.pk}/feed.json",
        f"/api/links/?responds_to={claim.pk}", f"/api/links/?statement={claim.pk}",
        f"/api/statements/?responds_to={claim.pk}",
        f"/api/fact-checks/?statement={claim.pk}", "/api/statements/?incident=shared-incident",
        "/api/articles/?incident=shared-incident", "/api/links/?incident=shared-incident",
        *[f"/fact-checks/?rating={slug}" for slug in ("false", "true")],
        *[f"/api/{kind}/?incident={i.slug}" for i in hidden_incidents for kind in ("statements", "articles", "links")],
    ]  # fmt: skip
    answers = crawl(client, START + extra)
    assert len(answers) > 40, sorted(answers)
    assert [u for u, r in answers.items() if r.status_code >= 500] == []
    assert all("No results." in answers[f"/search/?q={word}"].content.decode() for word in ("occasion", "caption"))
    assert len(answers[f"/api/articles/?q={MARKER}"].json()["results"]) == 0
    # Counts come from published items only: two of each carry the shared tag.
    shared = client.get("/api/tags/shared/").json()
    assert shared["count"] == 4
    assert len(client.get("/api/articles/?tag=shared").json()["results"]) == 2
    assert len(client.get("/api/statements/?actor=shared-speaker").json()["results"]) == 2
    assert re.search(
        r"Shared <span class=\"count\">(<span[^>]*>[^<]*</span>)?4</span>", answers["/tags/"].content.decode()
    )
    # The shared incident counts its two public statements and reports, nothing else.
    assert "2 statements · 2 reports" in answers["/incidents/shared-incident/"].content.decode()
    assert len(client.get("/api/statements/?incident=shared-incident").json()["results"]) == 2
    # One public review; the public statement's links reach no hidden statement.
    assert [r["slug"] for r in client.get("/api/fact-checks/").json()["results"]] == ["a-public-review"]
    assert client.get(f"/api/links/?statement={claim.pk}").json()["results"] == []
    assert [i["slug"] for i in client.get("/api/incidents/").json()["results"]] == ["shared-incident"]
    for incident in hidden_incidents:  # a hidden incident's members are no filter's business
        assert client.get(f"/api/statements/?incident={incident.slug}").json()["results"] == []
    assert 'id="thread"' not in answers[claim.get_absolute_url()].content.decode()
    no_leaks(leaks(answers))
    assert sum("Surrogate-Key" in response for response in answers.values()) > 30  # the keys are there...
    no_leaks(key_leaks(answers, newsroom))  # ...and never name what readers may not see


def test_guessed_addresses_of_hidden_items_are_404(client, newsroom):
    urls = []
    for article, statement, speaker, outlet in newsroom["hidden"].values():
        slugs = [t.slug for t in article.tags.all() if t.name != "Shared"]
        urls += [
            f"/articles/{article.slug}/", f"/statements/{statement.pk}/", f"/api/articles/{article.slug}/",
            f"/api/statements/{statement.pk}/", f"/actors/{speaker.slug}/", f"/sources/{outlet.slug}/",
            f"/api/actors/{speaker.slug}/", f"/api/sources/{outlet.slug}/", f"/feeds/actors/{speaker.slug}/rss/",
            f"/feeds/actors/{speaker.slug}/feed.json",
            *[u for slug in slugs for u in (f"/tags/{slug}/", f"/api/tags/{slug}/", f"/feeds/tags/{slug}/rss/",
                                             f"/feeds/tags/{slug}/atom/", f"/feeds/tags/{slug}/feed.json")],
        ]  # fmt: skip
    urls += [f"/statements/{newsroom['pulled'].pk}/", f"/api/statements/{newsroom['pulled'].pk}/"]
    for claims in newsroom["claims"]["hidden"].values():
        incident, review, orphan, link = claims["incident"], claims["review"], claims["orphan"], claims["link"]
        urls += [
            incident.get_absolute_url(), f"{incident.get_absolute_url()}reports/", f"/api/incidents/{incident.slug}/",
            *[f"/feeds/incidents/{incident.slug}/{tail}" for tail in ("rss/", "atom/", "feed.json")],
            review.get_absolute_url(), f"/api/fact-checks/{review.slug}/", orphan.get_absolute_url(),
            f"/api/fact-checks/{orphan.slug}/", f"/api/links/{link.pk}/",
        ]  # fmt: skip
    for _, statement, *_ in newsroom["hidden"].values():
        urls += [f"/feeds/statements/{statement.pk}/rss/", f"/feeds/statements/{statement.pk}/feed.json"]
    answers = {url: client.get(url) for url in urls}
    no_leaks(
        sorted({f"{url} ({r.status_code})" for url, r in answers.items() if r.status_code != 404} | set(leaks(answers)))
    )


def test_preview_links_show_only_while_valid(client, newsroom, editor):
    article, statement, *_ = newsroom["hidden"]["draft"]
    live = preview_link_create(item=article, user=editor)
    page = client.get(live.get_absolute_url())
    assert page.status_code == 200 and MARKER in page.content.decode()  # the sweep would see a leak

    revoked = preview_link_create(item=statement, user=editor)
    revoked_url = revoked.get_absolute_url()
    PreviewLink.objects.filter(pk=revoked.pk).update(revoked_at=timezone.now())
    expired = preview_link_create(item=statement, user=editor)
    expired_url = expired.get_absolute_url()
    an_hour_ago = timezone.now() - datetime.timedelta(hours=1)
    PreviewLink.objects.filter(pk=expired.pk).update(
        created_at=an_hour_ago, expires_at=an_hour_ago + datetime.timedelta(minutes=59)
    )
    token = preview_token(live)
    value, signature = token.rsplit(":", 1)
    forged = [
        f"/preview/{value}:{signature[::-1]}/",  # the signature tampered with
        f"/preview/{signing.Signer(salt='another.salt').sign_object(live.pk)}/",  # signed for something else
        # a guessed key
        f"/preview/{signing.Signer(salt=PreviewLink.TOKEN_SALT, key='not-the-key').sign_object(live.pk)}/",
        f"/preview/{value}/",  # no signature
        f"/preview/{signing.Signer(salt=PreviewLink.TOKEN_SALT).sign_object(live.pk + 1000)}/".replace(
            ":", ":x"
        ),  # another id, re-signed badly
    ]
    answers = {url: client.get(url) for url in [revoked_url, expired_url, *forged]}
    assert {url: r.status_code for url, r in answers.items() if r.status_code != 404} == {}
    assert leaks(answers) == []


def test_staff_see_the_marker_where_readers_do_not(client, newsroom, editor):
    """The control: the same addresses show the hidden items to an editor previewing them."""
    article, statement, *_ = newsroom["hidden"]["in_review"]
    claims = newsroom["claims"]["hidden"]["in_review"]
    client.force_login(editor)
    for url in (article.get_absolute_url(), statement.get_absolute_url(), claims["incident"].get_absolute_url()):
        response = client.get(url)
        assert response.status_code == 200 and MARKER in response.content.decode()
    response = client.get(claims["review"].get_absolute_url())
    assert response.status_code == 200 and MARKER in response.content.decode()
    assert Statement.objects.live().filter(text__contains=MARKER).count() == 0


@pytest.fixture
def live_coverage(editor, reporter):
    """A live page readers see with one public entry beside a draft entry, an entry in review, a
    deleted entry (published first) and an unpublished one, each holding the marker; a draft live
    page (its entry published by the workflow, but on a page readers may not see); both covering a
    public incident; a public live page covering an incident in review; and live pages in every
    other hidden state, each the only carrier of a tag of its own."""
    from newsroom.live import services

    speaker = factories.actor(name="Live Speaker", slug="live-speaker")
    statement = factories.statement(actor=speaker, text="Public live words.", tags=["Shared"])
    workflow.transition(item=statement, user=editor, name="publish")
    page = factories.live_page(headline="Public live page", slug="public-live", tags=["Shared"])
    page.actors.add(speaker)
    workflow.transition(item=page, user=editor, name="publish")
    services.entry_post(page=page, user=editor, body="“Public live words.”", statements=[statement])
    services.entry_post(page=page, user=editor, body=with_marker("draft", "entry"), publish=False)
    services.entry_post(page=page, user=reporter, body=with_marker("in_review", "entry"))
    deleted = services.entry_post(page=page, user=editor, body=with_marker("deleted", "entry deletedword"),
                                  key_event_title=with_marker("deleted", "key"))  # fmt: skip
    services.entry_mark(entry=deleted, user=editor, pinned=True)
    services.entry_delete(entry=deleted, user=editor, note=with_marker("deleted", "note"))
    pulled = services.entry_post(page=page, user=editor, body=with_marker("unpublished", "entry"))
    services.entry_step(entry=pulled, user=editor, name="unpublish", note="Pulled")
    hidden_page = factories.live_page(headline=with_marker("draft", "live page"), slug=f"{MARKER.lower()}-live",
                                      summary=with_marker("draft", "summary"), tags=["Shared"])  # fmt: skip
    hidden_page.actors.add(speaker)
    services.entry_post(page=hidden_page, user=editor, body=with_marker("draft page", "entry"))
    # Incidents: a public one covered by both pages, and one in review covered by a public page.
    covered = factories.incident(title="Covered incident", slug="covered-incident")
    workflow.transition(item=covered, user=editor, name="publish")
    services.incident_pages_set(incident=covered, pages=[page, hidden_page])
    hidden_incident = factories.incident(
        title=with_marker("in_review", "incident"), slug=f"{MARKER.lower()}-covered", created_by=reporter,
        summary=with_marker("in_review", "what happened"),
    )  # fmt: skip
    workflow.transition(item=hidden_incident, user=reporter, name="submit")
    other = factories.live_page(headline="Other public live page", slug="other-live", incident=hidden_incident)
    workflow.transition(item=other, user=editor, name="publish")
    # Tags carried by nothing but a live page readers may not see (the draft above carries one too).
    hidden_page.tags.add(with_marker("draft", "live tag"))
    hidden_pages = [hidden_page]
    for state in ("in_review", "scheduled", "expired", "unpublished"):
        hidden = factories.live_page(
            headline=with_marker(state, "live page"), slug=f"{MARKER.lower()}-live-{state}",
            tags=["Shared", with_marker(state, "live tag")], incident=covered, created_by=editor,
        )  # fmt: skip
        _into_state(hidden, state, editor, editor, corrected=False)  # reporters take no step of a page
        hidden_pages.append(hidden)
    return page, hidden_pages, hidden_incident


def test_live_coverage_shows_nothing_not_live(client, live_coverage):
    _, hidden_pages, hidden_incident = live_coverage
    hidden_tags = [t for p in hidden_pages for t in p.tags.all() if t.name != "Shared"]
    start = [
        "/", "/live/", "/live/public-live/", "/live/public-live/updates/?after=0", "/live/public-live/feeds/rss/",
        "/live/public-live/feeds/atom/", "/live/public-live/feed.json", "/api/live/", "/api/live/public-live/",
        "/api/live/public-live/entries/", "/sitemap.xml", "/sitemap-live.xml", "/search/?q=deletedword",
        "/search/?q=entry", "/tags/shared/", "/actors/live-speaker/", "/tags/", "/api/tags/", "/sitemap-tags.xml",
        "/incidents/covered-incident/", "/api/incidents/", "/api/incidents/covered-incident/",
        "/feeds/incidents/covered-incident/rss/", "/feeds/incidents/covered-incident/feed.json",
        "/live/other-live/", "/api/live/other-live/", "/live/other-live/feed.json", "/feeds/tags/shared/feed.json",
    ]  # fmt: skip
    answers = crawl(client, start)
    assert (
        answers["/live/public-live/"].status_code == 200
        and "Public live words" in answers["/live/public-live/"].content.decode()
    )
    assert [u for u, r in answers.items() if r.status_code >= 500] == []
    no_leaks(leaks(answers))
    # The public incident counts and lists its one public live page; the shared tag its one.
    incident_page = answers["/incidents/covered-incident/"].content.decode()
    assert "· 1 live page</p>" in incident_page and 'href="/live/public-live/"' in incident_page
    assert [p["slug"] for p in client.get("/api/incidents/covered-incident/").json()["live_pages"]] == ["public-live"]
    assert client.get("/api/live/other-live/").json()["incident"] is None
    assert client.get("/api/tags/shared/").json()["count"] == 2  # the public page and its statement
    hidden = {f"livepage-{p.pk}" for p in hidden_pages} | {f"incident-{hidden_incident.pk}"}
    hidden |= {f"tag-{t.pk}" for t in hidden_tags}
    no_leaks(sorted(u for u, r in answers.items() if hidden & set(r.get("Surrogate-Key", "").split())))
    for hidden_page in hidden_pages:
        for url in (f"/live/{hidden_page.slug}/", f"/live/{hidden_page.slug}/updates/",
                    f"/api/live/{hidden_page.slug}/", f"/api/live/{hidden_page.slug}/entries/",
                    f"/live/{hidden_page.slug}/feed.json"):  # fmt: skip
            assert client.get(url).status_code == 404, url
    for tag in hidden_tags:  # a tag only hidden live pages carry does not exist for readers
        for url in (f"/tags/{tag.slug}/", f"/api/tags/{tag.slug}/", f"/feeds/tags/{tag.slug}/rss/",
                    f"/tags/shared/{tag.slug}/"):  # fmt: skip
            assert client.get(url, follow=True).status_code == 404, url  # a pair is put in order first
