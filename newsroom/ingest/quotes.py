"""Stage 2: find every direct quotation in the body.

Words inside “…”, "…", «…» and ‘…’ (a ’ between letters is an apostrophe, not a closing mark),
quotations that run over several paragraphs (each paragraph reopens the quotation and only the
last one closes it), and block quotations introduced with a colon. A closing mark printed where an
opening one belongs (as in seed 000: ”We need to be aware…) opens. Whether a short quotation is a
statement or a scare quote is decided once the cue is known (stage 3).
"""

import re
from dataclasses import dataclass

from newsroom.ingest.language import QuotationMarks
from newsroom.ingest.records import Quotation

ENGLISH_MARKS = QuotationMarks()
FRAGMENT_WORDS = 6


def _is_open_position(text, i):
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-/:") and not after.isspace()


def _is_close_position(text, i):
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


CLOSING_FOLLOWERS = set(
    """to and that in on as for with by from at when after before but or is was were are be been had has have
    would will could should said says told added which who while because since if than then so about against
    over into during without until the a an it its his her their they he she we this these those of""".split()
)


def _plural_possessive(text, i, marks=ENGLISH_MARKS):
    """“members' patience”: an apostrophe after a plural, followed by the noun it possesses, while
    a closing mark follows later in the paragraph."""
    if not (i > 0 and text[i - 1] == "s" and text[i + 1 : i + 2] == " " and text[i + 2 : i + 3].islower()):
        return False
    following = re.match(r"[a-z]+", text[i + 2 :]).group(0)
    if following in CLOSING_FOLLOWERS:
        return False  # “taken ‘adequate retaliatory measures’ to suppress”: a word that does not follow a possessive
    return any(
        text[j] in marks.single_close and _is_close_position(text, j) and text[j - 1] != "s"
        for j in range(i + 1, len(text))
    )


def _single_closes_later(text, i, marks=ENGLISH_MARKS):
    """A ‘…’ quotation holding a “…” one closes after it: ‘Those who cry “blockade” … carefully’, she wrote."""
    close = text.find(marks.pairs.get(text[i], text[i]), i + 1)
    if close < 0:
        return False
    return any(
        text[j] in marks.single_close
        and _is_close_position(text, j)
        and not _plural_possessive(text, j, marks)
        and text[j + 1 : j + 2] in ("", " ", ",", ".", ";")
        for j in range(close + 1, len(text))
    )


@dataclass(frozen=True)
class Mark:
    """A quotation's marks in one paragraph: where it opens and closes (None: the paragraph ends
    inside it), and whether its marks are double or single."""

    open: int
    close: int | None
    kind: str


def scan_marks(text, marks=ENGLISH_MARKS):
    """The Marks of the top-level quotations in one paragraph, in order."""
    spans = []
    i = 0
    opened = None  # the Mark being read, its close not yet known
    while i < len(text):
        ch = text[i]
        if opened is None:
            if ch in marks.opening or (ch in marks.ambiguous and _is_open_position(text, i)):
                opened = Mark(i, None, "double")
            elif ch in marks.single_open and _is_open_position(text, i):
                opened = Mark(i, None, "single")
        elif opened.kind == "double":
            # «…» closes only with », »…« with « (the marks inside may be “…”); the others with ” or ".
            closers = marks.closer_of(text[opened.open])
            if (ch in closers and _is_close_position(text, i)) or (
                ch in marks.turned_closer and _is_close_position(text, i) and not _is_open_position(text, i)
            ):
                spans.append(Mark(opened.open, i, "double"))
                opened = None
        else:
            if ch in marks.single_close and _is_close_position(text, i) and not _plural_possessive(text, i, marks):
                spans.append(Mark(opened.open, i, "single"))
                opened = None
            elif ch in marks.double_open and _is_open_position(text, i) and not _single_closes_later(text, i, marks):
                # A double quotation inside a ‘…’ that never closed: the ‘ was an apostrophe.
                opened = Mark(i, None, "double")
        i += 1
    if opened is not None:
        spans.append(opened)
    return spans


def _strip(text, start, end):
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _heading_quotations(source, part, index, marks):
    """Quotations in a headline or a subhead: no quotation runs on from one of these into the next part."""
    raw = source[part.start : part.end]
    found = []
    for mark in scan_marks(raw, marks):
        open_at, close_at = mark.open, mark.close
        s, e = _strip(source, part.start + open_at + 1, part.start + (close_at if close_at is not None else len(raw)))
        if e > s:
            found.append(Quotation(" ".join(source[s:e].split()), s, e, index, index))
    return found


def find_quotations(copy, marks=ENGLISH_MARKS):
    """The quotations in `copy`'s headline and body, in order, with their offsets in the file."""
    source = copy.source
    quotations = _heading_quotations(source, copy.head, -1, marks) if copy.head else []
    parts = copy.parts
    index = 0
    while index < len(parts):
        part = parts[index]
        if part.kind == "quote":
            first = index
            while index + 1 < len(parts) and parts[index + 1].kind == "quote":
                index += 1
            quotations.append(
                Quotation(
                    text="\n\n".join(p.text for p in parts[first : index + 1]),
                    start=parts[first].start,
                    end=parts[index].end,
                    part=first,
                    last_part=index,
                    block=True,
                )
            )
            index += 1
            continue
        if part.kind == "subhead":
            quotations.extend(_heading_quotations(source, part, index, marks))
        if part.kind != "paragraph":
            index += 1
            continue
        raw = source[part.start : part.end]
        for mark in scan_marks(raw, marks):
            open_at, close_at = mark.open, mark.close
            start = part.start + open_at + 1
            if close_at is not None:
                s, e = _strip(source, start, part.start + close_at)
                if e > s:
                    quotations.append(Quotation(" ".join(source[s:e].split()), s, e, index, index))
                continue
            # Open at the end of the paragraph: it runs on while the next paragraphs reopen it.
            texts = [" ".join(source[start : part.end].split())]
            last, end = index, part.end
            rest = []  # quotations after the closing mark in the last paragraph it runs over
            while last + 1 < len(parts) and parts[last + 1].kind == "paragraph":
                following = parts[last + 1]
                fraw = source[following.start : following.end]
                found = scan_marks(fraw, marks)
                if not found or found[0].open != 0:
                    break
                last += 1
                if found[0].close is None:
                    texts.append(" ".join(fraw[1:].split()))
                    end = following.end
                    continue
                texts.append(" ".join(fraw[1 : found[0].close].split()))
                end = following.start + found[0].close
                for later in found[1:]:
                    o, c = later.open, later.close
                    a, b = _strip(
                        source, following.start + o + 1, following.start + (c if c is not None else len(fraw))
                    )
                    if b > a:
                        rest.append(Quotation(" ".join(source[a:b].split()), a, b, last, last))
                break
            s, e = _strip(source, start, end)
            quotations.append(Quotation("\n\n".join(texts), s, e, index, last))
            quotations.extend(rest)
            index = last  # the paragraphs it ran over hold no other quotation's opening
            break
        index += 1
    for quotation in quotations:
        text = quotation.text.strip()
        sentence_like = text[:1].isupper() and text[-1:] in ",.!?"
        quotation.fragment = not quotation.block and len(text.split()) < FRAGMENT_WORDS and not sentence_like
        quotation.heading = quotation.part == -1 or (quotation.part >= 0 and parts[quotation.part].kind == "subhead")
    return quotations
