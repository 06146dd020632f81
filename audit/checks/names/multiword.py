"""N105: a known multiword name (organisation, document, party, place) one word off."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import compress

from audit.checks.base import Check, CheckContext
from audit.checks.listed import exact_mentions
from audit.checks.names.multiword_edit import (
    Edit,
    contrasting,
    derived,
    mt_variant,
    one_edit,
    reordered,
    turnable,
)
from audit.checks.names.multiword_text import known_text, name_shaped
from audit.glossary.index import MULTIWORD_KINDS, NAME_JOINERS, FormRef, GlossaryIndex
from audit.match import ladder
from audit.match.office_words import place_forms
from audit.match.wordlists import demonyms, term_heads
from audit.model import Finding, Severity
from audit.text.document import Document
from audit.text.normalize import translit_fold
from audit.text.similarity import jaro_winkler

Key = tuple[str, ...]
Window = tuple[int, int]  # token range [start, end)
# A replaced word this close is the same word spelled another way (audit/match/ladder.py).
SPELLING = ladder.WORD_SPELLING
MIN_SHARED = 2  # content words the text must share, in order, with the name
MAX_GAP = 5  # tokens between two content words of one name ("Organization of the Petroleum")


class GarbledMultiword(Check):
    """A known multiword name written with one word inserted, dropped, swapped or replaced.

    Flags: "International Atomic Energy Organization" when the glossary (or world pack) lists
    the International Atomic Energy Agency; "Organization of Petroleum Exporting Nations"
    for OPEC's name: an org, term or place name of three or more words, with exactly one
    word edit, sharing at least two content words in order with the name (three when a
    word is replaced, unless the new word is a machine-translation synonym of the old one,
    audit/data/name_synonyms.txt, or another word of its stem: "World Hygiene
    Organization", "New Developing Bank").
    Why: machine translation renders each word of a name on its own, and the English name
    comes back with a synonym in it; readers take it for another body, or none.
    Example: "the International Atomic Energy Organization said" → suggestion
    International Atomic Energy Agency (major).
    Instead: the listed name (the suggestion).
    Options: none; candidates come from the index's word blocks (content words of names).
    False positives: a real body one word from a listed one that the glossary does not
    list (add it); swaps of direction, level, ordinal or field words ("East"/"South",
    audit/data/name_contrasts.txt), spelling variants ("Organisation"), known names and
    attested word pairs (audit/data/bigrams_en.tsv) are never reported.
    """

    code = "N105"
    name = "names.multiword"
    severity = Severity.MAJOR
    needs = frozenset({"glossary"})

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        index = ctx.index
        if not getattr(index, "words", None):
            return
        taken = _exact_spans(ctx)
        done: list[Window] = []
        for window, ref, edit in _garbles(ctx.doc, index, taken):
            if any(a < window[1] and window[0] < b for a, b in done):
                continue
            done.append(window)
            yield self._finding(ctx, window, ref, edit)

    def _finding(self, ctx: CheckContext, window: Window, ref: FormRef, edit: Edit) -> Finding:
        tokens = ctx.doc.tokens
        start, end = tokens[window[0]].start, tokens[window[1] - 1].end
        change = {
            "insert": f"“{edit.new}” added",
            "delete": f"“{edit.old}” dropped",
            "reorder": "its words turned round",
        }.get(edit.op, f"“{edit.old}” → “{edit.new}”" if edit.op == "replace" else "two words swapped")
        said = ctx.doc.text[start:end]
        message = (
            f"“{said}” is the name {ref.surface} with its words turned round"
            if edit.op == "reorder"
            else f"“{said}” is one word off the name {ref.surface} ({change})"
        )
        evidence = {
            "matcher": "multiword",
            "entry": ref.entry.canonical,
            "form": ref.surface,
            "edit": edit.op,
            "old": edit.old,
            "new": edit.new,
            "glossary": ref.entry.where,
        }
        return self.finding(ctx, start, end, message, suggestion=ref.surface, evidence=evidence)


def _exact_spans(ctx: CheckContext) -> list[Window]:
    return [(m.first_token, m.first_token + m.n_tokens) for m in exact_mentions(ctx)]


def _garbles(
    doc: Document, index: GlossaryIndex, taken: list[Window]
) -> Iterator[tuple[Window, FormRef, Edit]]:
    """(window, the name's form, the edit) for windows one word off exactly one entry."""
    found: dict[Window, list[tuple[FormRef, Edit]]] = {}
    for window, form in sorted(_candidates(doc, index)):
        said = tuple(doc.token_keys[window[0] : window[1]])
        edit = one_edit(said, form) or reordered(said, form)
        if edit is None or not _plausible(edit, form, index) or not name_shaped(doc, window):
            continue
        if known_text(doc, window, index, taken):
            continue
        refs = [r for r in index.forms.get(form, ()) if _accepted(r)]
        found.setdefault(window, []).extend((r, edit) for r in refs)
    for window in sorted(found):
        entries = {id(r.entry) for r, _ in found[window]}
        if len(entries) == 1:  # one word off two names: ambiguous, left alone
            yield window, *found[window][0]


def _accepted(ref: FormRef) -> bool:
    return ref.form_kind in ("canonical", "alias") and ref.entry.kind in MULTIWORD_KINDS


def _candidates(doc: Document, index: GlossaryIndex) -> set[tuple[Window, Key]]:
    """Windows of the text aligned with names that share a pair of content words with it."""
    keys, blocks = doc.token_keys, index.words
    out: set[tuple[Window, Key]] = set()
    for i, j in _text_pairs(doc):
        for form in blocks.get(f"{keys[i]} {keys[j]}", ()):
            for p in (p for p, w in enumerate(form) if w == keys[i]):
                out.update((w, form) for w in _aligned(i, p, len(form), len(keys)))
            if turnable(form):  # "Islamic Cooperation Organization": the complement comes first
                n = len(form) - 1
                out.update(((s, s + n), form) for s in (i - 2, i - 1, i) if s >= 0 and s + n <= len(keys))
    return out


def _text_pairs(doc: Document) -> Iterator[tuple[int, int]]:
    """(i, j): a capitalised content token and one of the next two content tokens near it."""
    tokens, keys = doc.tokens, doc.token_keys
    content = [
        k for k in compress(range(len(keys)), (t.capitalized for t in tokens)) if keys[k] not in NAME_JOINERS
    ]
    for n, i in enumerate(content):
        for j in content[n + 1 : n + 3]:
            if j - i <= MAX_GAP:
                yield i, j


def _aligned(i: int, p: int, n: int, total: int) -> Iterator[Window]:
    """Windows that put text token i at or next to position p of an n-word name."""
    for s in (i - p - 1, i - p, i - p + 1):
        for length in (n - 1, n, n + 1):
            if s >= 0 and s + length <= total and s <= i < s + length:
                yield s, s + length


def _plausible(edit: Edit, form: Key, index: GlossaryIndex) -> bool:
    """The edit garbles the name rather than naming another body or shortening it."""
    if edit.op == "reorder":  # reordered() already asked for a head noun and every word kept
        return sum(w not in NAME_JOINERS for w in form) >= 3
    n, changed = len(form), edit.old or edit.new
    if edit.old in NAME_JOINERS or edit.new in NAME_JOINERS or n - (edit.op != "insert") < MIN_SHARED:
        return False
    shared = [
        w for i, w in enumerate(form) if w not in NAME_JOINERS and (edit.op == "swap" or i != edit.position)
    ]
    # A replaced word must leave three: a new word beside two of a name's is often another
    # real body ("World Health Summit", "National Opera of Ukraine", "Federal Monopoly Service").
    # Two are enough when a specific institution noun became the generic "Organization"
    # ("International Monetary Organization" for the Fund): the words beside it name the body.
    # So are two when the new word is what machine translation makes of the old one: a
    # synonym from one source word ("Shanghai Collaboration Organisation") or another word
    # of its stem ("Asian Infrastructure Investment Banking").
    loose = edit.op == "replace" and (_heads_swapped(edit) or mt_variant(edit.old, edit.new))
    if len(shared) < MIN_SHARED + (edit.op == "replace" and not loose):
        return False
    if edit.op in ("insert", "delete") and not 0 < edit.position < n - (edit.op == "delete"):
        return False  # a word at either end: a compound ("Agency chief") or a short form
    if edit.op == "swap":
        return True
    if edit.position == 0:
        return False  # the first word tells bodies apart ("Islamic"/"African Development Bank")
    if edit.new and _known_word(edit.new, index):
        return False  # "United States ..." for "United Kingdom ...": another name, not a garble
    spelling = _same_word(edit.old, edit.new) and not derived(edit.old, edit.new)
    return edit.op != "replace" or not (spelling or contrasting(edit.old, edit.new) or not changed)


GENERIC_HEADS = frozenset({"organization", "organisation"})  # what a body becomes when its head is lost


def _heads_swapped(edit: Edit) -> bool:
    """A specific institution noun (term_heads.txt) made generic: Fund → Organization. Two
    specific heads are often two real bodies (European Investment Bank / Fund)."""
    return edit.op == "replace" and edit.old.lower() in term_heads() and edit.new.lower() in GENERIC_HEADS


def _same_word(a: str, b: str) -> bool:
    return translit_fold(a) == translit_fold(b) or jaro_winkler(a, b) >= SPELLING


def _known_word(word: str, index: GlossaryIndex) -> bool:
    """A name in its own right: a glossary form, a country or demonym."""
    return (word,) in index.forms or (word,) in place_forms() or word in demonyms()
