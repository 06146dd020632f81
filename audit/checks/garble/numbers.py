"""G107: a figure that refers back to an earlier one but changed its value."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from audit.checks.base import Check, CheckContext
from audit.model import Finding, Severity

# "1,234.5" or "1234.5" starting at a word boundary. Written to start with \d, so that the
# regex engine skips ahead to the next digit in C (a leading \b is tried at every
# character): \d(?<!\w\d) is \b\d, and the two branches are \d{1,3}(?:,\d{3})+… and \d+….
NUMBER = re.compile(r"\d(?<!\w\d)(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?\b|\d*(?:\.\d+)?\b)")
YEAR = re.compile(r"1[89]\d\d|20\d\d")
MULTIPLIERS = frozenset(["thousand", "million", "billion", "trillion"])
# Words between a figure and its unit that do not change the unit ("10,000 more troops").
MODIFIERS = frozenset(["more", "additional", "new", "other", "extra", "square", "cubic"])
ANAPHORS = frozenset(["the", "these", "those", "all", "same"])
# Words that mark a comparison, where two values of one unit are expected.
CONTRAST = re.compile(
    r"\b(previous|previously|earlier|initial|initially|revis\w*|up from|down from|compared|"
    r"respectively|instead of|rather than|out of|of the|than|another|first|last|total)\b",
    re.IGNORECASE,
)
WORD = re.compile(r"[A-Za-z]+")
NEXT_WORD = re.compile(r"[ -]*([A-Za-z]+)")


class Quantity(NamedTuple):  # a tuple: cheaper to make than a frozen dataclass
    start: int
    end: int
    value: str
    unit: str
    anaphoric: bool


def _unit(text: str, pos: int) -> tuple[str, int] | None:
    """The unit noun after a figure (skipping capitalised modifiers) and where it ends."""
    for _ in range(4):
        m = NEXT_WORD.match(text, pos)
        if m is None:
            return None
        word = m.group(1)
        if word[0].isupper() or word.lower() in MODIFIERS or word.lower() in MULTIPLIERS:
            pos = m.end()
            continue
        return word.lower().rstrip("s"), m.end()
    return None


def figures(text: str) -> list[re.Match[str]]:
    """Numbers that may name an amount: years and compound modifiers ("the 27-member bloc",
    "a 90-minute call") do not."""
    return [
        m
        for m in NUMBER.finditer(text)
        if not ((m.end() - m.start() == 4 and YEAR.fullmatch(m.group())) or text.startswith("-", m.end()))
    ]


def anaphoric(text: str, start: int) -> bool:
    """True when the word before the figure at `start` refers back ("the", "these" …)."""
    before = WORD.findall(text[max(0, start - 12) : start])
    return bool(before) and before[-1].lower() in ANAPHORS


def quantities(text: str, found: list[re.Match[str]] | None = None) -> list[Quantity]:
    """The figures of `text` (or the `found` ones) that have a unit."""
    out = []
    for m in figures(text) if found is None else found:
        unit = _unit(text, m.end())
        if unit is not None:
            out.append(Quantity(m.start(), unit[1], m.group(), unit[0], anaphoric(text, m.start())))
    return out


class ChangedFigure(Check):
    """A figure presented as one already mentioned, with a different value.

    Flags: "the/these/those/all N <unit>" when the article gave the same unit earlier
    with another value and never with N ("about 10,000 troops" … "the 12,000 troops").
    Why: back-translation misreads numbers (Korean and Chinese count in ten-thousands);
    the definite reference shows the writer meant the same figure, so one of them is wrong.
    Example: North Korea has sent about 10,000 troops to Russia. … The 12,000 troops are
    training in the east.
    Instead: one value for one thing; check the source.
    Options: none.
    False positives: comparisons are skipped when the sentence says so ("previous",
    "revised", "up from", "respectively", "out of" …); two different groups with the
    same unit referred to as "the N" without such a word are reported. Reported as major
    (review), never critical: the tool cannot tell which value is right.
    """

    code = "G107"
    name = "garble.changed_figure"
    severity = Severity.MAJOR

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        text = ctx.doc.text
        found = figures(text)
        # Only a figure that refers back can be reported: when none does, the units (the
        # costly part) are not looked for.
        if not any(anaphoric(text, m.start()) for m in found):
            return
        seen: dict[str, list[Quantity]] = {}
        for q in quantities(text, found):
            earlier = seen.setdefault(q.unit, [])
            values = {e.value for e in earlier} if q.anaphoric else set()
            if values and q.value not in values and not self._contrast(ctx, q):
                first = earlier[0]
                yield self.finding(
                    ctx,
                    q.start,
                    q.end,
                    f"“{ctx.doc.text[q.start : q.end]}” refers back to a figure the article gave as "
                    f"“{ctx.doc.text[first.start : first.end]}”",
                    evidence={"earlier": sorted(values), "unit": q.unit},
                )
            earlier.append(q)

    def _contrast(self, ctx: CheckContext, q: Quantity) -> bool:
        sentence = ctx.doc.sentence_at(q.start)
        return sentence is not None and bool(CONTRAST.search(ctx.doc.slice(sentence)))
