"""G109: figures in one sentence that contradict each other by arithmetic.

Back-translation misreads magnitudes (Chinese, Japanese and Korean count in ten-thousands:
一万六千 is 16,000, and comes back as 160,000 or 1,600), so a sentence can end up saying that
something "rose from 33 million to 6.3 million". No glossary is needed to see that: the
sentence's own words say which way the figure went, which share is the larger, or how many
parts a whole has. Each relation here is one the sentence states; nothing is inferred from
other sentences (that is G107's business).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from audit.checks.base import Check, CheckContext
from audit.model import Finding, Severity

DIGIT = re.compile(r"\d")
MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9}


def _figure(n: str) -> str:
    """A figure with its currency, scale and percent sign, as named groups n_cur, n_num …"""
    return (
        rf"(?<![\w.,-])(?P<{n}_minus>minus\s|[-−])?(?P<{n}_cur>[$€£¥])?\s?"
        rf"(?P<{n}_num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\w,.]?\d)(?![a-z]|-\w)"
        rf"(?:\s?(?P<{n}_scale>thousand|million|billion|trillion|bn)\b)?"
        rf"(?:\s(?P<{n}_sub>cents?|pence|centimes|kopecks|paise)\b)?"  # 85 cents = 0.85
        rf"(?:\s?(?P<{n}_pct>%|percentage points?\b|per ?cent\b|points?\b))?"
        r"(?!\s*(?:times|-?fold)\b)"  # "6 to 7 times": a multiple, not the figure itself
    )


A, B, N = _figure("a"), _figure("b"), _figure("n")
UP = (
    r"rise|rose|risen|rises|rising|increase|increased|increases|increasing|grow|grew|grown|grows|"
    r"growing|climb|climbed|jump|soar|surge|doubled|tripled|trebled|quadrupled|"
    r"accelerated|quickened|widened|rebounded|edged up|picked up|"
    r"climbs|jumped|jumps|soared|soars|surged|surges|gained|expanded|went up|"
    r"(?:an?|the)\s(?:\w+\s)?(?:rise|increase|jump|surge|climb|gain|growth)"
)
DOWN = (
    r"fall|fell|fallen|falls|falling|drop|dropped|drops|dropping|decline|declined|declines|"
    r"declining|decrease|decreased|shrink|sink|slide|tumble|plunge|halved|"
    r"eased|slowed|cooled|narrowed|edged down|"
    r"decreases|decreasing|slumped|plunged|plummeted|shrank|shrunk|shrinks|sank|slid|tumbled|"
    r"dipped|went down|(?:an?|the)\s(?:\w+\s)?(?:fall|drop|decline|decrease|cut|reduction)"
)
# A few words between the change word and its figures: never "from"/"to" themselves, nor a
# verb that takes the figures over ("the monthly increase was revised down from A to B").
OTHER_PREDICATE = r"(?:from|to|was|were|is|are|been|revised|down|up|lowered|raised|cut|adjusted|corrected)\b"
GAP = rf"(?:[\s,]+(?!{OTHER_PREDICATE})[\w'’-]+){{0,8}}?"
# "tonnes", "new cases", "in 2021", "in the third quarter" after a figure
UNIT = r"(?:\s+(?!from\b|to\b)[a-z\d][\w-]*){0,5}?"
_VERB = rf"\b(?P<verb>{UP}|{DOWN})\b(?:\s+(?:by\s+)?{N})?{GAP}"
CHANGES = (
    re.compile(rf"{_VERB}\s+from\s+{A}{UNIT}\s+to\s+{B}", re.IGNORECASE),  # rose from A to B
    re.compile(rf"{_VERB}\s+to\s+{B}{UNIT},?\s+(?:up\s+|down\s+)?from\s+{A}", re.IGNORECASE),  # to B from A
)
UP_FROM = re.compile(rf"{B}{UNIT},?\s+(?P<verb>up|down)\s+from\s+{A}", re.IGNORECASE)
PART = re.compile(rf"{A}\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|all\s+)?{B}(?=\s+[A-Za-z])")
# "killed 14 people, 20 of them children": the part after the whole, in one clause.
PART_AFTER = re.compile(
    rf"{B}(?:\s+[a-z][\w-]*){{1,6}}?,\s+(?:including\s+|among\s+them\s+)?{A}\s+of\s+(?:them|whom)\b"
)
# Two sides of one vote as shares: together at most 100 % ("52% for and 58% against" is not).
SHARE_PAIR = re.compile(
    rf"{A}\s+(?:of\s+(?:the\s+)?(?:votes|voters|ballots)\s+)?(?:votes\s+)?(?:voted\s+|voting\s+)?"
    rf"(?:in\s+favou?r|for|yes)\b[^.;]{{0,30}}?{B}\s+(?:votes\s+)?(?:voted\s+|voting\s+)?(?:against|no)\b",
    re.IGNORECASE,
)
# "Article 12 of the 9 rules", "No. 5 of 3": a label's number, not a count.
LABEL_BEFORE = re.compile(r"(?:\b[A-Z][a-z]*\.?|No\.)\s*$")
FOLD = re.compile(
    r"\b(\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten)(?:-?fold|\s+times)\b"
    r"|\b(doubled|tripled|trebled|quadrupled|halved)\b",
    re.IGNORECASE,
)
FOLD_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "doubled": 2, "tripled": 3, "trebled": 3, "quadrupled": 4, "halved": 2,
}  # fmt: skip
TALLIES = (
    # "by 45 votes to 120", "by a margin of 45 votes to 120"
    re.compile(rf"\bby\s+(?:a\s+(?:vote|margin)\s+of\s+)?{A}\s+votes?\s+(?:to|against)\s+{B}", re.I),
    re.compile(rf"\bby\s+a\s+vote\s+of\s+{A}\s*(?:to|-|–)\s*{B}", re.I),  # "by a vote of 45-120"
    re.compile(rf"\b(?:in|by|with)\s+an?\s+{A}\s*[-–]\s*{B}\s+vote", re.I),  # "in a 45-120 vote"
)
APPROVED_TALLY = re.compile(
    rf"\b(?P<verb>passed|approved|adopted|ratified|carried|endorsed|confirmed|backed|accepted)\b[^.;]{{0,80}}?"
    rf"{A}\s+(?:of\s+(?:the\s+)?(?:votes|voters|ballots)\s+)?(?:votes\s+)?(?:voting\s+)?"
    rf"(?:in\s+favou?r|for|yes)\b[^.;]{{0,30}}?{B}\s+(?:votes\s+)?(?:voting\s+)?(?:against|no)\b",
    re.IGNORECASE,
)
WON_SHARE = re.compile(
    rf"\b(?P<verb>won|wins|winning|victory|defeated|beat|beating|elected|re-elected)\b[^.;]{{0,80}}?"
    rf"{A}(?:\s+of\s+the\s+vote)?,?\s+(?:against|versus|vs\.?|compared\s+with|to(?:\s+\w+){{0,3}}?)\s+"
    rf"(?:\w+[’']s?\s+|the\s+)?{B}",
    re.IGNORECASE,
)
# One of these is in every sentence TALLIES, APPROVED_TALLY or WON_SHARE can match.
RESULT_WORDS = (
    "vote",
    "yes",
    "against",
    "versus",
    " vs",
    "won",
    "win",
    "victory",
    "elected",
    "defeat",
    "beat",
)
# A sentence about ranks or clock times: "rose from 12th to 5th" is rank, "from 9 to 5" hours.
RANKS = re.compile(
    r"\b(rank\w*|place|position|spot|seed\w*|table|standings|No\.|a\.m\.|p\.m\.|o'clock)", re.I
)
MONTH_AFTER = re.compile(rf"\s+(?:{MONTHS})\b", re.IGNORECASE)


@dataclass(frozen=True)
class Figure:
    start: int
    end: int
    value: float
    percent: bool
    points: bool
    currency: str
    scaled: bool
    year_like: bool


def _read(m: re.Match[str], n: str) -> Figure:
    raw = m.group(f"{n}_num")
    value = float(raw.replace(",", ""))
    scale = (m.group(f"{n}_scale") or "").lower()
    pct = (m.group(f"{n}_pct") or "").lower()
    if scale:
        value *= SCALES[scale]
    if m.group(f"{n}_minus"):
        value = -value
    if m.group(f"{n}_sub"):
        value /= 100
    year_like = not (scale or pct or m.group(f"{n}_cur")) and raw.isdigit() and 1900 <= int(raw) <= 2100
    return Figure(
        m.start(f"{n}_num") if not m.group(f"{n}_cur") else m.start(f"{n}_cur"),
        max(m.end(f"{n}_{g}") for g in ("num", "scale", "sub", "pct") if m.group(f"{n}_{g}")),
        value,
        bool(pct),
        "point" in pct,
        m.group(f"{n}_cur") or ("sub" if m.group(f"{n}_sub") else ""),
        bool(scale),
        year_like,
    )


def _shared_units(a: Figure, b: Figure, m: re.Match[str]) -> tuple[float, float] | None:
    """The two values in one unit ("from 5 to 7 million": both millions), or None when they
    measure different things (currencies, a share against a count)."""
    if a.currency and b.currency and a.currency != b.currency and "sub" not in (a.currency, b.currency):
        return None
    if a.percent != b.percent and a.percent and not b.percent:
        return None  # "from 5% to 700 people": two kinds
    if a.year_like or b.year_like:
        return None
    av, bv = a.value, b.value
    between = m.string[a.end : b.start].strip()
    if b.scaled and not a.scaled and between in ("to", "-", "–"):  # "from 5 to 7 million"
        av *= SCALES[(m.group("b_scale") or "").lower()]
    return av, bv


def _stated_change(m: re.Match[str], up: bool, a: float, b: float) -> str | None:
    """A percentage or fold stated next to the verb that the two figures do not bear out."""
    if not m.groupdict().get("n_num"):
        return None
    n = float(m.group("n_num").replace(",", ""))
    pct = (m.group("n_pct") or "").lower()
    if not pct or a == 0 or m.group("n_scale") or m.group("n_cur"):
        return None
    if "point" in pct:
        return None if abs(abs(b - a) - n) <= max(0.15, 0.1 * n) else f"{n:g} points"
    change = abs(b - a) / abs(a) * 100
    if abs(change - n) <= max(1.0, 0.15 * n) or abs(abs(b - a) - n) <= 0.15:
        return None  # rounding, or a share's change in points written as percent
    return f"{n:g}%"


def _stated_fold(phrase: str, a: float, b: float) -> str | None:
    """ "rose 19-fold from 3 to 6": the ratio of the figures is not the stated one (read as
    N times, or as N times more)."""
    m = FOLD.search(phrase)
    if m is None or a <= 0 or b <= 0:
        return None
    word = (m.group(1) or m.group(2)).lower()
    n = float(FOLD_WORDS.get(word) or word)
    ratio = max(a, b) / min(a, b)
    exact = m.group(2) is not None  # "tripled" is three times, not three times more
    if any(abs(ratio - k) <= 0.2 * k for k in ((n,) if exact else (n, n + 1))):
        return None
    return m.group()


class ImpossibleFigures(Check):
    """Figures in one sentence that contradict each other by arithmetic.

    Flags: a figure said to rise that falls ("rose from 33.06 million to 6.3 million"), or
    to fall that rises ("unemployment fell from 4.1% to 4.6%", "to 510, up from 620"); a
    percentage change the two figures do not bear out ("rose 5% from 200 to 300"); a part
    larger than its whole ("12 of the 9 judges", "killed 14 people, 21 of them children");
    a tally read backwards ("passed by 45 votes to 120", "approved with 39 in favour and 61
    against", "won 42% of the vote to the incumbent's 55%"); the two sides of one vote
    adding up to more than 100% ("54% voted yes and 64% no").
    Why: back-translation misreads magnitudes (Chinese, Japanese and Korean count in
    ten-thousands) and swaps the two sides of a tally; the sentence itself then says
    something impossible, and a reader who notices stops trusting the story.
    Example: Inbound visitors rose 19-fold from 33.06 million in 2021 to 6.3 million.
    Instead: the figures the source gives (one of the two is wrong).
    Options: none. Critical for a tally or a vote share (a reversed result), major otherwise.
    False positives: ranks and clock times ("rose from 12th to 5th", "from 9 to 5"),
    years, dates ("from 1 March to 31 March") and figures of two kinds (a share and a
    count, two currencies) are left alone; "by X votes to Y" is read majority first, as
    parliaments report it, so a supermajority vote that failed ("fell short by 55 votes to
    45") is not flagged.
    """

    code = "G109"
    name = "garble.impossible_figures"
    severity = Severity.MAJOR

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        text = ctx.doc.text
        if not DIGIT.search(text):
            return
        seen: set[tuple[int, int]] = set()
        for sentence in ctx.doc.sentences:
            chunk = text[sentence.start : sentence.end]
            if len(DIGIT.findall(chunk)) < 2:
                continue
            for f in self._sentence(ctx, sentence.start, sentence.end):
                if (f.start, f.end) not in seen:
                    seen.add((f.start, f.end))
                    yield f

    def _sentence(self, ctx: CheckContext, lo: int, hi: int) -> Iterator[Finding]:
        """Each relation only where its key word occurs: most sentences with two figures
        state none of them, and a substring test costs far less than the patterns."""
        chunk = ctx.doc.text[lo:hi].lower()
        if " from " in chunk and not RANKS.search(ctx.doc.text, lo, hi):
            yield from self._changes(ctx, lo, hi)
        if " of " in chunk:
            yield from self._parts(ctx, lo, hi)
        if any(w in chunk for w in RESULT_WORDS):
            yield from self._results(ctx, lo, hi)

    def _changes(self, ctx: CheckContext, lo: int, hi: int) -> Iterator[Finding]:
        """ "rose from A to B", "fell to B from A", "B, up from A"."""
        for pattern in CHANGES:
            for m in pattern.finditer(ctx.doc.text, lo, hi):
                yield from self._change(ctx, m, m.group("verb"))
        for m in UP_FROM.finditer(ctx.doc.text, lo, hi):
            yield from self._change(ctx, m, "rose" if m.group("verb").lower() == "up" else "fell")

    def _parts(self, ctx: CheckContext, lo: int, hi: int) -> Iterator[Finding]:
        """ "12 of the 9 judges": plain counts only, not labels ("Article 12 of the 9 rules")."""
        for m in (*PART.finditer(ctx.doc.text, lo, hi), *PART_AFTER.finditer(ctx.doc.text, lo, hi)):
            a, b = _read(m, "a"), _read(m, "b")
            plain = not any(f.percent or f.scaled or f.currency or f.year_like for f in (a, b))
            if (
                plain
                and a.value > b.value
                and not LABEL_BEFORE.search(ctx.doc.text, max(lo, a.start - 12), a.start)
            ):
                yield self._report(ctx, a, b, "a part larger than its whole", Severity.MAJOR)

    def _results(self, ctx: CheckContext, lo: int, hi: int) -> Iterator[Finding]:
        """Tallies and vote shares read majority first, with the smaller side first."""
        for pattern in (*TALLIES, APPROVED_TALLY, WON_SHARE):
            for m in pattern.finditer(ctx.doc.text, lo, hi):
                a, b = _read(m, "a"), _read(m, "b")
                if a.year_like or b.year_like or a.percent != b.percent or a.value >= b.value:
                    continue
                kind = "a smaller share of the vote" if a.percent else "fewer votes"
                why = f"the winning side has {kind} than the losing side: a reversed result"
                yield self._report(ctx, a, b, why, Severity.CRITICAL)
        for m in SHARE_PAIR.finditer(ctx.doc.text, lo, hi):
            a, b = _read(m, "a"), _read(m, "b")
            if a.percent and b.percent and not (a.points or b.points) and a.value + b.value > 100.5:
                why = f"the two sides of one vote add up to {a.value + b.value:g}%"
                yield self._report(ctx, a, b, why, Severity.CRITICAL)

    def _change(self, ctx: CheckContext, m: re.Match[str], verb: str) -> Iterator[Finding]:
        a, b = _read(m, "a"), _read(m, "b")
        if MONTH_AFTER.match(ctx.doc.text, a.end) or MONTH_AFTER.match(ctx.doc.text, b.end):
            return
        values = _shared_units(a, b, m)
        if values is None:
            return
        av, bv = values
        up = bool(re.fullmatch(UP, verb, re.IGNORECASE))
        if (up and bv < av) or (not up and bv > av):
            said, went = ("rise", "falls") if up else ("fall", "rises")
            yield self._report(ctx, a, b, f"said to {said}, the figure {went}", Severity.MAJOR)
            return
        stated = _stated_change(m, up, av, bv) or _stated_fold(m.group(), av, bv)
        if stated:
            yield self._report(ctx, a, b, f"the figures do not change by the stated {stated}", Severity.MAJOR)

    def _report(self, ctx: CheckContext, a: Figure, b: Figure, why: str, severity: Severity) -> Finding:
        start, end = min(a.start, b.start), max(a.end, b.end)
        text = ctx.doc.text
        first, second = sorted((a, b), key=lambda f: f.start)
        return self.finding(
            ctx,
            start,
            end,
            f"“{text[first.start : first.end]}” … “{text[second.start : second.end]}”: {why}",
            severity=severity,
            evidence={"first": text[a.start : a.end], "second": text[b.start : b.end], "relation": why},
        )
