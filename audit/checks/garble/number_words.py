"""Figures written in words ("Thirty-eight miners"), and ages ("Lopez, 47," … "the 74-year-old").

Wire style spells out numbers that open a sentence and gives ages after a name; a later
mention in digits that garbles them ("the 83 miners", "the 74-year-old") is the same slip
as between two digit mentions. Only 10-99 matter: a one-digit value has no digit to slip.
"""

from __future__ import annotations

import re

from audit.checks.garble.quantities import Mention, anaphoric, counted

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
