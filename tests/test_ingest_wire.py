"""Attribution of wire copy: one test for each failure the issue lists ("Statements a newsroom can
trust", parts 2 and 3), in sentences of our own, not the development texts'."""

from datetime import date

from newsroom.ingest.pipeline import analyse
from newsroom.ingest.printed import printed_problems

HEAD = "A Headline In Title Case\n\n"


def speakers(body, **options):
    """[(first words, [speaker names, “unnamed: …” for one the text does not name])] of each quotation."""
    return [
        (
            " ".join(q.text.split()[:3]),
            [f"unnamed: {s.name}" if s.unnamed else s.name for s in q.speakers],
        )
        for q in analyse(HEAD + body, **options).quotations
    ]


def names(body):
    return [s for _, s in speakers(body)]


def test_he_after_a_possessive_in_a_subordinate_clause_is_the_previous_sentences_subject():
    body = (
        "Lawyer Tigran Melikyan said the court had ignored the evidence, since the case of Aram Petrosyan's "
        "arrest had shown how such files were built.\n\n“The judges did not read a single page,” he said."
    )
    assert names(body) == [["Tigran Melikyan"]]


def test_which_it_said_was_is_the_sentences_subject():
    body = (
        "The Kestrian Foreign Ministry rejected a resolution of the European Parliament, which it said was "
        "“full of distortions and lies”."
    )
    assert names(body) == [["Kestrian Foreign Ministry"]]


def test_a_report_is_its_issuer_named_paragraphs_earlier_not_the_last_person_quoted():
    body = (
        "The Ombudsman's Office published a report on prison conditions on Monday.\n\n"
        "Justice Minister Karel Novak disputed it. “Our prisons meet every standard,” Novak said.\n\n"
        "The report states that “inmates in two facilities were denied medical care for weeks.”\n\n"
        "According to the report, inspectors found overcrowding in every region:\n\n"
        "“Cells designed for four inmates held up to eleven.”"
    )
    assert names(body) == [["Karel Novak"], ["Ombudsman's Office"], ["Ombudsman's Office"]]


def test_the_claim_quoted_after_dismissed_claims_by_is_the_claimants():
    body = (
        "Serevia's Defence Ministry dismissed claims by the Ardanian military alleging that Serevian troops had "
        "“shelled residential areas for three days”."
    )
    assert names(body) == [["Ardanian military"]]


def test_in_a_statement_released_by():
    body = (
        "In a statement released by the Velmar Interior Ministry on Friday, the protesters were accused of "
        "“planning mass disorder”."
    )
    assert names(body) == [["Velmar Interior Ministry"]]


def test_a_role_with_a_comma_list():
    body = (
        "Karen Aslanyan, Minister of Transport, Roads and Bridges, told reporters on Monday: "
        "“The bridge will reopen in March.”"
    )
    (q,) = analyse(HEAD + body).quotations
    assert (q.speaker, q.speakers[0].role) == ("Karen Aslanyan", "Minister of Transport, Roads and Bridges")


def test_quotations_in_headlines_and_subheads():
    text = (
        "Aliyar: “We Will Not Wait Forever”\n\n"
        "Valmoran President Farid Aliyar warned on Tuesday that the talks could not last for ever. "
        "“We will not wait forever,” Aliyar told parliament.\n\n"
        "Report of the Ombudsman: “Villages remain cut off”\n\n"
        "The ombudsman's office said in a report that “the villages remain cut off from the district centre.”"
    )
    analysis = analyse(text)
    found = [(q.heading, q.speaker) for q in analysis.quotations]
    assert found == [
        (True, "Farid Aliyar"),
        (False, "Farid Aliyar"),
        (True, "ombudsman's office"),
        (False, "ombudsman's office"),
    ]
    assert [p.text for p in analysis.copy.parts if p.kind == "subhead"] == [
        "Report of the Ombudsman: “Villages remain cut off”"
    ]
    assert analysis.copy.captions == []


