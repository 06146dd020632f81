"""The fast paths in audit.text.normalize give exactly what the plain definitions give."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from audit.text.normalize import fold, strip_possessive, token_key

# Possessives, both apostrophes, accents, a ligature, a fullwidth apostrophe (NFKD → "'")
# and a Greek letter whose casefold holds combining marks.
WORDS = st.text(alphabet=st.sampled_from("aSs'’éﬁ＇ΐZ1"), max_size=8)


def _plain_strip_possessive(word: str) -> str:
    if len(word) > 2 and (word.endswith("’s") or word.endswith("'s")):
        return word[:-2]
    if word.endswith(("’", "'")):
        return word[:-1]
    return word


@given(WORDS)
def test_token_key_matches_definition(word: str) -> None:
    assert strip_possessive(word) == _plain_strip_possessive(word)
    assert token_key(word) == fold(_plain_strip_possessive(word)).translate(str.maketrans("", "", "'’"))
