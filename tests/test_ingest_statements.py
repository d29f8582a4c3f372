"""Stage 6: statements in the printed words, with their date and medium (newsroom/ingest/statements.py,
dates.py, printed.py)."""

from datetime import date

import pytest

from newsroom.ingest.dates import find_day, resolve
from newsroom.ingest.pipeline import analyse
from newsroom.ingest.printed import printed_problems

HEAD = "A Headline In Title Case\n\n"
FRIDAY = date(2026, 11, 27)  # a Friday


def statements(body, published=FRIDAY):
    analysis = analyse(HEAD + body, published=published)
    for s in analysis.statements:
        assert printed_problems(s.text, HEAD + body) == [], s.text
    return analysis.statements


def test_a_split_sentence_is_joined_as_printed():
    (s,) = statements("“We can go home now,” Ana Vale said, “but not before the last truck has crossed.”")
    assert s.text == "We can go home now, but not before the last truck has crossed."


def test_stretches_with_other_words_between_them_are_joined_by_an_ellipsis_or_a_paragraph():
    (s,) = statements(
        "“We have resolved most of the questions,” Anton Keller told reporters. “What remains is political.”\n\n"
        "Keller said the draft set minimum flows.\n\n“No farmer should lose his harvest,” he said."
    )
    # Only the attribution, a sentence of its own, stands between the first two stretches: none of the
    # speaker's words were left out, so nothing is added (as the blind writers of batches 16, 20 and 24
    # recorded it); a new paragraph of the report is a new paragraph of the statement.
    assert s.text == (
        "We have resolved most of the questions, What remains is political.\n\nNo farmer should lose his harvest,"
    )
    (s,) = statements(
        "“We have resolved most of the questions,” Anton Keller told reporters, who had waited since noon. "
        "Talks resume on Monday. “What remains is political.”"
    )
    assert s.text == "We have resolved most of the questions, … What remains is political."


def test_a_phrase_the_reporter_goes_on_to_quote_is_after_an_ellipsis():
    (s,) = statements(
        "“We sell to distributors abroad,” Ana Vale told Eurasianet by phone, calling the listing "
        "“a political decision dressed up as a legal one.”"
    )
    assert s.text == "We sell to distributors abroad, … a political decision dressed up as a legal one."


def test_each_entry_of_a_live_blog_is_an_act_of_its_own():
    texts = [
        s.text
        for s in statements(
            "22:40 Ana Vale spoke at the party's headquarters.\n\n“We will not accept this result,” she said.\n\n"
            "13:30 Ana Vale voted at a school in Velgrad.\n\n“Today hope will win,” she told journalists."
        )
    ]
    assert texts == ["We will not accept this result,", "Today hope will win,"]


def test_a_phrase_from_reported_speech_stays_a_statement_of_its_own():
    texts = [
        s.text
        for s in statements(
            "Ana Vale said the prisoners had been treated “with care and in full accordance with the law.”\n\n"
            "“We gave them food and water every day,” Ana Vale said."
        )
    ]
    assert texts == ["with care and in full accordance with the law.", "We gave them food and water every day,"]


def test_a_heading_that_repeats_the_body_adds_no_words():
    analysis = analyse(
        "Minister Calls Claims “Pure Fabrication”\n\nThe Kestrian defence minister, Ivo Ranc, spoke on Thursday. "
        "“The claims are a pure fabrication,” Ranc said.",
        published=FRIDAY,
    )
    (s,) = analysis.statements
    assert [q.heading for q in s.quotations] == [True, False] and s.text == "The claims are a pure fabrication,"


