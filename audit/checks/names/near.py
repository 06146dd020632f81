"""Near misses of glossary names: garbles (N101) and unlisted transliterations (N102)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from audit.checks.base import Check, CheckContext
from audit.checks.names.attribution import ContextMatch, attribution_matches
from audit.checks.names.nearmatch import NearMatch, near_matches
from audit.model import Finding, Severity
from audit.text.normalize import name_key
from audit.text.similarity import phonetic_keys


def evidence(m: NearMatch) -> dict[str, Any]:
    """Which matcher fired and how close, for the report."""
    link = m.decisive
    words = m.text.split()
    return {
        "matcher": link.matcher,
        "entry": m.entry.canonical,
        "form": m.form,
        "jaro_winkler": link.jaro_winkler,
        "phonetic": "/".join(sorted(phonetic_keys(words[-1]))) if words else "",
        "glossary": m.entry.where,
    }


def preferred_form(m: NearMatch) -> str:
    """The entry's own spelling for the words written: the canonical, or the alias that is part of it."""
    return _preferred_form(m.entry.accepted_forms, len(m.links), m.form)


@lru_cache(maxsize=4096)  # the keys of a 10k glossary's forms do not stay in name_key's cache
def _preferred_form(forms: tuple[str, ...], n: int, fallback: str) -> str:
    canonical = forms[0]
    if len(name_key(canonical)) == n:
        return canonical
    ckey = name_key(canonical)
    for form in forms:
        key = name_key(form)
        if len(key) == n and all(k in ckey for k in key):
            return form
    return fallback


class GarbledName(Check):
    """A near miss of a glossary name that looks like a garble of it.

    Flags: a capitalised word or name that no glossary form matches exactly but that is
    close to one (same sound and Jaro-Winkler ≥ 0.80, Jaro-Winkler ≥ 0.94, one edit in a
    long name, or a stuttered ending), e.g. "Lavrovov", "Tskurine", "Barry Hutton"; and
    a surname used for attribution ("Shin said") that the article never introduced while
    it did introduce a glossary person with a close name ("Sabrina Singh"): matcher "context".
    Why: machine translation round trips garble names; readers cannot tell, and a wrong
    name in wire copy is a correction waiting to happen.
    Example: glossary has Sergey Lavrov (alias Lavrov); "Lavrovov claimed…" is flagged
    with "Lavrov" suggested.
    Instead: the glossary form named in the suggestion.
    Options: the entry's `severity` overrides the default (major).
    False positives: another real name one letter away from a glossary name (list it in a
    glossary so it matches exactly); common English words, demonyms, plurals, truncations,
    acronyms and names flanked by another given name are never linked.
    """

    code = "N101"
    name = "names.garbled"
    severity = Severity.MAJOR
    needs = frozenset({"glossary"})

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        spans = []
        for m in near_matches(ctx):
            spans.append((m.start, m.end))
            if not m.legit:
                yield self.finding(
                    ctx,
                    m.start,
                    m.end,
                    f"“{m.text}” looks like a garbled “{m.form}” ({m.entry.canonical})",
                    suggestion=preferred_form(m),
                    severity=m.entry.severity or self.severity,
                    evidence=evidence(m),
                )
        for c in attribution_matches(ctx):
            if not any(s < c.end and c.start < e for s, e in spans):
                yield self._context_finding(ctx, c)

    def _context_finding(self, ctx: CheckContext, c: ContextMatch) -> Finding:
        message = (
            f"“{c.text}” is cited as a source but never introduced; the article introduced"
            f" “{c.introduced}”: likely a garbled “{c.form}”"
        )
        return self.finding(
            ctx,
            c.start,
            c.end,
            message,
            suggestion=c.form,
            severity=c.entry.severity or self.severity,
            evidence={
                "matcher": "context",
                "entry": c.entry.canonical,
                "form": c.form,
                "jaro_winkler": c.jaro_winkler,
                "attribution": c.cue,
                "introduced": c.introduced,
                "glossary": c.entry.where,
            },
        )


class UnlistedVariant(Check):
    """A legitimate but unlisted transliteration of a glossary name.

    Flags: a name that differs from a glossary form only by a known transliteration
    alternation (-iy/-yy/-y, ei/ey, kh/h, ye/e, w/v, x/ks, doubled letters inside a word).
    Why: house style wants one spelling per person; "Zelenskiy" in an AP story is Reuters
    style leaking in through translation.
    Example: glossary has Zelenskyy and Zelensky; "Zelenskiy said" is flagged.
    Instead: the glossary's canonical spelling (or add the variant as an alias).
    Options: none.
    False positives: a different person whose name transliterates the same way.
    """

    code = "N102"
    name = "names.unlisted_variant"
    severity = Severity.MINOR
    needs = frozenset({"glossary"})

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        for m in near_matches(ctx):
            if not m.legit:
                continue
            suggestion = preferred_form(m)
            yield self.finding(
                ctx,
                m.start,
                m.end,
                f"“{m.text}” is an unlisted spelling of {m.entry.canonical}; house style: “{suggestion}”",
                suggestion=suggestion,
                evidence=evidence(m),
            )
