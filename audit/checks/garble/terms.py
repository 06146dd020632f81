"""G108: one term written two ways in an article, one of them not standard English."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import cache
from typing import NamedTuple

from audit.checks.base import Check, CheckContext
from audit.match.wordlists import demonyms, pair_counts, term_heads, titles
from audit.model import Finding, Severity
from audit.text.lexicon import is_common
from audit.text.verbs import verb_bases
from audit.text.wordlists import data_lines

WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*(?:['’]s\b)?|[^\sA-Za-z]")
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
RARER = 10  # how much rarer the odd title of one named person is than the standard one


class Mention(NamedTuple):
    modifier: str  # lowercased
    head: str
    start: int
    end: int
    left: str  # the content word before, as a place ("Romania's", "Romanian" → "romania"), or ""
    name: str  # the name right after a title ("Minister Wang"), or ""
    after: str  # a title or institution noun right after ("ministry spokesman"), or ""


@cache
def standard_terms() -> frozenset[tuple[str, str]]:
    """Two-word titles and institutions that are standard English (audit/data/standard_terms.txt)."""
    return frozenset(tuple(line.split()) for line in data_lines("standard_terms.txt"))  # type: ignore[misc]


def heads(word: str) -> bool:
    """A title or an institution noun (audit/data/titles.txt, term_heads.txt)."""
    return word in titles() or word in term_heads()


def _place(word: str) -> str:
    """A neighbour as the place it names: "Romania's" and "Romanian" are both Romania."""
    key = re.sub(r"['’]s$", "", word.lower())
    country = demonyms().get(key)
    return country.lower() if country else key


def _content(word: str) -> bool:
    low = word.lower()
    return low[0].isalpha() and len(low) > 1 and low not in FUNCTION_WORDS


def mentions(text: str) -> Iterator[Mention]:
    """Every "<modifier> <head>" pair: an ordinary word before a title or institution noun."""
    toks = [(m.group(), m.start(), m.end()) for m in WORD.finditer(text)]
    for i in range(len(toks) - 1):
        mod, head = toks[i][0], re.sub(r"['’]s$", "", toks[i + 1][0])
        low = mod.lower()
        if not heads(head.lower()) or not _content(mod) or "'" in mod or "’" in mod:
            continue
        prev = toks[i - 1][0] if i else ""
        left = _place(prev) if prev and _content(prev) and not prev.lower().endswith("ed") else ""
        nxt = toks[i + 2][0] if i + 2 < len(toks) else ""
        name = nxt if nxt[:1].isupper() and _content(nxt) else ""
        after = nxt.lower() if nxt and heads(nxt.lower()) else ""
        end = toks[i + 1][1] + len(head)  # a possessive stays out: "general prosecutor['s office]"
        yield Mention(low, head.lower(), toks[i][1], end, left, name, after)


def attested(modifier: str, head: str) -> int:
    """How often the pair occurs in the clean news corpus (audit/data/bigrams_en.tsv)."""
    return pair_counts().get((modifier, head), 0)


def standard(modifier: str, head: str) -> bool:
    return attested(modifier, head) >= STANDARD or (modifier, head) in standard_terms()


def spelling_variant(a: str, b: str) -> bool:
    """Two spellings of one word (defence/defense, labour/labor, centre/center): one edit, or
    two in words of one length; never one word plus an ending ("finance"/"finances",
    "constitution"/"constitutional") or another word ("army"/"armed")."""
    from rapidfuzz.distance import Levenshtein

    if a.startswith(b) or b.startswith(a):
        return False
    distance = Levenshtein.distance(a, b)
    return distance == 1 or (distance == 2 and len(a) == len(b))


def same_thing(std: list[Mention], odd: Mention) -> str:
    """How the article shows the two forms name one thing: "name" (the same name follows the
    title), "context" (the same place or noun around them), or "" (no evidence)."""
    if odd.name and any(s.name == odd.name for s in std):
        return "name"
    if odd.left and any(s.left == odd.left for s in std):
        return "context"
    return "context" if odd.after and any(s.after == odd.after for s in std) else ""


def _english(word: str) -> bool:
    """A common English word (in any number), not a verb: "visit minister" and "ousted
    president" are a verb before a title, not a term."""
    if word in verb_bases() or word.endswith("ed"):
        return False
    stem = word.removesuffix("ing")
    return any(map(is_common, (word, word + "s", word.removesuffix("s"), stem, stem + "e")))


def odd_word(modifier: str, head: str, ref: str, evidence: str) -> bool:
    """A modifier that makes an odd term: common English, unattested and not a listed term;
    when the same name follows both titles (one person, one title), rarer than the other
    by a factor of RARER in the corpus, listed or not."""
    if len(modifier) < 3 or not _english(modifier):
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
    for m in mentions(text):
        by_head[m.head][m.modifier].append(m)
    for head, forms in sorted(by_head.items()):
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


class TermVariant(Check):
    """A term written two ways in one article, one of them an odd collocation.

    Flags: two forms of one title or institution in the same article that share the head
    noun and differ in the word before it ("foreign minister" … "external minister"), when
    the article shows they name one thing (the same name follows both titles, or the same
    place or noun stands next to both: "Czech central bank" … "Czech emission bank",
    "Romania's constitutional court" … "the Romanian constitution court") and one form is
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
    """The odd form with the standard modifier, or the standard words in their order."""
    fix = written.split()[0]
    if std.head != odd.head:  # the words the other way round
        words = f"{std.modifier} {std.head}"
        return words.capitalize() if fix[:1].isupper() else words
    return (std.modifier.capitalize() if fix[:1].isupper() else std.modifier) + written[len(fix) :]
