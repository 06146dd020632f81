"""G105: an explanation of an acronym that the text around it no longer contains."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from audit.checks.base import Check, CheckContext
from audit.checks.views import paragraphs_and_sentences
from audit.model import Finding, Severity
from audit.text.spans import Span

NAME = r"(?i:the\s+)?(?P<name>[A-Z][\w’'.-]*(?:\s+(?:of|the|and|for|de|du|des|[A-Z][\w’'.-]*))*)"


@lru_cache(maxsize=1)
def explanation() -> re.Pattern[str]:
    """Compiled on first need (it costs ~2 ms, and most articles have no keyword for it)."""
    return re.compile(
        r"\b(?i:(?:(?:using|uses|used|with)\s+)?(?:the|an?)\s+(?:acronym|abbreviation|initials|"
        r"initialism)\s+(?:for|of)|(?:short|stands|standing)\s+for)\s+" + NAME
    )


KEYWORDS = ("acronym", "abbreviation", "initials", "initialism", "short for", "stands for", "standing for")
CONNECTORS = frozenset(["of", "the", "and", "for", "de", "du", "des"])
ACRONYM = re.compile(r"\b[A-Z](?:\.?[A-Z]){1,7}\b\.?")


def initials(name: str) -> set[str]:
    """Acronyms a name can stand behind: with and without its connecting words."""
    words = re.findall(r"[\w’']+", name)
    while words and words[-1].lower() in CONNECTORS:
        words.pop()
    content = "".join(w[0] for w in words if w.lower() not in CONNECTORS).upper()
    every = "".join(w[0] for w in words).upper()
    return {content, every} - {""}


class OrphanedExplanation(Check):
    """An acronym explained in the text while the acronym itself is missing.

    Flags: "using the acronym for X", "the abbreviation of X", "short for X", "stands for X"
    when no acronym matching X's initials stands in the same or the previous paragraph.
    Why: translation expands or drops the acronym ("DPRK troops" became "North Korean
    troops") but keeps the explanation, which now refers to nothing and confuses readers.
    Example: “… they are co-belligerents,” Singh said, using the acronym for the
    Democratic People’s Republic of Korea (North Korea).
    Instead: restore the acronym in the quote ("If we see DPRK troops …") or drop the
    explanation.
    Options: none.
    False positives: an acronym introduced in parentheses and never used again ("(ISW)") is
    fine and not flagged; an acronym whose letters do not follow the name's initials (a
    foreign-language acronym) is reported as missing.
    """

    code = "G105"
    name = "garble.orphaned_explanation"
    severity = Severity.MINOR

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        text = ctx.doc.text
        if not self._has_keyword(text):
            return
        for m in explanation().finditer(text):
            name = m.group("name")
            wanted = initials(name)
            if not wanted or self._acronym_nearby(ctx, m.start(), wanted):
                continue
            yield self.finding(
                ctx,
                m.start(),
                m.end(),
                f"explains an acronym ({'/'.join(sorted(wanted))}) that does not appear nearby",
                evidence={"expected": sorted(wanted)},
            )

    @staticmethod
    def _has_keyword(text: str) -> bool:
        """Some keyword of the explanation pattern occurs, in any case."""
        lowered = text.lower()
        return any(k in lowered for k in KEYWORDS)

    def _acronym_nearby(self, ctx: CheckContext, offset: int, wanted: set[str]) -> bool:
        doc = ctx.doc
        paras, _ = paragraphs_and_sentences(ctx)
        here = next((i for i, p in enumerate(paras) if p.start <= offset < p.end), 0)
        window = Span(paras[max(here - 1, 0)].start, paras[here].end) if paras else Span(0, 0)
        found = {a.group().replace(".", "") for a in ACRONYM.finditer(doc.slice(window))}
        return bool(found & wanted)
