"""Pair-level behaviour of the near-miss matcher (fixtures/pairs.tsv, invented glossary)."""

from __future__ import annotations

import pytest
from pairs_eval import Pair, findings_for, pairs, verdict

# Rows the rule set gets wrong on purpose, with the reason; they must still be flagged.
KNOWN_MISSES = {
    # "oo" is a legit transliteration of u (Yoon/Yun, Mahmood): this garble reads as minor.
    "Netanyahoo": "N102",
}
ROWS = pairs()


def _id(p: Pair) -> str:
    return f"{p.expect}:{p.candidate}"


def test_fixture_size():
    kinds = [p.expect for p in ROWS]
    assert kinds.count("garble") + kinds.count("variant") >= 40
    assert kinds.count("quiet") >= 30


@pytest.mark.parametrize("pair", [p for p in ROWS if p.candidate not in KNOWN_MISSES], ids=_id)
def test_pair(pair: Pair):
    ok, what = verdict(pair)
    assert ok, what


@pytest.mark.parametrize("candidate", sorted(KNOWN_MISSES))
def test_known_misses_are_still_flagged(candidate: str):
    pair = next(p for p in ROWS if p.candidate == candidate)
    codes = {f.code for f in findings_for(pair.sentence)}
    assert codes == {KNOWN_MISSES[candidate]}


def test_precision_and_recall_floor():
    results = [(p.expect, verdict(p)[0]) for p in ROWS]
    links = [ok for expect, ok in results if expect != "quiet"]
    quiet = [ok for expect, ok in results if expect == "quiet"]
    assert all(quiet), "a must-not pair was linked"
    assert sum(links) / len(links) >= 0.95
