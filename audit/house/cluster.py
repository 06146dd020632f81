"""Spelling-variant clusters of name words, linked by the glossary matcher's own ladder.

Two words the archive prints (Zelensky, Zelenskiy) are variants of one another when
`fuzzy.link_tokens` links them, the test N101 uses for a near miss of a glossary name.
Words are compared only within blocks (a double-metaphone code or the first two letters),
so the cost grows with the vocabulary, not its square.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from audit.match.fuzzy import link_tokens
from audit.text.lexicon import is_common
from audit.text.similarity import phonetic_keys

CLOSE_JW = 0.90
CLOSE_LEN = 6


def variants(a: str, b: str) -> bool:
    """Two printed words are spellings of one name: a transliteration alternation, or a
    close link (Jaro-Winkler ≥ 0.90, 6+ letters, same first two letters) both ways.

    Stricter than a near miss: both words are printed, so most close pairs are two real
    names (Kyodo/Kyoto, Saito/Sato, Brunei/Baron), and a false merge hides real garbles.
    """
    link = link_tokens(a, b)
    if link is None or link_tokens(b, a) is None:
        return False
    close = link.jaro_winkler >= CLOSE_JW and min(len(a), len(b)) >= CLOSE_LEN and a[:2] == b[:2]
    return link.legit or close


def _candidates(word: str, blocks: dict[str, list[str]]) -> set[str]:
    out = set(blocks.get("p:" + word[:2], ()))
    for code in phonetic_keys(word):
        out.update(blocks.get("m:" + code, ()))
    out.discard(word)
    return out


def cluster_words(counts: Mapping[str, int]) -> dict[str, str]:
    """Word key → the dominant key of its cluster (the most printed spelling).

    Words are taken most printed first; each joins the first dominant word it is a
    variant of, else starts a cluster. Joining only dominants (no chains through
    lesser spellings) keeps clusters tight.
    """
    words = sorted(
        (w for w in counts if w.isalpha() and len(w) > 2 and not is_common(w)), key=lambda w: (-counts[w], w)
    )
    dominants: dict[str, list[str]] = defaultdict(list)
    out = {w: w for w in counts}
    for w in words:
        near = sorted(_candidates(w, dominants), key=lambda d: (-counts[d], d))
        top = next((d for d in near if abs(len(d) - len(w)) <= 3 and variants(w, d)), None)
        if top is not None:
            out[w] = top
            continue
        for block in _keys(w):
            dominants[block].append(w)
    return out


def _keys(word: str) -> list[str]:
    return ["p:" + word[:2], *("m:" + c for c in sorted(phonetic_keys(word)))]
