"""G108: one term written two ways in an article, one of them not standard English."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import NamedTuple

from audit.checks.base import Check, CheckContext
from audit.checks.garble.term_words import (
    FUNCTION_WORDS,
    content,
    english,
    place,
    spelling_variant,
    standard_terms,
)
from audit.match.wordlists import pair_counts, term_heads, titles
from audit.model import Finding, Severity
from audit.text.lexicon import is_common

__all__ = ["FUNCTION_WORDS", "TermVariant", "spelling_variant", "standard_terms"]

POSSESSIVE = ("'s", "’s")
WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*(?:['’]s\b)?|[^\sA-Za-z]")
STANDARD = 3  # pair count (in ~207k words of news) that makes a form standard
DEFINITE_HEADS = frozenset(["minister", "ministry"])  # "the external ministry" refers back
ADJECTIVE = ("al", "ic", "ive", "ous", "ary", "ed", "ing", "ian", "ese", "ish")
RARER = 10  # how much rarer the odd title of one named person is than the standard one


class Mention(NamedTuple):
    modifier: str  # lowercased
    head: str
    start: int
    end: int
    left: str  # the content word before, as a place ("Romania's", "Romanian" → "romania"), or ""
    name: str  # the name right after a title ("Minister Wang"), or ""
    after: str  # a title or institution noun right after ("ministry spokesman"), or ""
    definite: bool  # "the" right before: the article refers to a ministry it has named


def heads(word: str) -> bool:
    """A title or an institution noun (audit/data/titles.txt, term_heads.txt)."""
    return word in head_words()


@lru_cache(maxsize=1)
def head_words() -> frozenset[str]:
    return titles() | term_heads()


def mentions(text: str) -> Iterator[Mention]:
    """Every "<modifier> <head>" pair: an ordinary word before a title or institution noun."""
    toks = [(m.group(), m.start()) for m in WORD.finditer(text)]
    words = [t[0] for t in toks]
    lows = [w.lower() for w in words]
    known = head_words()
    for i in range(len(toks) - 1):
        mod, head, low = words[i], words[i + 1], lows[i]
        if head.endswith(POSSESSIVE):
            head = head[:-2]
        nxt = words[i + 2] if i + 2 < len(toks) else ""
        is_head = head.lower() in known
        # Any word before a name may be a garbled title's head ("Supreme Guide Ali Khamenei").
        if not (is_head or nxt[:1].isupper()) or "'" in mod or "’" in mod or not content(mod):
            continue
        name = nxt if nxt[:1].isupper() and content(nxt) else ""
        if not (is_head or name):
            continue
        prev = words[i - 1] if i else ""
        left = place(prev) if prev and content(prev) and not lows[i - 1].endswith("ed") else ""
        after = lows[i + 2] if nxt and lows[i + 2] in known else ""
        end = toks[i + 1][1] + len(head)  # a possessive stays out: "general prosecutor['s office]"
        definite = i > 0 and lows[i - 1] == "the"
        yield Mention(low, head.lower(), toks[i][1], end, left, name, after, definite)


def attested(modifier: str, head: str) -> int:
    """How often the pair occurs in the clean news corpus (audit/data/bigrams_en.tsv)."""
    return pair_counts().get((modifier, head), 0)


def standard(modifier: str, head: str) -> bool:
    return attested(modifier, head) >= STANDARD or (modifier, head) in standard_terms()


def same_thing(std: list[Mention], odd: Mention) -> str:
    """How the article shows the two forms name one thing: "name" (the same name follows the
    title), "context" (the same place or noun around them), or "" (no evidence)."""
    if odd.name and any(s.name == odd.name for s in std):
        return "name"
    if odd.left and any(s.left == odd.left for s in std):
        return "context"
    if odd.after and any(s.after == odd.after for s in std):
        return "context"
    return "context" if odd.definite and odd.head in DEFINITE_HEADS else ""


def odd_word(modifier: str, head: str, ref: str, evidence: str) -> bool:
    """A modifier that makes an odd term: common English, unattested and not a listed term;
    when the same name follows both titles (one person, one title), rarer than the other
    by a factor of RARER in the corpus, listed or not."""
    if len(modifier) < 3 or not english(modifier):
        return False
    if evidence == "name":  # the listed form wins over an unlisted one; of two listed, the corpus decides
        listed = (modifier, head) in standard_terms()
        if listed and attested(ref, head) < STANDARD:
            return False
        return attested(modifier, head) * RARER <= attested(ref, head)
    return not attested(modifier, head) and (modifier, head) not in standard_terms()


def variants(text: str) -> Iterator[tuple[Mention, Mention, str]]:
    """(standard mention, odd mention, evidence) for each odd form of a term the article
    also writes in a standard way."""
    by_head: dict[str, dict[str, list[Mention]]] = defaultdict(lambda: defaultdict(list))
    found = list(mentions(text))
    for m in found:
        by_head[m.head][m.modifier].append(m)
    yield from other_heads(found)
    for head, forms in sorted(by_head.items()):
        if not heads(head):
            continue
        std = {mod: ms for mod, ms in forms.items() if standard(mod, head)}
        for mod, ms in sorted(forms.items()):
            # The two words the other way round ("general prosecutor" … "prosecutor general").
            turned = by_head.get(mod, {}).get(head, []) if standard(head, mod) else []
            for odd in ms:
                evidence = same_thing(turned, odd) if turned else ""
                if evidence == "context" and odd_word(mod, head, head, evidence):
                    yield turned[0], odd, evidence
                    continue
                tied = [(ref, refs, same_thing(refs, odd)) for ref, refs in sorted(std.items()) if ref != mod]
                tied = [t for t in tied if t[2]]
                # Two standard bodies of one place ("home secretary", "foreign secretary"): the
                # place speaks of several, and a third is more likely another than a variant.
                if len(tied) == 1 or any(t[2] == "name" for t in tied):
                    ref, refs, evidence = next(t for t in tied if len(tied) == 1 or t[2] == "name")
                    if odd_word(mod, head, ref, evidence) and not spelling_variant(mod, ref):
                        yield refs[0], odd, evidence


def other_heads(found: list[Mention]) -> Iterator[tuple[Mention, Mention, str]]:
    """One person's title with its noun changed: "Supreme Leader Ali Khamenei" … "Supreme
    Guide Ali Khamenei" (same modifier and name, a standard title and an unattested one)."""
    titled = [m for m in found if m.name and heads(m.head) and standard(m.modifier, m.head)]
    for odd in found:
        if not odd.name or heads(odd.head) or attested(odd.modifier, odd.head):
            continue
        if not is_common(odd.head) or odd.head.endswith(ADJECTIVE):  # a noun, not "National Political"
            continue
        std = next((t for t in titled if (t.modifier, t.name) == (odd.modifier, odd.name)), None)
        if std is not None and std.start < odd.start:
            yield std, odd, "name"


