"""What each other version says where this sentence states a fact: agree, say else, or abstain.

A version agrees when its counterpart says the same thing at the same place, or mentions it
at least as often anywhere in the sentence (paraphrases move words); it disagrees when,
at the same place, it says something else of the same kind; otherwise it abstains.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any, NamedTuple

from audit.versions.facts import Item, Sentence, same_entity
from audit.versions.pair import Pair
from audit.versions.words import is_function, same_word, tense_at, tense_of

MAX_TERM_WORDS = 3  # a longer replacement is a rewrite, not a rendering of one term
MAX_TENSE_WORDS = 4  # auxiliary + particle + verb + object word


class Candidate(NamedTuple):
    """A fact of this sentence to put to the vote: tokens [first, last) and its key."""

    kind: str  # name | number | date | term | tense
    first: int
    last: int
    key: Any


class Vote(NamedTuple):
    version: int
    agree: bool
    key: Any = None
    text: str = ""
    anchored: bool = False  # the difference is one replacement inside otherwise equal words


def candidates(pairs: list[Pair]) -> list[Candidate]:
    """Every fact of the sentence, plus words and tenses some version replaced."""
    this = pairs[0].this
    out = [Candidate(it.kind, it.first, it.last, it.key) for it in this.items]
    taken = {i for it in this.items for i in range(it.first, it.last)}
    seen: set[tuple[str, int]] = set()
    for pair in pairs:
        if not _may_differ(pair):
            continue
        for _tag, i1, i2, _j1, _j2 in pair.replacements(MAX_TERM_WORDS):
            keys = this.keys[i1:i2]
            marked = tense_at(this.keys, i1, i2) if i2 - i1 <= MAX_TENSE_WORDS else None
            if marked and ("tense", i1) not in seen:
                seen.add(("tense", i1))
                out.append(Candidate("tense", marked[1], i2, marked[0]))  # from the marking word
            for i in range(i1, i2):
                word = keys[i - i1]
                quotable = i not in taken and i in this.quoted and word.isalpha()
                if quotable and not is_function(word) and ("term", i) not in seen:
                    seen.add(("term", i))
                    out.append(Candidate("term", i, i + 1, word))
    return out


def _may_differ(pair: Pair) -> bool:
    """Cheap test before a diff: a future tense to compare, or a quoted word the other has fewer of."""
    this, other = pair.this, pair.other
    if this.future or other.future:
        return True
    quoted = Counter(this.keys[i] for i in this.quoted)
    theirs = Counter(other.keys)
    return any(theirs[k] < n for k, n in quoted.items())


def vote(pair: Pair, c: Candidate) -> Vote | None:
    return VOTERS[c.kind](pair, c)


def _by_count(pair: Pair, c: Candidate, same: Callable[[Any], bool]) -> Vote | None:
    mine, theirs = pair.counts(c.kind, same)
    return Vote(pair.version, True) if theirs >= mine > 0 else None


def _against(pair: Pair, c: Candidate, key: Any, first: int, last: int, anchored: bool) -> Vote:
    return Vote(pair.version, False, key, pair.other.text_of(first, last), anchored)


def _first_other(pair: Pair, c: Candidate, items: Iterable[Item], anchored: bool) -> Vote | None:
    for it in items:
        return _against(pair, c, it.key, it.first, it.last, anchored)
    return None


def _name(pair: Pair, c: Candidate) -> Vote | None:
    same = lambda k: same_entity(k, c.key)  # noqa: E731
    if (agreed := _by_count(pair, c, same)) is not None:
        return agreed
    span, anchored = pair.locate(c.first, c.last)
    if span is None or _acronym(pair.this, c.first, c.last):
        return None
    # The other names something this sentence never mentions, where this one names c.
    alts = (
        it
        for it in pair.other_items("name", span)
        if pair.this.count("name", lambda k, y=it.key: same_entity(k, y)) == 0
        and not _acronym(pair.other, it.first, it.last)
    )
    return _first_other(pair, c, alts, anchored)


def _acronym(s: Sentence, first: int, last: int) -> bool:
    """An all-caps abbreviation (DPRK) may stand for any long name; unless the glossary
    resolved it (then its key is the entry's), it proves no swap."""
    text = s.text_of(first, last)
    if last - first != 1 or not text.isupper() or len(text) > 5:
        return False
    keys = [it.key for it in s.items if it.kind == "name" and it.first == first]
    return not keys or keys[0] == (s.keys[first],)


def _number(pair: Pair, c: Candidate) -> Vote | None:
    if (agreed := _by_count(pair, c, lambda k: k == c.key)) is not None:
        return agreed
    span, anchored = pair.locate(c.first, c.last)
    return None if span is None else _first_other(pair, c, pair.other_items("number", span), anchored)


def _date(pair: Pair, c: Candidate) -> Vote | None:
    """An unresolved year (undated article: None) agrees with any year of the same month."""
    same_month = [it for it in pair.other.items if it.kind == "date" and it.key[1] == c.key[1]]
    if c.key[0] is None or any(it.key[0] in (c.key[0], None) for it in same_month):
        return Vote(pair.version, True)
    return _first_other(pair, c, same_month, True)


def _term(pair: Pair, c: Candidate) -> Vote | None:
    """Quotations are meant to be verbatim: only quoted wording is compared with quoted wording."""
    this, other = pair.this, pair.other
    mine = sum(1 for i in this.quoted if same_word(this.keys[i], c.key))
    if sum(1 for i in other.quoted if same_word(other.keys[i], c.key)) >= mine:
        return Vote(pair.version, True)
    # A term is one word said as another (one word for at most two: co-belligerents).
    span, anchored = pair.locate(c.first, c.last, this_max=1, other_max=2)
    if span is None or not any(i in other.quoted for i in range(*span)):
        return None
    keys = other.keys[span[0] : span[1]]
    if any(same_word(k, c.key) for k in keys):
        return Vote(pair.version, True)
    words = tuple(k for k in keys if not is_function(k) and k.isalpha())
    if not 0 < len(words) <= MAX_TERM_WORDS:
        return None
    return _against(pair, c, words, *span, anchored)


def _tense(pair: Pair, c: Candidate) -> Vote | None:
    span, anchored = pair.locate(c.first, c.last)
    if span is None or span[1] - span[0] > MAX_TENSE_WORDS:
        return None
    tense = tense_of(pair.other.keys, *span)
    if tense is None:
        return None
    if tense == c.key:
        return Vote(pair.version, True)
    return _against(pair, c, tense, *span, anchored)


VOTERS: dict[str, Callable[[Pair, Candidate], Vote | None]] = {
    "name": _name,
    "number": _number,
    "date": _date,
    "term": _term,
    "tense": _tense,
}


def equivalent(kind: str, a: Any, b: Any) -> bool:
    """Two other versions say the same thing (so their votes add up)."""
    if kind == "name":
        return same_entity(a, b)
    if kind == "term":
        return any(same_word(x, y) for x in a for y in b)
    return bool(a == b)
