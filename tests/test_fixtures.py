"""The seed fixtures hold the three seed documents faithfully (fixtures/seed-texts/README.md)."""

import re
from pathlib import Path

import pytest
from django.core.management import call_command

from newsroom.claims.models import Incident, StatementLink
from newsroom.content.models import Actor, Article, ArticleActor, Caption, Citation, Source, Statement
from newsroom.content.states import Status

pytestmark = pytest.mark.django_db

TEXTS = Path(__file__).resolve().parent.parent / "fixtures" / "seed-texts"
BOILERPLATE = {"Get the Mirror in your inbox:", "Get the Mirror-Spectator Weekly in your inbox:"}

ARTICLES = {
    "000_df6807e0e8078fea.txt": (
        "karabakh-leader-warns-of-more-azeri-provocations-after-assassination-of-three-police-officers"
    ),
    "002_5f19ac38d71cd182.txt": (
        "artsakh-mfa-calls-on-international-community-to-take-measures"
        "-to-stop-the-terrorist-and-genocidal-policy-of-azerbaijan"
    ),
    "003_ea7fa0eaae2a757b.txt": "eu-nato-concerned-about-azerbaijani-ambush-in-artsakh-police",
}

# Every direct quotation in the texts, by the words it starts with, and who said it. A quotation
# that sums up several speakers (“concern” for the EU and NATO) names each who may carry it.
QUOTATIONS = {
    "000_df6807e0e8078fea.txt": [
        ("provocations", {"government-of-artsakh"}),
        ("The vast majority of our people agree", {"arayik-harutyunyan"}),
        ("serious concern", {"russian-foreign-ministry"}),
        ("We strongly urge the sides to show restraint", {"maria-zakharova"}),
        ("terrorism", {"nikol-pashinyan"}),
        ("provocations", {"jeyhun-bayramov"}),
        ("peace efforts.", {"jeyhun-bayramov"}),
        ("We must keep fighting for a long time", {"arayik-harutyunyan"}),
        ("We need to be aware of that", {"arayik-harutyunyan"}),
        ("integration", {"arayik-harutyunyan"}),
        ("tougher and more drastic steps.", {"government-of-azerbaijan"}),
        ("The infiltration of the Azerbaijani sabotage group", {"artsakh-mfa"}),
        ("Through its actions, Baku openly demonstrates", {"artsakh-mfa"}),
        ("Against the background of the more than 80-day blockade", {"artsakh-mfa"}),
        ("We once again call on the international community", {"artsakh-mfa"}),
    ],
    "002_5f19ac38d71cd182.txt": [
        ("The infiltration of the Azerbaijani sabotage group", {"artsakh-mfa"}),
        ("Through its actions, Baku openly demonstrates", {"artsakh-mfa"}),
        ("Against the background of the more than 80-day blockade", {"artsakh-mfa"}),
        ("We once again call on the international community", {"artsakh-mfa"}),
    ],
    "003_ea7fa0eaae2a757b.txt": [
        ("concern", {"peter-stano", "javier-colomina"}),
        ("The EU is sorry for the violence", {"peter-stano"}),
        ("concern.", {"javier-colomina"}),
        ("Very concerned with reports of deadly incident", {"javier-colomina"}),
        ("Azerbaijan continues the actions of terrorizing", {"nikol-pashinyan"}),
        ("is a vital necessity.", {"nikol-pashinyan"}),
        ("The peace treaty must be enduring", {"louis-bono"}),
        ("It is important to Washington", {"louis-bono"}),
        ("Back in Baku.", {"toivo-klaar"}),
        ("The deadly incident today underscores", {"toivo-klaar"}),
        ("amateur.", {"artak-beglaryan"}),
        ("My mistrust/doubts to Toivo Klaar", {"artak-beglaryan"}),
        ("He is either:", {"artak-beglaryan"}),
    ],
}
# Curly double quotes that mark a name, not somebody's words.
NOT_QUOTATIONS = {"UAZ"}


