"""Stage 1: split news copy into the parts of an article.

Plain text in the shape of the seed texts: photo captions and the headline before the story, a
dateline and credit opening the first paragraph ("STEPANAKERT (Combined Sources) — "), body
paragraphs, subheads and captions among them, block quotations introduced by a colon, and the
publisher's boilerplate, which is dropped and listed so the editor sees what went.
"""

import re

from newsroom.ingest.grammar import alternation
from newsroom.ingest.letters import LOWER, UPPER
from newsroom.ingest.lexicon import CHARACTERISE, ENGLISH, REPORTING
from newsroom.ingest.records import CaptionPart, Copy, Part

BOILERPLATE = [
    re.compile(p, re.IGNORECASE)
    for p in [
        r"^get (the|our|my) .{1,60} in your inbox:?$",
        r"^(sign up|subscribe)\b.{0,120}$",
        r"\bnewsletter\b.{0,80}$",
        r"^a video of the .{1,60} can be (seen|watched|viewed)( at| here)?:?$",
        r"^(watch|see) the video( here| below)?:?$",
        r"^share (this|on)\b.{0,80}$",
        r"^(follow us|like us) on\b.{0,80}$",
        r"^(click here|read more|read also|also read|related|see also|advertisement)\b.{0,120}$",
        # (the linked story under “Also Read:”, by its date: “28/10/2026 - Over 300 Detained in Two Weeks …”)
        r"^\d{1,2}[./]\d{1,2}[./]\d{4}\s+[-–—]\s+.{5,200}$",
        r"^(facebook|twitter|whatsapp|telegram|email|print)( \| (facebook|twitter|whatsapp|telegram|email|print))+$",
        # The wire's credits and sign-offs: “(Reporting by …; Editing by …)”, “bur-pop/rlp”, “Tags: …”
        r"^\((?:additional )?(?:reporting|writing|editing|compiled|translated|produced) by\b[^()]*\)\.?$",
        r"^tags?:\s.{1,200}$",
        r"^follow\b.{1,60}\bon (telegram|twitter|x|facebook|instagram|whatsapp|youtube|google news)\b.{0,40}$",
        r"^[_\-=*~·•]{3,}$",
    ]
]
SIGN_OFF = re.compile(rf"^[{LOWER}]{{2,6}}(?:[-/][{LOWER}]{{2,6}}){{1,4}}$")  # “bur-pop/rlp”: the desk's initials

