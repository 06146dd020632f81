"""Checks that run over a group of versions of one story rather than over one article.

A group check keeps the `Check` interface (code, name, severity, documented docstring, so
`rules`, --select and --ignore treat it like any other) and adds `run_group(group)`,
which yields (version index, Finding) pairs. `run(ctx)` on a single article yields
nothing: there is no consensus of one. The per-document runner therefore skips them;
`wire-audit compare` calls `run_group`.
"""

from __future__ import annotations

import re
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
    narrow: ClassVar[bool] = False  # span only the words that differ from the consensus

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
            "decided_by": d.extra.get("decided_by") or ("majority" if d.majority else "two-way"),
            "consensus": d.consensus,
            "against": len(d.others),
            "with": len(d.agree),
            "others": others,
            "agreeing": [group.path(w) for w in d.agree],
        }
        if d.backed_by:
            evidence["glossary"] = d.backed_by
        start, end = differing_words(group.contexts[d.version].doc.text, d.start, d.end, d.consensus)
        if not self.narrow:
            start, end = d.start, d.end
        return self.finding(
            group.contexts[d.version],
            start,
            end,
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


WORD = re.compile(r"[\w'’-]+")


def differing_words(text: str, start: int, end: int, consensus: str) -> tuple[int, int]:
    """[start, end) less the leading and trailing words it shares with the consensus: the
    editor is pointed at “Triet” in “Pham Minh Triet”, not at the whole name."""
    mine = [
        (m.start() + start, m.end() + start, m.group().casefold()) for m in WORD.finditer(text[start:end])
    ]
    theirs = [w.casefold() for w in WORD.findall(consensus)]
    i = 0
    while i < min(len(mine) - 1, len(theirs)) and mine[i][2] == theirs[i]:
        i += 1
    j = 0  # words shared at the end, never all that is left of either side
    while j < min(len(mine) - i - 1, len(theirs) - i) and mine[-1 - j][2] == theirs[-1 - j]:
        j += 1
    if not mine or (i == 0 and j == 0):
        return start, end
    return mine[i][0], mine[len(mine) - 1 - j][1]


def plural(n: int, verb: str = "") -> str:
    """'1 other version says' / '2 other versions say' (verb given in plural form)."""
    if n == 1:
        return "1 other version" + (f" {verb}s" if verb else "")
    return f"{n} other versions" + (f" {verb}" if verb else "")
