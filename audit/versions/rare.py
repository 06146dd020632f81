"""Story-wide rare names: a name no other version uses anywhere, in a sentence they all say.

Real MT garbles an organisation or a person each engine its own way, so the others often
do not agree on one replacement that a vote could name. When a sentence has a strong
counterpart in at least two thirds of the other versions (three or more others), and a
name in it occurs in at most one other version anywhere in the story, it is flagged
without a consensus. Off by default (V102 option `rare`): a human version among MT ones
is itself the outlier (docs/compare.md).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from audit.text.lexicon import is_common
from audit.text.normalize import fold
from audit.versions.facts import Sentence

MIN_SHARE = 2 / 3  # share of the other versions that must have the sentence
MAX_OTHERS = 1  # the name may occur in at most this many other versions


def rare_names(
    sentences: list[list[Sentence]], strong: dict[tuple[int, int], int], taken: set[tuple[int, int, int]]
) -> Iterator[tuple[int, Sentence, Any]]:
    """(version, sentence, name item) for each rare name; `strong[(v, i)]`: how many other
    versions have a strong counterpart of sentence i of version v; `taken`: (version,
    start, end) of names already flagged."""
    texts = [fold(s[0].doc.text) if s else "" for s in sentences]
    others = len(sentences) - 1
    for v, versions in enumerate(sentences):
        for i, sentence in enumerate(versions):
            if others < 3 or strong.get((v, i), 0) < MIN_SHARE * others:
                continue
            for it in sentence.items:
                if it.kind != "name" or _overlaps(v, sentence, it, taken):
                    continue
                text = sentence.text_of(it.first, it.last)
                if it.last - it.first == 1 and is_common(text):
                    continue  # one capitalised common word ("Economics") is a wording choice
                form = fold(text)
                if sum(form in t for w, t in enumerate(texts) if w != v) <= MAX_OTHERS:
                    yield v, sentence, it


def _overlaps(v: int, s: Sentence, it: Any, taken: set[tuple[int, int, int]]) -> bool:
    start, end = s.tokens[it.first].start, s.tokens[it.last - 1].end
    return any(w == v and a < end and start < b for w, a, b in taken)
