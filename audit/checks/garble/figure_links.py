"""More ways to say what a figure counts: a noun before it, a percentage, a "158-seat" compound.

Grammar only, no story words: "the death toll rose to 150", "turnout of 57.5 %", "the
number of delegates at 2,100" name the counted thing before the figure; "46 % of the vote"
and "a 158-seat majority" name it after a sign or a hyphen.
"""

from __future__ import annotations

import re

from audit.checks.garble.quantities import (
    NUMBER,
    STATES,
    STOP,
    YEAR,
    Mention,
    anaphoric,
    complete,
    counted,
    digits_of,
    is_compound,
    singular,
)

# "<noun phrase> (rose to|stood at|of|at|was …) [about] <figure>": the noun before the figure.
LEAD = re.compile(
    r"\b([A-Za-z]+(?:\s+of)?\s+[A-Za-z]+|[A-Za-z]+)\s+"
    r"(?:(?:from|in|for|among|across|at|on)\s+(?:the\s+)?[A-Za-z]+\s+(?:[a-z]+\s+)?){0,2}"
    r"(?:(?:rose|climbed|fell|stood|stands|reached|hit|was|is|totalled|totaled|of|at|to|by)\s+){1,2}"
    r"(?:about|around|nearly|almost|some|just|over|more\s+than)?\s*$"
)
PERCENT = re.compile(r"\s?(?:%|per\s?cent\b|percent\b)")
AFTER_PERCENT = re.compile(r"\s+(?:of\s+(?:the\s+)?)?([a-z]+)")
HYPHENED = re.compile(r"-([a-z]+)\b(?!-)")
# Words for one state of what is counted: a death toll counts the killed.
SAME_STATE = {
    **dict.fromkeys(["died", "dead", "death", "fatality", "toll", "killing", "kills"], "killed"),
    **dict.fromkeys(["wounded", "hurt", "injury", "injuring", "wounding", "injures", "wounds"], "injured"),
}
STATE_WORDS = (STATES | set(SAME_STATE)) - {"against", "favour", "favor", "abstaining"}
# Words a percentage may be "of" that are not what it measures.
SIDE = re.compile(r"\s+(?:votes?\s+)?(in\s+favou?r|against)\b")
# A figure followed by these is a part, a range or a ratio ("40 of", "52 to 48", "3 and 4").
BOUND = re.compile(r"\s*(?:of|to|and|or|out|in\s+\d|[-–/:])\b", re.I)
VAGUE = frozenset(["them", "those", "it", "all", "total", "people"])


def lead_noun(text: str, start: int) -> str | None:
    """The counted noun named before the figure: "turnout" in "turnout of 57.5"."""
    window = text[max(0, start - 60) : start]
    m = LEAD.search(window)
    if m is None:
        return None
    words = m.group(1).lower().split()
    if len(words) == 2 and words[-1].endswith("ed"):  # "inflation slowed to 7.4%"
        words = words[:1]
    head = words[-1]
    if head in STOP or head.endswith(("ed", "ing", "ly")) or not head.isalpha():
        return None
    return singular(head)


def percentages(text: str) -> list[Mention]:
    """Percentages keyed by what they are a share of: "46 % of the vote", "turnout of 57.5 %"."""
    out = []
    for m in NUMBER.finditer(text):
        sign = PERCENT.match(text, m.end())
        if sign is None or _glued(text, m.start()) or YEAR.fullmatch(m.group()):
            continue
        after = AFTER_PERCENT.match(text, sign.end())
        head = singular(after.group(1)) if after and after.group(1) not in STOP else None
        head = head if head and head not in VAGUE else lead_noun(text, m.start())
        if head:
            digits = m.group().replace(",", "").replace(".", "").lstrip("0") or "0"
            end = after.end() if after and singular(after.group(1)) == head else sign.end()
            out.append(Mention(m.start(), end, m.group(), digits, ("%", head), anaphoric(text, m.start())))
    return out


