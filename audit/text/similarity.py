"""String and phonetic similarity of names (rapidfuzz + double metaphone).

Shared by the glossary matcher, the in-article consistency checks and cross-version
consensus, so that "the same name" means the same thing everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from operator import methodcaller

from audit.text.normalize import fold, translit_fold


def jaro_winkler(a: str, b: str) -> float:
    """Jaro-Winkler similarity (0–1) of two strings, compared folded."""
    return float(
        _jaro_winkler_fn()(fold(a), fold(b))
    )  # key_jaro_winkler inlined: office checks call it ~500×/article


def key_jaro_winkler(a: str, b: str) -> float:
    """Jaro-Winkler of two strings that are already folded keys (the matcher's hot path)."""
    return float(_jaro_winkler_fn()(a, b))


@lru_cache(maxsize=1)
def _jaro_winkler_fn() -> Callable[[str, str], float]:
    """rapidfuzz's scorer, imported on first use: an import statement per call costs ~0.6 µs."""
    from rapidfuzz.distance import JaroWinkler

    return JaroWinkler.similarity


@lru_cache(maxsize=65536)
def phonetic_keys(word: str) -> frozenset[str]:
    """Double-metaphone primary and secondary codes of one word (empty codes dropped)."""
    folded = fold(word)
    if not folded.isascii():  # the ASCII round trip only drops characters
        folded = folded.encode("ascii", "ignore").decode()
    return frozenset(filter(None, _metaphone_fn()(folded)))


@lru_cache(maxsize=1)
def _metaphone_fn() -> Callable[[str], tuple[str, str]]:
    """doublemetaphone, imported on first use (as `_jaro_winkler_fn`)."""
    from doublemetaphone import doublemetaphone

    return doublemetaphone  # type: ignore[no-any-return]


def phonetic_match(a: str, b: str) -> bool:
    """True when two words share a double-metaphone code."""
    return bool(phonetic_keys(a) & phonetic_keys(b))


def levenshtein(a: str, b: str) -> int:
    """Edit distance of two strings, compared folded."""
    return int(_levenshtein_fn()(fold(a), fold(b)))


@lru_cache(maxsize=1)
def _levenshtein_fn() -> Callable[[str, str], int]:
    """rapidfuzz's edit distance, imported on first use (as `_jaro_winkler_fn`)."""
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.distance


def swap_distance(a: str, b: str) -> int:
    """Edit distance of two strings, compared folded, where swapping two adjacent letters is
    one edit ("Kmi" for Kim; optimal string alignment, Damerau's commonest slip)."""
    return int(swap_distance_fn()(fold(a), fold(b)))


@lru_cache(maxsize=1)
def swap_distance_fn() -> Callable[..., int]:
    """rapidfuzz's optimal-string-alignment distance, imported on first use."""
    from rapidfuzz.distance import OSA

    return OSA.distance  # type: ignore[no-any-return]


PHONETIC_BLOCK_MIN = 4  # see fuzzy.SHORT_LEN: at or below, a link needs one edit anyway
PHONETIC_CODE_MIN = 3  # shorter double-metaphone codes are too common to block on
# The longest token given fuzzy keys: a deletion neighbourhood is quadratic in the length
# (a 100 KB token made gigabytes of keys); no name is this long, so longer ones match exactly.
LONGEST_FUZZY = 64
_STUTTER = re.compile(r"(\w{1,3})\1$")  # a repeated last syllable: Lavrov-ov, Putin-n
_FIRST_GROUP = methodcaller("group", 1)  # as a replacement: C-level, unlike the template r"\1"


@lru_cache(maxsize=65536)
def block_keys(word: str) -> frozenset[str]:
    """Blocking keys of one token: phonetic codes, transliteration skeleton, one-deletion
    neighbourhood, and the same for the word without a stuttered ending.

    Two spellings one edit apart always share a deletion key (SymSpell's idea: delete
    one letter from either), same-sounding ones share a double-metaphone code, legit
    transliterations share a skeleton; candidate search looks only in these buckets.
    """
    folded = fold(word)
    if len(folded) > LONGEST_FUZZY:
        return frozenset({"d:" + folded})
    # Short words link only within one edit, which the deletion keys already cover; short
    # codes ("KM": Kim, Kam, Gim, Khim …) make buckets of hundreds at 100k names for nothing.
    keys = _deletions(folded)
    if len(folded) > PHONETIC_BLOCK_MIN:
        keys.update("m:" + k for k in phonetic_keys(word) if len(k) >= PHONETIC_CODE_MIN)
    keys.add("t:" + translit_fold(word))
    destuttered = _STUTTER.sub(_FIRST_GROUP, folded)
    if destuttered != folded:
        keys.update(_deletions(destuttered))
    return frozenset(keys)


def _deletions(word: str) -> set[str]:
    """Deletion keys: the word and each one-letter deletion of it, prefixed "d:"."""
    key = "d:" + word
    keys = {key[:i] + key[i + 1 :] for i in range(2, len(key))}
    keys.add(key)
    return keys
