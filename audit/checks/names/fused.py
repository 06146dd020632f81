"""A nationality descriptor fused into an organisation's proper name (N104)."""

from __future__ import annotations

from collections.abc import Iterable

from audit.checks.base import Check, CheckContext
from audit.checks.listed import exact_mentions
from audit.checks.names.nearmatch import name_view
from audit.glossary.index import Mention
from audit.glossary.model import Entry
from audit.match.wordlists import demonyms
from audit.model import Finding, Severity

MIN_ORG_TOKENS = 2  # "Russian NATO envoy" qualifies the envoy, not NATO


class FusedDescriptor(Check):
    """A demonym glued in front of an organisation's name, forming a name that does not exist.

    Flags: a capitalised nationality adjective (audit/data/demonyms.txt) directly before an
    exact mention of a multi-word glossary organisation, when the glossary does not list
    the longer name: "the American Institute for the Study of War".
    Why: French and Spanish put the descriptor after the name ("l'Institut pour l'étude de
    la guerre américain"); translated back it fuses into a new, wrong proper name.
    Example: glossary org "Institute for the Study of War"; "data from the American
    Institute for the Study of War" is flagged.
    Instead: "the U.S.-based Institute for the Study of War" (suggested), or drop it.
    Options: none.
    False positives: an organisation whose real name starts with a demonym that the
    glossary does not list (add it as its own entry or alias: "American Red Cross").
    """

    code = "N104"
    name = "names.fused_descriptor"
    severity = Severity.MAJOR
    needs = frozenset({"glossary"})

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        view = name_view(ctx)
        table = demonyms()
        for m in exact_mentions(ctx):
            i = m.first_token - 1
            # The cheap, rarely passed test first: a demonym right before the mention.
            country = table.get(view.keys[i]) if i >= 0 else None
            if country is None:
                continue
            entry = _org(m)
            if entry is None or not view.adjacent(i):
                continue
            tok = view.tokens[i]
            if not tok.text[:1].isupper() or ctx.index.lookup(f"{tok.text} {m.text}"):
                continue
            yield self.finding(
                ctx,
                tok.start,
                m.end,
                f"“{tok.text}” is fused into the name “{m.text}”, which the glossary does not list",
                suggestion=f"{country}-based {m.text}",
                severity=entry.severity or self.severity,
                evidence={
                    "matcher": "descriptor",
                    "entry": entry.canonical,
                    "descriptor": tok.text,
                    "glossary": entry.where,
                },
            )


def _org(m: Mention) -> Entry | None:
    """The organisation entry of a multi-word accepted-form mention, if any."""
    if m.n_tokens < MIN_ORG_TOKENS:
        return None
    for r in m.refs:
        if r.entry.kind == "org" and r.form_kind in ("canonical", "alias"):
            return r.entry
    return None
