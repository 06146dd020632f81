"""Pinyin segmentation behind G106's guard for Chinese doubled given names."""

from __future__ import annotations

import pytest

from audit.checks.garble.romanised import pinyin_split, reduplicated, syllables


@pytest.mark.parametrize(
    ("word", "parts"),
    [("Fangfang", ("fang", "fang")), ("Xiaoxiao", ("xiao", "xiao")), ("Yining", ("yi", "ning"))],
)
def test_pinyin_words_split_into_syllables(word, parts):
    assert pinyin_split(word) == parts


@pytest.mark.parametrize("word", ["Lavrovov", "Umererov", "Scholzolz", "Barbara", "Mississippi"])
def test_other_names_do_not_split(word):
    assert pinyin_split(word) is None


def test_reduplicated_needs_a_whole_syllable_twice():
    assert reduplicated("Tingting") and reduplicated("Lili")
    assert not reduplicated("Yining") and not reduplicated("Lavrovov")


def test_syllable_table_is_plain_lowercase_and_complete_enough():
    table = syllables()
    assert all(s.isalpha() and s.islower() for s in table)
    assert {"zhuang", "a", "er", "xiong", "nv"} <= table and 390 <= len(table) <= 430
