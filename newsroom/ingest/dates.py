"""The day a text names (“on Thursday”, “on 27 November”, “Nov. 27”, “yesterday”), resolved against
the report's date: a weekday is the last such day on or before the report's (“on Thursday” in a
report of Friday 28 November 2026 is 27 November), a day and month without a year the last such
date on or before it."""

import re
from dataclasses import dataclass
from datetime import date, timedelta

from newsroom.ingest.lexicon import ENGLISH


def _patterns(lexicon):
    # Months and weekdays as news copy prints them, capitalised (“may” is a verb, “May” a month).
    names = [w.capitalize() for w in [*lexicon.months, *lexicon.month_abbreviations]]
    months = "|".join(sorted(names, key=len, reverse=True))
    weekdays = "|".join(w.capitalize() for w in lexicon.weekdays)
    month = rf"(?P<month>{months})\.?"
    return [
        # 27 November 2026, November 27, 2026, Nov. 27
        re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{month}(?:,?\s+(?P<year>\d{{4}}))?\b"),
        re.compile(rf"\b{month}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}})\b)?"),
        re.compile(rf"\b(?:on\s+|last\s+|this\s+)?(?P<weekday>{weekdays})\b(?![’']s)"),
        re.compile(
            r"\b(?P<relative>yesterday|today|tonight|this morning|this afternoon|this evening|earlier today)\b", re.I
        ),
    ]


PATTERNS = _patterns(ENGLISH)


@dataclass(frozen=True)
class Day:
    """A day the text names: the words, where they start, and what they name: a full date, a
    weekday (0 is Monday), a month and day, or a number of days from the report's."""

    start: int
    words: str
    full: date | None = None  # the text gives the year
    weekday: int | None = None
    month: int | None = None
    day: int | None = None
    offset: int | None = None  # yesterday: -1, today: 0

    @property
    def key(self):
        """What two mentions of one day share, whatever words they use."""
        return (self.full, self.weekday, self.month, self.day, self.offset)


def find_day(text, lexicon=ENGLISH):
    """The first Day `text` names, or None."""
    patterns = PATTERNS if lexicon is ENGLISH else _patterns(lexicon)
    found = [m for m in (pattern.search(text) for pattern in patterns) if m]
    if not found:
        return None
    m = min(found, key=lambda m: m.start())
    start = m.start()
    if m.groupdict().get("weekday"):
        # “on Monday, March 6”: the date that follows the weekday says more
        m = next((d for d in found if d.groupdict().get("month") and 0 <= d.start() - m.end() <= 3), m)
    groups = m.groupdict()
    if groups.get("weekday"):
        return Day(start, m.group(0), weekday=lexicon.weekdays.index(groups["weekday"].lower()))
    if groups.get("relative"):
        return Day(start, m.group(0), offset=-1 if groups["relative"].lower() == "yesterday" else 0)
    name = groups["month"].lower().rstrip(".")
    month = lexicon.months.get(name) or lexicon.month_abbreviations.get(name)
    day = int(groups["day"])
    if not 1 <= day <= 31:
        return None
    if groups.get("year"):
        try:
            return Day(start, m.group(0), full=date(int(groups["year"]), month, day))
        except ValueError:
            return None
    return Day(start, m.group(0), month=month, day=day)


def resolve(day, published):
    """The date the Day stands for in a report of `published`, or None."""
    if day.full is not None:
        return day.full
    if published is None:
        return None
    if day.weekday is not None:
        return published - timedelta(days=(published.weekday() - day.weekday) % 7)
    if day.offset is not None:
        return published + timedelta(days=day.offset)
    for year in (published.year, published.year - 1):
        try:
            candidate = date(year, day.month, day.day)
        except ValueError:
            continue
        if candidate <= published:
            return candidate
    return None


def _header_texts(copy):
    """Where a report's header prints its date: the dateline, the byline, the time stamp, a caption above it."""
    return [copy.dateline, copy.byline, copy.stamp, *(c.text for c in copy.captions if c.position == 0)]


def header_day(copy, lexicon=ENGLISH):
    """The day the report's header prints (“YEREVAN, Nov 19 (Reuters)”), with its year or without, or None."""
    for text in _header_texts(copy):
        found = find_day(text or "", lexicon)
        if found and (found.full is not None or (found.month and found.day)):
            return found
    return None


def disagrees(day, published):
    """Whether a day the header prints is not `published` (a date given at ingest): by its year too, if it has one."""
    if day.full is not None:
        return day.full != published
    return (day.month, day.day) != (published.month, published.day)


def report_date(copy, lexicon=ENGLISH):
    """The report's date when its header prints it with the year (“November 28, 2026”), else None."""
    for text in _header_texts(copy):
        found = find_day(text or "", lexicon)
        if found and found.full is not None:
            return found.full
        numeric = re.search(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b", text or "")
        if numeric:
            try:
                return date(int(numeric.group(3)), int(numeric.group(2)), int(numeric.group(1)))
            except ValueError:
                continue
    return None
