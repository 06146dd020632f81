"""G108: one term written two ways in an article, one of them not standard English."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from typing import NamedTuple

from audit.checks.base import Check, CheckContext
from audit.match.wordlists import pair_counts, term_heads, titles
from audit.model import Finding, Severity
from audit.text.lexicon import is_common
from audit.text.verbs import verb_bases

WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*|[^\sA-Za-z]|\n")
# Function words carry no term: they neither start nor end a term, and their pairs are not counted.
FUNCTION_WORDS = frozenset(
    str.split(
        "a an the of in on at to for from by with and or but as than that which who whom whose "
        "were was is are be been being have has had do does did will would could should may "
        "might must can shall into over under after before since during per each this these "
        "those its their his her our my your it they he she we you i me him them us not no "
        "so if then when while where because also said says told about up down out off there "
        "here what how all any some such more most very just only other than too between among "
        "against within without through across via both either neither first second third last "
        "next many few several various different million billion thousand hundred new same"
    )
)
STANDARD = 3  # pair count (in ~207k words of news) that makes a form standard
SIZE = 3  # the differing word and two shared neighbours


class Form(NamedTuple):
    words: tuple[str, ...]  # lowercased
    start: int
    end: int
    name_after: bool  # the last word is capitalised and not a common word: a title before a name


def forms(text: str) -> Iterable[Form]:
    """Runs of three words, none a function word, within a clause."""
    toks = [(m.group().lower(), m.start(), m.end()) for m in WORD.finditer(text)]
    for i in range(len(toks) - SIZE + 1):
        run = toks[i : i + SIZE]
        words = tuple(t[0] for t in run)
        if all(w[0].isalpha() and len(w) > 1 and w not in FUNCTION_WORDS for w in words):
            last = text[run[-1][1] : run[-1][2]]
            yield Form(words, run[0][1], run[-1][2], last[0].isupper() and not is_common(last))


def support(words: tuple[str, ...], i: int) -> tuple[int, int]:
    """How attested word i is here: its pair with the next word (the collocation) and the
    rarer of its two pairs (0 when either is unknown)."""
    counts = pair_counts()
    right = counts.get((words[i], words[i + 1]), 0)
    left = counts.get((words[i - 1], words[i]), 0) if i else right
    return right, min(left, right)


def heads(word: str) -> bool:
    """A title or an institution noun (audit/data/titles.txt, term_heads.txt)."""
    return word in titles() or word in term_heads()


def heads_term(f: Form, i: int) -> bool:
    """True when the word after position i heads a term and the other word is ordinary or a name:
    "Chinese [foreign] ministry", "[foreign] minister Wang", "[foreign] ministry spokesman"."""
    if i == 1:
        return heads(f.words[2]) and is_common(f.words[0])
    return heads(f.words[1]) and (f.name_after or is_common(f.words[2]))


def variants(text: str) -> Iterable[tuple[int, list[Form], list[Form]]]:
    """Groups of forms equal but for one word, the word right before the head of a title or
    an institution's name (see heads_term)."""
    slots: dict[tuple[object, ...], dict[str, list[Form]]] = defaultdict(lambda: defaultdict(list))
    for f in forms(text):
        for i in (0, 1):
            if not heads_term(f, i):
                continue
            slots[(len(f.words), i, *f.words[:i], *f.words[i + 1 :])][f.words[i]].append(f)
    for key, by_word in sorted(slots.items(), key=lambda kv: str(kv[0])):
        if len(by_word) < 2:
            continue
        words = sorted(by_word)
        for a in words:
            for b in words:
                if a != b:
                    yield int(str(key[1])), by_word[a], by_word[b]


def spelling_variant(a: str, b: str) -> bool:
    """Two spellings of one word (defence/defense, labour/labor): at most two edits apart."""
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.distance(a, b) <= 2


class TermVariant(Check):
    """A term written two ways in one article, one of them an odd collocation.

    Flags: two forms of one multiword term or title in the same article that share the
    head noun and their other words and differ in one word ("foreign minister" …
    "external minister"), when the other form is a standard English collocation (its word
    pairs occur at least 3 times in ~207k words of professional news English) and this
    one is not attested at all, though its words are common English.
    Why: machine translation renders one source term several ways; the odd rendering is
    usually a literal calque, and the article's own standard form shows the fix.
    Example: Foreign Minister Wang Yi … the external minister said ….
    Instead: the standard form the article already uses ("foreign minister").
    Options: none.
    False positives: when both forms are standard or neither is attested, nothing is
    flagged; two different terms sharing a head ("deputy minister", "vice minister")
    are reported when only one is attested. The counts (audit/data/bigrams_en.tsv,
    scripts/build_bigrams.py) come from a small corpus: rare correct terms are unattested.
    """

    code = "G108"
    name = "garble.term_variant"
    severity = Severity.MAJOR

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        text = ctx.doc.text
        reported: set[int] = set()
        for i, standard, odd in variants(text):
            ref = standard[0].words
            if support(ref, i)[0] < STANDARD or support(odd[0].words, i)[1] != 0:
                continue
            word = odd[0].words[i]
            if len(word) < 3 or not is_common(word) or word in verb_bases():
                continue
            if spelling_variant(word, ref[i]):  # defence/defense: a spelling, not another term
                continue
            for f in odd:
                if f.start not in reported:
                    reported.add(f.start)
                    yield self._report(ctx, f, standard[0], i)

    def _report(self, ctx: CheckContext, f: Form, std: Form, i: int) -> Finding:
        text = ctx.doc.text
        written = text[f.start : f.end]
        pieces = WORD.findall(written)
        words = [m for m in pieces if m[0].isalpha()]
        fix = words[i]
        replacement = std.words[i].capitalize() if fix[:1].isupper() else std.words[i]
        suggestion = written.replace(fix, replacement, 1)
        return self.finding(
            ctx,
            f.start,
            f.end,
            f"“{written}” and “{text[std.start : std.end]}” in one article: only the second is "
            "standard English",
            suggestion=suggestion,
            evidence={
                "standard_form": text[std.start : std.end],
                "standard_support": support(std.words, i)[0],
                "odd_support": 0,
            },
        )
