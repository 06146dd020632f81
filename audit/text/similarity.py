"""String and phonetic similarity of names (rapidfuzz + double metaphone).

Shared by the glossary matcher, the in-article consistency checks and cross-version
consensus, so that "the same name" means the same thing everywhere.
"""

from __future__ import annotations

from functools import lru_cache

from audit.text.normalize import fold


def jaro_winkler(a: str, b: str) -> float:
    """Jaro-Winkler similarity (0–1) of two folded strings."""
    from rapidfuzz.distance import JaroWinkler

    return float(JaroWinkler.similarity(fold(a), fold(b)))


@lru_cache(maxsize=65536)
def phonetic_keys(word: str) -> frozenset[str]:
    """Double-metaphone primary and secondary codes of one word (empty codes dropped)."""
    from doublemetaphone import doublemetaphone

    ascii_word = fold(word).encode("ascii", "ignore").decode()
    return frozenset(k for k in doublemetaphone(ascii_word) if k)


def phonetic_match(a: str, b: str) -> bool:
    """True when two words share a double-metaphone code."""
    return bool(phonetic_keys(a) & phonetic_keys(b))


def levenshtein(a: str, b: str) -> int:
    """Edit distance of two folded strings."""
    from rapidfuzz.distance import Levenshtein

    return int(Levenshtein.distance(fold(a), fold(b)))


BLOCK_PREFIX = 5  # letters of folded prefix used as a blocking key for long tokens
BLOCK_PREFIX_MIN = 6  # tokens this long also block on their prefix (late edits, stutters)


@lru_cache(maxsize=65536)
def block_keys(word: str) -> frozenset[str]:
    """Blocking keys of one token: phonetic codes, transliteration skeleton, one-deletion
    neighbourhood, long prefix.

    Two spellings one edit apart always share a deletion key (SymSpell's idea: delete
    one letter from either), same-sounding ones share a double-metaphone code, and long
    names with two late edits share a prefix; candidate search looks only in these buckets.
    """
    from audit.text.normalize import translit_fold

    folded, skeleton = fold(word), translit_fold(word)
    keys = {"m:" + k for k in phonetic_keys(word)}
    keys.add("t:" + skeleton)
    keys.add("d:" + folded)
    keys.update("d:" + folded[:i] + folded[i + 1 :] for i in range(len(folded)))
    if len(skeleton) >= BLOCK_PREFIX_MIN:
        keys.add("p:" + skeleton[:BLOCK_PREFIX])
    return frozenset(keys)