def hyphened(text: str) -> list[Mention]:
    """Compounds such as "a 158-seat majority", keyed like "158 seats"."""
    out = []
    for m in NUMBER.finditer(text):
        h = HYPHENED.match(text, m.end())
        if h is None or _glued(text, m.start()) or "." in m.group() or YEAR.fullmatch(m.group()):
            continue
        noun = h.group(1)
        if noun in STOP or noun in ("year", "day", "month", "week", "hour", "minute", "old"):
            continue
        digits = m.group().replace(",", "").lstrip("0") or "0"
        out.append(
            Mention(m.start(), h.end(), m.group(), digits, (singular(noun),), anaphoric(text, m.start()))
        )
    return out


def _glued(text: str, start: int) -> bool:
    """A figure inside a code, range or name ("COVID-19", "10-12", "No. 5")."""
    before = text[max(0, start - 1) : start]
    return bool(before) and (before in "-–/:#$€£¥" or before.isalnum())


def led(text: str) -> list[Mention]:
    """Figures whose counted noun comes first ("the death toll rose to 150 on Sunday")."""
    out = []
    for m in NUMBER.finditer(text):
        start, end = m.start(), m.end()
        if is_compound(text, start, end) or _glued(text, start) or BOUND.match(text, end):
            continue
        key, multiplier, _ = counted(text, end)
        if len(key) > 1 or (key and complete(key[0])):  # "1,500 people": counted after it
            continue
        side = SIDE.match(text, end)
        noun = lead_noun(text, start)
        digits = digits_of(m.group(), multiplier)
        if side and digits is not None:  # "301 in favour and 12 against"
            key = ("vote", "against" if side.group(1) == "against" else "favour")
            out.append(Mention(start, side.end(), m.group(), digits, key, anaphoric(text, start)))
        elif noun and digits is not None and noun not in VAGUE:
            out.append(Mention(start, end, m.group(), digits, (noun,), anaphoric(text, start)))
    return out


def keys(m: Mention) -> list[tuple[tuple[str, ...], bool]]:
    """The keys `m` links by: its own (exact), then its head, state or currency alone (loose)."""
    key = tuple(SAME_STATE.get(w, w) for w in m.key)
    if key[0] == "%":  # any share given to a tenth ("57.5 %") links loosely to another
        return [(key, True), (("%",), False)] if len(m.digits) > 2 else [(key, True)]
    if len(key) < 2:
        return [(key, True)]
    alone = key[0] if not key[0].islower() else key[-1]  # "$" of "$45 billion package"
    # "39 prisoners released" … "the 93 prisoners"; not bare people ("searching for 12 people").
    if key[-1] in STATE_WORDS and key[0] not in ("vote", "people", "person"):
        return [(key, True), ((alone,), False), ((key[0],), False)]
    return [(key, True), ((alone,), False)]


def state(key: tuple[str, ...]) -> str | None:
    """What happened to the counted ("killed", "injured"), one word per state, if the key says."""
    last = SAME_STATE.get(key[-1], key[-1])
    return last if key[-1] in STATE_WORDS else None


def reversed_tallies(found: list[Mention]) -> list[tuple[Mention, Mention]]:
    """Vote tallies given the other way round later ("passed 61-39" … "the 39-61 vote")."""
    sides: dict[int, dict[str, Mention]] = {}
    for m in found:
        if m.key[0] == "vote" and len(m.key) == 2:
            sides.setdefault(m.start, {})[m.key[1]] = m
    pairs = [(s["favour"], s["against"]) for _, s in sorted(sides.items()) if len(s) == 2]
    out = []
    for i, (yes, no) in enumerate(pairs):
        if yes.digits != no.digits:
            earlier = next(
                (p for p in pairs[:i] if (p[0].digits, p[1].digits) == (no.digits, yes.digits)), None
            )
            if earlier:
                out.append((earlier[0], yes))
    return out