DATELINE = re.compile(
    rf"(?P<place>[{UPPER}][{UPPER}'’.\-]+(?:[ /][{UPPER}][{UPPER}'’.\-]+)*)"  # STEPANAKERT, NEW YORK, YEREVAN/BAKU
    rf"(?P<rest>(?:,\s*(?:[{UPPER}][{LOWER}]+\.?(?: \d{{1,2}})?|"
    rf"\d{{1,2}} [{UPPER}][{LOWER}]+|[{UPPER}][{LOWER}{UPPER}\-]+))*)"  # , Armenia / , Nov. 28
    r"\s*(?:\((?P<credit>[^)]{2,80})\))?"
    # (a hyphen only with a space after it: “YEREVAN (Reuters) - ”, not a headline's “KRC-WR Launch …”)
    r"\s*(?:[—–]{1,2}|-{1,2}(?=\s))\s*"
)
# Interfax's form: “Moscow. 28 November. INTERFAX -”
DATELINE_DOTTED = re.compile(
    rf"(?P<place>[{UPPER}][{LOWER}]+(?:[ -][{UPPER}][{LOWER}]+)*)"
    rf"\.\s+(?P<rest>\d{{1,2}}\s+[{UPPER}][{LOWER}]+|[{UPPER}][{LOWER}]+\s+\d{{1,2}})\.\s+"
    rf"(?P<credit>[{UPPER}][{UPPER}{LOWER}\-]+)\s*[—–-]{{1,2}}\s*"
)
# Datelines closed by a full stop: “MOSCOW, November 26. /TASS/.”, “YEREVAN, NOVEMBER 24, ARMENPRESS.”,
# “BAKU, Azerbaijan, November 26.”
DATELINE_PERIOD = re.compile(
    rf"(?P<place>[{UPPER}][{UPPER}'’\-]+(?:[ /][{UPPER}][{UPPER}'’\-]+)*)"
    rf"(?P<rest>(?:,\s*[{UPPER}][{LOWER}]+)?,\s*(?:[{UPPER}][{LOWER}{UPPER}]+\.?\s+\d{{1,2}}|\d{{1,2}}\s+[{UPPER}][{LOWER}{UPPER}]+))"
    rf"(?:\.\s*/(?P<credit>[{UPPER}{LOWER}\-]+)/|,\s*(?P<agency>[{UPPER}][{UPPER}{LOWER}\-]+))?\.\s+(?=[{UPPER}“\"«])"
)
# A dateline on a line of its own: “Baku, November 14, AZERTAC”
DATELINE_LINE = re.compile(
    rf"^(?P<place>[{UPPER}][{LOWER}]+(?:[ -][{UPPER}][{LOWER}]+)*)"
    rf"[,.]\s+(?:[{UPPER}][{LOWER}]+\.?\s+\d{{1,2}}|\d{{1,2}}\s+[{UPPER}][{LOWER}]+)[,.]?"
    rf"(?:\s+\d{{4}},?)?\s+(?P<credit>[{UPPER}][{UPPER}{LOWER}\-]+(?:\.[{UPPER}{LOWER}]{{2,3}})?)$"
)  # “Baku, April 22, AZERTAC”; Report.az's “Baku. 2 December. REPORT.AZ”
PLACE_LINE = re.compile(
    rf"[{UPPER}][{UPPER}'’\-]{{2,}}(?:[ /][{UPPER}][{UPPER}'’\-]+)*"
)  # “ANKARA”: a dateline's place alone
BYLINE = re.compile(
    rf"^(?:(?:By|Author:)\s+(?P<name>[{UPPER}][\w’'.\-]+(?:\s+(?:and\s+)?[{UPPER}][\w’'.\-]+){{0,5}})"
    # Anadolu's “Mehmet Sahin Akdogan  |08.12.2026 - Update : 08.12.2026”
    rf"|(?P<name2>[{UPPER}][\w’'.\-]+(?:\s+[{UPPER}][\w’'.\-]+){{1,4}})\s*\|\s*\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}}.*)$"
)
BARE_NAME = re.compile(rf"[{UPPER}][{LOWER}’'\-]+(?:\s+[{UPPER}][{LOWER}’'\-]+){{1,2}}")
TIME_LINE = re.compile(
    rf"(\d{{1,2}}[:.]\d{{2}}(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s+[{UPPER}]{{2,5}}(?:[+-]\d{{1,2}})?)?)[ \t]*\n\s*(?=\S)"
)
SMALL_WORDS = {
    "a",
    "an",
    "the",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "and",
    "or",
    "but",
    "by",
    "with",
    "from",
    "after",
    "as",
    "into",
    "over",
}
QUOTE_OPENERS = "“\"«‘'„”"
TERMINAL = tuple(".!?:;…\"”’»)'")


def split_paragraphs(text):
    """[(start, end)] of each blank-line separated paragraph, whitespace trimmed. A text with no
    blank line at all but several lines has one paragraph a line."""
    spans = []
    one_a_line = not re.search(r"\n[ \t\r]*\n", text.strip()) and len(re.findall(r"\n\s*\S", text.strip())) >= 2
    pattern = r"\S[^\n]*" if one_a_line else r"\S(?:.|\n(?![ \t\r]*\n))*"
    for match in re.finditer(pattern, text):
        raw = match.group(0)
        stripped = raw.rstrip()
        stamp = TIME_LINE.match(raw)
        if stamp and stamp.end() < len(stripped):
            # “22:05⏎Prime Minister … has posted”: a live blog's time, a line of its own, apart from the entry
            spans.append((match.start(), match.start() + len(stamp.group(1))))
            spans.append((match.start() + stamp.end(), match.start() + len(stripped)))
            continue
        spans.append((match.start(), match.start() + len(stripped)))
    return spans


def normalise(raw):
    return " ".join(raw.split())


def _byline_name(match):
    return match.group("name") or match.group("name2")


