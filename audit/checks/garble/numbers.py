"""G107: a figure for something already counted, changed by a typo-like slip."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from itertools import islice

from audit.checks.base import Check, CheckContext
from audit.checks.garble.figure_links import hyphened, keys, led, percentages, reversed_tallies, state
from audit.checks.garble.number_words import ages, short_multiplied, spelled
from audit.checks.garble.quantities import Mention, mentions, relation, tallies
from audit.model import Finding, Severity

DIGIT = re.compile(r"\d")  # an article with no digit has no figure to change
# Words that announce a new value of the same thing: an update, a comparison, a range.
CHANGE = re.compile(
    r"\b(previous|previously|earlier|initial|initially|revis\w*|updated?|rose|risen|rising|"
    r"increas\w*|climb\w*|jump\w*|fell|fallen|drop\w*|declin\w*|grew|grown|up from|down from|"
    r"compared|respectively|instead of|rather than|out of|another|between|"
    r"from\s+[$€£]?[\d,.]+\s+(?:\w+\s+)?to)\b",
    re.IGNORECASE,
)
# "now" only right before the figure ("now 21", "now stands at 21"), not "have now spoken to the 83".
NOW = re.compile(r"\bnow\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
LEAD, TRAIL = 60, 30  # characters around a figure that may announce it as a new value
# What is counted when a wrong figure misstates a death toll, a vote or a sum of money.
GRAVE = frozenset(
    str.split(
        "killed dead died death fatality victim body toll vote ballot favour against dollar euro pound "
        "yuan yen won rouble ruble rupee franc"
    )
)
# Counts of time and repetition, and bare counts of people, change freely within a story:
# linked only when referred back ("the 14 people").
# Measures of weight, length and volume vary freely too ("bags of 23 kilograms" … "32 kilograms").
LOOSE = frozenset(
    str.split(
        "day year month week hour minute second time percent point kilogram kg gram pound ton tonne "
        "meter metre kilometer kilometre km mile foot feet inch centimeter centimetre liter litre degree age"
    )
)
BARE = frozenset(["people", "person"])
# Values of one kind compared with a new one: an article gives a handful; a page of distinct
# figures must not make the check quadratic.
MAX_VALUES = 64


class ChangedFigure(Check):
    """A figure for something the article already counted, with a slipped digit.

    Flags: a later mention of the same counted thing whose value is the earlier one with a
    zero dropped or added, two adjacent digits swapped, a thousand or ten thousand times
    larger or smaller ("$3.2 billion" … "$3.2 million"), a side of a vote tally garbled
    ("passed 301-12" … "the 310 votes in favour") or a tally reversed ("61-39" … "39-61").
    What is counted: the noun after the figure and the words that say which of its kind
    ("people killed", "votes in favour"), a currency sign, a noun before the figure ("the
    death toll rose to 150", "turnout of 57.5 %", "the number of delegates at 2,100"), the
    head of a percentage ("46 % of the vote") or of a compound ("a 158-seat majority" is
    158 seats), the verb before a bare figure ("injured 65 on Sunday"), a number in words
    ("Thirty-eight miners" … "the 83 miners"), an age ("Lopez, 47," … "the 74-year-old");
    a count with a state links to one without ("39 prisoners released" … "the 93
    prisoners"), never to another state ("killed" vs "wounded"); "killed", "dead",
    "died", "deaths" and "toll" count one thing. A tally counts votes when its sentence
    votes, passes, approves, confirms or ratifies. Critical when
    the figure is a death toll, a vote or a sum of money; major otherwise.
    Why: back-translation misreads numbers (Korean and Chinese count in ten-thousands);
    a slipped digit in a second mention leaves readers two facts where there is one.
    Example: Floods killed 140 people in the province. … The 14 people killed included ….
    Instead: one value for one thing; check the source.
    Options: none.
    False positives: figures of different things stay apart ("wounded" vs "killed",
    counts vs percentages, years, ordinals, "No. 1"); values that are not one digit-slip
    apart are never linked ("40 of the 52 members"); a figure whose nearby words announce a
    new value ("up from", "rose to", "now", "revised", "between", "respectively") is
    skipped, and the upper end of a range ("between 150 and 510 jobs") is no count at all.
    Counts of days, years, times, measures and ages are linked only when the later one
    refers back ("the 30 days"). Bare counts of people, bare sums, two-digit values,
    compounds ("10-pack") and links by the head or currency alone ("$4.5 billion" …
    "$45 billion package", "killing 46 people" … "64 dead", any two shares given to a tenth)
    are also linked when the later one is in another sentence of the same paragraph or of
    the next two; a death or injury toll with its noun ("killed 14 people") at any distance,
    unless the later sentence names a year or another event. Two different groups of one
    kind whose sizes happen to differ by a zero, or two parties' shares with swapped digits
    near each other, are reported.
    """

    code = "G107"
    name = "garble.changed_figure"
    severity = Severity.MAJOR

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        text = ctx.doc.text
        if not DIGIT.search(text):
            return
        sentences = [(s.start, s.end) for s in ctx.doc.sentences]
        compounds = hyphened(text)  # "a 10-pack" names a kind more often than it counts
        loose = {m.start for m in compounds}
        found = [*mentions(text), *tallies(text, sentences), *percentages(text), *compounds, *led(text)]
        found += [*spelled(text), *ages(text), *short_multiplied(text)]
        paragraphs = [p.start for p in ctx.doc.paragraphs]
        # The latest mention of each value per thing counted (the nearest, for the paragraph
        # window): later repeats add nothing, and a page of figures stays linear.
        seen: dict[tuple[str, ...], dict[str, tuple[Mention, bool]]] = {}
        reported = {m.start for _, m in reversed_tallies(found)}
        for e, m in reversed_tallies(found):
            yield self._report(ctx, e, m, "reversed_tally")
        for m in sorted(found, key=lambda m: (m.start, m.key)):
            for key, exact in keys(m):
                exact = exact and m.start not in loose
                earlier = seen.setdefault(key, {})
                if m.start not in reported and self._new_value_free(ctx, m, earlier):
                    prior = self._slipped(ctx, paragraphs, earlier, m, exact)
                    if prior:
                        reported.add(m.start)
                        yield self._report(ctx, prior, m, relation(prior.digits, m.digits) or "")
                earlier[m.digits] = (m, exact)

    def _slipped(
        self,
        ctx: CheckContext,
        paragraphs: list[int],
        earlier: dict[str, tuple[Mention, bool]],
        m: Mention,
        exact: bool,
    ) -> Mention | None:
        """The earlier mention that `m` garbles by a digit slip, if they are comparable."""
        for e, e_exact in islice(earlier.values(), MAX_VALUES):
            if state(e.key) and state(m.key) and state(e.key) != state(m.key):
                continue  # "14 people killed" … "41 people wounded": two counts, linked by "people"
            if relation(e.digits, m.digits) and self._comparable(ctx, paragraphs, e, m, exact and e_exact):
                return e
        return None

    def _comparable(
        self, ctx: CheckContext, paragraphs: list[int], e: Mention, m: Mention, exact: bool
    ) -> bool:
        """A loose count is compared when it refers back, or sits near the earlier one."""
        # Two-digit values collide by chance ("23 kilograms" … "32 kilograms"), and so do bare
        # sums ("$15 billion, including $1.5 billion in loans"): compared only when referred
        # back, or when in another sentence of the same paragraph or of the next two.
        bare = len(m.key) == 1 and (m.key[0] in BARE or _money(m))
        if m.anaphoric or not (bare or m.key[0] in LOOSE or len(m.digits) < 3 or not exact):
            return True
        if m.key[0] in LOOSE or ctx.doc.sentence_at(e.start) == ctx.doc.sentence_at(m.start):
            return False
        if e.value[:1].isalpha():  # "Fifteen lawmakers" … "51 lawmakers": only "the 51" refers back
            return False
        if exact and not bare and state(m.key) in ("killed", "injured") and not _dated(ctx, m):
            return True  # "killed 14 people" … "killing 41 people": one toll, however far apart
        gap = bisect.bisect_right(paragraphs, m.start) - bisect.bisect_right(paragraphs, e.start)
        return gap <= 2

    def _new_value_free(
        self, ctx: CheckContext, m: Mention, earlier: dict[str, tuple[Mention, bool]]
    ) -> bool:
        """False when `m` repeats a value, or the words around it announce a new one ("rose
        to 21", "21, up from 12", "had earlier put the toll at 140"): within LEAD characters
        before the figure and TRAIL after it, in its sentence; a change elsewhere in the
        sentence ("for the first time", "now" about something else) says nothing of it."""
        if not earlier or m.digits in earlier:
            return False
        sentence = ctx.doc.sentence_at(m.start)
        lo, hi = (sentence.start, sentence.end) if sentence is not None else (0, len(ctx.doc.text))
        window = ctx.doc.text[max(lo, m.start - LEAD) : min(hi, m.end + TRAIL)]
        return not (CHANGE.search(window) or NOW.search(ctx.doc.text, max(lo, m.start - LEAD), m.start))

    def _report(self, ctx: CheckContext, e: Mention, m: Mention, kind: str) -> Finding:
        text = ctx.doc.text
        grave = any(w in GRAVE for w in m.key) or _money(m)
        return self.finding(
            ctx,
            m.start,
            m.end,
            f"“{text[m.start : m.end]}” counts what the article gave as “{text[e.start : e.end]}”"
            f" ({kind.replace('_', ' ')})",
            suggestion=e.digits if e.value[:1].isalpha() else e.value,  # "Thirty-eight" … "38"
            severity=Severity.CRITICAL if grave else Severity.MAJOR,
            evidence={
                "earlier": text[e.start : e.end],
                "later": text[m.start : m.end],
                "relation": kind,
                "counted": " ".join(m.key),
            },
        )


def _money(m: Mention) -> bool:
    """A sum keyed by its currency ("$", "EUR"), not by a noun or a percent sign."""
    return m.key[0] != "%" and not m.key[0].islower()


def _dated(ctx: CheckContext, m: Mention) -> bool:
    """The figure's sentence names a year or another event: "an attack in 2019 killed 41"."""
    sentence = ctx.doc.sentence_at(m.start)
    text = ctx.doc.slice(sentence) if sentence is not None else ""
    return bool(re.search(r"\b(?:1[89]|20)\d\d\b|\b(?:similar|another|last|previous)\b", text, re.I))
