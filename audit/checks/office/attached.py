"""The name an office is attached to: "Minister Suh Wook", "the minister, Suh Wook,",
"Suh Wook, the minister". Known names come from the exact glossary scan; unknown ones are
runs of capitalised words that are not ordinary words.
"""

from __future__ import annotations

import re

from audit.checks.office.mentions import MAX_NAME_WORDS, PARTICLES, gap_between
from audit.glossary.index import Mention
from audit.match.office_words import word_set
from audit.text.document import Document
from audit.text.lexicon import is_common
from audit.text.spans import Token


def name_after(doc: Document, j: int, mentions: dict[int, Mention]) -> tuple[int, int] | None:
    """Token range of the name after a title: "Minister Suh Wook", "the minister, Suh Wook,"."""
    tokens = doc.tokens
    if j >= len(tokens):
        return None
    gap = gap_between(doc, tokens[j - 1], tokens[j])
    if gap not in (" ", ", "):
        return None
    exact = mentions.get(tokens[j].start)
    if exact is not None:
        span = (exact.first_token, exact.first_token + exact.n_tokens)
    else:
        k = j + 1 if tokens[j].capitalized else j
        while k < len(tokens) and k - j < MAX_NAME_WORDS and _links(doc, k):
            k += 1
        span = (j, k)
        if k == j or not _plausible(doc, tokens[j:k]):
            return None
    after = doc.text[tokens[span[1] - 1].end :][:2]
    if gap == ", " and not re.match(r"(?:[,.;)]|$)", after):
        return None  # "the minister, Suh Wook, said" is apposition; "the minister, Austin said" not
    return span


def _links(doc: Document, k: int) -> bool:
    """True when token k continues the name that token k-1 is part of."""
    prev, t = doc.tokens[k - 1], doc.tokens[k]
    gap = gap_between(doc, prev, t)
    if gap == "-":
        return True
    if gap == ". " and len(prev.text) == 1 and prev.capitalized:
        gap = " "  # an initial: "John F. Kerry"
    nxt = doc.tokens[k + 1] if k + 1 < len(doc.tokens) else None
    word = t.capitalized or (t.key in PARTICLES and nxt is not None and nxt.capitalized)
    return gap == " " and word and (prev.capitalized or prev.key in PARTICLES)


def name_before(doc: Document, k: int, ends: dict[int, Mention]) -> tuple[int, int] | None:
    """Token range of the name in "Suh Wook, the defense minister" (k: first token of the title)."""
    tokens = doc.tokens
    if k == 0 or not re.fullmatch(r",\s", doc.text[tokens[k - 1].end : tokens[k].start]):
        return None
    exact = ends.get(tokens[k - 1].end)
    if exact is not None:
        return exact.first_token, exact.first_token + exact.n_tokens
    a = k - 1
    while a > 0 and k - a < MAX_NAME_WORDS and _links(doc, a):
        a -= 1
    while a < k - 1 and tokens[a].key in word_set("not-name"):
        a += 1  # a sentence-initial word: "Yesterday Suh Wook, the minister"
    return (a, k) if tokens[a].capitalized and _plausible(doc, tokens[a:k]) else None


def _plausible(doc: Document, words: list[Token]) -> bool:
    """Not a capitalised ordinary word ("Monday", "Says"); in a headline, not only ordinary words."""
    if words[0].key in word_set("not-name") or words[0].key in word_set("calendar"):
        return False
    sentence = doc.sentence_at(words[0].start)
    tokens = doc.tokens_in(sentence) if sentence else words
    headline = sum(t.capitalized for t in tokens) >= 0.6 * len(tokens)
    return not (headline and all(is_common(t.text) for t in words))