@pytest.mark.parametrize(
    "body, made_on, made_on_from",
    [
        ("“The border is calm,” Ana Vale said on Thursday.", date(2026, 11, 26), "text"),
        ("On Thursday evening, Ana Vale said: “The border is calm.”", date(2026, 11, 26), "text"),
        ("“The border is calm,” Ana Vale told reporters on 20 November.", date(2026, 11, 20), "text"),
        ("“The border is calm,” Ana Vale said yesterday.", date(2026, 11, 26), "text"),
        (
            "In a statement issued on Monday, March 6, the Kestrian Defence Ministry said: “The border is calm.”",
            date(2026, 3, 6),
            "text",
        ),
        ("“The border is calm,” Ana Vale said.", FRIDAY, "report"),
        # the day of the sentence that introduced the speaker, when the cue names none
        (
            "Ana Vale made clear on Tuesday evening that no road would be closed. In a post, she wrote that "
            "“nobody has the right to hold the highway hostage.”",
            date(2026, 11, 24),
            "text",
        ),
        # … but not a day the words speak of
        (
            "Ana Vale said the drills would last until Tuesday.\n\n“The border is calm,” she said.",
            FRIDAY,
            "report",
        ),
        # said at or after the occasion the report is about: its day, as the first paragraph gives it
        (
            "A court in Velgrad on Wednesday remanded the farmers' leader in custody.\n\n"
            "“The ruling was predetermined,” his lawyer, Ana Vale, told reporters after the hearing.",
            date(2026, 11, 25),
            "text",
        ),
        (
            "A court in Velgrad on Wednesday remanded the farmers' leader in custody.\n\n"
            "Ivo Ranc denied the charge as he was led into the courtroom.\n\n"
            "“I never called anyone to violence,” he told reporters.",
            date(2026, 11, 25),
            "text",
        ),
    ],
)
def test_the_day_the_text_gives_against_the_reports_date(body, made_on, made_on_from):
    s = statements(body)[-1]
    assert (s.made_on, s.made_on_from) == (made_on, made_on_from)


def test_without_the_reports_date_a_weekday_says_nothing():
    (s,) = statements("“The border is calm,” Ana Vale said on Thursday.", published=None)
    assert (s.made_on, s.made_on_from) == (None, "")


def test_a_dated_header_gives_the_reports_date():
    analysis = analyse(
        "Border Calm, Minister Says\n\nNovember 27, 2026\n\n“The border is calm,” Ana Vale said on Thursday."
    )
    assert analysis.published == FRIDAY and analysis.statements[0].made_on == date(2026, 11, 26)


def test_a_dateline_without_its_year_is_the_last_such_day_up_to_the_day_of_ingest():
    text = "Border Calm\n\nYEREVAN, Dec 6 (Reuters) - “The border is calm,” Ana Vale said on Friday."
    assert analyse(text).published is None  # (no day of ingest given: nothing to read the year against)
    analysis = analyse(text, today=date(2026, 12, 7))
    assert analysis.published == date(2026, 12, 6)
    assert (analysis.statements[0].made_on, analysis.statements[0].made_on_from) == (date(2026, 12, 4), "text")
    # (a day later in the year than the day of ingest is last year's: a December story pasted in January)
    assert analyse(text, today=date(2027, 1, 3)).published == date(2026, 12, 6)
    # (a date given at ingest wins)
    assert analyse(text, published=date(2026, 12, 5), today=date(2026, 12, 7)).published == date(2026, 12, 5)