def is_title_case(text):
    words = [w for w in re.findall(rf"[{UPPER}{LOWER}][\w’'\-]*", text) if w.lower() not in SMALL_WORDS]
    if len(words) < 3:
        return False
    capitals = sum(1 for w in words if w[0].isupper())
    return capitals / len(words) >= 0.8


def is_boilerplate(text):
    return any(p.search(text) for p in BOILERPLATE) or bool(SIGN_OFF.match(text))


def _between_credits(header, part, lexicon):
    """A line of the header stands next to a credit (the page's date, a dateline) on either side."""
    at = header.index(part)
    around = header[max(0, at - 1) : at] + header[at + 1 : at + 2]
    return any(is_credit(p.text, lexicon) for p in around)


def _agency(credit):
    """A credit that names an agency (“Reuters”, “APA”), which the dateline keeps, rather than people
    or a desk (“Combined Sources”), which only the byline takes."""
    return len(credit.split()) == 1


def dateline_of(source, start, end):
    """(dateline as printed, credit, offset where the body starts) when the paragraph opens with a
    dateline, else None."""
    for pattern in (DATELINE, DATELINE_DOTTED, DATELINE_PERIOD):
        match = pattern.match(source, start, end)
        if match and len(match.group("place")) >= 3 and match.end() < end:
            credit = match.group("credit") or match.groupdict().get("agency") or ""
            printed = match.group("place") + match.group("rest")
            if pattern is not DATELINE:
                printed = source[match.start() : match.end()].rstrip(" —–-.")
            elif credit and _agency(credit):
                printed += f" ({credit})"
            return normalise(printed), credit, match.end()
    return None


# The credit a photo's caption ends with (“Photograph: Irakli Gedenidze/Reuters”, “(Photo: AFP)”).
# (or the agency's, in parentheses: “(AA Photo)”, “(AP Photo/Vahram Baghdasaryan)”)
PHOTO_CREDIT = re.compile(
    rf"(?:\bPhotograph|\bPhoto(?:graph)?\s+by|\bPhoto|\bImage|\bCredit)\s*:?\s+[{UPPER}][^.]{{0,60}}\)?$"
    rf"|\((?:[{UPPER}][\w.\-]*\s+){{1,3}}Photo(?:/[^()]{{1,60}})?\)$"
)


def _byline_in(text):
    """The reporter's name of a line “Daniel Hartley in Tbilisi” (their name and where they file from, on a
    line of its own), else ""."""
    m = re.match(
        rf"((?:[{UPPER}][\w’'\-]+\s+){{1,3}}(?:and\s+(?:[{UPPER}][\w’'\-]+\s+){{1,3}})?)in\s+[{UPPER}][\w\-]+", text
    )
    rest = text[m.end() :].strip() if m else ""
    # (the date and time the page gives under it: “Sat 28 Nov 2026 19.12 CET”)
    dated = not rest or (len(rest.split()) <= 8 and re.search(r"\b(?:19|20)\d\d\b", rest) is not None)
    return m.group(1).strip() if m and dated else ""


def is_credit(text, lexicon=ENGLISH):
    """A line of the header that says who wrote the report, for whom or when, not what it is about: a
    byline (“By SONA MANUKYAN”, “by Gunel Rahimli 5 February 2026”), a date or time (“Updated 4:12 PM
    GMT+4, January 21, 2026”, “Burak Yıldız |16.07.2026”), a dateline on its own line (“Baku, April 22,
    AZERTAC”, “ANKARA”) or a name and an outlet (“Anahit Grigoryan BBC News, Yerevan”)."""
    if (
        BYLINE.match(text)
        or DATELINE_LINE.match(text)
        or re.match(r"^(?:(?:by|updated|published|issued)\b|source:)", text, re.I)
    ):
        return True
    months = alternation(m.capitalize() for m in lexicon.months if len(m) > 2)
    if re.search(
        rf"\b\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}\b|\b\d{{1,2}}:\d{{2}}\b|\b(?:{months})\.?\s+\d{{1,2}},?\s+\d{{4}}\b"
        rf"|\b\d{{1,2}}\s+(?:{months})\s+\d{{4}}\b",
        text,
    ):
        return len(text.split()) <= 12
    if PLACE_LINE.fullmatch(text):
        return True  # a dateline's place alone
    words = re.findall(r"[\w.]+", text)
    outlet = any(w.lower() in lexicon.media or w in {"News", "Press", "Agency", "Television"} for w in words)
    return len(words) <= 7 and all(w[:1].isupper() for w in words) and outlet