@pytest.fixture
def seeded(seed_content):
    """The seed content (loaded once per session: tests/conftest.py)."""


def paragraphs(name):
    return [line.strip() for line in (TEXTS / name).read_text(encoding="utf-8").split("\n") if line.strip()]


def quoted_spans(name):
    """Each “…” run in the text. (A quotation opened with a closing mark, as 000 prints once, is listed by hand.)"""
    return [m.group(1) for m in re.finditer(r"“([^”]+)”", (TEXTS / name).read_text(encoding="utf-8"))]


def counts():
    models = (Article, Statement, Actor, Source, StatementLink, Incident, Citation, Caption, ArticleActor)
    return [m.objects.count() for m in models] + [Incident.objects.get().statements.count()]


def test_loading_twice_duplicates_nothing(seeded):
    first = counts()
    assert first[:6] == [3, 19, 27, 4, 3, 1]
    call_command("loaddata", "seed", verbosity=0)
    assert counts() == first


def test_the_seed_content_is_published(seeded):
    assert Article.objects.exclude(status=Status.PUBLISHED).count() == 0
    assert Statement.objects.exclude(status=Status.PUBLISHED).count() == 0
    assert StatementLink.objects.live().count() == StatementLink.objects.count() == 3
    assert Incident.objects.live().count() == 1


@pytest.mark.parametrize("name", ARTICLES)
def test_every_body_paragraph_is_in_its_article_verbatim_and_in_order(seeded, name):
    article = Article.objects.get(slug=ARTICLES[name])
    captions = set(article.captions.values_list("text", flat=True))
    lead = f"{article.dateline} ({article.byline}) — " if article.dateline else ""
    printed = []
    for paragraph in paragraphs(name):
        if paragraph == article.headline or paragraph in captions or paragraph in BOILERPLATE:
            continue
        if lead and paragraph.startswith(lead):
            paragraph = paragraph[len(lead) :]
        printed.append(paragraph)
    stored = []
    for block in article.body_blocks:
        stored.extend(block.paragraphs if block.kind == "quote" else [block.text])
    assert stored == printed
    # Nothing but the headline, captions and publisher's boilerplate was left out.
    assert len(printed) + len(captions) + 1 + len(BOILERPLATE & set(paragraphs(name))) == len(paragraphs(name))


def test_captions_stay_captions(seeded):
    article = Article.objects.get(slug=ARTICLES["000_df6807e0e8078fea.txt"])
    assert list(article.captions.values_list("text", flat=True)) == [
        "The vehicle in which the police officers were riding, riddled with bullets",
        "The three police officers assassinated by Azerbaijani military",
        "Emergency session of the Karabakh leadership",
    ]
    assert "riddled with bullets" not in article.body


def test_typos_stay_as_printed(seeded):
    bodies = " ".join(Article.objects.values_list("body", flat=True))
    for typo in ["Min8stry", "aftet", "Minks Group", "in a bird to force"]:
        assert typo in bodies


@pytest.mark.parametrize("name", ARTICLES)
def test_every_direct_quotation_is_a_statement_of_the_right_actor(seeded, name):
    article = Article.objects.get(slug=ARTICLES[name])
    citations = list(article.citations.select_related("statement__actor"))
    expected = QUOTATIONS[name]
    found = [span for span in quoted_spans(name) if span not in NOT_QUOTATIONS]
    # The hand list covers every quotation the text prints, in order.
    assert len(found) == len([q for q in expected if not q[0].startswith("We need to be aware")])
    for span, (start, _) in zip(
        found, [q for q in expected if not q[0].startswith("We need to be aware")], strict=True
    ):
        assert span.startswith(start), (span, start)

    text = (TEXTS / name).read_text(encoding="utf-8")
    for start, speakers in expected:
        span = next((s for s in found if s.startswith(start)), None) or start
        assert span in text
        carriers = [c for c in citations if span.lower().rstrip(",.") in c.wording.lower()]
        assert carriers, f"no citation in {name} carries “{span}”"
        assert any(c.statement.actor.slug in speakers for c in carriers), (
            span,
            [c.statement.actor.slug for c in carriers],
        )
        assert all(c.statement.status == Status.PUBLISHED for c in carriers)


