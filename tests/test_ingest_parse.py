"""Stage 1: the copy's parts (newsroom/ingest/parse.py)."""

import json
import re
from pathlib import Path

import pytest

from newsroom.content.body import parse_body
from newsroom.ingest.parse import parse_copy

TEXTS = Path(__file__).resolve().parent.parent / "fixtures" / "seed-texts"
SEEDS = ["000_df6807e0e8078fea.txt", "002_5f19ac38d71cd182.txt", "003_ea7fa0eaae2a757b.txt"]


def seed_article(name):
    data = json.loads((TEXTS.parent / "seed.json").read_text(encoding="utf-8"))
    index = SEEDS.index(name) + 1
    article = next(r["fields"] for r in data if r["model"] == "newsroom.article" and r["pk"] == index)
    captions = [
        r["fields"]["text"] for r in data if r["model"] == "newsroom.caption" and r["fields"]["article"] == index
    ]
    return article, captions


@pytest.mark.parametrize("name", SEEDS)
def test_seed_copy_splits_into_the_parts_the_editor_recorded(name):
    copy = parse_copy((TEXTS / name).read_text(encoding="utf-8"))
    article, captions = seed_article(name)
    assert copy.headline == article["headline"]
    assert (copy.dateline, copy.byline) == (article["dateline"], article["byline"])
    assert [c.text for c in copy.captions] == captions
    # The body is the editor's, but for the boilerplate the issue asks to drop ("A video … can be seen at").
    expected = [b for b in parse_body(article["body"]) if not b.text.startswith("A video of the incident")]
    assert [(b.kind, b.text, b.paragraphs) for b in parse_body(copy.body)] == [
        (b.kind, b.text, b.paragraphs) for b in expected
    ]


def test_boilerplate_is_dropped_and_listed():
    copy = parse_copy((TEXTS / SEEDS[0]).read_text(encoding="utf-8"))
    assert copy.dropped == [
        "Get the Mirror in your inbox:",
        "A video of the incident can be seen at",
        "Get the Mirror-Spectator Weekly in your inbox:",
    ]
    assert "inbox" not in copy.body


def test_caption_positions_count_the_blocks_before_the_photo():
    copy = parse_copy((TEXTS / SEEDS[0]).read_text(encoding="utf-8"))
    assert [c.position for c in copy.captions] == [0, 11, 22]


def test_block_quotation_after_a_colon_runs_to_the_credit_line():
    copy = parse_copy((TEXTS / SEEDS[0]).read_text(encoding="utf-8"))
    (quote,) = [b for b in parse_body(copy.body) if b.kind == "quote"]
    assert len(quote.paragraphs) == 7 and quote.paragraphs[0].startswith("The facts prove")


def test_offsets_point_into_the_file():
    text = (TEXTS / SEEDS[0]).read_text(encoding="utf-8")
    for part in parse_copy(text).parts:
        assert " ".join(text[part.start : part.end].split()) == part.text


def test_byline_line_dateline_with_agency_and_a_newsletter_prompt():
    copy = parse_copy(
        "Storm Hits Coast\n\nBy Jane Roe\n\nPORTLAND, Maine (AP) — A storm hit the coast on Monday, officials said.\n\n"
        "Sign up for our newsletter\n\nMore rain is expected on Tuesday across the region."
    )
    assert (copy.headline, copy.byline, copy.dateline) == ("Storm Hits Coast", "Jane Roe", "PORTLAND, Maine (AP)")
    assert copy.body.startswith("A storm hit the coast")
    assert copy.dropped == ["Sign up for our newsletter"]


def test_a_colon_that_is_not_an_introduction_starts_no_block_quotation():
    copy = parse_copy(
        "Headline Words Here Now\n\nThe figures were these: many and more.\n\nGet our briefing in your "
        "inbox:\n\nThe rest of the report follows here as usual."
    )
    assert [p.kind for p in copy.parts] == ["paragraph", "paragraph"]


@pytest.mark.parametrize("name", SEEDS)
def test_copy_with_one_paragraph_a_line_splits_like_blank_line_copy(name):
    text = (TEXTS / name).read_text(encoding="utf-8")
    single = re.sub(r"\n\s*\n", "\n", text)
    assert [p.text for p in parse_copy(single).parts] == [p.text for p in parse_copy(text).parts]


def test_headline_and_subheads_ending_with_a_quoted_word_are_not_prose():
    text = (
        'Morning Digest: Floods in the north, Kestria warns over "bridge"\n\n'
        "Good morning. Here is what you need to know today.\n\n"
        '3. Kestria warns again over "Northern route"\n\n'
        "The Kestrian Foreign Ministry said on Monday that it would not accept any change to the border.\n\n"
        'According to the Serevian Foreign Ministry, the handover "shows that the mechanisms work"\n\n'
        "The two sides met on Tuesday."
    )
    copy = parse_copy(text)
    assert copy.headline.startswith("Morning Digest")
    kinds = [(p.kind, p.text[:12]) for p in copy.parts]
    assert ("subhead", "3. Kestria w") in kinds  # a subhead, not a paragraph
    assert ("paragraph", "According to") in kinds  # a sentence with a comma, not a subhead
    assert not any(p.text.startswith("Morning Digest") for p in copy.parts)


