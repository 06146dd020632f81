"""An outdated spelling of a place or name (N107): Kiev for Kyiv, Bombay for Mumbai."""

from __future__ import annotations

import re

from audit.checks.base import CheckContext
from audit.checks.listed import ListedForm
from audit.glossary.index import Mention
from audit.model import Severity

# A word before the form that says the old name is meant ("formerly Bombay", "then called
# Madras", "the old Kiev"): no finding. Checked within HISTORY_WINDOW words before it.
HISTORY_WORDS = frozenset(
    [
        "formerly",
        "former",
        "then",
        "old",
        "once",
        "called",
        "named",
        "renamed",
        "known",
        "historic",
        "historical",
        "previously",
    ]
)
HISTORY_WINDOW = 4
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_PREVIOUS = re.compile(r"(^|.*\S)\s*?\b([^\W\d_][\w'’-]*) $")  # (what precedes it, the word)
_SENTENCE_END = re.compile(r"(^|[.!?:;\"“”(\u2014-])\s*$")


class OutdatedForm(ListedForm):
    """A place or name written in a spelling the glossary marks as outdated.

    Flags: an exact occurrence of an entry's `outdated` form (e.g. the world pack's
    "Kiev" for Kyiv, "Bombay" for Mumbai) standing alone, not as part of a longer
    capitalised name and not introduced as the old name.
    Why: it is a style lapse, not a garble: the reader knows the place, but wire style
    follows the current official spelling.
    Example: "talks in Kiev on Tuesday" is flagged, suggesting "Kyiv".
    Instead: the entry's canonical form.
    Options: the entry's `severity` overrides the default (minor).
    False positives: historical names quoted in context are left alone when they are part
    of a longer capitalised name ("Chicken Kiev", "Kiev Pechersk Lavra", "Dynamo Kiev",
    "Bombay Stock Exchange") or follow "formerly", "then", "old", "called" ...; other
    historical uses (a 1990s chronology) may still be flagged as minor.
    """

    code = "N107"
    name = "names.outdated"
    severity = Severity.MINOR
    form_kind = "outdated"

    def describe(self, text: str, canonical: str) -> str:
        return f"“{text}” is an outdated spelling of {canonical}"

    def excused(self, ctx: CheckContext, m: Mention) -> bool:
        return _historical(ctx.doc.text, m)


def _historical(text: str, m: Mention) -> bool:
    """Part of a longer capitalised name, or introduced as the old name."""
    line_start = text.rfind("\n", 0, m.start) + 1
    line_end = text.find("\n", m.end)
    before = text[line_start : m.start]
    after = text[m.end : line_end if line_end >= 0 else len(text)]
    following = _WORD.match(after[1:]) if after[:1] == " " else None
    if following and following.group()[:1].isupper():
        return True  # "Kiev Pechersk Lavra", "Bombay Stock Exchange"
    previous = _PREVIOUS.search(before)
    if previous and previous.group(2)[:1].isupper() and not _SENTENCE_END.search(previous.group(1)):
        return True  # "Chicken Kiev", "Dynamo Kiev" (not a sentence's first word: "In Kiev")
    recent = {w.casefold() for w in _WORD.findall(before)[-HISTORY_WINDOW:]}
    return not recent.isdisjoint(HISTORY_WORDS)
