"""How two spellings of one name differ: a transliteration choice, or damage.

"Zelensky"/"Zelenskiy"/"Zelenskyy" and "Sergei"/"Sergey" differ only by romanisation
conventions (BGN/PCGN vs. scholarly vs. house style): legitimate alternatives. A form that
loses or gains a syllable ("Tsukuryne" → "Tskurine") or differs in two or more letters after
those conventions are undone is more likely garbled.
"""

from __future__ import annotations

import re

from audit.text.normalize import fold

# Romanisation variants that do not change a name (AP Stylebook "Russian names"; BGN/PCGN).
TRANSLIT = (
    ("iy", "y"),
    ("yy", "y"),
    ("ij", "y"),
    ("ey", "ei"),
    ("j", "y"),
    ("kh", "h"),
    ("ck", "k"),
    ("c", "k"),
    ("w", "v"),
    ("ph", "f"),
    ("ou", "u"),
    ("oo", "u"),
)
DEMONYM_SUFFIXES = ("ian", "ians", "an", "ans", "ean", "eans", "ese", "i", "is", "n", "ns", "s", "es")
VOWELS = re.compile(r"[aeiouy]+")


def translit_key(name: str) -> str:
    """A spelling with romanisation choices and doubled letters undone."""
    s = re.sub(r"(.)\1", r"\1", fold(name))
    for a, b in TRANSLIT:
        s = s.replace(a, b)
    # y and i, ie and i alternate between romanisations (Kyiv/Kiev, Zelenskyy/Zelenskiy).
    s = s.replace("y", "i").replace("ie", "i")
    return re.sub(r"(.)\1", r"\1", s)


def syllables(name: str) -> int:
    return len(VOWELS.findall(fold(name)))


def edit_distance(a: str, b: str) -> int:
    from rapidfuzz.distance import Levenshtein

    return int(Levenshtein.distance(a, b))


def is_alternative_spelling(a: str, b: str) -> bool:
    """True when a and b differ by romanisation only, or by one letter at equal syllables."""
    ka, kb = translit_key(a), translit_key(b)
    return ka == kb or (syllables(a) == syllables(b) and edit_distance(ka, kb) <= 1)


def is_derived_form(a: str, b: str) -> bool:
    """True when one word is the other plus a demonym or plural ending ("Ukraine"/"Ukrainian")."""
    x, y = sorted((fold(a), fold(b)), key=len)
    stems = {x, x.rstrip("aeiouy")}
    return any(y.startswith(s) and y[len(s) :] in DEMONYM_SUFFIXES for s in stems if len(s) >= 3)
