"""The token-based scans of audit.text.langid give what the plain text-wide definitions give."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from audit.checks.lang.encoding import MOJIBAKE
from audit.text.document import Document
from audit.text.langid import LOWER_WORD, NON_ASCII_LETTER, WordTally, _count, _key
from audit.text.lexicon import common_words
from audit.text.spans import Span

TEXTS = st.text(alphabet=st.sampled_from("ab Zé’'s\n.-_1²ÅøКкΩ“”â€™Ã©"), max_size=80) | st.sampled_from(
    ["the troupes partent didn’t we", "Le ministre a déclaré que les soldats"]
)


def _word_around(text: str, i: int) -> tuple[int, int]:
    start, end = i, i + 1
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    while end < len(text) and text[end].isalpha():
        end += 1
    return start, end


@given(TEXTS)
def test_non_ascii_words_match_definition(text: str) -> None:
    expected: list[tuple[int, int]] = []
    for m in NON_ASCII_LETTER.finditer(text):
        start, end = _word_around(text, m.start())
        if not expected or expected[-1][0] != start:
            expected.append((start, end))
    tokens = Document("t.txt", text).tokens
    tally = WordTally(text, tokens)
    assert tally.non_ascii_words == expected
    lower = [t.start for t in tokens if LOWER_WORD.fullmatch(t.text)]
    rare = [
        t.start
        for t in tokens
        if LOWER_WORD.fullmatch(t.text) and not {t.text, _key(t.text)} & common_words()
    ]
    for a in range(len(text) + 1):
        for b in range(a, len(text) + 2, 7):
            english = _count(lower, a, b) - _count(rare, a, b)
            foreign = _count(rare, a, b) + _count(tally.non_ascii, a, b)
            assert tally.counts(a, b) == (english, foreign)
            assert tally.foreign(a, b) == foreign
    assert tally.non_ascii == sorted({start for start, _ in expected})
    spans = [Span(a, b) for a in range(0, len(text) + 1, 3) for b in (a, a + 5, len(text) + 1)]
    assert tally.foreign_each(spans) == [tally.foreign(a, b) for a, b in spans]


def test_mojibake_starts_with_a_non_ascii_letter() -> None:
    """L103 skips text before the first non-ASCII word: its lead characters must be letters."""
    leads = re.match(r"\[([^\]]+)\]", MOJIBAKE.pattern)
    assert leads is not None
    assert all(NON_ASCII_LETTER.fullmatch(c) for c in leads.group(1))