@pytest.mark.parametrize(
    "first, dateline, byline",
    [
        (
            "BRENA, Valdoria, Nov. 28 (Reuters) — Talks resumed on Friday.",
            "BRENA, Valdoria, Nov. 28 (Reuters)",
            "Reuters",
        ),
        ("BAKU, Nov. 28 (APA) — Talks resumed on Friday.", "BAKU, Nov. 28 (APA)", "APA"),
        ("YEREVAN/BAKU, Oct 12 (Reuters) - Talks resumed on Friday.", "YEREVAN/BAKU, Oct 12 (Reuters)", "Reuters"),
        ("Moscow. 28 November. INTERFAX - Talks resumed on Friday.", "Moscow. 28 November. INTERFAX", "INTERFAX"),
        ("TBILISI, DFWatch– Talks resumed on Friday.", "TBILISI, DFWatch", ""),
        ("STEPANAKERT (Combined Sources) — Talks resumed on Friday.", "STEPANAKERT", "Combined Sources"),
        # (a place whose capitals are not ASCII's)
        ("İSTANBUL, Nov 28 (Reuters) - Talks resumed on Friday.", "İSTANBUL, Nov 28 (Reuters)", "Reuters"),
        ("ŞUŞA, Nov. 28 (APA) — Talks resumed on Friday.", "ŞUŞA, Nov. 28 (APA)", "APA"),
    ],
)
def test_the_whole_dateline_is_kept(first, dateline, byline):
    copy = parse_copy(f"Talks Resume in the Capital\n\n{first}\n\nThe next round is in December.")
    assert (copy.dateline, copy.byline) == (dateline, byline)
    assert copy.body.startswith("Talks resumed on Friday.")


def test_a_dateline_on_its_own_line():
    copy = parse_copy(
        "President Receives Delegation\n\nBaku, November 14, AZERTAC\n\nThe president received a delegation."
    )
    assert (copy.dateline, copy.byline, copy.captions) == ("Baku, November 14, AZERTAC", "AZERTAC", [])


def test_a_headline_opening_on_acronyms_with_a_hyphen_is_no_dateline():
    copy = parse_copy(
        "VRS, KRC-WR Launch Winter Drive\n\nKESTRA, Dec 1 (Reuters) - The two groups launched a campaign.\n\nMore."
    )
    assert (copy.headline, copy.dateline) == ("VRS, KRC-WR Launch Winter Drive", "KESTRA, Dec 1 (Reuters)")
    assert copy.body.startswith("The two groups launched")


def test_subheads_stay_in_the_body_and_captions_leave_it():
    copy = parse_copy(
        "Court Hears Appeal\n\nThe court sat on Monday to hear the appeal of the two men.\n\n"
        "Report of the Ombudsman: “Children are afraid to go to school”\n\n"
        "The ombudsman published her findings on Tuesday.\n\n"
        "Kremlin's stance\n\nMoscow said nothing for two days after the ruling.\n\n"
        "Relatives of the two men wait outside the court building in the rain\n\n"
        "The hearing resumes next week."
    )
    assert [p.text for p in copy.parts if p.kind == "subhead"] == [
        "Report of the Ombudsman: “Children are afraid to go to school”",
        "Kremlin's stance",
    ]
    assert [c.text for c in copy.captions] == ["Relatives of the two men wait outside the court building in the rain"]


@pytest.mark.parametrize(
    "line",
    [
        "(Reporting by Lilit Arakelyan in Yerevan; Editing by Mark Heinrich)",
        "Tags: Armenia, Azerbaijan, servicemen",
        "Follow NEWS.am on Telegram",
        "Read also: Pashinyan discusses border security",
        "bur-pop/rlp",
        "___",
    ],
)
def test_the_wires_credits_and_sign_offs_are_boilerplate(line):
    copy = parse_copy(f"Talks Resume in the Capital\n\nTalks resumed on Friday in the capital.\n\n{line}")
    assert copy.dropped == [line] and line not in copy.body


def test_a_standfirst_under_the_headline_is_the_dek_and_its_quotation_a_heading_s():
    copy = parse_copy(
        "Families Resettle In Velna, 82 Years After Deportation\n\n"
        "'We came back to the land of our ancestors,' says 74-year-old returnee as 36 families settle\n\n"
        "Mira Solan  |08.12.2026 - Update : 08.12.2026\n\n"
        "TBILISI\n\n"
        "Thirty-six families moved into new houses on Tuesday, officials said.\n\n"
        "- 'We have been waiting for this moment for 82 years'\n\n"
        "The families arrived from three countries."
    )
    assert copy.dek.startswith("'We came back to the land of our ancestors,'")
    assert copy.byline == "Mira Solan"
    assert copy.captions == []
    assert [p.kind for p in copy.parts] == ["paragraph", "subhead", "paragraph"]


