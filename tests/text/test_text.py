"""Normalisation, tokens, sentences, positions and datelines."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from audit.text.dates import find_dateline
from audit.text.document import Document
from audit.text.normalize import fold, name_key


def test_name_keys_ignore_spelling_neutral_differences():
    assert name_key("Yoon Suk Yeol") == name_key("Yoon Suk-yeol") == name_key("YOON SUK–YEOL")
    assert name_key("Zelenskyy’s") == name_key("Zelenskyy")
    assert name_key("Sergéi") == name_key("Sergei")
    assert name_key("U.S.") == ("u", "s")
    assert name_key("Lavrov") != name_key("Lavrovov")


@given(st.text(max_size=40))
def test_name_key_is_idempotent(text):
    key = name_key(text)
    assert name_key(" ".join(key)) == key


@given(st.text(alphabet=st.characters(min_codepoint=65, max_codepoint=0x17F, categories=["L"]), max_size=20))
def test_fold_is_case_insensitive(word):
    # Latin letters only: Turkish dotless ı has no case-insensitive twin in Unicode folding.
    assert fold(word.upper()) == fold(word.lower()) or "ı" in word or "ſ" in word


def test_sentences_keep_offsets_and_abbreviations():
    text = "The U.S. envoy met Gen. Smith on Monday. “We will act,” he said. Relations in the region.\nNext."
    doc = Document("x", text)
    sentences = [doc.slice(s) for s in doc.sentences]
    assert sentences == [
        "The U.S. envoy met Gen. Smith on Monday.",
        "“We will act,” he said.",
        "Relations in the region.",
        "Next.",
    ]


def test_locate_is_one_based_and_tokens_strip_possessives():
    doc = Document("x", "First line\nRussia’s war")
    assert doc.locate(0) == (1, 1)
    assert doc.locate(11) == (2, 1)
    assert [t.text for t in doc.tokens] == ["First", "line", "Russia", "war"]


def test_dateline():
    assert find_dateline("KYIV, Ukraine (AP) — Oct. 28, 2024 — Something") == dt.date(2024, 10, 28)
    assert find_dateline("Published 2024-10-28 by the desk") == dt.date(2024, 10, 28)
    assert find_dateline("On 28 October 2024 the Pentagon said") == dt.date(2024, 10, 28)
    assert find_dateline("On Monday, October 28th, the Pentagon said") is None
    # an event the lede reports, not the day of writing
    assert find_dateline("The plant was seized by Russian troops on March 4, 2022.") is None
    assert find_dateline("He has led the party since 12 May 2019. Oct. 28, 2024") == dt.date(2024, 10, 28)


def test_sentences_split_before_capitals_of_any_script():
    doc = Document("x", "He left. Élysée officials said so. Он сказал. 그는 말했다. then lower.")
    assert [doc.slice(s) for s in doc.sentences] == [
        "He left.",
        "Élysée officials said so.",
        "Он сказал.",
        "그는 말했다. then lower.",
    ]
