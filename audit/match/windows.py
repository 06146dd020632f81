"""Where in a document a name could be: runs of capitalised tokens and their surroundings.

Shared by the near-miss matcher and the attribution check, so both agree on what counts
as "a name", "part of a longer name" and "an ordinary word at the start of a sentence".

Per-token facts are lists indexed by token position, built once per document with map()
and compress() passes that run in C; Python loops visit only the capitalised tokens.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import compress

from audit.match.fuzzy import TokenLink
from audit.match.wordlists import demonyms, place_words, titles
from audit.text.document import Document
from audit.text.lexicon import is_common
from audit.text.spans import Token

# Lowercase words allowed inside a multi-word name ("Institute for the Study of War").
CONNECTORS = frozenset({"of", "for", "the", "and", "de", "del", "der", "van", "von", "al", "bin", "la", "le"})
ACRONYM_LEN = 5  # all-caps tokens up to this length are acronyms, never near misses
_GAP = re.compile(r"[ \t\u00a0]+|-|[ \t\u00a0]*-[ \t\u00a0]*")
_INITIAL_GAP = re.compile(r"\.[ \t\u00a0]*")
_SENTENCE_GAP = re.compile(r"[.!?:]\W*$")


def _gap_joins(gap: str, before: str) -> bool:
    """The text between two words joins them into one name (`before`: the first word)."""
    if gap == "-":
        return True
    initial = len(before) == 1 and before.isupper() and bool(_INITIAL_GAP.fullmatch(gap))
    return initial or bool(_GAP.fullmatch(gap))


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    """Titles and demonyms: capitalised words that are never part of a name."""
    return titles() | frozenset(demonyms())


@dataclass(eq=False)
class NameView:
    """Token facts about one document that name matching needs, computed once."""

    doc: Document
    covered: frozenset[int]  # token indices inside exact glossary mentions
    mention_at: dict[int, tuple[int, int]]  # token index → (first, end) of its exact mention
    memo: dict[int, dict[str, TokenLink]] = field(default_factory=dict)  # matcher's per-token lookups

    @cached_property
    def tokens(self) -> list[Token]:
        return self.doc.tokens

    @cached_property
    def keys(self) -> list[str]:
        """`Token.key` of every token."""
        return self.doc.token_keys

    @cached_property
    def _initials(self) -> list[str]:
        """First letter of every token: a token's text starts where the token does."""
        return list(map(self.doc.text.__getitem__, self.doc.token_starts))

    @cached_property
    def lowercase_keys(self) -> frozenset[str]:
        return frozenset(compress(self.keys, map(str.islower, self._initials)))

    @cached_property
    def sentence_initial(self) -> frozenset[int]:
        """Capitalised tokens that open a sentence or a line (headline, byline, paragraph)."""
        out, text, toks = {0}, self.doc.text, self.tokens
        for i in self.caps_indices:
            gap = text[toks[i - 1].end : toks[i].start] if i else ""
            if gap == " ":  # the usual case: no line break, no punctuation
                continue
            if "\n" in gap or (_SENTENCE_GAP.search(gap) and not self._abbreviation(i - 1)):
                out.add(i)
        return frozenset(out)

    def _abbreviation(self, i: int) -> bool:
        """Token i is an initial or a title abbreviation, so its period ends no sentence."""
        t = self.tokens[i] if i >= 0 else None
        return t is not None and (len(t.text) == 1 or t.key in titles())

    def adjacent(self, i: int) -> bool:
        """Tokens i and i+1 are written as parts of one name (space or hyphen between).

        Computed on demand: callers ask only next to capitalised tokens, and they test
        cheaper list facts first, so most gaps are never looked at.
        """
        toks = self.tokens
        if not 0 <= i < len(toks) - 1:
            return False
        gap = self.doc.text[toks[i].end : toks[i + 1].start]
        return gap == " " or _gap_joins(gap, toks[i].text)  # a space: the usual case

    @cached_property
    def caps_indices(self) -> list[int]:
        """Indices of capitalised tokens: the only places a name can start."""
        return list(compress(range(len(self.caps)), self.caps))

    @cached_property
    def caps(self) -> list[bool]:
        """Per token: it is capitalised (`capitalised(i)`, for loops that read many)."""
        return list(map(str.isupper, self._initials))

    @cached_property
    def _name_like(self) -> list[bool]:
        """Per token: a capitalised word that is no ordinary word, i.e. neither a title, a
        demonym, nor an ordinary word opening a sentence.

        A common word opening a sentence counts as a name when another capitalised word
        follows it ("Sarah Hatten said"), unless the article also writes it in lowercase.
        """
        out = [False] * len(self.tokens)
        not_names, keys, initial = _not_names(), self.keys, self.sentence_initial
        lower, toks = self.lowercase_keys, self.tokens
        for i in self.caps_indices:
            key = keys[i]
            if key in not_names:
                continue  # a title or a demonym
            if i in initial and (key in lower or (is_common(toks[i].text) and not self._starts_name(i))):
                continue
            out[i] = True
        return out

    def capitalised(self, i: int) -> bool:
        return self.caps[i]

    def _starts_name(self, i: int) -> bool:
        """Another capitalised word follows token i as part of one name."""
        return i + 1 < len(self.caps) and self.caps[i + 1] and self.adjacent(i)

    @cached_property
    def eligible(self) -> list[bool]:
        """Per token: it may differ from a glossary form, so be a garble of one.

        Capitalised, and neither a common word, nor a word the article also writes in
        lowercase, nor a short acronym (unless it sits in an all-caps byline), nor a
        country's name or demonym (audit/data/countries.txt, demonyms.txt).
        """
        out = [False] * len(self.tokens)
        toks, keys, lower, places = self.tokens, self.keys, self.lowercase_keys, place_words()
        for i in self.caps_indices:
            text = toks[i].text
            if text.isupper() and len(text) <= ACRONYM_LEN and not self.in_caps_run(i):
                continue
            out[i] = not (is_common(text) or keys[i] in lower or keys[i] in places)
        return out

    @cached_property
    def introduced_keys(self) -> frozenset[str]:
        """Keys of tokens written somewhere as part of a multi-word name (Shin Won-sik, Sarah Hatten)."""
        out: set[str] = set()
        name_like, keys = self._name_like, self.keys
        # Every pair of adjacent name-like tokens introduces both (compress: name-like i only).
        for i in compress(range(len(name_like) - 1), name_like):
            if name_like[i + 1] and self.adjacent(i):
                out.add(keys[i])
                out.add(keys[i + 1])
        return frozenset(out)

    def in_caps_run(self, i: int) -> bool:
        """Token i sits among all-caps words (a byline: "By TARA COPP"), so it is no acronym."""

        def caps_word(k: int) -> bool:
            word = self.tokens[k].text if 0 <= k < len(self.tokens) else ""
            return len(word) > 1 and word.isupper()

        return (caps_word(i - 1) and self.adjacent(i - 1)) or (caps_word(i + 1) and self.adjacent(i))

    def name_like(self, i: int) -> bool:
        """Token i could be part of a person's or place's name."""
        return 0 <= i < len(self.tokens) and self._name_like[i]

    def run_end(self, i: int, limit: int) -> int:
        """End (exclusive) of the run of name tokens that starts at i, at most `limit` long."""
        caps, keys, j = self.caps, self.keys, i + 1
        while j < len(caps) and j - i < limit and (caps[j] or keys[j] in CONNECTORS) and self.adjacent(j - 1):
            j += 1
        while j > i + 1 and not caps[j - 1]:
            j -= 1
        return j

    def enclosed(self, i: int, j: int) -> bool:
        """Window [i, j) is flanked by name tokens: it is part of a longer, different name."""
        name_like = self._name_like
        left = i > 0 and name_like[i - 1] and self.adjacent(i - 1)
        right = j < len(name_like) and name_like[j] and self.adjacent(j - 1)
        return left or right

    def cuts_mention(self, i: int, j: int) -> bool:
        """Window [i, j) splits an exact mention, or lies wholly inside exact mentions."""
        first = self.mention_at.get(i)
        last = self.mention_at.get(j - 1)
        if (first and first[0] != i) or (last and last[1] != j):
            return True
        return self.covered.issuperset(range(i, j))
