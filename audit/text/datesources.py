"""Where an article's date comes from, in order: --date (option), an archive column
(column), a full dateline (dateline), the file's metadata (metadata), else the run date
(today). A dateline without a year ("Sept 9 (Reuters)") takes the year from --year, the
metadata or the run date, and the note says which."""

from __future__ import annotations

import datetime as dt
import re

from audit.text.dates import MONTHS, find_dateline

DATE_SOURCES = ("option", "column", "dateline", "metadata", "today")
HINT = " (--year sets it)"
RUN_YEAR = "taken from the run date"


def is_known(source: str, note: str | None) -> bool:
    """False when the date is a guess: today's, or a dateline's day in the run date's year
    (office checks then claim nothing about who held an office)."""
    return source != "today" and RUN_YEAR not in (note or "")


HEAD_LINES = 30  # front matter and header blocks sit at the very top
# "SEOUL, Oct. 28 (Yonhap) --", "Sept 9 (Reuters) -": month and day, then an agency or a dash.
_YEARLESS = re.compile(
    r"\b(?P<month>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2})\b(?=\s*(?:\([^()\n]{1,30}\)|[-–—:]))"
)
_ISO = re.compile(r"(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)")
_FIELD = re.compile(r"^(?:date|published|pubdate|dateline)\s*:\s*(?P<value>.+?)\s*$", re.IGNORECASE)


def metadata_date(text: str) -> dt.date | None:
    """A `Date:` header or a front-matter `date:` key at the top of the file, if any."""
    return metadata(text)[0]


def metadata(text: str) -> tuple[dt.date | None, int]:
    """(date of the header or front matter, offset where the copy starts after it)."""
    lines = text.split("\n", HEAD_LINES)[:HEAD_LINES]
    in_front = bool(lines) and lines[0].strip() == "---"
    found: dt.date | None = None
    offset = 0
    for i, line in enumerate(lines):
        offset += len(line) + 1
        if in_front and i > 0 and line.strip() in ("---", "..."):
            return found, offset
        if not in_front and not line.strip():
            return found, offset if found else 0  # a header block ends at the first blank line
        m = _FIELD.match(line.strip().strip('"'))
        if m and found is None:
            found = _parse_value(m["value"].strip("\"'"))
    return found, 0 if not in_front else offset


def _parse_value(value: str) -> dt.date | None:
    m = _ISO.match(value)
    if m:
        try:
            return dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            return None
    from email.utils import parsedate_to_datetime  # lazy: the git hook starts fast

    try:
        return parsedate_to_datetime(value).date()  # RFC 2822: "Mon, 28 Oct 2024 09:00:00 +0900"
    except (TypeError, ValueError, IndexError):
        return None


def yearless_dateline(text: str, year: int) -> dt.date | None:
    """A month and day in the dateline with no year, completed with `year`."""
    m = _YEARLESS.search(text[:200])
    month = MONTHS.get(m["month"].lower()) if m else None
    if not m or not month:
        return None
    try:
        return dt.date(year, month, int(m["day"]))
    except ValueError:
        return None


def resolve(
    text: str, option: dt.date | None, column: dt.date | None, year: int | None, today: dt.date
) -> tuple[dt.date, str, str | None]:
    """(date, source, note): the note says where a yearless dateline's year came from."""
    if option:
        return option, "option", None
    if column:
        return column, "column", None
    meta, body = metadata(text)
    copy = text[body:]  # a header's own date is metadata, not a dateline
    full = find_dateline(copy)
    if full:
        return full, "dateline", None
    found = _completed(copy, year, meta, today)
    if found:
        return found
    if meta:
        return meta, "metadata", None
    return today, "today", None


def _completed(
    text: str, year: int | None, meta: dt.date | None, today: dt.date
) -> tuple[dt.date, str, str | None] | None:
    """A yearless dateline with the year from --year, the metadata, else the run date."""
    where, chosen = ("--year", year) if year else ("the file's metadata", meta.year) if meta else ("", 0)
    if not chosen:
        where, chosen = "the run date", today.year
    day = yearless_dateline(text, chosen)
    if day is None:
        return None
    if where == "the run date" and day > today:  # "Dec 30" read on Jan 2 is last year's
        day = yearless_dateline(text, chosen - 1) or day
    if where == "--year":  # the user said which year: nothing to point out
        return day, "dateline", None
    return day, "dateline", f"dateline has no year: {day.year} taken from {where}{HINT}"
