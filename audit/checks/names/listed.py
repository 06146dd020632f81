"""Glossary forms listed as wrong: known-bad name variants and term mistranslations.

Data on one generic check type (proselint's PreferredForms): a new known-bad form is a
new glossary value, never new code.
"""

from __future__ import annotations

from collections.abc import Iterable
from operator import attrgetter

from audit.checks.base import Check, CheckContext
from audit.glossary.index import Mention
from audit.model import Finding, Severity

_ACCEPTED = frozenset({"canonical", "alias"})
_FORM_KIND = attrgetter("form_kind")


def exact_mentions(ctx: CheckContext) -> list[Mention]:
    """The document's exact glossary mentions, computed once per document."""
    return ctx.view(_scan_exact)


def _scan_exact(ctx: CheckContext) -> list[Mention]:
    return ctx.index.scan(ctx.doc)


def _unaccepted(ctx: CheckContext) -> list[Mention]:
    """Exact mentions that are no accepted form (canonical, alias) of any entry: the only
    ones a listed wrong form can be. Shared by N103 and T101; most mentions are accepted."""
    return ctx.view(_scan_unaccepted)


def _scan_unaccepted(ctx: CheckContext) -> list[Mention]:
    # isdisjoint stops at the first accepted form, in C
    return [m for m in exact_mentions(ctx) if _ACCEPTED.isdisjoint(map(_FORM_KIND, m.refs))]


class _ListedForm(Check):
    form_kind = ""
    needs = frozenset({"glossary"})

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        for m in _unaccepted(ctx):
            refs = [r for r in m.refs if r.form_kind == self.form_kind]
            if not refs:
                continue
            entry = refs[0].entry
            yield self.finding(
                ctx,
                m.start,
                m.end,
                self.describe(m.text, entry.canonical),
                suggestion=entry.canonical,
                severity=entry.severity or self.severity,
                evidence={"matcher": "listed", "entry": entry.canonical, "glossary": entry.where},
            )

    def describe(self, text: str, canonical: str) -> str:  # pragma: no cover - abstract
        raise NotImplementedError


class KnownVariant(_ListedForm):
    """A name written in a form the glossary lists as wrong.

    Flags: an exact occurrence of an entry's `variants` (known-bad spellings).
    Why: a known garble of a name is as wrong as an unknown one, and cheaper to catch.
    Example: glossary lists `variants: [Zelenskiy]` for an AP desk; "Zelenskiy said" is flagged.
    Instead: the entry's canonical form (or one of its aliases).
    Options: the entry's `severity` overrides the default (major).
    False positives: a variant that is correct in another context (another person's
    spelling); list it as an alias of that person instead.
    """

    code = "N103"
    name = "names.known_variant"
    severity = Severity.MAJOR
    form_kind = "variant"

    def describe(self, text: str, canonical: str) -> str:
        return f"“{text}” is a listed wrong form of {canonical}"


class Mistranslation(_ListedForm):
    """A term rendered in a way the glossary lists as a mistranslation.

    Flags: an exact occurrence of an entry's `mistranslations`.
    Why: round-trip translation turns fixed terms into other words ("republicans at war"
    for co-belligerents); readers take them at face value.
    Example: `canonical: co-belligerents`, `mistranslations: [co-warring parties]`.
    Instead: the canonical term.
    Options: the entry's `severity` overrides the default (major).
    False positives: the mistranslated phrase used in its own literal sense.
    """

    code = "T101"
    name = "terms.mistranslation"
    severity = Severity.MAJOR
    form_kind = "mistranslation"

    def describe(self, text: str, canonical: str) -> str:
        return f"“{text}” is a listed mistranslation of “{canonical}”"
