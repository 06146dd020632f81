"""Story-wide name spelling: a name word only one version uses, close to what the others use.

Aligned sentences catch a name swapped in place; this catches a garbled name wherever it
stands (Lavrovov when the other versions all write Lavrov), even in sentences that
failed to align. Similarity is the shared matcher of audit/text/similarity.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from audit.match import ladder
from audit.text.similarity import jaro_winkler, phonetic_match
from audit.versions.facts import Sentence
from audit.versions.words import same_name_word

# The levels (audit/match/ladder.py): same sound across versions (stricter than within one
# article: two versions may name two people), or string similarity alone.
JW_PHONETIC = ladder.SAME_SOUND_VERSIONS
JW_ALONE = ladder.ALONE
MIN_LEN = 4


def similar(a: str, b: str) -> bool:
    """Two name words plausibly spell one name (never equal, never a demonym pair)."""
    if same_name_word(a, b):
        return False
    jw = jaro_winkler(a, b)
    return jw >= JW_ALONE or (jw >= JW_PHONETIC and phonetic_match(a, b))


@dataclass(frozen=True)
class Outlier:
    version: int
    sentence: Sentence
    token: int
    word: str
    suggestion: str
    support: tuple[int, ...]  # versions using the suggested spelling
    listed: bool  # the suggestion is a glossary name word


def name_words(sentences: Iterable[Sentence]) -> dict[str, list[tuple[Sentence, int]]]:
    out: dict[str, list[tuple[Sentence, int]]] = {}
    for s in sentences:
        for it in s.items:
            if it.kind != "name":
                continue
            for i in range(it.first, it.last):
                key = s.tokens[i].key
                if len(key) >= MIN_LEN and key.isalpha():
                    out.setdefault(key, []).append((s, i))
    return out


def outliers(versions: list[list[Sentence]], listed: Callable[[str], bool]) -> list[Outlier]:
    """Name words used by one version only, similar to a word other versions use."""
    vocab = [name_words(v) for v in versions]
    out = []
    for v, words in enumerate(vocab):
        others = [(w, voc) for w, voc in enumerate(vocab) if w != v]
        for word, places in words.items():
            if listed(word) or any(same_name_word(word, y) for _, voc in others for y in voc):
                continue
            best = _best(word, others)
            if best is None:
                continue
            y, shown, support = best
            for s, i in places:
                out.append(Outlier(v, s, i, word, shown, support, listed(y)))
    return out


def _best(word: str, others: list[tuple[int, dict[str, list[tuple[Sentence, int]]]]]):  # type: ignore[no-untyped-def]
    support: dict[str, list[int]] = {}
    surface: dict[str, str] = {}
    for w, voc in others:
        for y, places in voc.items():
            if similar(word, y):
                support.setdefault(y, []).append(w)
                s, i = places[0]
                surface.setdefault(y, s.tokens[i].text)
    if not support:
        return None
    y = max(support, key=lambda k: len(support[k]))
    return y, surface[y], tuple(support[y])