def is_subhead(text):
    """A heading among the body's paragraphs: a subhead rather than a photo's caption. Title case, a
    number (“3. Kestria warns …”), a colon (“Report of the Ombudsman: “…””), a quotation or a few
    words (“Kremlin's stance”); a caption describes a picture at more length."""
    text = re.sub(r"^[-–—•]\s*|\s*[-–—]$", "", text)  # AFP's and Anadolu's “- 'Every time …' -”
    if is_title_case(text) or re.match(r"^(?:\d{1,2}[.)]|#+)\s", text) or ":" in text:
        return True
    if re.search(r"[“\"«]", text) or re.match(r"^[‘'].+[’']$", text):
        return True  # a quotation (“‘I ask the court for nothing’” is a subhead, not a caption)
    return len(text.split()) <= 5


# Who or what, a colon, and a whole quotation to the end of the line: how headings quote
# (“Report of the Ombudsman: “Villages remain vulnerable””)
HEADING_COLON_QUOTE = re.compile(r"^[^.!?:“”\"«»]{2,80}:\s*[“\"«‘][^“”\"«»]+[”\"»’]$")


# A line that is one quotation, its marks around all of it.
QUOTED_LINE = re.compile(r"^[“\"«‘'](?P<words>[^“”\"«»]+)[”\"»’']$")


def _quoted_word_ends(text):
    """A closing mark straight after a word ends the text (Iran warns over "corridor"): how headlines
    and subheads end; a sentence would end with punctuation."""
    bare = text.rstrip("\"”’»'")
    return bare != text and bare[-1:].isalnum()


def is_prose(text, first=False):
    """A sentence or more: ends like a sentence and is long enough to be one. The text's first
    paragraph ending with a quoted word is its headline."""
    words = len(text.split())
    if first and _quoted_word_ends(text) and words <= 30:
        return False
    if first and HEADING_COLON_QUOTE.match(text) and words <= 20:
        return False  # “MP on gas outage in Syunik village: "Where is the ministry?"”: a headline, its quotation last
    # Meduza's headline and standfirst on one line: no full stop at its end (“‘It was a play …’ A military court
    # …”), or a quotation as its title before the standfirst (“‘It’s like living in a bunker’ Ufa has gone …”)
    titled = re.match(rf"[‘“\"«](?:[^’”\"»]|(?<=\w)’(?=\w)){{3,150}}[’”\"»]\s+[{UPPER}]", text)
    if first and (not text.endswith(TERMINAL) or titled) and words <= 45:
        return False
    # A headline may end with "?" or "!", rarely with a full stop.
    return (
        text.endswith(TERMINAL)
        and words >= 4
        and (text.endswith((".", ".”", '."', ".'", ".’", ".»")) or not is_title_case(text))
    ) or words > 30


def is_heading_like(text):
    """No sentence punctuation at the end and short: a headline, subhead or caption. A heading may
    end with a quotation after a colon (“Report of the Ombudsman: “Villages remain vulnerable””),
    which a quoted sentence of the body would close with a full stop."""
    if HEADING_COLON_QUOTE.match(text) and text[-2:-1] not in ".!?," and len(text.split()) <= 20:
        return True
    if _quoted_word_ends(text) and "," not in text and len(text.split()) <= 12:
        return True  # “4. Iran warns again over "Zangezur corridor"”
    quoted = QUOTED_LINE.match(text)
    if quoted and quoted.group("words")[-1:] not in ".!?,;:…" and len(text.split()) <= 12:
        return True  # “‘Stay at home, or you will be next’”: a subhead that is a quotation, no sentence's end inside
    return not text.endswith(TERMINAL) and len(text.split()) <= 25


