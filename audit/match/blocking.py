"""Candidate forms for one window: the forms ending in a linked word, narrowed by first word.

Names ending in a common word ("… Oblast", "… Bank") put thousands of forms behind one
last word in a 100k glossary; comparing a window with each of them costs a Python call
per form. Grouping them by first word and prefiltering the first words with one rapidfuzz
call keeps that cost flat. The result is exactly the forms whose first word `link_tokens`
links, in index order, so findings do not change.
"""

from __future__ import annotations

from audit.glossary.index import GlossaryIndex
from audit.match.fuzzy import PREFILTER_JW, SHORT_LEN, link_tokens

FIRST_WORD_MIN = 24  # forms behind one (last word, length): below this, compare each form
# rapidfuzz cutoff just under PREFILTER_JW: link_tokens rounds Jaro-Winkler to 3 decimals
# before comparing, so a score of 0.7495 still passes there and must pass here.
CUTOFF = PREFILTER_JW - 0.001
MEMO_SIZE = 50_000  # (first word, last word, length) lookups kept between articles

Group = tuple[dict[str, tuple[int, ...]], tuple[str, ...], tuple[str, ...]]


def candidate_forms(
    index: GlossaryIndex, tail: str, n: int, first: str, eligible: bool
) -> tuple[tuple[str, ...], ...]:
    """Forms of `n` tokens ending in `tail` whose first word the window's first word may stand for.

    `eligible`: the window's first word may differ from the form's (else it must be equal).
    """
    forms = index.forms_ending(tail, n)
    if n < 2 or len(forms) < FIRST_WORD_MIN:
        return forms
    memo = index.derived.setdefault("names.first_links", {})
    key = (first, eligible, tail, n)
    found = memo.get(key)
    if found is None:
        if len(memo) >= MEMO_SIZE:
            memo.clear()  # bounded: archive runs meet millions of distinct words
        positions, long_words, short_words = _group(index, tail, n, forms)
        if eligible:
            words = [w for w in _prefilter(first, long_words, short_words) if link_tokens(first, w)]
        else:
            words = [first] if first in positions else []
        found = memo[key] = tuple(forms[p] for p in sorted(p for w in words for p in positions[w]))
    return found


def _group(index: GlossaryIndex, tail: str, n: int, forms: tuple[tuple[str, ...], ...]) -> Group:
    """First word → positions of its forms; first words split by length (built once per group)."""
    groups = index.derived.setdefault("names.first_words", {})
    group = groups.get((tail, n))
    if group is None:
        positions: dict[str, list[int]] = {}
        for p, form in enumerate(forms):
            positions.setdefault(form[0], []).append(p)
        words = tuple(positions)
        group = (
            {w: tuple(ps) for w, ps in positions.items()},
            tuple(w for w in words if len(w) > SHORT_LEN),
            tuple(w for w in words if len(w) <= SHORT_LEN),
        )
        groups[tail, n] = group
    return group


def _prefilter(first: str, long_words: tuple[str, ...], short_words: tuple[str, ...]) -> list[str]:
    """Every word `link_tokens` could link `first` to (a superset): it rejects a pair of words
    longer than SHORT_LEN below PREFILTER_JW before any other test."""
    if len(first) <= SHORT_LEN:
        return [*long_words, *short_words]
    from rapidfuzz import process
    from rapidfuzz.distance import JaroWinkler

    hits = process.extract(first, long_words, scorer=JaroWinkler.similarity, score_cutoff=CUTOFF, limit=None)
    return [w for w, _score, _i in hits] + list(short_words)