def test_short_phrases_whose_source_is_named_around_them():
    body = (
        "Peskov said Moscow would not take part. The talks were “a waste of time,” he added.\n\n"
        "The agreement was, in Vale's words, “a trap”.\n\n"
        "Opposition leader Ana Vale bemoaned that the deal was “a betrayal”."
    )
    assert names(body) == [["Peskov"], ["Vale"], ["Ana Vale"]]


def test_an_unknown_speech_verb_beside_a_named_subject_is_a_proposal_with_low_confidence():
    (q,) = analyse(HEAD + "Ana Vale bemoaned that the deal was “a betrayal”.").quotations
    (speaker,) = q.speakers
    assert speaker.name == "Ana Vale" and speaker.confidence < 0.5
    assert speaker.why == "unknown verb ‘bemoaned’ beside a named subject"


def test_a_verb_added_to_the_lexicon_works_in_every_form():
    assert names("“The deal is a farce,” Ana Vale fumed.")[0] == ["Ana Vale"]
    assert names("Ana Vale fumes: “The deal is a farce.”")[0] == ["Ana Vale"]
    (q,) = analyse(HEAD + "“The deal is a farce,” Ana Vale fumed.").quotations
    assert q.speakers[0].confidence > 0.9


def test_he_said_is_the_sentences_subject_not_an_institution_named_in_it():
    body = (
        "Foreign Minister Anton Keller met judges of the Regional Court of Arbitration in Geneva on Tuesday.\n\n"
        "“We will respect the ruling, whatever it is,” he said."
    )
    assert names(body) == [["Anton Keller"]]


def test_no_person_is_made_of_an_institution_a_place_or_a_possessive():
    body = (
        "The Regional Court of Arbitration in Geneva ruled on Tuesday. “The contract stands,” the court said.\n\n"
        "In Brena, residents gathered. “We have waited too long,” Brena's mayor said.\n\n"
        "Aram Petrosyan's lawyer spoke to reporters. “He is innocent,” Aram Petrosyan's lawyer said."
    )
    for q in analyse(HEAD + body).quotations:
        for s in q.speakers:
            assert not (s.kind == "person" and s.name in {"Court of Arbitration", "Brena", "Aram Petrosyan's"}), s


def test_unnamed_sources_with_their_organisation():
    body = (
        "A senior official of the Government of Ardania, who spoke on condition of anonymity, said the decree was "
        "ready. “It will be signed next week,” the official said."
    )
    ((_, found),) = speakers(body)
    (q,) = analyse(HEAD + body).quotations
    assert found == ["unnamed: a senior official"] and q.speakers[0].affiliation == "Government of Ardania"


def test_a_joint_statement_and_its_block_quotation_have_both_speakers():
    body = (
        "The Red Crescent and the Caucasus Aid Network met donors in Geneva on Thursday.\n\n"
        "In a joint statement, the two organisations said:\n\n"
        "The convoys must be allowed through without delay.\n\n"
        "Every day of waiting costs lives.\n\n"
        "Donors pledged $40 million."
    )
    assert names(body) == [["Red Crescent", "Caucasus Aid Network"]]


def test_statements_keep_the_printed_words_date_and_medium():
    text = (
        "Water Deal Signed\n\n"
        "“We can go home now,” Anton Keller said on Thursday, “but not before we thank the engineers.”\n\n"
        "In a joint statement issued on Thursday evening, Valdoria and Ostrana said: “The river is shared.”"
    )
    analysis = analyse(text, published=date(2026, 11, 27))
    found = [(s.text, s.made_on, s.made_on_from, s.medium) for s in analysis.statements]
    assert found == [
        ("We can go home now, but not before we thank the engineers.", date(2026, 11, 26), "text", "remarks"),
        ("The river is shared.", date(2026, 11, 26), "text", "press_statement"),
    ]
    assert all(not printed_problems(s.text, text) for s in analysis.statements)
