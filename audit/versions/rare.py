"""Story-wide rare names: a name no other version uses anywhere, in a sentence they all say.

Real MT garbles an organisation or a person each engine its own way, so the others often
do not agree on one replacement that a vote could name. When a sentence has a strong
counterpart in at least two thirds of the other versions (three or more others), and a
name in it occurs in at most one other version anywhere in the story (and in under a
third of all versions, this one included), it is flagged
without a consensus (V102 option `rare`, on by default; docs/compare.md).

Two refinements keep it precise: an abbreviation alone (MOFCOM, SFC) is not flagged, since
spelling a name out or abbreviating it is the commonest wording choice between translations
and with no consensus nothing says which is wrong; and the span covers only the words of
the name that no more than one other version uses anywhere ("Postal Bank Wealth Addition":
"Postal … Addition" when the others all write "Bank" and "Wealth"), the part an editor must
check.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from audit.text.lexicon import is_common
from audit.text.normalize import fold
from audit.versions.facts import Sentence
from audit.versions.words import ABBREVIATION

MIN_SHARE = 2 / 3  # share of the other versions that must have the sentence
MAX_OTHERS = 1  # the name may occur in at most this many other versions
SPACES = re.compile(r"[\s-]+")


def rare_names(
    sentences: list[list[Sentence]],
    strong: dict[tuple[int, int], int],
    taken: set[tuple[int, int, int]],
    alike: Callable[[int, int, Any], set[int]],
    lower: frozenset[str] = frozenset(),
) -> Iterator[tuple[int, Sentence, Any]]:
    """(version, sentence, name item) for each rare name; `strong[(v, i)]`: how many other
        versions have a strong counterpart of sentence i of version v; `taken`: (version,
        start, end) of names already flagged; `alike(v, i, key)`: the versions whose
        counterparts of that sentence name the same entity in other words (Sino-Japanese /
        China-Japan); `lower`: words the story writes in lower case (a name made only of them,
    "Drug Price", is a title-cased wording)."""
    texts = [SPACES.sub("", fold(s[0].doc.text)) if s else "" for s in sentences]  # Cai Qi = Caiqi
    others = len(sentences) - 1
    for v, versions in enumerate(sentences):
        for i, sentence in enumerate(versions):
            if others < 3 or strong.get((v, i), 0) < MIN_SHARE * others:
                continue
            for it in sentence.items:
                if it.kind != "name" or _overlaps(v, sentence, it, taken):
                    continue
                text = sentence.text_of(it.first, it.last)
                if it.last - it.first == 1 and (is_common(text) or ABBREVIATION.fullmatch(text)):
                    continue  # one capitalised common word ("Economics") or an abbreviation
                if all(sentence.tokens[k].key in lower for k in range(it.first, it.last)):
                    continue
                form = SPACES.sub("", fold(text))
                users = len({w for w, t in enumerate(texts) if w != v and form in t} | alike(v, i, it.key))
                if users <= MAX_OTHERS and 3 * (users + 1) < len(sentences):  # under a third
                    yield v, sentence, it


def used_words(sentences: list[list[Sentence]]) -> list[frozenset[str]]:
    """Each version's word keys, for `unshared_words`."""
    return [frozenset(s[0].doc.token_keys) if s else frozenset() for s in sentences]


def unshared_words(sentence: Sentence, it: Any, used: list[frozenset[str]], v: int) -> tuple[int, int]:
    """Token range [first, last) of the name from its first to its last word that at most
    MAX_OTHERS other versions use anywhere; the whole name when every word is shared (the
    words are common to the story, their combination is not)."""
    rare = [
        i
        for i in range(it.first, it.last)
        if sum(sentence.tokens[i].key in u for w, u in enumerate(used) if w != v) <= MAX_OTHERS
    ]
    return (rare[0], rare[-1] + 1) if rare else (it.first, it.last)


def _overlaps(v: int, s: Sentence, it: Any, taken: set[tuple[int, int, int]]) -> bool:
    start, end = s.tokens[it.first].start, s.tokens[it.last - 1].end
    return any(w == v and a < end and start < b for w, a, b in taken)
