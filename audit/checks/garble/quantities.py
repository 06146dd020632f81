"""Figures and what they count, and how two values of one counted thing are related.

A mention is a number with its counted thing: the noun phrase after it ("people killed",
"votes in favour", "square kilometers") or a currency sign before it ("$", "€"). Two
mentions are linked when their keys are equal; a later value that is the earlier one with
a zero dropped or added, or two adjacent digits swapped, is a typo-like change.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from audit.match.wordlists import demonyms

# "1,234.5" or "1234.5" starting at a word boundary (\d(?<!\w\d) is \b\d, cheaper in C).
NUMBER = re.compile(r"\d(?<!\w\d)(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?\b|\d*(?:\.\d+)?\b)")
YEAR = re.compile(r"1[89]\d\d|20\d\d")
TALLY = re.compile(r"\b(\d{1,4})(?:\s+votes?)?\s*(?:-|–|—|to)\s*(\d{1,4})\b")
VOTING = re.compile(
    r"\b(vot\w*|ballot\w*|passed|adopted|approved|rejected|confirmed|ratified|endorsed|upheld|overrode|"
    r"ruled|ruling|decision|verdict|in favou?r|against)\b",
    re.I,
)
# The upper end of a range or an alternative: "between 150 and 510 jobs", "12 to 15 people";
# not the new value of a change ("rose from 40 to 52 members").
RANGE_END = re.compile(
    r"(?<!from )(?<!from [$€£¥])(?<![\d,.])\b\d[\d,.]*\s*(?:%|percent|per\s?cent)?"
    r"\s*(?:and|to|or|-|–)\s*(?:[$€£¥]\s?)?$"
)
# A verb of what happened to people right before a bare figure: "injured 65 on Sunday".
VERB_LED = re.compile(
    r"\b(killed|killing|kills|injured|injuring|injures|wounded|wounding|wounds|arrested|detained|"
    r"evacuated|rescued)"
    r"\s+(?:at\s+least\s+|some\s+|about\s+|nearly\s+|more\s+than\s+|another\s+)?$",
    re.I,
)
CURRENCY = re.compile(r"(?:US\$|HK\$|A\$|C\$|[$€£¥₩₹]|\b(?:USD|EUR|GBP|JPY|CNY|RMB)\s?)$")
ABBREVIATION = re.compile(r"\b[A-Z][a-z]{0,2}\.\s?$")  # "No. 1", "Art. 5"
WORD = re.compile(r"[ -]*([A-Za-z]+)")
MULTIPLIERS = {"thousand": 3, "million": 6, "billion": 9, "trillion": 12}
# Words between a figure and its noun that do not change what is counted.
MODIFIERS = frozenset(["more", "additional", "new", "other", "extra", "further", "some", "about"])
# Function words end the counted phrase ("40 of the 52", "10 people in the town").
STOP = frozenset(
    str.split(
        "a an the of in on at to for from by with and or but as than that which who were was "
        "is are be been being have has had will would could should may might into over under "
        "after before since during per each this these those its their his her our it they "
        "he she we you i not no more less between among about around across up down out off "
        "when while where because if so then yet also said says told last next"
    )
)
AUXILIARIES = frozenset(["were", "was", "are", "is", "have", "has", "had", "been", "being", "be"])
# Words after the noun that say which of its kind is counted ("people killed", "votes against").
STATES = frozenset(
    str.split(
        "killed killing dead died injured injuring wounded wounding hurt missing arrested detained "
        "displaced evacuated rescued captured released deported infected confirmed "
        "against favour favor abstaining"
    )
)
PLURALS = frozenset(["people", "children", "men", "women", "police", "staff", "personnel", "troops"])
ANAPHORS = frozenset(["the", "these", "those", "all", "same", "that", "its", "their"])


class Mention(NamedTuple):  # a tuple: cheaper to make than a frozen dataclass
    start: int
    end: int
    value: str  # the digits as written ("1,500"), or the tally part
    digits: str  # the whole-number value as plain digits, multiplier applied ("1500000")
    key: tuple[str, ...]  # what is counted
    anaphoric: bool


def digits_of(value: str, multiplier: str = "") -> str | None:
    """The plain digits of a written figure times its multiplier; None for a fraction left over."""
    whole, _, frac = value.replace(",", "").partition(".")
    shift = MULTIPLIERS.get(multiplier, 0)
    if len(frac) > shift:
        return None
    return (whole + frac.ljust(shift, "0")).lstrip("0") or "0"


def singular(word: str) -> str:
    w = word.lower()
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    return w[:-1] if w.endswith("s") and not w.endswith("ss") and len(w) > 3 else w


def _skips(w: str, words: list[str], multiplier: str, text: str, after: int) -> bool:
    """Words passed over inside the phrase: modifiers, auxiliaries, the "in" of "in favour"."""
    if words:
        return w in AUXILIARIES or (w == "in" and text.startswith(" favo", after))
    return w in MODIFIERS or (w in MULTIPLIERS and not multiplier)


def _ends(w: str, words: list[str]) -> bool:
    """Words that end the phrase before them: function words, a third word, a participle."""
    return w in STOP or len(words) == 2 or (bool(words) and (w.endswith("ed") or complete(words[-1])))


def counted(text: str, pos: int) -> tuple[tuple[str, ...], str, int]:
    """What the figure ending at `pos` counts: (key words, multiplier, end of the phrase)."""
    words: list[str] = []
    multiplier, end = "", pos
    for _ in range(6):
        m = WORD.match(text, pos)
        if m is not None and not words and m.group(1).lower() in demonyms():
            pos = m.end()  # "150 Palestinian prisoners" counts prisoners
            continue
        if m is None or (m.group(1)[0].isupper() and not words):  # "10 February", "No. 1 Division"
            break
        w = m.group(1).lower()
        if _skips(w, words, multiplier, text, m.end()):
            multiplier = w if w in MULTIPLIERS and not words else multiplier
            pos = m.end()
            end = pos if multiplier == w else end
            continue
        if w in STATES and words:
            words.append("favour" if w == "favor" else w)
            end = m.end()
        if (w in STATES and words) or _ends(w, words):
            break
        words.append(w)
        pos = end = m.end()
    return tuple(map(singular, words)), multiplier, end


def complete(word: str) -> bool:
    """A plural head noun ends the phrase: "passengers when", "people in"."""
    return word in PLURALS or word != singular(word)


def is_compound(text: str, start: int, end: int) -> bool:
    """A year, part of a name or compound ("COVID-19", "No. 1", "27-member"), a range or a ratio."""
    before = text[max(0, start - 2) : start]
    after = text[end : end + 2]
    if end - start == 4 and YEAR.fullmatch(text, start, end):
        return True
    if (after[:1] and after[:1] in "-–/:%") or text.startswith((" %", " per"), end):
        return True
    if ABBREVIATION.search(text, max(0, start - 6), start):
        return True
    return bool(before) and (before[-1] in "-–/:#" or before[-1].isalpha())


def mentions(text: str) -> list[Mention]:
    """The figures of `text` with what they count, tallies included, in text order."""
    out = []
    for m in NUMBER.finditer(text):
        start, end = m.start(), m.end()
        if is_compound(text, start, end):
            continue
        if RANGE_END.search(text, max(0, start - 24), start):
            continue
        key, multiplier, phrase_end = counted(text, end)
        key = with_verb(text, start, key) if key else verb_led(text, start)
        money = CURRENCY.search(text, max(0, start - 4), start)
        if money:
            key, start = (money.group().strip().upper(), *key), money.start()
        digits = digits_of(m.group(), multiplier)
        if key and digits is not None:
            out.append(Mention(start, max(phrase_end, end), m.group(), digits, key, anaphoric(text, start)))
    return out


def with_verb(text: str, start: int, key: tuple[str, ...]) -> tuple[str, ...]:
    """The key with the state a verb before the figure gives ("killed 140 people")."""
    if not key or key[-1] in STATES:
        return key
    before = re.findall(r"[A-Za-z]+", text[max(0, start - 24) : start])
    verb = next((w.lower() for w in reversed(before[-3:]) if w.lower() in STATES), None)
    return (*key, verb) if verb and verb not in ("against", "favour", "favor") else key


def verb_led(text: str, start: int) -> tuple[str, ...]:
    """The state of a bare figure right after its verb: "injured 65 on Sunday" counts the injured."""
    m = VERB_LED.search(text, max(0, start - 40), start)
    return (m.group(1).lower(),) if m else ()


def tallies(text: str, sentences: list[tuple[int, int]]) -> list[Mention]:
    """The two sides of a vote tally ("passed 301-12"), as votes in favour and against."""
    out: list[Mention] = []
    if not TALLY.search(text):  # one pass over the text: most articles hold no tally at all
        return out
    for a, b in sentences:
        if not VOTING.search(text, a, b):
            continue
        for m in TALLY.finditer(text, a, b):
            for group, side in ((1, "favour"), (2, "against")):
                v = m.group(group)
                out.append(Mention(m.start(), m.end(), v, v.lstrip("0") or "0", ("vote", side), False))
    return out


def anaphoric(text: str, start: int) -> bool:
    """True when the word before the figure refers back ("the", "these" …)."""
    before = re.search(r"([A-Za-z]+)\s+$", text[max(0, start - 12) : start])  # not "In all, 51"
    return before is not None and before.group(1).lower() in ANAPHORS


def relation(earlier: str, later: str) -> str | None:
    """How `later` (plain digits) garbles `earlier`: dropped_zero, added_zero, swapped_digits,
    or scale_slip: the same figure a thousand or ten thousand times larger or smaller
    ("$4.5 million" … "$4.5 billion"; Chinese, Japanese and Korean count in ten-thousands)."""
    if earlier == later or min(len(earlier), len(later)) < 2:
        return None
    if abs(len(earlier) - len(later)) in (3, 4) and earlier.rstrip("0") == later.rstrip("0"):
        return "scale_slip"
    if len(later) + 1 == len(earlier) and _one_zero_less(earlier, later):
        return "dropped_zero"
    if len(earlier) + 1 == len(later) and _one_zero_less(later, earlier):
        return "added_zero"
    if len(earlier) == len(later):
        diff = [i for i in range(len(earlier)) if earlier[i] != later[i]]
        if len(diff) == 2 and diff[1] == diff[0] + 1:
            i = diff[0]
            if earlier[i] == later[i + 1] and earlier[i + 1] == later[i]:
                return "swapped_digits"
    return None


def _one_zero_less(longer: str, shorter: str) -> bool:
    return any(longer[i] == "0" and longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))
