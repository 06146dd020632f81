"""The cross-version checks: one per kind of fact a version can state unlike the others."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from audit.checks.versions.base import GroupCheck, GroupContext, plural
from audit.model import Finding, Severity
from audit.text.normalize import name_key, translit_fold

if TYPE_CHECKING:
    from audit.versions.consensus import Divergence


class NameSpelling(GroupCheck):
    """A name spelled unlike in every other version of the story.

    Flags: a name (or name word) that only this version uses, where the other versions use
    a similar-looking or similar-sounding name at the same place in the aligned sentence,
    or anywhere in the story.
    Why: garbled names are the commonest machine-translation error in wire copy, and other
    versions of the story are a free, story-specific reference for the right spelling.
    Example: “they are co-belligerents in the war,” Shin said. (two other versions: Singh said)
    Instead: the spelling the other versions agree on (check it against a glossary).
    Options: none. With three or more versions the majority decides (major); with two, or
    when only one other version has the sentence, both sides are flagged as minor.
    False positives: a legitimate transliteration variant (Zelenskiy/Zelensky) when the other
    versions come from one house style; a name the glossary lists is never flagged here.
    """

    code = "V101"
    name = "versions.name_spelling"
    severity = Severity.MAJOR
    kinds = frozenset({"spelling"})
    narrow = True

    def severity_for(self, d: Divergence) -> Severity:
        """A romanisation choice (Zelenskiy/Zelensky) is house style, not a garble: minor."""
        if _same_but_romanisation(d.text, d.consensus):
            return Severity.MINOR
        return super().severity_for(d)

    def describe(self, d: Divergence, n: int) -> str:
        return f"“{d.text}” is spelled unlike {plural(n)}: “{d.consensus}”"


def _same_but_romanisation(a: str, b: str) -> bool:
    """The matcher's notion of a legit variant: equal once transliteration choices are folded."""
    ka, kb = name_key(a), name_key(b)
    return ka != kb and [translit_fold(w) for w in ka] == [translit_fold(w) for w in kb]


class EntitySwap(GroupCheck):
    """A different person, place or organisation than the other versions name at this place.

    Flags: in an aligned sentence, a name where the other versions name another entity that
    this sentence never mentions (and this version names its entity more often than they do).
    Why: swapped entities invert meaning (“Russian forces fighting North Korea” for
    “fighting Ukraine”) and read fluently, so proofreaders miss them.
    Example: “join Russian forces fighting North Korea” vs “join Russian forces in combat
    against Ukraine” in two other versions.
    Instead: the entity the other versions name, after checking the source.
    Options: `rare` (default true): also a name that at most one other version uses
    anywhere in the story, in a sentence that two thirds of the others have (major, no
    consensus given; four or more versions). On real MT it finds half again as many Major
    errors at the same precision (docs/compare.md); set `rare = false` when the versions
    are independent human rewrites that name different people by design.
    Majority → critical, two-way → minor on both sides.
    False positives: metonyms (Moscow for Russia, the Kremlin for the government) when one
    version uses them in the same slot; demonyms (Korean/Korea) are already treated as equal.
    """

    code = "V102"
    name = "versions.entity_swap"
    severity = Severity.CRITICAL
    kinds = frozenset({"entity", "rare"})
    narrow = True

    OPTIONS: ClassVar[dict[str, str]] = {"rare": "boolean"}  # config validates these

    def run_group(self, group: GroupContext) -> Iterator[tuple[int, Finding]]:
        """Story-wide rare names (no consensus) unless the `rare` option is off."""
        rare = bool(group.contexts) and group.contexts[0].option(self, "rare", True) is not False
        for v, finding in super().run_group(group):
            if rare or finding.evidence["consensus"]:
                yield v, finding

    def severity_for(self, d: Divergence) -> Severity:
        """A name no other version uses, without a consensus to put in its place: major."""
        return Severity.MAJOR if d.kind == "rare" else super().severity_for(d)

    def describe(self, d: Divergence, n: int) -> str:
        if d.kind == "rare":
            return f"“{d.text}” is named in at most one other version, though most have this sentence"
        return f"“{d.text}” where {plural(n, 'name')} “{d.consensus}”"


