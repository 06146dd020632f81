"""How a multiword window is written in the text: as a name, and not as another listed one.

The guards of N105 (names.multiword) that read the text rather than compare words.
"""

from __future__ import annotations

from itertools import pairwise

from audit.glossary.index import NAME_JOINERS, GlossaryIndex, content_pairs
from audit.match.wordlists import titles
from audit.text.document import Document

Key = tuple[str, ...]
Window = tuple[int, int]  # token range [start, end)
ARTICLES = frozenset({"the", "a", "an"})


def name_shaped(doc: Document, window: Window) -> bool:
    """Written as a name: capitalised content words, one phrase, not part of a longer name."""
    tokens, (s, e) = doc.tokens, window
    if e - s < 3:
        return False
    for a, b in zip(tokens[s : e - 1], tokens[s + 1 : e], strict=True):
        if doc.text[a.end : b.start] not in (" ", "-"):
            return False
    if not all(t.capitalized for t in tokens[s:e] if t.key not in NAME_JOINERS):
        return False
    before = tokens[s - 1] if s > 0 and doc.text[tokens[s - 1].end : tokens[s].start] == " " else None
    after = tokens[e] if e < len(tokens) and doc.text[tokens[e - 1].end : tokens[e].start] == " " else None
    if before is not None and before.capitalized and before.key not in ARTICLES:
        return False
    if _continues(doc, e):
        return False  # "... Development Fund for Women": a longer name
    return after is None or not after.capitalized or after.key in titles()


def _continues(doc: Document, e: int) -> bool:
    """The name goes on past token e with a joiner and a capitalised word ("for Women")."""
    tokens = doc.tokens
    if e + 1 >= len(tokens) or tokens[e].key not in NAME_JOINERS:
        return False
    gaps = doc.text[tokens[e - 1].end : tokens[e].start], doc.text[tokens[e].end : tokens[e + 1].start]
    return gaps == (" ", " ") and tokens[e + 1].capitalized


def known_text(doc: Document, window: Window, index: GlossaryIndex, taken: list[Window]) -> bool:
    """The text is another listed form, cuts an exact mention, or is an attested word pair."""
    s, e = window
    words = tuple(doc.token_keys[s:e])
    if words in index.forms or _part_of_a_name(words, index):
        return True
    if any(a < e and s < b and not (s <= a and b <= e) for a, b in taken):
        return True
    return _attested(list(words))


def _part_of_a_name(words: Key, index: GlossaryIndex) -> bool:
    """The text is a short form inside another listed name ("Atomic Energy Agency")."""
    n = len(words)
    longer = (f for pair in content_pairs(words) for f in index.words.get(pair, ()) if len(f) > n)
    return any(f[i : i + n] == words for f in longer for i in range(len(f) - n + 1))


def _attested(words: list[str]) -> bool:
    """Every adjacent pair of content words occurs in clean English news: a real phrase."""
    from audit.match.wordlists import pair_counts

    counts = pair_counts()
    pairs = [(a, b) for a, b in pairwise(words) if a not in NAME_JOINERS and b not in NAME_JOINERS]
    return bool(pairs) and all(p in counts for p in pairs)