class Cues:
    """The words stage 1 reads to tell where a block quotation begins and ends, from a lexicon."""

    def __init__(self, lexicon):
        # A reporting verb in a paragraph after a block quotation: the reporter's words again (the
        # statement's own paragraphs may well hold “claims”, “alleged”, “presented”).
        said = alternation([*lexicon.forms(REPORTING, kinds=("past",)), "says", "according to"])
        documents = alternation(lexicon.document_heads)
        # a speech verb in a standfirst: “…, CEO says”
        self.speech = alternation(lexicon.forms(REPORTING, kinds=("third", "past")) | {"says", "warns", "tells"})
        intro = lexicon.forms(REPORTING, kinds=("third", "past")) | {"warned", "posted", "reads", "read"}
        self.intro = re.compile(
            rf"\b(?:{alternation(intro)}|following|as follows|in part|{documents})\b",
            re.IGNORECASE,
        )
        # … or the reporter's stock phrases: “X declined to comment”, “could not be reached”
        self.reporting = re.compile(
            rf"\b(?:{said})\b|\b(?:declined|refused) to comment\b|\bdid not (?:respond|reply)\b"
            r"|\bcould not be reached\b"
        )
        # “The union also called for a moratorium …” after a block quotation: the reporter's words again.
        resumed = lexicon.forms(CHARACTERISE, REPORTING, kinds=("past",)) | {
            "demanded",
            "appealed",
            "insisted",
            "concluded",
            "claimed",
            "denied",
        }
        resumed -= {"ordered", "ruled", "recorded", "registered", "refused", "discussed", "spoke", "spoken", "referred"}
        self.resumes = re.compile(
            rf"^(?:The|Its|It|Their|They)\s+(?:[\w’'\-]+\s+){{0,4}}?(?:also\s+)?(?:{alternation(resumed)}|asked)\b"
        )


CUES = Cues(ENGLISH)


def _intro_colon(text, cues=CUES):
    """“The statement reads, in part:” — a paragraph that hands over to a block quotation."""
    return text.endswith(":") and len(text.split()) <= 40 and bool(cues.intro.search(text))