class TermVariant(Check):
    """A term written two ways in one article, one of them an odd collocation.

    Flags: two forms of one title or institution in the same article that share the head
    noun and differ in the word before it ("foreign minister" … "external minister"), when
    the article shows they name one thing (the same name follows both titles, or the same
    place or noun stands next to both: "Czech central bank" … "Czech emission bank",
    "Romania's constitutional court" … "the Romanian constitution court"; "the" before a
    minister or ministry refers back to the one named) and one form is
    standard English (its pair occurs at least 3 times in ~207k words of professional news
    English, or it is a listed term: audit/data/standard_terms.txt) while the other is not
    attested at all, though its words are common English.
    Why: machine translation renders one source term several ways; the odd rendering is
    usually a literal calque, and the article's own standard form shows the fix.
    Example: Foreign Minister Wang Yi … the external minister Wang Yi said ….
    Instead: the standard form the article already uses ("foreign minister").
    Options: none.
    False positives: when both forms are standard or neither is, or nothing ties them to
    one thing, nothing is flagged; spellings (defence/defense) are not terms. Two different
    bodies of one place sharing a head ("the Czech central bank" and "the Czech land bank")
    are reported when only one is a standard term. The counts (audit/data/bigrams_en.tsv,
    scripts/build_bigrams.py) come from a small corpus: rare correct terms are unattested.
    """

    code = "G108"
    name = "garble.term_variant"
    severity = Severity.MAJOR

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        reported: set[int] = set()
        for std, odd, evidence in variants(ctx.doc.text):
            if odd.start not in reported:
                reported.add(odd.start)
                yield self._report(ctx, std, odd, evidence)

    def _report(self, ctx: CheckContext, std: Mention, odd: Mention, evidence: str) -> Finding:
        text = ctx.doc.text
        written = text[odd.start : odd.end]
        return self.finding(
            ctx,
            odd.start,
            odd.end,
            f"“{written}” and “{text[std.start : std.end]}” in one article: only the second is "
            "standard English",
            suggestion=_suggest(written, std, odd),
            evidence={
                "standard_form": text[std.start : std.end],
                "standard_support": attested(std.modifier, std.head),
                "odd_support": attested(odd.modifier, odd.head),
                "same_thing": evidence,
            },
        )


def _suggest(written: str, std: Mention, odd: Mention) -> str:
    """The standard words in the odd form's place, each capitalised where the odd one is."""
    parts = written.split()
    words = [std.modifier, std.head] if std.head != odd.head else [std.modifier, *parts[1:]]
    return " ".join(w.capitalize() if p[:1].isupper() else w for w, p in zip(words, parts, strict=False))
