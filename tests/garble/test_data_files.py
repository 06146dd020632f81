"""The word lists the garble checks read are data: sorted, unique, lower-case, and sane."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[2] / "audit" / "data"


def entries(name: str) -> list[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("#"), f"{name} must open with a comment saying where it comes from"
    return [line for line in lines if line and not line.startswith("#")]


@pytest.mark.parametrize("name", ["verbs_en.txt", "news_agencies.txt"])
def test_sorted_unique_lowercase(name):
    words = entries(name)
    assert words == sorted(set(words))
    assert all(w == w.lower() and w.isalpha() for w in words)


def test_verb_list_holds_no_function_words():
    # A determiner or preposition listed as a verb would hide every fragment.
    assert not {"the", "a", "of", "in", "and", "not", "this", "that"} & set(entries("verbs_en.txt"))
