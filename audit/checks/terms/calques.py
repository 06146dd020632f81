"""T102: literal renderings of news terms from the bundled calque lexicon."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from itertools import pairwise
from typing import TYPE_CHECKING

from audit.checks.base import Check, CheckContext
from audit.model import Finding, Severity
from audit.text.spans import Token

if TYPE_CHECKING:
    from audit.checks.terms.lexicon import CalqueEntry

# What may stand between two words of one matched form: spaces and hyphens, and a
# possessive only when the listed form has one ("citizen's money", not "country's parliament").
_GAP = re.compile(r"[\s\-‐‑–]*")
_GAP_POSSESSIVE = re.compile(r"(?:['’]s?)?[\s\-‐‑–]*")
WINDOW = 15  # tokens each side when the match lies outside any sentence


class Calque(Check):
    """A news term rendered word for word from another language (a calque).

    Flags: a form listed in the bundled calque lexicon (audit/data/calques.yaml), when
    the entry's context words allow it: "preventive prison" (prisión preventiva),
    "white weapon" (arma blanca), "popular consultation" (consulta popular).
    Why: round-trip machine translation turns fixed terms of law, politics, war and
    money into literal strings that read as English but say something else; a reader
    takes "social plan" for welfare when it means job cuts.
    Example: A judge ordered preventive prison for the former minister.
    Instead: the entry's idiomatic term (the suggestion): "pretrial detention".
    Options: none; the entry's severity is the finding's. A project glossary wins: a
    form the glossary lists (as a term, alias or mistranslation) is left to T101 and
    the name checks.
    False positives: the literal phrase used in its own sense ("a fraction of the
    party's members" is not listed; "the actual president" meaning the real one is).
    Entries that are ambiguous carry context words; report others as lexicon bugs.
    """

    code = "T102"
    name = "terms.calque"
    severity = Severity.MAJOR

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        from audit.checks.terms.lexicon import load_calques

        entries = load_calques()
        claimed = _glossary_spans(ctx)
        allowed = [
            (start, end, index)
            for start, end, index in _matches(ctx)
            if not any(s < end and start < e for s, e in claimed)
            and _context_allows(ctx, start, entries[index].requires, entries[index].forbids)
            and not (entries[index].skip_quoted and _quoted(ctx, start))
        ]
        for start, end, index in _longest(allowed):
            yield self._finding(ctx, start, end, entries[index])

    def _finding(self, ctx: CheckContext, start: int, end: int, entry: CalqueEntry) -> Finding:
        from audit.checks.terms.lexicon import LANGUAGES

        text = ctx.doc.text[start:end]
        langs = "/".join(LANGUAGES[lang] for lang in entry.languages)
        right = _match_case(text, entry.right[0])
        message = f"“{text}” renders {langs} “{entry.source}” word for word; English news copy says “{right}”"
        return self.finding(
            ctx,
            start,
            end,
            message,
            suggestion=right,
            severity=entry.severity,
            evidence={
                "matcher": "calque",
                "source": entry.source,
                "languages": list(entry.languages),
                "alternatives": list(entry.right[1:]),
            },
        )


def _longest(matches: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """One finding per stretch of text: of overlapping forms ("to the urns" inside "went
    to the urns"), the longest, whose suggestion replaces the whole of it."""
    kept: list[tuple[int, int, int]] = []
    for m in sorted(matches, key=lambda m: (m[0], m[0] - m[1])):
        if kept and m[0] < kept[-1][1]:
            if m[1] - m[0] > kept[-1][1] - kept[-1][0]:
                kept[-1] = m
            continue
        kept.append(m)
    return kept


SMALL_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "to", "a", "an"})


def _match_case(text: str, suggestion: str) -> str:
    """The suggestion in the matched text's case: a title-cased name ("Ministry of Exterior
    Relations") gets a title-cased one ("Foreign Ministry"), a sentence start a capital."""
    words = text.split()
    if len(words) > 1 and all(w[:1].isupper() for w in words if w.lower() not in SMALL_WORDS):
        return " ".join(w if w.lower() in SMALL_WORDS or not w[:1].islower() else w[:1].upper() + w[1:]
                        for w in suggestion.split())  # fmt: skip
    return suggestion[:1].upper() + suggestion[1:] if text[:1].isupper() else suggestion


def _matches(ctx: CheckContext) -> Iterator[tuple[int, int, int]]:
    """(start, end, entry index) of every lexicon form in the text, in text order."""
    from audit.checks.terms.inflect import stem
    from audit.checks.terms.lexicon import automaton

    doc = ctx.doc
    keys = doc.token_keys
    if not keys:
        return
    tokens = doc.tokens
    stems = [stem(k) for k in keys]
    joined = " " + " ".join(stems) + " "
    offsets, pos = [], 0
    for s in stems:  # offset in `joined` of the space before each token
        offsets.append(pos)
        pos += len(s) + 1
    for last, values in automaton().iter(joined):
        for index, count, length, possessive, exact in values:
            first = bisect.bisect_left(offsets, last - length + 1)
            span = tokens[first : first + count]
            if exact is not None and tuple(keys[first : first + count]) != exact:
                continue
            if len(span) == count and _contiguous(doc.text, span, _GAP_POSSESSIVE if possessive else _GAP):
                yield span[0].start, span[-1].end, index


def _contiguous(text: str, span: list[Token], gap: re.Pattern[str]) -> bool:
    return all(gap.fullmatch(text, a.end, b.start) for a, b in pairwise(span))


def _window(ctx: CheckContext, start: int) -> list[str]:
    """Token keys of the sentence holding `start` (or ±WINDOW tokens around it)."""
    doc = ctx.doc
    sentence = doc.sentence_at(start)
    if sentence is not None:
        return [t.key for t in doc.tokens_in(sentence)]
    i = bisect.bisect_left(doc.token_starts, start)
    return doc.token_keys[max(0, i - WINDOW) : i + WINDOW]


def _has(words: tuple[str, ...], keys: list[str], joined: str) -> bool:
    for w in words:
        if w.endswith("*"):
            if any(k.startswith(w[:-1]) for k in keys):
                return True
        elif (" " in w and f" {w} " in joined) or w in keys:
            return True
    return False


def _context_allows(
    ctx: CheckContext, start: int, requires: tuple[str, ...], forbids: tuple[str, ...]
) -> bool:
    if not requires and not forbids:
        return True
    keys = _window(ctx, start)
    joined = " " + " ".join(keys) + " "
    return (not requires or _has(requires, keys, joined)) and not _has(forbids, keys, joined)


def _quoted(ctx: CheckContext, start: int) -> bool:
    from audit.checks.views import quote_scan

    return quote_scan(ctx).inside(start)


def _glossary_spans(ctx: CheckContext) -> list[tuple[int, int]]:
    """Spans the project glossary already speaks for (T101 and the name checks)."""
    if not len(ctx.glossary):
        return []
    from audit.checks.listed import exact_mentions

    return [(m.start, m.end) for m in exact_mentions(ctx)]