class TermRendering(GroupCheck):
    """A quoted word rendered differently from the other versions of the same quotation.

    Flags: inside a direct quotation, a content word that the aligned quotation in the other
    versions renders as another word (only quotations: they are meant to be verbatim, while
    narrative paraphrase differs between agencies by design).
    Why: translation engines turn key terms into near-synonyms that change the claim
    (“escalation” for “expansion”, “combatants” for “co-belligerents”).
    Example: Rutte called it a “dangerous escalation of Russia's war” (three other versions:
    “dangerous expansion”).
    Instead: the rendering the others agree on; a glossary term wins a tie.
    Options: `enabled` (default false): without it only renderings where the consensus is
    a glossary term are flagged (major); on real MT the unbacked ones hit human-marked
    errors barely more than random spans (lift 1.2, bench/wmt_eval.py). With `enabled =
    true` under [tool.wire-audit.options.V103] they are flagged as minor; two-way
    disagreements count only as a single word swapped in otherwise equal text.
    False positives: several translations of a quotation first given in another language,
    where no rendering is canonical.
    """

    code = "V103"
    name = "versions.term"
    severity = Severity.MINOR
    kinds = frozenset({"term"})
    OPTIONS: ClassVar[dict[str, str]] = {"enabled": "boolean"}  # config validates these

    def run_group(self, group: GroupContext) -> Iterator[tuple[int, Finding]]:
        """Glossary-backed renderings always; the others only with the `enabled` option."""
        enabled = bool(group.contexts) and group.contexts[0].option(self, "enabled", False) is True
        for v, finding in super().run_group(group):
            if enabled or "glossary" in finding.evidence:
                yield v, finding

    def severity_for(self, d: Divergence) -> Severity:
        return Severity.MAJOR if d.backed_by else Severity.MINOR

    def describe(self, d: Divergence, n: int) -> str:
        listed = f" (glossary term “{d.backed_by}”)" if d.backed_by else ""
        return f"quoted “{d.text}” where {plural(n, 'say')} “{d.consensus}”{listed}"


class NumberMismatch(GroupCheck):
    """A figure that differs from the figure the other versions give at the same place.

    Flags: a number in an aligned sentence that the other versions replace by another number,
    and that they do not give anywhere in the sentence.
    Why: digits survive translation; when they differ, one version dropped or garbled a figure.
    Example: “about 1,000 troops” where the other versions say “about 10,000 troops”.
    Instead: the figure the other versions agree on, after checking the source.
    Options: none; majority → major, two-way → minor on both sides.
    False positives: versions written at different times, with updated tallies.
    """

    code = "V104"
    name = "versions.number"
    severity = Severity.MAJOR
    kinds = frozenset({"number"})

    def describe(self, d: Divergence, n: int) -> str:
        return f"{d.text} where {plural(n, 'give')} {d.consensus}"


class DateMismatch(GroupCheck):
    """A date that resolves differently from the same date in the other versions.

    Flags: a month in an aligned sentence whose year (explicit, or relative: “last year”,
    a bare month meaning the latest one) differs from the same month in the other versions.
    Why: relative dates are easy to mistranslate (“in June last year” for “in June”) and
    shift an event by a year.
    Example: “signed a security agreement in June last year” vs “signed in June” (Oct 2024).
    Instead: the date the other versions agree on.
    Options: none; majority → major, two-way → minor on both sides.
    False positives: two different events in the same month of different years.
    """

    code = "V105"
    name = "versions.date"
    severity = Severity.MAJOR
    kinds = frozenset({"date"})

    def describe(self, d: Divergence, n: int) -> str:
        year, month = d.key
        alt_year, _ = d.alt_key
        return f"“{d.text}” means {month:02d}/{year}; {plural(n, 'mean')} {month:02d}/{alt_year}"


class TenseMismatch(GroupCheck):
    """A future action where the other versions report it as done (or the reverse).

    Flags: a verb group in future form (will, is set to, is expected to) where the aligned
    sentences of the other versions use a past or perfect form (has sent, sent), or the reverse.
    Why: “will send 10,000 troops” and “has sent 10,000 troops” are different news.
    Example: “North Korea will send about 10,000 troops” where three versions say “has sent”.
    Instead: the tense the other versions agree on.
    Options: none. Minor: on real MT (WMT23 zh→en dev half) its findings hit human-marked
    errors only somewhat more often than random spans (bench/wmt_eval.py). With three or
    more versions only a majority decides; the span starts at the word marking the tense.
    False positives: a story updated between versions (the event happened in between);
    paraphrase ("plans to" / "has decided to") that keeps the meaning.
    """

    code = "V106"
    name = "versions.tense"
    severity = Severity.MINOR
    kinds = frozenset({"tense"})

    def run_group(self, group: GroupContext) -> Iterator[tuple[int, Finding]]:
        """With three or more versions only a majority decides: one other version's tense
        is as often a paraphrase ("plans to" / "has decided to") as a different fact."""
        many = len(group.contexts) >= 3
        for v, finding in super().run_group(group):
            if not many or finding.evidence["decided_by"] == "majority":
                yield v, finding

    def describe(self, d: Divergence, n: int) -> str:
        return f"“{d.text}” is {d.key} tense where {plural(n, 'use')} the {d.alt_key} (“{d.consensus}”)"
