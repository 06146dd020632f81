"""The fast paths in Document give exactly what the plain definitions give."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from audit.text.document import Document
from audit.text.normalize import WORD_RE, strip_possessive, token_key

TEXTS = st.text(alphabet=st.sampled_from("ab Zé’'s\n\r.-"), max_size=80)


@given(TEXTS)
def test_line_starts_match_definition(text: str) -> None:
    expected = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    assert Document("t.txt", text).line_starts == expected


@given(TEXTS)
def test_tokens_match_definition(text: str) -> None:
    expected = []
    for i, m in enumerate(WORD_RE.finditer(text)):
        surface = strip_possessive(m.group())
        expected.append((m.start(), m.start() + len(surface), surface, token_key(surface), i))
    assert [tuple(t) for t in Document("t.txt", text).tokens] == expected
