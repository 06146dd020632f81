"""Figures written in words ("Thirty-eight miners"), with a short multiplier ("$4.5bn",
"€300m"), and ages ("Lopez, 47," … "the 74-year-old").

Wire style spells out numbers that open a sentence and gives ages after a name; a later
mention in digits that garbles them ("the 83 miners", "the 74-year-old") is the same slip
as between two digit mentions. Only 10-99 matter: a one-digit value has no digit to slip.
"""

from __future__ import annotations

import re

from audit.checks.garble.quantities import CURRENCY, Mention, anaphoric, counted, digits_of

TEENS = str.split("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen")
TENS = str.split("twenty thirty forty fifty sixty seventy eighty ninety")
UNITS = str.split("one two three four five six seven eight nine")
# A bigger number goes on after it ("Forty-two thousand"): not a count of 10-99.
_BIGGER = "|".join(["hundred", "thousand", "million", "billion", *UNITS])
SPELLED = re.compile(
    rf"\b(?:({'|'.join(TEENS)})|({'|'.join(TENS)})(?:[-\s]({'|'.join(UNITS)}))?)\b(?![-\s](?:{_BIGGER})\b)",
    re.IGNORECASE,
)
# "Maria Lopez, 47, …": an age after a capitalised name; "the 74-year-old": an age as a noun.
AGE_AFTER_NAME = re.compile(r"\b[A-Z][\w'’-]+\s[A-Z][\w'’-]+,\s(\d{1,3}),")
AGE_NOUN = re.compile(r"\b(\d{1,3})-year-old\b(?!-)")


# "$4.5bn", "€300m", "£1.2 bn": the British and agency style for millions and billions.
SHORT = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s?(k|m|mn|bn|tn|trn)\b")
SHORT_MULTIPLIERS = {"k": "thousand", "m": "million", "mn": "million", "bn": "billion", "tn": "trillion"}


def value(m: re.Match[str]) -> str:
    """The digits of a spelled number match."""
    if m.group(1):
        return str(10 + TEENS.index(m.group(1).lower()))
    tens = 10 * (2 + TENS.index(m.group(2).lower()))
    return str(tens + (1 + UNITS.index(m.group(3).lower()) if m.group(3) else 0))


def spelled(text: str) -> list[Mention]:
    """Numbers of 10-99 written in words, with what they count ("Thirty-eight miners")."""
    out = []
    for m in SPELLED.finditer(text):
        key, multiplier, end = counted(text, m.end())
        if key and not multiplier:
            out.append(Mention(m.start(), end, m.group(), value(m), key, anaphoric(text, m.start())))
    return out


def ages(text: str) -> list[Mention]:
    """Ages given after a name or as "the 74-year-old", keyed as ages."""
    out = []
    for rx in (AGE_AFTER_NAME, AGE_NOUN):
        for m in rx.finditer(text):
            start, end = m.span(1) if rx is AGE_AFTER_NAME else m.span()
            digits = m.group(1).lstrip("0") or "0"
            out.append(Mention(start, end, m.group(1), digits, ("age",), anaphoric(text, m.start())))
    return sorted(out)


def short_multiplied(text: str) -> list[Mention]:
    """Sums and counts with a short multiplier, keyed by currency and what follows."""
    out = []
    for m in SHORT.finditer(text):
        start = m.start()
        digits = digits_of(m.group(1), SHORT_MULTIPLIERS.get(m.group(2).lower(), "trillion"))
        key = counted(text, m.end())[0]
        money = CURRENCY.search(text, max(0, start - 4), start)
        if money:
            key, start = (money.group().strip().upper(), *key), money.start()
        if key and digits is not None:
            out.append(Mention(start, m.end(), m.group(), digits, key, anaphoric(text, start)))
    return out
