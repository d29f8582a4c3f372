"""Stage 2: find every direct quotation in the body.

Words inside “…”, "…", «…» and ‘…’ (a ’ between letters is an apostrophe, not a closing mark),
quotations that run over several paragraphs (each paragraph reopens the quotation and only the
last one closes it: a quotation per paragraph, as printed, the later ones going on from the one
before, so that one speaker and one statement hold them), and block quotations introduced with a
colon. A closing mark printed where an opening one belongs (as in seed 000: ”We need to be aware…)
opens. Whether a short quotation is a statement or a scare quote is decided once the cue is known
(stage 3).
"""

from newsroom.core.quoting import MARKS, scan_marks
from newsroom.ingest.records import Quotation

# The scanner of quotation marks is the one module every part that reads quotations shares
# (newsroom/core/quoting.py): the reader's page finds the quotations ingest found.
ENGLISH_MARKS = MARKS
FRAGMENT_WORDS = 6


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
    if copy.dek_part is not None:  # the standfirst's, read as the headline's
        quotations.extend(_heading_quotations(source, copy.dek_part, -1, marks))
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
            # Open at the end of the paragraph: it runs on while the next paragraphs reopen it. Each
            # paragraph's stretch is a quotation of its own, as printed (each opens with its mark), the
            # later ones marked as going on from the one before (one speaker, one statement).
            s, e = _strip(source, start, part.end)
            run = [Quotation(" ".join(source[s:e].split()), s, e, index, index)]
            last = index
            rest = []  # quotations after the closing mark in the last paragraph it runs over
            while last + 1 < len(parts) and parts[last + 1].kind == "paragraph":
                following = parts[last + 1]
                fraw = source[following.start : following.end]
                found = scan_marks(fraw, marks)
                if not found or found[0].open != 0:
                    break
                last += 1
                close = found[0].close
                a, b = _strip(
                    source, following.start + 1, following.start + (close if close is not None else len(fraw))
                )
                if b > a:
                    run.append(Quotation(" ".join(source[a:b].split()), a, b, last, last, goes_on=True))
                if close is None:
                    continue
                for later in found[1:]:
                    o, c = later.open, later.close
                    a, b = _strip(
                        source, following.start + o + 1, following.start + (c if c is not None else len(fraw))
                    )
                    if b > a:
                        rest.append(Quotation(" ".join(source[a:b].split()), a, b, last, last))
                break
            quotations.extend(run)
            quotations.extend(rest)
            index = last  # the paragraphs it ran over hold no other quotation's opening
            break
        index += 1
    for i, quotation in enumerate(quotations):
        text = quotation.text.strip()
        sentence_like = text[:1].isupper() and text[-1:] in ",.!?"
        runs_on = quotation.goes_on or (i + 1 < len(quotations) and quotations[i + 1].goes_on)
        quotation.fragment = (
            not quotation.block and not runs_on and len(text.split()) < FRAGMENT_WORDS and not sentence_like
        )
        quotation.heading = quotation.part == -1 or (quotation.part >= 0 and parts[quotation.part].kind == "subhead")
    return quotations
