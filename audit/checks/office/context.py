"""Whether a mention's sentence speaks of the past, so its office need not be held today.

"In 2021, Defense Minister Suh Wook ...", "Kenyatta, the president at the time, ...",
"Uhuru Kenyatta, who stepped down ...": the title is the one held then, and naming it
is no error. The phrases are data (`past:` in audit/data/office_words.txt).
"""

from __future__ import annotations

import re

from audit.checks.office.mentions import OfficeMention
from audit.match.office_words import word_set
from audit.text.document import Document

YEAR_RE = re.compile(r"\b((?:19|20)\d\d)\b")


def years(doc: Document, m: OfficeMention) -> set[int]:
    """Years written in the mention's sentence ("in 2021"): the copy may speak of the past."""
    span = doc.sentence_at(m.name_start)
    text = doc.slice(span) if span else ""
    return {int(y) for y in YEAR_RE.findall(text)}


def past_phrase(doc: Document, m: OfficeMention) -> str | None:
    """The first phrase of the sentence that puts the office in the past ("at the time")."""
    span = doc.sentence_at(m.name_start)
    if span is None:
        return None
    keys = f" {' '.join(t.key for t in doc.tokens_in(span))} "
    return next((p for p in sorted(word_set("past")) if f" {p} " in keys), None)


def in_the_past(doc: Document, m: OfficeMention, year: int) -> bool:
    """The sentence names another year or uses a past-time phrase."""
    return bool(years(doc, m) - {year}) or past_phrase(doc, m) is not None
