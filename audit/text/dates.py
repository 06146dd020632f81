"""The article's date, from a dateline in its first lines when the user gives none."""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
_MONTH = r"(?P<month>[A-Z][a-z]{2,8})\.?"
_PATTERNS = (
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>\d\d)-(?P<day>\d\d)\b"),
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,\s+(?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<day>\d{1,2})\s+" + _MONTH + r"\s+(?P<year>(?:19|20)\d\d)\b"),
)
DATELINE_CHARS = 400
# A date after a lowercase preposition is an event the sentence reports ("the plant was
# seized on March 4, 2022"), not the day of writing; a sentence-initial "On 28 October
# 2024 the Pentagon said" still dates the lede.
_EVENT_BEFORE = re.compile(r"\b(?:on|since|until|till|by|from|after|before|in|of)\s+$")


def find_dateline(text: str) -> dt.date | None:
    """The first full date in the opening of the article, if any."""
    head = text[:DATELINE_CHARS]
    if "19" not in head and "20" not in head:  # every pattern needs a year; most copy has none
        return None
    best: tuple[int, dt.date] | None = None
    for pattern in _PATTERNS:
        for m in pattern.finditer(head):
            day = _to_date(m)
            if _EVENT_BEFORE.search(head, max(0, m.start() - 8), m.start()):
                continue
            if day and (best is None or m.start() < best[0]):
                best = (m.start(), day)
    return best[1] if best else None


def _to_date(m: re.Match[str]) -> dt.date | None:
    parts = m.groupdict()
    month = int(parts["mnum"]) if parts.get("mnum") else MONTHS.get((parts.get("month") or "").lower())
    if not month:
        return None
    try:
        return dt.date(int(parts["year"]), month, int(parts["day"]))
    except ValueError:
        return None