def test_the_armenian_mfa_block_quotation_is_its_statement(seeded):
    article = Article.objects.get(slug=ARTICLES["000_df6807e0e8078fea.txt"])
    (quote,) = [b for b in article.body_blocks if b.kind == "quote"]
    citation = article.citations.get(statement__actor__slug="armenia-mfa")
    assert citation.paragraphs == quote.paragraphs and len(quote.paragraphs) == 7


def test_one_artsakh_mfa_statement_is_cited_by_both_articles_in_their_own_wording(seeded):
    (statement,) = Statement.objects.filter(actor__slug="artsakh-mfa")
    by_article = {c.article.slug: c for c in statement.citations.select_related("article")}
    assert set(by_article) == {ARTICLES["000_df6807e0e8078fea.txt"], ARTICLES["002_5f19ac38d71cd182.txt"]}
    mirror = by_article[ARTICLES["000_df6807e0e8078fea.txt"]].wording
    radio = by_article[ARTICLES["002_5f19ac38d71cd182.txt"]].wording
    assert "Trilateral Statement of November 9, 2020" in mirror
    assert "Trilateral Statement of November 9, 2020" not in radio
    assert "Trilateral Statement of 9 November 2020, which" in radio
    assert by_article[ARTICLES["000_df6807e0e8078fea.txt"]].differs_from_statement
    assert not by_article[ARTICLES["002_5f19ac38d71cd182.txt"]].differs_from_statement
    assert statement.made_on.isoformat() == "2023-03-05" and statement.source.slug == "public-radio-of-armenia"


def test_actors_carry_role_and_affiliation_as_the_text_gives_them(seeded):
    zakharova = Actor.objects.get(slug="maria-zakharova")
    assert "spokeswoman" in zakharova.role and zakharova.affiliation.slug == "russian-foreign-ministry"
    assert Actor.objects.get(slug="javier-colomina").affiliation.slug == "nato"
    assert "Artsakh MFA" in Actor.objects.get(slug="artsakh-mfa").aliases.values_list("name", flat=True)


def test_sources_publishers_dates_and_original_url(seeded):
    articles = {a.slug: a for a in Article.objects.select_related("publisher")}
    mirror = articles[ARTICLES["000_df6807e0e8078fea.txt"]]
    assert mirror.publisher.name == "The Armenian Mirror-Spectator"
    assert mirror.original_url.startswith("https://mirrorspectator.com/2023/03/07/karabakh-leader-warns")
    assert {s.name for s in mirror.sources.all()} == {"Azatutyun", "Public Radio of Armenia"}
    assert articles[ARTICLES["002_5f19ac38d71cd182.txt"]].publisher.name == "Public Radio of Armenia"
    assert {s.name for s in articles[ARTICLES["003_ea7fa0eaae2a757b.txt"]].sources.all()} == {"Interfax"}
    dates = {slug: a.first_published_at.date().isoformat() for slug, a in articles.items()}
    assert sorted(dates.values()) == ["2023-03-05", "2023-03-07", "2023-03-07"]
    assert Statement.objects.get(actor__slug="louis-bono", text__startswith="The peace").source.name == "Interfax"


def test_tags_a_reader_browses_by(seeded):
    eu_nato = Article.objects.get(slug=ARTICLES["003_ea7fa0eaae2a757b.txt"])
    assert {"EU", "NATO", "OSCE Minsk Group", "Lachin Corridor"} <= set(eu_nato.tags.names())
    assert Article.objects.filter(tags__slug="nato").get() == eu_nato


