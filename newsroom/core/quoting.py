"""Quoting: where quotations stand in a paragraph, and how two printings of quoted words compare.

One module for every part that reads quotations: ingest's stage 2 (ingest/quotes.py) scans the
marks with `scan_marks`; the reader's article page finds the quotations of the statements it cites
with `quoted_spans` and `comparable` (reading/quotations.py); a statement's provenance compares a
report's wording with the statement's by `word_keys` (reading/provenance.py); ingest links a report's
quotation to the statement the newsroom holds by `overlap` (ingest/linking.py) and the quality harness
matches labelled words with `plain` (ingest/quality.py).

The marks: “…”, "…", ‘…’ (a ’ between letters is an apostrophe), «…», »…« and „…“. A closing mark
printed where an opening one belongs (”We need to be aware…”) opens. Imports nothing of the app.
"""

import re
from dataclasses import dataclass, field

from django.utils.text import Truncator


@dataclass(frozen=True)
class QuotationMarks:
    """The marks that open and close a quotation, as `scan_marks` reads them."""

    opening: str = "“«„"  # always open a quotation
    ambiguous: str = '"”»'  # open one where an opening mark stands (”We need to be aware…” opens)
    single_open: str = "‘'"
    single_close: str = "’'"  # also apostrophes: scan_marks tells them apart
    # The marks that close a quotation a mark opened (the marks inside «…» may be “…”); any other
    # opening mark is closed by one of `default_closers`.
    closers: dict = field(default_factory=lambda: {"«": "»", "»": "«»"})
    default_closers: str = '”»"'
    pairs: dict = field(default_factory=lambda: {"“": "”", "«": "»", "„": "“"})  # an opening mark's own closer
    turned_closer: str = "“"  # printed where a closing mark belongs, it closes

    @property
    def double_open(self):
        """The marks that open a quotation inside a single-quoted one."""
        return self.opening + '"'

    def closer_of(self, opening):
        return self.closers.get(opening, self.default_closers)


MARKS = QuotationMarks()


# --- Scanning -------------------------------------------------------------------------------


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


def _plural_possessive(text, i, marks=MARKS):
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


def _single_closes_later(text, i, marks=MARKS):
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


def scan_marks(text, marks=MARKS):
    """The Marks of the top-level quotations in one paragraph, in order."""
    spans = []
    i = 0
    opened = None  # the Mark being read, its close not yet known
    inner = None  # the closer of a quotation inside it, opened by a mark of another pair (“«… „…“ …»”)
    while i < len(text):
        ch = text[i]
        if opened is None:
            if ch in marks.opening or (ch in marks.ambiguous and _is_open_position(text, i)):
                opened = Mark(i, None, "double")
            elif ch in marks.single_open and _is_open_position(text, i):
                opened = Mark(i, None, "single")
        elif inner is not None:
            if ch == inner:
                inner = None
        elif opened.kind == "double" and ch in marks.pairs and ch != text[opened.open] and _is_open_position(text, i):
            inner = marks.pairs[ch]  # «The so-called „European choice“ of …»: „…“ is inside, its “ closes nothing
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


def quoted_spans(text, marks=MARKS):
    """(start, end) of the words inside each top-level quotation of one paragraph, the marks left
    outside; a quotation the paragraph does not close runs to its end (it goes on in the next)."""
    out = []
    for mark in scan_marks(text, marks):
        start, end = mark.open + 1, mark.close if mark.close is not None else len(text)
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append((start, end))
    return out


# --- Comparing wordings -----------------------------------------------------------------------

# A quotation printed before “, she said” ends in a comma where the statement has a full stop:
# that alone is no difference.
CLOSING_PUNCTUATION = ",.;:"
APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'"})


def comparable(text):
    """Quoted words as two printings of them are compared for sameness: spacing collapsed, case
    folded, apostrophes of one kind, a closing , . ; : dropped."""
    return " ".join(text.split()).translate(APOSTROPHES).strip().rstrip(CLOSING_PUNCTUATION).strip().casefold()


def comparable_paragraphs(text):
    """`comparable` of each paragraph (a blank line apart) of a wording."""
    return [comparable(p) for p in text.split("\n\n") if p.strip()]


def word_keys(words):
    """The words of a printing as a word-by-word comparison takes them: the last one without its
    closing punctuation, apostrophes of one kind (case kept: a difference of case is shown)."""
    keys = [w.translate(APOSTROPHES) for w in words]
    return [*keys[:-1], keys[-1].rstrip(CLOSING_PUNCTUATION)] if keys else []


def words_alone(text):
    """The words of a printing however its sentences and paragraphs are closed: no closing , . ; : on any word,
    apostrophes of one kind (“…go home now,” she said, “but …” is the statement's “… go home now, but …”)."""
    return [w.translate(APOSTROPHES).rstrip(CLOSING_PUNCTUATION) for w in text.split()]


def plain(text):
    """The words alone, lower case, punctuation and marks gone: “Peace, now!” → "peace now"."""
    return " ".join(re.findall(r"[\w\-]+", text.lower()))


MONTHS = "january february march april may june july august september october november december".split()
_MONTH = "|".join(MONTHS)
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH})\s*,?\s+(\d{{4}})\b")
_MONTH_DAY_YEAR = re.compile(rf"\b({_MONTH})\s+(\d{{1,2}})\s*,?\s+(\d{{4}})\b")


def words(text):
    """The words as two printings are compared for overlap: lower case, punctuation gone, and dates
    in one form ("9 November 2020" and "November 9, 2020" are one date)."""
    text = text.lower().translate(APOSTROPHES)

    def iso(day, month, year):
        return f"{year}-{MONTHS.index(month) + 1:02d}-{int(day):02d}"

    text = _DAY_MONTH_YEAR.sub(lambda m: iso(m[1], m[2], m[3]), text)
    text = _MONTH_DAY_YEAR.sub(lambda m: iso(m[2], m[1], m[3]), text)
    return re.findall(r"[\w\-]+", text)


def _grams(sequence, n=3):
    if len(sequence) < n:
        return {tuple(sequence)} if sequence else set()
    return {tuple(sequence[i : i + n]) for i in range(len(sequence) - n + 1)}


def overlap(quoted, text):
    """Share of the quotation's word triples that `text` holds (1.0: every word, in order)."""
    q, s = words(quoted), words(text)
    if not q:
        return 0.0
    if len(q) < 3:
        joined = " ".join(q)
        return 1.0 if re.search(rf"(^|\s){re.escape(joined)}(\s|$)", " ".join(s)) else 0.0
    grams = _grams(q)
    return len(grams & _grams(s)) / len(grams)


def excerpt(text, words):
    """The first `words` words of quoted words, marked “…” once where they are cut: a statement's own “ … ” (words
    left out between two stretches) standing at the cut is not doubled (“… a sovereign state……”)."""
    return re.sub(r"\s*…(?=…$)", "", Truncator(text).words(words))