@pytest.mark.parametrize(
    "body, medium",
    [
        ("“The border is calm,” the Kestrian Defence Ministry said in a statement.", "press_statement"),
        ("“The border is calm,” Ana Vale wrote on X.", "social_media_post"),
        ("“The border is calm,” Ana Vale tweeted.", "social_media_post"),
        ("“The border is calm,” Ana Vale told Interfax.", "interview"),
        ("In an interview with state television, Ana Vale said: “The border is calm.”", "interview"),
        ("Speaking at a news conference, Ana Vale said: “The border is calm.”", "briefing"),
        ("“The border is calm,” Ana Vale said in a speech to parliament.", "speech"),
        ("“The border is calm,” Ana Vale said at a meeting with the governors.", "meeting"),
        ("“The border is calm,” Ana Vale told reporters.", "remarks"),
        ("“The border is calm,” Ana Vale said.", "remarks"),
        # an outlet the lexicon does not know, by its name's form; a question asked
        ("“The border is calm,” Ana Vale told Eurasianet.", "interview"),
        ("Speaking to Civil.ge, Ana Vale said: “The border is calm.”", "interview"),
        ("“The border is calm,” Ana Vale told Eurasianet by phone.", "interview"),
        (
            "Speaking to Anadolu after the meeting, Ana Vale said the talks were “sincere and constructive”.",
            "interview",
        ),
        ("“The protocol is a start,” a diplomat, speaking to Kommersant on condition of anonymity, said.", "interview"),
        # said in a courtroom, or to a rally
        ("“I never raised a hand against anyone,” Ana Vale told the court.", "speech"),
        ("In his final statement to the court, Ivo Ranc said: “I never raised a hand.”", "speech"),
        ("“You know what to do on Sunday,” Ivo Ranc told supporters in Freedom Square.", "speech"),
        ("“We are not going anywhere,” Ivo Ranc told the crowd from the stage.", "speech"),
        ("“We are not going anywhere,” Ivo Ranc said at the rally.", "speech"),
        # said at a conference or a forum, its name in quotation marks or not
        ("“Demining will take decades,” Ana Vale said at the international conference in Baku.", "speech"),
        ("Ana Vale said at the “Caspian Logistics Week” international forum: “Cargo doubled.”", "speech"),
        ("Ana Vale said at the 4th Caspian Gas Transit Conference: “We supply twelve countries.”", "speech"),
        ("“Baku needs the gas,” said Ana Vale, an energy analyst at the Caucasus Economic Forum.", "remarks"),
        ("“Gyumri belongs to its people,” Ivo Ranc told several hundred supporters in the square.", "speech"),
        # a session, a hearing, talks
        ("“The tariff stays,” Ana Vale said at the hearing.", "meeting"),
        ("“Tourism needs investors,” Ana Vale said at Thursday’s cabinet session.", "meeting"),
        ("“Nobody is closing anything,” Ana Vale told journalists in parliament.", "remarks"),
        # the name between the verb and whom it was told to, as printed
        ("“This is not about transparency,” Salome Abash told lawmakers.", "speech"),
        (
            "“Diversification remains a cornerstone,” a Commission spokesperson said in an emailed comment.",
            "press_statement",
        ),
        # a ruling party is no court's ruling
        ("“Nobody is above the law,” Vahag Tumas, a deputy of the ruling party, told reporters.", "remarks"),
        # a document that states
        (
            "The joint declaration adopted by the Ministry of Energy of Kestria and the European Commission states "
            "that the sides “will build the pipeline by 2028”.",
            "press_statement",
        ),
    ],
)
def test_the_medium_from_the_cue(body, medium):
    (s,) = statements(body)
    assert s.medium == medium


@pytest.mark.parametrize(
    "body, medium",
    [
        (
            "An official, who requested anonymity, told Eurasianet that talks had stalled.\n\n"
            "“Nobody raised it with us,” the official said.",
            "interview",
        ),
        (
            "Mikhail Sorokin said so in an interview with Interfax.\n\n“We have proposed dates,” Sorokin said.",
            "interview",
        ),
        # the paragraph before speaks of someone else: it tells nothing of this quotation
        ("Ana Vale told Eurasianet that talks had stalled.\n\n“We have proposed dates,” Ivo Ranc said.", "remarks"),
        (
            "Levan Chkheid, the director of Iveria TV, told The Associated Press that his lawyers were ready.\n\n"
            "“We will keep working,” Chkheid said.",
            "interview",
        ),
        (
            "Energo-Pro Kestria said in a statement that the tariff freeze had left it unable to pay.\n\n"
            "“The current tariff does not cover the cost,” Energo-Pro Kestria said.",
            "press_statement",
        ),
        (
            "Ambassador Marta Sobcz, who also addressed the conference, reaffirmed the EU's support.\n\n"
            "“The European Union will stand by Kestria,” Sobcz said.",
            "speech",
        ),
    ],
)
def test_the_medium_from_the_sentence_that_introduced_the_speaker(body, medium):
    assert statements(body)[-1].medium == medium


def test_a_statement_and_an_interview_of_one_speaker_are_two_statements():
    found = statements(
        "“The border is calm,” the Kestrian Defence Ministry said in a statement on Thursday.\n\n"
        "Later, the ministry's spokesman spoke to the agency. “We are ready for talks,” the ministry told Interfax."
    )
    assert [s.medium for s in found] == ["press_statement", "interview"]


@pytest.mark.parametrize(
    "text, problem",
    [
        ("The border is calm,", False),
        ("The border is calm, but we are ready.", False),  # a split sentence
        ("The border is calm, … We are ready.", False),
        ("The border is calm.", True),  # “calm,” printed: the full stop is not the speaker's
        ("The border is calm,\n\nWe are ready.", False),
        ("The border is quiet,", True),
    ],
)
def test_the_printed_words_check(text, problem):
    source = "“The border is calm,” she said, “but we are ready.” Later: “We are ready.”"
    assert bool(printed_problems(text, source)) is problem


