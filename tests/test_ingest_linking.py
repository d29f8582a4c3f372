"""Stages 5 and 6: actors and statements (newsroom/ingest/actors.py, linking.py)."""

from pathlib import Path

from newsroom.ingest.actors import Registry
from newsroom.ingest.linking import overlap
from newsroom.ingest.pipeline import analyse
from newsroom.ingest.records import ActorRecord, StatementRecord

TEXTS = Path(__file__).resolve().parent.parent / "fixtures" / "seed-texts"
HEAD = "A Headline In Title Case\n\n"
MFA = ActorRecord(
    slug="artsakh-mfa",
    name="Ministry of Foreign Affairs of the Republic of Artsakh",
    kind="ministry",
    aliases=("Artsakh MFA", "Artsakh’s Foreign Ministry"),
)
ZAKHAROVA = ActorRecord(
    slug="maria-zakharova", name="Maria Zakharova", role="spokeswoman of the Russian Foreign Ministry"
)


def test_dates_punctuation_and_case_do_not_keep_words_apart():
    assert (
        overlap(
            "the Trilateral Statement of November 9, 2020, which", "THE TRILATERAL STATEMENT OF 9 NOVEMBER 2020 WHICH"
        )
        == 1.0
    )
    assert overlap("Something else entirely was said here", "The Trilateral Statement of 9 November 2020") == 0.0


def test_actor_by_name_alias_and_typo_says_why():
    registry = Registry([MFA, ZAKHAROVA])
    assert registry.find("Maria Zakharova") == (ZAKHAROVA, "name")
    assert registry.find("Artsakh MFA") == (MFA, "alias")
    assert registry.find("Artsakh’s Foreign Min8stry", "organisation") == (MFA, "alias")
    assert registry.find("Zakharova", "person") == (ZAKHAROVA, "name")
    assert registry.find("Somebody Else", "person") == (None, "")


def test_pronoun_and_role_reasons():
    body = (
        "Artsakh’s Foreign Ministry made an appeal.\n\n“We call on the world to act today and now,” the Ministry "
        "said. “We will not stop.” it said."
    )
    quotations = analyse(HEAD + body, Registry([MFA])).quotations
    assert [(q.actor, q.actor_reason) for q in quotations] == [("artsakh-mfa", "role"), ("artsakh-mfa", "pronoun")]


def test_new_actor_proposed_with_kind_role_and_affiliation():
    body = (
        "“We strongly urge the sides to show restraint now,” said Maria Zakharova, the Russian Foreign Ministry’s "
        "spokeswoman."
    )
    (q,) = analyse(HEAD + body).quotations
    assert (q.actor, q.actor_reason, q.speaker, q.speaker_kind) == (None, "new", "Maria Zakharova", "person")
    assert (
        q.speaker_role == "the Russian Foreign Ministry’s spokeswoman"
        and q.speaker_affiliation == "Russian Foreign Ministry"
    )


def test_the_mfa_statement_of_002_is_the_one_000_quotes():
    first = analyse((TEXTS / "000_df6807e0e8078fea.txt").read_text(encoding="utf-8"), Registry([MFA]))
    mfa = [q for q in first.quotations if q.actor == "artsakh-mfa"]
    assert len(mfa) == 4 and len({q.group for q in mfa}) == 1
    from newsroom.ingest.linking import statement_text

    held = StatementRecord(pk=7, actor="artsakh-mfa", text=statement_text(mfa))
    second = analyse((TEXTS / "002_5f19ac38d71cd182.txt").read_text(encoding="utf-8"), Registry([MFA], [held]))
    assert [q.statement for q in second.quotations] == [7, 7, 7, 7]


def test_no_link_across_speakers():
    other = StatementRecord(pk=3, actor="maria-zakharova", text="We call on the world to act today and now.")
    body = "Artsakh’s Foreign Ministry spoke.\n\n“We call on the world to act today and now,” the Ministry said."
    (q,) = analyse(HEAD + body, Registry([MFA, ZAKHAROVA], [other])).quotations
    assert q.statement is None
