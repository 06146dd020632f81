"""Exact lookup of every glossary form in a document, independent of glossary size.

Forms are keyed by their normalized token tuples; a document is scanned once, trying at
each token only the form lengths that start with that token. This is the exact
multi-pattern scan (cost grows with article length, not with glossary size); fuzzy and
phonetic candidate search uses the blocking tables built here once per glossary
(`tails`, `blocks`: plain dicts of strings, so the index pickles for an on-disk cache).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from itertools import compress
from typing import NamedTuple

from audit.glossary.loader import iter_forms
from audit.glossary.model import Entry, Glossary
from audit.text.document import Document
from audit.text.normalize import WORD_RE, name_key, strip_possessive, translit_fold
from audit.text.similarity import block_keys

NAME_KINDS = frozenset({"person", "place", "org"})
ACCEPTED = frozenset({"canonical", "alias", "surname"})
_new_tuple = tuple.__new__


class FormRef(NamedTuple):
    """One listed form of one entry."""

    entry: Entry
    form_kind: str  # canonical | alias | variant | mistranslation | surname (implicit)
    surface: str


class Mention(NamedTuple):
    """An exact occurrence of a listed form in a document."""

    start: int
    end: int
    text: str
    refs: tuple[FormRef, ...]
    first_token: int
    n_tokens: int

    @property
    def entries(self) -> tuple[Entry, ...]:
        seen: dict[int, Entry] = {}
        for r in self.refs:
            seen.setdefault(id(r.entry), r.entry)
        return tuple(seen.values())

    @property
    def form_kinds(self) -> frozenset[str]:
        return frozenset(r.form_kind for r in self.refs)


@dataclass
class GlossaryIndex:
    """Normalized forms of a glossary, ready for exact scans and lookups."""

    glossary: Glossary
    forms: dict[tuple[str, ...], tuple[FormRef, ...]]
    lengths: dict[str, tuple[int, ...]]  # first token → form lengths, longest first
    # Fuzzy blocking over accepted name forms (canonicals and aliases of people, places, orgs):
    tails: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)  # last token → forms
    # Block key → last tokens. A bucket of one (9 in 10) is the bare string: a 1-tuple per key
    # was a fifth of the time to unpickle a cached index, which the hook pays on every commit.
    blocks: dict[str, str | tuple[str, ...]] = field(default_factory=dict)
    # A person's surname alone (last word of a multi-word accepted form) when the glossary does
    # not list it: wire copy uses it after the introduction, so its garbles are near misses too.
    surnames: dict[tuple[str, ...], tuple[FormRef, ...]] = field(default_factory=dict)
    # Pair of content words ("atomic energy") → multiword names (3+ words) of organisations,
    # documents, places and terms with it: the blocking keys of their one-word garbles (N105).
    words: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    # Tables derived from the glossary (audit/checks/knowledge.py build_index), pickled with it.
    tables: dict[str, object] = field(default_factory=dict, repr=False, compare=False)
    # Memos the checks derive from this index once per process (keyed by the check's name).
    derived: dict[str, dict] = field(default_factory=dict, repr=False, compare=False)  # type: ignore[type-arg]

    def __getstate__(self) -> dict[str, object]:
        """Pickle without the per-run lookup caches."""
        return {**self.__dict__, "derived": {}}

    def __setstate__(self, state: dict[str, object]) -> None:
        """Caches written by older versions lack `derived`."""
        self.__dict__.update({"derived": {}, "tables": {}, "words": {}, **state})

    @classmethod
    def build(cls, glossary: Glossary) -> GlossaryIndex:
        forms: dict[tuple[str, ...], list[FormRef]] = defaultdict(list)
        for entry in glossary.entries:
            for form_kind, surface in iter_forms(entry):
                key = name_key(surface)
                if key:
                    forms[key].append(FormRef(entry, form_kind, surface))
        lengths: dict[str, set[int]] = defaultdict(set)
        for key in forms:
            lengths[key[0]].add(len(key))
        surnames = _surnames(forms)
        tails, blocks = _blocking({**surnames, **forms})
        index = cls(
            glossary=glossary,
            forms={k: tuple(v) for k, v in forms.items()},
            lengths={k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()},
            tails=tails,
            blocks=blocks,
            surnames={k: tuple(v) for k, v in surnames.items()},
            words=_word_blocks(forms),
        )
        return index

    def near_tails(self, token_key: str) -> set[str]:
        """Last tokens of accepted name forms that share a blocking key with `token_key`
        (not memoized: the matcher memoizes what it derives from them)."""
        out: set[str] = set()
        # Most keys of a new word have no bucket: map/filter skip them in C.
        for bucket in filter(None, map(self.blocks.get, block_keys(token_key))):
            if isinstance(bucket, str):
                out.add(bucket)
            else:
                out.update(bucket)
        return out

    def translit_twins(self, token_key: str) -> tuple[str, ...]:
        """Last tokens of accepted name forms with the transliteration fold of `token_key`
        (its "t:" blocking bucket: `translit_fold` equal, so legit variants of each other)."""
        bucket = self.blocks.get("t:" + translit_fold(token_key), ())
        return (bucket,) if isinstance(bucket, str) else bucket

    def forms_ending(self, tail: str, n_tokens: int) -> tuple[tuple[str, ...], ...]:
        """Accepted name forms of `n_tokens` tokens whose last token is `tail`, in index order."""
        memo = self.derived.setdefault("forms_ending", {})
        found = memo.get((tail, n_tokens))
        if found is None:
            found = memo[tail, n_tokens] = tuple(f for f in self.tails.get(tail, ()) if len(f) == n_tokens)
        return found

    def accepted_refs(self, key: tuple[str, ...]) -> tuple[FormRef, ...]:
        """Canonical/alias refs of a name form (what a near miss of it should become); none
        when two entries list the form (a shared alias is ambiguous: never a silent pick)."""
        listed = self.forms.get(key)
        refs = listed or self.surnames.get(key, ())
        found = tuple(r for r in refs if r.form_kind in ACCEPTED and r.entry.kind in NAME_KINDS)
        if listed and len({id(r.entry) for r in found}) > 1:
            return ()
        return found

    def lookup(self, text: str) -> tuple[FormRef, ...]:
        """Every listed form whose normal form equals that of `text`."""
        return self.forms.get(name_key(text), ())

    def scan(self, doc: Document) -> list[Mention]:
        """Longest, leftmost, non-overlapping exact mentions of listed forms."""
        keys = doc.token_keys
        out: list[Mention] = []
        # Only tokens that start some listed form can start a mention (one in ~13 in news
        # copy); finding them is a C-level pass, so Python runs only where a match may be.
        starts = compress(range(len(keys)), map(self.lengths.__contains__, keys))
        end = 0
        for i in starts:
            if i < end:
                continue
            match = self._match_at(doc, keys, i)
            if match is not None:
                out.append(match)
                end = i + match.n_tokens
        return out

    def _match_at(self, doc: Document, keys: list[str], i: int) -> Mention | None:
        forms, n_keys = self.forms, len(keys)
        for n in self.lengths[keys[i]]:
            if i + n > n_keys:
                continue
            key = tuple(keys[i : i + n])
            refs = forms.get(key)
            if not refs:
                continue
            tokens = doc.tokens
            first = tokens[i]
            if not first.text[:1].isupper():  # capitalised text fits every form
                refs = self._fitting_lowercase(key, refs)
                if not refs:
                    continue
            end = tokens[i + n - 1].end
            # tuple.__new__ directly: a NamedTuple's own __new__ is a Python-level call.
            return _new_tuple(Mention, (first.start, end, doc.text[first.start : end], refs, i, n))
        return None

    def _fitting_lowercase(self, key: tuple[str, ...], refs: tuple[FormRef, ...]) -> tuple[FormRef, ...]:
        """The refs of `key` that lower-case text may match (see `_case_fits`), memoized."""
        memo = self.derived.setdefault("index.lowercase_refs", {})
        found = memo.get(key)
        if found is None:
            found = memo[key] = tuple(r for r in refs if _case_fits(r, ""))
        return found  # type: ignore[no-any-return]


def _surnames(forms: dict[tuple[str, ...], list[FormRef]]) -> dict[tuple[str, ...], list[FormRef]]:
    """Implicit one-word forms: the last word of every multi-word accepted form of a person."""
    out: dict[tuple[str, ...], list[FormRef]] = defaultdict(list)
    for key, refs in forms.items():
        if len(key) < 2 or (key[-1],) in forms:
            continue
        for r in refs:
            if r.entry.kind == "person" and r.form_kind in ("canonical", "alias"):
                if _given_name_part(r.surface):
                    continue
                last = WORD_RE.findall(r.surface)[-1]
                if all(x.entry is not r.entry for x in out[(key[-1],)]):
                    out[(key[-1],)].append(FormRef(r.entry, "surname", strip_possessive(last)))
    return {k: v for k, v in out.items() if v}


def _given_name_part(surface: str) -> bool:
    """The last word is the lowercase tail of a hyphenated given name (Ban Ki-moon, Kim
    Myung-soo): East Asian order puts the surname first, so "moon" is no surname."""
    head, dash, tail = surface.rsplit(None, 1)[-1].rpartition("-")
    return bool(dash and head and tail[:1].islower())


def _blocking(
    forms: dict[tuple[str, ...], list[FormRef]],
) -> tuple[dict[str, tuple[tuple[str, ...], ...]], dict[str, str | tuple[str, ...]]]:
    tails: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for key, refs in forms.items():
        if any(r.form_kind in ACCEPTED and r.entry.kind in NAME_KINDS for r in refs):
            tails[key[-1]].append(key)
    blocks: dict[str, list[str]] = defaultdict(list)
    for tail in tails:
        for k in block_keys(tail):
            blocks[k].append(tail)
    return (
        {k: tuple(v) for k, v in tails.items()},
        {k: v[0] if len(v) == 1 else tuple(v) for k, v in blocks.items()},
    )


MULTIWORD_KINDS = frozenset({"org", "term", "place"})
MULTIWORD_MIN = 3  # words in a name whose one-word garbles are looked for
# Words that join the content words of a name: never a blocking key, never the changed word.
NAME_JOINERS = frozenset({"of", "for", "the", "and", "on", "in", "to", "at", "de", "des", "du", "la", "le"})


MAX_PAIR_NAMES = 16  # names one content-word pair may block (N105); more: the pair is dropped


def _word_blocks(forms: dict[tuple[str, ...], list[FormRef]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Pair of content words → accepted multiword forms (3+ words) of orgs, terms and places."""
    out: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for key, refs in forms.items():
        if len(key) < MULTIWORD_MIN:
            continue
        if any(r.form_kind in ("canonical", "alias") and r.entry.kind in MULTIWORD_KINDS for r in refs):
            for pair in sorted(set(content_pairs(key))):
                out[pair].append(key)
    # A pair that many names share ("national council") blocks like a stop word: it costs a
    # comparison per name per mention and says little; the names keep their rarer pairs.
    return {k: tuple(v) for k, v in out.items() if len(v) <= MAX_PAIR_NAMES}


def content_pairs(words: tuple[str, ...]) -> list[str]:
    """Each content word with the next one and the one after ("a b"): one word edit in a name
    leaves at least one of its pairs intact, so the pairs block its garbles."""
    content = [w for w in words if w not in NAME_JOINERS]
    return [f"{a} {b}" for k, a in enumerate(content) for b in content[k + 1 : k + 3]]


def _case_fits(ref: FormRef, first_word: str) -> bool:
    """Names match only where the text capitalizes them ("turkey" is not Turkey)."""
    if ref.entry.kind not in NAME_KINDS:
        return True
    if not ref.surface[:1].isupper():
        return True
    return first_word[:1].isupper()
