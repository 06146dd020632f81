"""Word-level correspondence between a sentence and its counterpart in another version.

difflib's matching blocks over folded tokens say, for any words of one sentence, which
words of the other stand in the same place: the same words (an equal block), other words
(a replacement), or nothing (the other version dropped them).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cached_property
from typing import Any

from audit.versions.facts import Item, Sentence
from audit.versions.words import is_function

Opcode = tuple[str, int, int, int, int]
MAX_GAP = 4  # words between the two context words of an anchored fallback
MAX_SLOT = 3  # content words on either side of a replacement that still counts as one slot


@dataclass
class Pair:
    """A sentence of one version (`this`) against its counterpart in another (`other`)."""

    this: Sentence
    other: Sentence
    version: int
    score: float = 100.0  # chrF of the link

    @cached_property
    def ops(self) -> list[Opcode]:
        """Computed on first use: most votes are settled by counting, without a diff."""
        return word_ops(self.this.keys, self.other.keys)

    def aligned(self, first: int, last: int) -> tuple[int, int] | None:
        """The other's tokens standing where this sentence has tokens [first, last)."""
        lo, hi = None, None
        for tag, i1, i2, j1, j2 in self.ops:
            if i1 >= last or i2 <= first or tag in ("delete", "insert"):
                continue
            if tag == "equal":
                a, b = j1 + max(first, i1) - i1, j1 + min(last, i2) - i1
            else:
                a, b = j1, j2
            lo, hi = (a, b) if lo is None else (min(lo, a), max(hi or b, b))
        return None if lo is None or hi is None or lo >= hi else (lo, hi)

    def locate(
        self, first: int, last: int, this_max: int = MAX_SLOT, other_max: int = MAX_SLOT
    ) -> tuple[tuple[int, int] | None, bool]:
        """Where the other says what tokens [first, last) say, and whether that is anchored.

        difflib keeps word order; when it could not place the tokens (the other version moved
        the clause), fall back to the words either side: "dangerous _ of" → "dangerous expansion of".
        """
        span = self.aligned(first, last)
        if span is not None:
            return span, self.anchored(first, last, this_max, other_max)
        return self._between(first, last), True

    def _between(self, first: int, last: int) -> tuple[int, int] | None:
        keys, other = self.this.keys, self.other.keys
        if first == 0 or last >= len(keys) or (is_function(keys[first - 1]) and is_function(keys[last])):
            return None
        left, right = keys[first - 1], keys[last]
        for p, k in enumerate(other):
            if k != left:
                continue
            for q in range(p + 2, min(p + 2 + MAX_GAP, len(other))):
                if other[q] == right:
                    return p + 1, q
        return None

    def replacements(self, tight: int = 3) -> list[Opcode]:
        """Replace blocks short enough to be one word or phrase said differently."""
        out = []
        for op in self.ops:
            tag, i1, i2, j1, j2 = op
            if tag == "replace" and _content(self.this.keys[i1:i2]) <= tight >= _content(
                self.other.keys[j1:j2]
            ):
                out.append(op)
        return out

    def anchored(self, first: int, last: int, this_max: int = MAX_SLOT, other_max: int = MAX_SLOT) -> bool:
        """Tokens [first, last) lie in one short replacement with equal words (or an edge) either side."""
        hits = [n for n, (tag, i1, i2, _j1, _j2) in enumerate(self.ops) if i1 < last and first < i2]
        if len(hits) != 1 or self.ops[hits[0]][0] != "replace":
            return False
        n = hits[0]
        _tag, i1, i2, j1, j2 = self.ops[n]
        if _content(self.this.keys[i1:i2]) > this_max or _content(self.other.keys[j1:j2]) > other_max:
            return False  # a rewritten clause, not a word said differently
        before = n == 0 or self.ops[n - 1][0] == "equal"
        after = n + 1 == len(self.ops) or self.ops[n + 1][0] == "equal"
        return before and after

    def other_items(self, kind: str, span: tuple[int, int]) -> list[Item]:
        return [it for it in self.other.items if it.kind == kind and it.first < span[1] and it.last > span[0]]

    def counts(self, kind: str, same: Callable[[Any], bool]) -> tuple[int, int]:
        return self.this.count(kind, same), self.other.count(kind, same)


def word_ops(a: list[str], b: list[str]) -> list[Opcode]:
    """difflib opcodes in two passes: content words place the clauses, then all words refine.

    Matching function words alone would pair unrelated clauses ("the" of "the war" with "the"
    of "the acronym"); inside a replaced stretch, they are what lines the words up.
    """
    coarse = SequenceMatcher(is_function, a, b, autojunk=False).get_opcodes()
    out: list[Opcode] = []
    for tag, i1, i2, j1, j2 in coarse:
        if tag != "replace":
            out.append((tag, i1, i2, j1, j2))
            continue
        fine = SequenceMatcher(None, a[i1:i2], b[j1:j2], autojunk=False).get_opcodes()
        out.extend((t, i1 + x1, i1 + x2, j1 + y1, j1 + y2) for t, x1, x2, y1, y2 in fine)
    return out


def _content(keys: list[str]) -> int:
    return sum(1 for k in keys if not is_function(k))
