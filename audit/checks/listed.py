"""Glossary forms listed as wrong: the generic check type behind N103 and T101, and the
document's exact glossary mentions that many checks of several families share.

Data on one generic check type (proselint's PreferredForms): a new known-bad form is a
new glossary value, never new code. N103 (names.known_variant) is in audit/checks/names,
T101 (terms.mistranslation) in audit/checks/terms.
"""

from __future__ import annotations

from collections.abc import Iterable
from operator import attrgetter

from audit.checks.base import Check, CheckContext
from audit.glossary.index import Mention
from audit.model import Finding

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


class ListedForm(Check):
    """Base of the checks that flag an exact occurrence of a glossary form of one kind."""

    form_kind = ""
    needs = frozenset({"glossary"})

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        for m in _unaccepted(ctx):
            refs = [r for r in m.refs if r.form_kind == self.form_kind]
            if not refs or self.excused(ctx, m):
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

    def excused(self, ctx: CheckContext, m: Mention) -> bool:
        """True when the context makes this occurrence right (none by default)."""
        return False
