"""The word lists the garble checks read are data: sorted, unique, lower-case, and sane."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[3] / "audit" / "data"


def entries(name: str) -> list[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("#"), f"{name} must open with a comment saying where it comes from"
    return [line for line in lines if line and not line.startswith("#")]


@pytest.mark.parametrize("name", ["verbs_en.txt", "news_agencies.txt", "term_heads.txt"])
def test_sorted_unique_lowercase(name):
    words = entries(name)
    assert words == sorted(set(words))
    assert all(w == w.lower() and w.isalpha() for w in words)


def test_verb_list_holds_no_function_words():
    # A determiner or preposition listed as a verb would hide every fragment.
    assert not {"the", "a", "of", "in", "and", "not", "this", "that"} & set(entries("verbs_en.txt"))


def test_pair_counts_are_sorted_unique_and_name_their_source():
    lines = entries("bigrams_en.tsv")
    header = (DATA / "bigrams_en.tsv").read_text(encoding="utf-8").split("\n# Format")[0]
    assert "refA" in header and "scripts/build_bigrams.py" in header
    rows = [line.split("\t") for line in lines]
    assert all(len(r) == 3 and r[0].islower() and r[1].islower() and int(r[2]) >= 2 for r in rows)
    pairs = [(a, b) for a, b, _ in rows]
    assert pairs == sorted(set(pairs))


def test_pair_counts_hold_no_function_words():
    from audit.checks.garble.terms import FUNCTION_WORDS

    rows = map(str.split, entries("bigrams_en.tsv"))
    assert not any(a in FUNCTION_WORDS or b in FUNCTION_WORDS for a, b, _ in rows)


def test_pinyin_table_has_each_syllable_once():
    syllables = [s for line in entries("pinyin_syllables.txt") for s in line.split()]
    assert len(syllables) == len(set(syllables))
