"""G107: a figure for something already counted, changed by a typo-like slip."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import islice

from audit.checks.base import Check, CheckContext
from audit.checks.garble.quantities import Mention, mentions, relation, tallies
from audit.model import Finding, Severity

# Words that announce a new value of the same thing: an update, a comparison, a range.
CHANGE = re.compile(
    r"\b(previous|previously|earlier|initial|initially|revis\w*|updated?|now|rose|risen|rising|"
    r"increas\w*|climb\w*|jump\w*|fell|fallen|drop\w*|declin\w*|grew|grown|up from|down from|"
    r"compared|respectively|instead of|rather than|out of|another|between|"
    r"from\s+[$€£]?[\d,.]+\s+(?:\w+\s+)?to)\b",
    re.IGNORECASE,
)
# What is counted when a wrong figure misstates a death toll, a vote or a sum of money.
GRAVE = frozenset(
    str.split(
        "killed dead died death fatality victim body vote ballot favour against dollar euro pound "
        "yuan yen won rouble ruble rupee franc"
    )
)
# Counts of time and repetition, and bare counts of people, change freely within a story:
# linked only when referred back ("the 14 people").
LOOSE = frozenset(["day", "year", "month", "week", "hour", "minute", "second", "time", "percent", "point"])
BARE = frozenset(["people", "person"])
# Values of one kind compared with a new one: an article gives a handful; a page of distinct
# figures must not make the check quadratic.
MAX_VALUES = 64


class ChangedFigure(Check):
    """A figure for something the article already counted, with a slipped digit.

    Flags: a later mention of the same counted thing (the same noun and the words that say
    which of its kind: "people killed", "votes in favour", "$") whose value is the earlier
    one with a zero dropped or added, two adjacent digits swapped, or a side of a vote
    tally garbled ("passed 301-12" … "the 310 votes in favour"). Critical when the figure
    is a death toll, a vote or a sum of money; major otherwise.
    Why: back-translation misreads numbers (Korean and Chinese count in ten-thousands);
    a slipped digit in a second mention leaves readers two facts where there is one.
    Example: Floods killed 140 people in the province. … The 14 people killed included ….
    Instead: one value for one thing; check the source.
    Options: none.
    False positives: figures of different things stay apart ("wounded" vs "killed",
    counts vs percentages, years, ordinals, "No. 1"); values that are not one digit-slip
    apart are never linked ("40 of the 52 members"); sentences that announce a new value
    ("up from", "rose to", "now", "revised", "between", "respectively") are skipped. Counts
    of days, years, times, bare counts of people and bare sums of money, and two-digit
    values, are linked only when the later one refers back ("the 30 days", "the $25 million").
    Two different groups of one kind whose sizes happen to differ by a zero are reported.
    """

    code = "G107"
    name = "garble.changed_figure"
    severity = Severity.MAJOR

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        text = ctx.doc.text
        if not any(c.isdigit() for c in text):
            return
        sentences = [(s.start, s.end) for s in ctx.doc.sentences]
        found = sorted([*mentions(text), *tallies(text, sentences)], key=lambda m: (m.start, m.key))
        # The first mention of each value, per thing counted: `relation` looks at digits only,
        # so later repeats of a value add nothing (and a page of figures stays linear).
        seen: dict[tuple[str, ...], dict[str, Mention]] = {}
        for m in found:
            earlier = seen.setdefault(m.key, {})
            if earlier and m.digits not in earlier and self._comparable(ctx, m):
                for e in islice(earlier.values(), MAX_VALUES):
                    kind = relation(e.digits, m.digits)
                    if kind:
                        yield self._report(ctx, e, m, kind)
                        break
            earlier.setdefault(m.digits, m)

    def _comparable(self, ctx: CheckContext, m: Mention) -> bool:
        """False for a loose count that does not refer back, or a sentence giving a new value."""
        # Two-digit values collide by chance ("23 kilograms" … "32 kilograms"), and so do bare
        # sums ("$15 billion, including $1.5 billion in loans"): compared when referred back only.
        bare = len(m.key) == 1 and (m.key[0] in BARE or not m.key[0].islower())
        loose = m.key[0] in LOOSE or bare
        if (loose or len(m.digits) < 3) and not m.anaphoric:
            return False
        sentence = ctx.doc.sentence_at(m.start)
        return sentence is None or not CHANGE.search(ctx.doc.slice(sentence))

    def _report(self, ctx: CheckContext, e: Mention, m: Mention, kind: str) -> Finding:
        text = ctx.doc.text
        grave = any(w in GRAVE for w in m.key) or not m.key[0].islower()
        return self.finding(
            ctx,
            m.start,
            m.end,
            f"“{text[m.start : m.end]}” counts what the article gave as “{text[e.start : e.end]}”"
            f" ({kind.replace('_', ' ')})",
            suggestion=e.value,
            severity=Severity.CRITICAL if grave else Severity.MAJOR,
            evidence={
                "earlier": text[e.start : e.end],
                "later": text[m.start : m.end],
                "relation": kind,
                "counted": " ".join(m.key),
            },
        )