def test_each_typo_kept_in_the_text_has_a_visible_correction(seeded):
    for slug, typo in [
        (ARTICLES["000_df6807e0e8078fea.txt"], "in a bird to force"),
        (ARTICLES["002_5f19ac38d71cd182.txt"], "Min8stry"),
        (ARTICLES["002_5f19ac38d71cd182.txt"], "aftet"),
        (ARTICLES["003_ea7fa0eaae2a757b.txt"], "Minks Group"),
    ]:
        article = Article.objects.get(slug=slug)
        assert typo in article.body
        assert any(typo in c.text for c in article.corrections.all()), typo
        assert article.updated_since_publication


def test_the_seed_content_is_loaded_once_for_the_session(seeded):
    """The seeds come from one load shared by every test that asks (tests/conftest.py),
    held in the session's outer transaction, not from a load per test."""
    from tests import conftest

    assert conftest._seed_block.get("block") is not None
    assert Article.objects.count() == 3


# Every link between two statements that the texts state, in their own words: (the statement that
# makes it, by speaker and first words; its kind; the statement it points to; the words of the text
# that state it; the text).
LINKS = [
    (("nikol-pashinyan", "terrorism"), "echoes", ("armenia-mfa", "The facts prove"),
     "Echoing a weekend statement by the Armenian Foreign Ministry, Prime Minister Nikol Pashinyan condemned",
     "000_df6807e0e8078fea.txt"),
    (("artak-beglaryan", "My mistrust/doubts"), "criticises", ("toivo-klaar", "Back in Baku"),
     "Beglaryan hit back by calling Klaar “amateur.”", "003_ea7fa0eaae2a757b.txt"),
    (("javier-colomina", "Very concerned"), "echoes", ("peter-stano", "The EU is sorry"),
     "In a similar statement on Monday, Javier Colomina", "003_ea7fa0eaae2a757b.txt"),
]  # fmt: skip


def statement_of(speaker, start):
    return Statement.objects.get(actor__slug=speaker, text__startswith=start)


@pytest.mark.parametrize("made, kind, answered, words, name", LINKS, ids=lambda value: str(value)[:30])
def test_the_seeds_carry_each_link_their_texts_state(seeded, made, kind, answered, words, name):
    link = StatementLink.objects.live().get(from_statement=statement_of(*made), to_statement=statement_of(*answered))
    assert link.kind == kind
    # The link is the text's own: the words that state it are printed there, and kept on the link.
    assert words in (TEXTS / name).read_text(encoding="utf-8")
    assert words in link.evidence
    assert link.reported_in.slug == ARTICLES[name]
    assert link.note


def test_the_seeds_carry_no_link_their_texts_do_not_state(seeded):
    stated = {(statement_of(*made).pk, statement_of(*answered).pk) for made, _, answered, _, _ in LINKS}
    assert set(StatementLink.objects.values_list("from_statement", "to_statement")) == stated


def test_the_seeds_hold_the_one_incident_with_its_reports_and_statements(seeded):
    incident = Incident.objects.live().get()
    assert incident.began_on.isoformat() == "2023-03-05" and "Stepanakert" in incident.place
    assert "three police officers were killed" in incident.summary
    assert set(incident.articles.values_list("slug", flat=True)) == set(ARTICLES.values())
    statements = incident.statements.all()
    # Every statement about the incident is quoted in one of its reports, and every linked one belongs.
    assert all(s.citations.filter(article__in=incident.articles.all()).exists() for s in statements)
    linked = StatementLink.objects.values_list("from_statement", "to_statement")
    assert {pk for pair in linked for pk in pair} <= set(statements.values_list("pk", flat=True))
    # Not what was said about something else: Bono on the peace treaty, Baku's warning before it.
    assert not statements.filter(actor__slug__in=["louis-bono", "government-of-azerbaijan"]).exists()
    assert statements.count() == 16
