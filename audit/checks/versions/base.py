"""Checks that run over a group of versions of one story rather than over one article.

A group check keeps the `Check` interface (code, name, severity, documented docstring, so
`rules`, --select and --ignore treat it like any other) and adds `run_group(group)`,
which yields (version index, Finding) pairs. `run(ctx)` on a single article yields
nothing: there is no consensus of one. The per-document runner therefore skips them;
`wire-audit compare` calls `run_group`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar

from audit.checks.base import Check, CheckContext
from audit.model import Finding, Severity

if TYPE_CHECKING:  # the comparison machinery loads only when a group is compared
    from audit.versions.consensus import Divergence
    from audit.versions.story import StoryAnalysis


@dataclass
class GroupContext:
    """The versions of one story (one CheckContext each) and work shared between checks."""

    contexts: list[CheckContext]

    def path(self, version: int) -> str:
        return self.contexts[version].doc.path

    @cached_property
    def analysis(self) -> StoryAnalysis:
        """Alignment and divergences, computed once for all group checks."""
        from audit.versions.story import analyse_story

        first = self.contexts[0]
        index = first.index if first.glossary.entries else None
        dates = [c.date if c.date_known else None for c in self.contexts]  # a guess resolves nothing
        return analyse_story([c.doc for c in self.contexts], dates, index)


class GroupCheck(Check):
    """Base of the cross-version checks: turns divergences of some kinds into findings."""

    kinds: ClassVar[frozenset[str]] = frozenset()

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        return ()  # one article alone has no consensus to diverge from

    def run_group(self, group: GroupContext) -> Iterator[tuple[int, Finding]]:
        for d in group.analysis.divergences:
            if d.kind in self.kinds:
                yield d.version, self.build(group, d)

    def build(self, group: GroupContext, d: Divergence) -> Finding:
        others = {group.path(w): text for w, text in sorted(d.others.items())}
        evidence: dict[str, Any] = {
            "matcher": "cross-version",
            "decided_by": "majority" if d.majority else "two-way",
            "consensus": d.consensus,
            "against": len(d.others),
            "with": len(d.agree),
            "others": others,
            "agreeing": [group.path(w) for w in d.agree],
        }
        if d.backed_by:
            evidence["glossary"] = d.backed_by
        return self.finding(
            group.contexts[d.version],
            d.start,
            d.end,
            self.describe(d, len(d.others)),
            suggestion=d.consensus,
            evidence=evidence,
            severity=self.severity_for(d),
            related=tuple(others),
        )

    def severity_for(self, d: Divergence) -> Severity:
        """Majority decisions keep the default; a two-way disagreement is minor on both sides."""
        return self.severity if d.majority else Severity.MINOR

    def describe(self, d: Divergence, n: int) -> str:  # pragma: no cover - abstract
        raise NotImplementedError


def plural(n: int, verb: str = "") -> str:
    """'1 other version says' / '2 other versions say' (verb given in plural form)."""
    if n == 1:
        return "1 other version" + (f" {verb}s" if verb else "")
    return f"{n} other versions" + (f" {verb}" if verb else "")
