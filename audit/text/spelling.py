"""How two spellings of one name differ: a transliteration choice, or damage.

"Zelensky"/"Zelenskiy"/"Zelenskyy" and "Sergei"/"Sergey" differ only by romanisation
conventions (BGN/PCGN vs. scholarly vs. house style): legitimate alternatives. A form that
loses or gains a syllable ("Tsukuryne" → "Tskurine") or differs in two or more letters after
those conventions are undone is more likely garbled.
"""

from __future__ import annotations

import re
from functools import lru_cache
from operator import methodcaller

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
# Demonyms and plurals, and the adjective endings of institutions ("Prefecture"/"Prefectural").
DEMONYM_SUFFIXES = (
    *("ian", "ians", "an", "ans", "ean", "eans", "ese", "i", "is", "n", "ns", "s", "es"),
    *("al", "ial", "ic", "ical"),
)
VOWELS = re.compile(r"[aeiouy]+")
DOUBLED = re.compile(r"(.)\1")
# Replacement by group 1 as a C-level callable: a template (r"\1") is expanded in Python.
_FIRST_GROUP = methodcaller("group", 1)


@lru_cache(maxsize=65536)
def translit_key(name: str) -> str:
    """A spelling with romanisation choices and doubled letters undone (cached: pure).

    Looser than `normalize.translit_fold`, on purpose: that one decides, against a glossary,
    whether a spelling is a legit variant (N102) or a garble (N101), so it keeps doubled
    consonants (Rute is a misspelling of Rutte). This one only grades the severity of two
    spellings one article uses without a glossary to say which is right (G101), where
    a doubled letter or a c/k is the mildest kind of difference.
    """
    s = DOUBLED.sub(_FIRST_GROUP, fold(name))
    for a, b in TRANSLIT:
        s = s.replace(a, b)
    # y and i, ie and i alternate between romanisations (Kyiv/Kiev, Zelenskyy/Zelenskiy).
    s = s.replace("y", "i").replace("ie", "i")
    return DOUBLED.sub(_FIRST_GROUP, s)


@lru_cache(maxsize=65536)
def syllables(name: str) -> int:
    """Vowel groups of the folded name (cached: pure, and names repeat)."""
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
    for stem in (x, x.rstrip("aeiouy")):  # a plain loop: any() would build a generator
        if len(stem) >= 3 and y.startswith(stem) and y[len(stem) :] in DEMONYM_SUFFIXES:
            return True
    return False
