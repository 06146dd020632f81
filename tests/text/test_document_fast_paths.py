"""The fast paths in Document give exactly what the plain definitions give."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from audit.text.document import Document
from audit.text.normalize import WORD_RE, strip_possessive, token_key
from audit.text.spans import Span

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


@given(TEXTS)
def test_token_offsets_and_keys_match_tokens(text: str) -> None:
    doc = Document("t.txt", text)
    doc.tokens  # noqa: B018 - builds starts and keys as by-products
    assert doc.token_starts == [t.start for t in doc.tokens]
    assert doc.token_keys == [t.key for t in doc.tokens]
    fresh = Document("t.txt", text)  # asked for first, before the tokens
    assert fresh.token_keys == doc.token_keys and fresh.token_starts == doc.token_starts


def test_word_tally_reads_whole_tokens() -> None:
    """The tally follows the tokenizer: "N'a" is one capitalised word, not a lower-case "a";
    "l'été" one foreign word (été), not two; "the_minister" two words; "Putin's" has
    no lower-case "s"."""
    from audit.text.langid import WordTally

    text = "N'a the_minister didn’t café l'été Putin's"
    tally = WordTally(text)
    assert tally.counts(0, len(text)) == (3, 2)  # the, minister, didn’t; café, été
    assert tally.non_ascii == [text.index("café"), text.index("été")]


@given(st.text(alphabet=st.sampled_from("ab \t\r\n\x1c\u00a0é"), max_size=40))
def test_paragraphs_are_the_non_blank_lines(text: str) -> None:
    expected = []
    for m in re.finditer(r"[^\n]+", text):
        start, end = m.span()
        end -= text[end - 1] == "\r"
        if text[start:end].strip():
            expected.append(Span(start, end))
    assert Document("t.txt", text).paragraphs == expected
