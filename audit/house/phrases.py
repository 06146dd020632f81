"""Multiword terms and titles (2–4 words) the archive prints, with their counts.

A phrase is a run of words joined by single spaces whose last word heads an office,
institution or force ("defense ministry", "Security Council", "foreign minister"):
the heads come from audit/data/term_heads.txt and titles.txt, so the count stays bounded
by the heads, not by every n-gram of the archive.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from functools import cache
from typing import Any

from audit.match.wordlists import term_heads, titles
from audit.text.document import Document
from audit.text.spans import Token

MIN_WORDS, MAX_WORDS = 2, 4
MIN_PHRASE_COUNT = 3  # phrases printed fewer times are not kept
STOP = frozenset(
    {"the", "a", "an", "of", "and", "or", "to", "in", "on", "at", "for", "by", "with", "from", "as"}
    | {"this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "whose", "which"}
)


@cache
def heads() -> frozenset[str]:
    """Last words a phrase may end in."""
    from audit.house.mentions import MODIFIERS

    return term_heads() | (titles() - MODIFIERS)


def phrases(doc: Document) -> Iterator[tuple[tuple[str, ...], list[Token]]]:
    """(keys, tokens) of every 2–4-word phrase ending in a head word, shortest first per head."""
    toks, text, ends = doc.tokens, doc.text, heads()
    for j, last in enumerate(toks):
        if last.key not in ends:
            continue
        for n in range(MIN_WORDS, MAX_WORDS + 1):
            i = j - n + 1
            if i < 0 or text[toks[i].end : toks[i + 1].start] != " ":
                break
            run = toks[i : j + 1]
            if run[0].key in STOP or not all(t.text.isalpha() for t in run):
                break
            yield tuple(t.key for t in run), run


class PhraseCounter:
    """Counts phrases over the archive; keeps the most printed surface of each."""

    def __init__(self) -> None:
        self.counts: Counter[tuple[str, ...]] = Counter()
        self.forms: dict[tuple[str, ...], Counter[str]] = {}

    def add(self, doc: Document) -> None:
        for keys, run in phrases(doc):
            self.counts[keys] += 1
            self.forms.setdefault(keys, Counter())[" ".join(t.text for t in run)] += 1

    def finish(self) -> dict[str, Any]:
        kept = sorted(
            (k for k, n in self.counts.items() if n >= MIN_PHRASE_COUNT), key=lambda k: (-self.counts[k], k)
        )
        out = {}
        for k in kept:
            forms = self.forms[k]
            out[" ".join(k)] = [min(forms, key=lambda f: (-forms[f], f)), self.counts[k]]
        return {"phrases": out}