@pytest.mark.parametrize(
    "words, published, day",
    [
        ("on Thursday", FRIDAY, date(2026, 11, 26)),
        ("on Friday", FRIDAY, FRIDAY),
        ("on Saturday", FRIDAY, date(2026, 11, 21)),
        ("on 30 November", FRIDAY, date(2025, 11, 30)),
        ("on Nov. 3", FRIDAY, date(2026, 11, 3)),
        ("on November 3, 2024", FRIDAY, date(2024, 11, 3)),
    ],
)
def test_days_resolved_against_the_report(words, published, day):
    assert resolve(find_day(words), published) == day


def test_the_day_of_a_final_statement_to_the_court_after_the_verb():
    (s,) = statements(
        "“I have not taken a single dram from anyone,” Ivo Ranc said in his final statement to the court on November 9."
    )
    assert (s.made_on, s.made_on_from) == (date(2026, 11, 9), "text")


def test_a_day_inside_what_was_said_is_not_the_day_it_was_said():
    found = statements(
        "Kestria Gas said in a statement that pressure had dropped at a compressor station late on Monday.\n\n"
        "“There is no indication of sabotage,” the statement said."
    )
    assert found[-1].made_on == FRIDAY and found[-1].made_on_from == "report"


def test_a_quotation_split_by_a_cue_that_describes_the_speaker_joins_as_printed():
    (s,) = statements(
        "“We have exams in two months,” said Nika Chkheidze, a physics student, standing near a sound system "
        "outside the parliament building. “I would rather be studying.”"
    )
    assert s.text == "We have exams in two months, I would rather be studying."
    # a cue that goes on in the reporter's words is words between: never “months, stay until spring”
    texts = [
        s.text
        for s in statements(
            "“We have exams in two months,” Nika Chkheidze said, adding that the students would “stay until spring”."
        )
    ]
    assert not any("months, stay" in t for t in texts) and "We have exams in two months," in " … ".join(texts)


def test_a_day_inside_the_question_asked_is_not_the_day_of_the_answer():
    (s,) = statements("Asked whether a cut was possible on Dec. 11, Ivo Ranc replied: “Not likely.”")
    assert s.made_on == FRIDAY and s.made_on_from == "report"
    (s,) = statements("Asked on Thursday whether a cut was possible, Ivo Ranc replied: “Not likely.”")
    assert s.made_on == date(2026, 11, 26) and s.made_on_from == "text"


def test_words_said_leaving_the_talks_are_of_the_day_the_report_gives_the_talks():
    (s,) = statements(
        "Talks on the pass collapsed on Thursday after a third day of meetings.\n\n"
        "“We came here to open a road,” Ana Vale told reporters as she left the talks."
    )
    assert s.made_on == date(2026, 11, 26) and s.made_on_from == "text"


def test_words_told_the_court_are_of_the_day_the_report_gives_the_hearing():
    (s,) = statements(
        "A court in Kestra on Thursday opened the trial of six engineers over the collapse.\n\n"
        "“I only wanted to enlarge the shop window,” Ivo Ranc told the court."
    )
    assert s.made_on == date(2026, 11, 26) and s.made_on_from == "text" and s.medium == "speech"


def test_words_that_opened_the_meeting_or_the_evening_are_of_the_day_the_report_gives_it():
    opening = statements(
        "The commission met in Kestra on Thursday for its 22nd session.\n\n"
        "Opening the meeting, Ivo Ranc noted that trade had grown. “These are good figures,” Ranc said."
    )
    keynote = statements(
        "More than 300 guests attended the annual gala of the Valley Fund in Kestra on Thursday.\n\n"
        "“We had a borrowed van and a lot of stubbornness,” said Ana Vale in her opening remarks."
    )
    audience = statements(
        "More than 300 guests attended the annual gala of the Valley Fund in Kestra on Thursday.\n\n"
        "Housing, Ana Vale told the audience, remains “the single largest barrier” for the families."
    )
    for (s,) in (opening, keynote, audience):
        assert s.made_on == date(2026, 11, 26) and s.made_on_from == "text"


def test_a_day_after_the_reports_is_what_the_words_speak_of_not_when_they_were_said():
    (s,) = statements(
        "Kestria and Velmar have agreed to open their border to trucks as of Jan. 1, 2027, the Kestrian Foreign "
        "Ministry announced in a statement following the talks on Thursday.\n\n"
        "“The sides agreed to enable the crossing of the border by cargo vehicles,” the statement read."
    )
    assert (s.made_on, s.made_on_from) == (date(2026, 11, 26), "text")