def test_a_photo_s_caption_under_the_headline_stays_a_caption():
    copy = parse_copy(
        "Leaders Voice Concern About Border Ambush\n\n"
        "Peacekeeping forces at the site of the ambush on a police vehicle\n\n"
        "The European Union and NATO voiced concern about the ambush on Sunday."
    )
    assert copy.dek == ""
    assert [c.text for c in copy.captions] == ["Peacekeeping forces at the site of the ambush on a police vehicle"]


def test_a_photo_credit_before_the_headline_makes_its_line_a_caption_and_a_british_standfirst_the_dek():
    copy = parse_copy(
        "Protesters wave flags outside the parliament on Saturday. Photograph: Ana Beri/Reuters\n\n"
        "‘We are tired, but we are not leaving’: Kestrians mark two years of protest\n\n"
        "Tens of thousands rally in Kestra on the anniversary, as authorities warn of ‘provocations’\n\n"
        "Daniel Hart in Kestra\nSat 28 Nov 2026 19.12 CET\n\n"
        "Tens of thousands of people have marched through the capital.\n"
    )
    assert copy.headline.startswith("‘We are tired")
    assert copy.dek.startswith("Tens of thousands rally")
    assert copy.byline == "Daniel Hart"
    assert [c.text[:11] for c in copy.captions] == ["Protesters "]
    assert copy.parts[0].text == "Tens of thousands of people have marched through the capital."


def test_the_pages_time_stamp_under_the_byline_is_dropped_not_a_caption():
    copy = parse_copy(
        "Kestria cuts gas flows after pipeline fault\n\nBy Farid Mamma\n\n"
        "December 2, 2026 1:18 PM GMT+4 Updated 2 hours ago\n\n"
        "KESTRA, Dec 2 (Reuters) - Kestria has cut gas deliveries, the company said on Wednesday.\n"
    )
    assert copy.captions == [] and copy.stamp == "December 2, 2026 1:18 PM GMT+4 Updated 2 hours ago"
    assert copy.dateline == "KESTRA, Dec 2 (Reuters)" and copy.byline == "Farid Mamma"


def test_an_also_read_link_and_its_dated_story_are_no_part_of_the_body():
    copy = parse_copy(
        "Report Finds Ill-Treatment Systemic\n\nTBILISI, Dec 3 (Civil.ge) - The report was presented on Tuesday.\n\n"
        "Also Read:\n\n28/10/2026 - Over 300 Detained in Two Weeks of Tbilisi Protests, Rights Groups Say\n\n"
        "The next hearing is in January."
    )
    assert "Also Read" not in copy.body and "Over 300 Detained" not in copy.body
    assert copy.body.endswith("The next hearing is in January.")


def test_a_photos_caption_with_the_agencys_credit_before_the_headline_is_a_caption():
    copy = parse_copy(
        "Trucks wait at the border gate in Velgrad, Nov. 12, 2026. (AA Photo)\n\n"
        "Kestria, Velmar agree to open land border to cargo trucks from January\n\n"
        "Kestria and Velmar have agreed to open their shared border to cargo trucks, the envoys said on Thursday.\n"
    )
    assert copy.headline == "Kestria, Velmar agree to open land border to cargo trucks from January"
    assert [c.text for c in copy.captions] == ["Trucks wait at the border gate in Velgrad, Nov. 12, 2026. (AA Photo)"]
    assert [p.text[:18] for p in copy.parts] == ["Kestria and Velmar"]


# Headers of batches 175–177 (sentences of our own) ---------------------------------------------------


def test_an_author_line_is_the_byline_not_the_headline():
    copy = parse_copy(
        "Velnian minister: Kestra cable to turn the sea into «a bridge» – UPDATED\n\n"
        "Author: Lena Morvik\n\n"
        "BRENA, Nov. 27 (APA) — The energy ministers of Velna and Tarsk signed a roadmap on Friday, APA reports."
    )
    assert copy.headline.startswith("Velnian minister:")
    assert copy.byline == "Lena Morvik"


def test_a_dotted_dateline_line_and_a_bare_name_under_the_headline():
    copy = parse_copy(
        'Deputy minister: "Cargo on the corridor to double next year"\n\n'
        "02 December, 2026 15:42\n\n"
        "Lena Morvik\n\n"
        "Brena. 2 December. REPORT.AZ\n\n"
        "Cargo transportation along the corridor grew by a third this year, the deputy minister said."
    )
    assert copy.headline.startswith("Deputy minister:")
    assert (copy.dateline, copy.byline, copy.captions) == ("Brena. 2 December. REPORT.AZ", "Lena Morvik", [])


def test_a_headline_and_standfirst_on_one_line_with_no_full_stop_is_the_headline():
    copy = parse_copy(
        "‘It was a song about loss, not about war’ A court in Brena has sentenced singer Ivo Danek to four years "
        "in prison over an album about the widows of a war that the state says never happened at all\n\n"
        "Source: Velna Daily\n\n"
        "On November 18, the court in Brena sentenced the singer to four years. Here is what we know."
    )
    assert copy.headline.startswith("‘It was a song about loss")
    assert copy.stamp == "Source: Velna Daily"
    assert copy.parts[0].text.startswith("On November 18")
