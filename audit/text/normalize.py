"""Normal forms for names and terms, so that spelling-neutral differences never count.

"Yoon Suk-yeol" and "Yoon Suk Yeol", "Zelenskyy’s" and "Zelenskyy", "Sergei" with or
without diacritics all share one key. Keys are tuples of folded tokens.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from operator import methodcaller

# A word: letters/digits, with inner apostrophes kept (O’Brien) so they stay one token.
WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_APOSTROPHES = str.maketrans("", "", "'’")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Casefold and strip diacritics ("Sergéi" → "sergei")."""
    if text.isascii():  # most words: NFKD leaves ASCII alone and it has no combining marks
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.casefold()


def strip_possessive(word: str) -> str:
    """'Russia’s' → 'Russia'; 'Lavrovs'' → 'Lavrovs'. Leaves O’Brien alone."""
    if word.endswith(("’s", "'s")) and len(word) > 2:
        return word[:-2]
    if word.endswith(("’", "'")):
        return word[:-1]
    return word


@lru_cache(maxsize=65536)
def token_key(word: str) -> str:
    """The normal form of one surface token."""
    if word.isascii() and "'" not in word:  # most words: nothing to strip, fold is casefold
        return word.casefold()
    return fold(strip_possessive(word)).translate(_APOSTROPHES)


@lru_cache(maxsize=16384)  # office checks key the same forms hundreds of times an article
def name_key(text: str) -> tuple[str, ...]:
    """The normal form of a name or term: folded tokens, hyphens and dots ignored."""
    # Fold first: compatibility characters may split into several words ("¼" → "1⁄4").
    return tuple(k for m in WORD_RE.finditer(fold(text)) if (k := token_key(m.group())))


def key_text(text: str) -> str:
    """`name_key` joined with spaces, for display and for dictionary keys in files."""
    return " ".join(name_key(text))


def is_capitalized(word: str) -> bool:
    return bool(word) and word[0].isupper()


# Spelling alternations that transliteration standards disagree on (BGN/PCGN, Ukrainian
# National 2010, AP, Reuters): Zelenskyy/Zelenskiy/Zelensky, Sergey/Sergei/Sergiy,
# Mykhailo/Mykhaylo, Yevgeny/Evgeny, Kharkov's kh/h, Oleksandr/Olexandr, Wolodymyr.
_TRANSLIT_PAIRS = (("x", "ks"), ("kh", "h"), ("ph", "f"), ("w", "v"), ("ck", "k"), ("y", "i"))
_TRANSLIT_VOWELS = (("oo", "u"), ("ou", "u"), ("ee", "i"), ("ei", "i"))
_TRANSLIT_STEPS = _TRANSLIT_PAIRS + _TRANSLIT_VOWELS  # applied in this order, one str.replace each
_DOUBLE_VOWEL = re.compile(r"([aeiou])\1+")
# Replacement by group 1 as a C-level callable: a template string (r"\1") is expanded by
# Python code in `re` on every call, which costs more than the whole substitution.
_FIRST_GROUP = methodcaller("group", 1)


@lru_cache(maxsize=65536)
def translit_fold(word: str) -> str:
    """One spelling for transliteration alternations, so legit variants compare equal.

    Doubled vowels collapse (Zelenskyy/Zelenskiy → "zelenski"); doubled consonants do not:
    "Rute" for Rutte and "Putinn" for Putin are misspellings, not transliterations. (G101's
    severity uses the looser `spelling.translit_key`: see there why they differ.)
    """
    s = fold(word)
    if not s.isascii():  # the ASCII round trip only drops characters, so skip it when there are none
        s = s.encode("ascii", "ignore").decode()
    s = s.translate(_APOSTROPHES)
    for a, b in _TRANSLIT_STEPS:
        s = s.replace(a, b)
    s = _DOUBLE_VOWEL.sub(_FIRST_GROUP, s)
    return s[1:] if s.startswith("ie") else s  # Yevgeny/Evgeny, Yelena/Elena