def parse_copy(source, language=None):
    """Split `source` (the decoded file) into a Copy: headline, dateline, byline, captions, body parts."""
    cues = language.parse_cues if language is not None else CUES
    copy = Copy(source=source)
    spans = split_paragraphs(source)
    first_start = min((start for start, _ in spans), default=0)
    paragraphs = []
    for start, end in spans:  # (start, end) of each paragraph in the file
        text = normalise(source[start:end])
        if is_boilerplate(text):
            copy.dropped.append(text)
        else:
            paragraphs.append(Part("paragraph", text, start, end))

    # The header: heading-like paragraphs before the first paragraph of prose.
    header = []
    while (
        paragraphs
        and (
            not (
                is_prose(paragraphs[0].text, first=not header and paragraphs[0].start == first_start)
                or _intro_colon(paragraphs[0].text, cues)
            )
            # (a photo's caption before the headline, a sentence with its credit: “Trucks wait at the border
            # gate, Nov. 12, 2026. (AA Photo)”)
            or (not header and PHOTO_CREDIT.search(paragraphs[0].text) and len(paragraphs) > 1)
            # (a line of the date and time the page was posted: “26 November 2026 12:48 (UTC +04:00)”)
            # (not a live blog's entry, which opens on its time: “22:40 Ana Vale spoke at …”)
            or (
                re.match(r"\d", paragraphs[0].text)
                and re.search(r"\b(?:19|20)\d\d\b", paragraphs[0].text)
                and is_credit(paragraphs[0].text, language.lexicon if language else ENGLISH)
            )
            # (a standfirst with no full stop, the byline under it: “Tens of thousands rally …, as authorities
            # warn of ‘provocations’” ⏎ “Daniel Hartley in Tbilisi”)
            or (
                header
                and len(paragraphs) > 1
                and not re.search(r"[.!?…]['’\"”]?$", paragraphs[0].text)
                and (
                    is_credit(paragraphs[1].text, language.lexicon if language else ENGLISH)
                    or _byline_in(paragraphs[1].text)
                )
            )
        )
        and not dateline_of(paragraphs[0].text, 0, len(paragraphs[0].text))
    ):
        header.append(paragraphs.pop(0))
    if header:
        lexicon = language.lexicon if language is not None else ENGLISH
        # (a photo's caption, by the credit it ends with, is never the headline: “… Photograph: A. B./Reuters”)
        credited = [p for p in header if not is_credit(p.text, lexicon) and not _byline_in(p.text)]
        named = [p for p in credited if not PHOTO_CREDIT.search(p.text)] or credited
        titled = [p for p in named if is_title_case(p.text)]
        headline = titled[0] if titled else next(iter(named), None)
        for p in header:
            if p is headline:
                copy.headline = p.text
                copy.head = Part("headline", p.text, p.start, p.end)
            elif (
                headline is not None
                and p.start > headline.start
                and not copy.dek
                and not BYLINE.match(p.text)
                and not DATELINE_LINE.match(p.text)
                and not is_credit(p.text, lexicon)
                and len(p.text.split()) >= 6
                and not is_title_case(p.text)
                # it says who said what (“…,' says 74-year-old returnee as …”, “…, CEO says”); a caption of a
                # photo describes it (“Russian peacekeeping forces at the site of the ambush”)
                and (re.search(r"[“”\"«»]|(?:^|\s)[‘']\w", p.text) or re.search(rf"\b(?:{cues.speech})\b", p.text))
            ):
                # the standfirst under the headline (“'We came back …,' says 74-year-old returnee as …”);
                # a photo's caption is printed before the headline
                copy.dek = p.text
                copy.dek_part = Part("dek", p.text, p.start, p.end)
            elif BYLINE.match(p.text):
                copy.byline = _byline_name(BYLINE.match(p.text))
            elif not copy.byline and (name := _byline_in(p.text)):
                copy.byline = name
            elif (
                not copy.byline
                and headline is not None
                and p.start > headline.start
                and BARE_NAME.fullmatch(p.text)
                and _between_credits(header, p, lexicon)
            ):
                # a name alone on its line under the headline, beside the page's date or the dateline (Report.az's
                # “02 December, 2026 15:42” ⏎ “Nigar Abdullayeva” ⏎ “Baku. 2 December. REPORT.AZ”); not a section's
                # name nor a photo's caption
                copy.byline = p.text
            elif is_credit(p.text, lexicon) and not DATELINE_LINE.match(p.text) and not PLACE_LINE.fullmatch(p.text):
                # “December 2, 2026 1:18 PM GMT+4 Updated 2 hours ago”: the page's date, not a photo's caption
                copy.stamp = copy.stamp or p.text
            elif (DATELINE_LINE.match(p.text) or PLACE_LINE.fullmatch(p.text)) and not copy.dateline:
                copy.dateline = p.text
                line = DATELINE_LINE.match(p.text)
                copy.byline = copy.byline or (line.group("credit") if line else "")
            else:
                copy.captions.append(CaptionPart(p.text, 0))
    elif paragraphs:
        first = re.split(r"(?<=[.!?])\s", paragraphs[0].text)[0]
        copy.headline = first[:300]

    in_block = False
    for index, paragraph in enumerate(paragraphs):
        start, end, text = paragraph.start, paragraph.end, paragraph.text
        if not copy.parts and not copy.dateline:
            found = dateline_of(source, start, end)
            if found:
                copy.dateline, credit, start = found
                copy.byline = copy.byline or credit
                text = normalise(source[start:end])
        if BYLINE.match(text) and not copy.parts:
            copy.byline = copy.byline or _byline_name(BYLINE.match(text))
            continue
        if in_block:
            if (
                is_heading_like(text)
                or text.startswith("(")
                or text[:1] in QUOTE_OPENERS
                or cues.reporting.search(text)
                or cues.resumes.match(text)
            ):
                in_block = False
            else:
                copy.parts.append(Part("quote", text, start, end))
                continue
        if is_heading_like(text) and not text.endswith(":"):
            if is_subhead(text):
                copy.parts.append(Part("subhead", text, start, end))
            else:
                copy.captions.append(CaptionPart(text, len(copy.parts)))
            continue
        copy.parts.append(Part("paragraph", text, start, end))
        if _intro_colon(text, cues) and index + 1 < len(paragraphs):
            following = paragraphs[index + 1].text
            if following[:1] not in QUOTE_OPENERS and not is_heading_like(following):
                in_block = True
                copy.block_intros[len(copy.parts) - 1] = len(copy.parts)
    return copy
