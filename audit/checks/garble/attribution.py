"""G102: a surname quoted as a source that the article never introduced."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import compress

from audit.checks.base import Check, CheckContext
from audit.checks.garble.consistency import glossary_names, linked
from audit.checks.views import names
from audit.match import ladder
from audit.match.wordlists import news_agencies
from audit.model import Finding, Severity
from audit.text.propernames import NameView, destuttered, used_as_place
from audit.text.similarity import jaro_winkler, phonetic_keys
from audit.text.spans import Token

# Attribution verbs of wire copy (AP Stylebook, "said"): the subject is a source.
SAYING = frozenset(
    str.split(
        "said says told added noted stated claimed stressed emphasized emphasised explained wrote "
        "asked warned argued insisted mentioned concluded replied continued confirmed announced "
        "dismissed acknowledged denied urged tweeted posted"
    )
)
TITLES = frozenset(
    str.split(
        "president minister secretary foreign defense defence general state deputy prime vice "
        "chief spokeswoman spokesman spokesperson ambassador envoy senator governor mayor "
        "commander lt col gen adm sen rep gov dr mr mrs ms"
    )
)
AFTER_SAYING = frozenset(["said", "says", "according"])
CLOSE_JW = ladder.CONTEXT  # the attribution and the same initial are the rest of the evidence
ORGANISATION_CUES = frozenset(["news", "agency", "newspaper", "daily", "broadcaster", "reported"])
# "Hamas operatives", "Fatah officials": a name that heads its members is an organisation.
MEMBER_NOUNS = frozenset(
    str.split("personnel operatives officials fighters members militants forces leaders supporters spokesman")
)
NOT_A_PERSON_AFTER = ORGANISATION_CUES | MEMBER_NOUNS


def not_a_person(ctx: CheckContext, occurrences: list[Token]) -> bool:
    """A news agency, or a name used with "the", "in", "to"… or "news agency" somewhere,
    or as the last word of an organisation's name ("Department of Commerce")."""
    tokens = ctx.doc.tokens
    if occurrences[0].key in news_agencies():
        return True
    for t in occurrences:
        after = tokens[t.index + 1].key if t.index + 1 < len(tokens) else ""
        before = tokens[t.index - 1].key if t.index else ""
        if (
            before == "the"
            or after in ORGANISATION_CUES
            or after in MEMBER_NOUNS
            or used_as_place(ctx.doc, t)
        ):
            return True
        if before in ("of", "for") and t.index > 1 and tokens[t.index - 2].text[:1].isupper():
            return True
    return False


def close(a: str, b: str) -> bool:
    """Same initial letter, and near in sound or spelling ("Shin" ~ "Singh")."""
    if a[0] != b[0]:
        return False
    return jaro_winkler(a, b) >= CLOSE_JW or bool(phonetic_keys(a) & phonetic_keys(b))


def attributed(ctx: CheckContext, view: NameView) -> Iterable[Token]:
    """Single capitalised words used as a source: "Shin said", "said Shin", "according to Shin"
    (not the first word of a quotation after "said": "Today's action …")."""
    keys, tokens, text = ctx.doc.token_keys, ctx.doc.tokens, ctx.doc.text
    last = len(keys) - 1
    # The one-word runs, picked in C-level passes (map, compress) rather than a Python test per run.
    for (t,) in compress(view.runs, map((1).__eq__, map(len, view.runs))):
        i = t.index
        if (
            (i < last and keys[i + 1] in SAYING)
            or (i and keys[i - 1] in AFTER_SAYING and not text[tokens[i - 1].end : t.start].strip(" ,"))
            or (i > 1 and keys[i - 1] == "to" and keys[i - 2] == "according")
        ):
            yield t


class UnintroducedSource(Check):
    """A surname used as a source although no one of that name was introduced.

    Flags: a single capitalised word used for attribution ("Shin said", "said Shin") that
    never appears as the last word of a full name in the article, when a person whose
    surname is close in sound or spelling (same initial, Jaro-Winkler ≥ 0.78 or a shared
    double-metaphone code) was introduced by full name ("Sabrina Singh").
    Why: wire style introduces every source by full name before using the surname alone;
    an unintroduced surname next to a similar introduced one is a garbled name, and string
    similarity alone cannot link "Shin" to "Singh" without many false alarms.
    Example: Pentagon spokeswoman Sabrina Singh said … Shin said the forces were combatants.
    Instead: the introduced surname ("Singh said").
    Options: none.
    False positives: well-known single names with no similar introduced person ("Putin
    said") stay quiet, as do names a loaded glossary lists; news agencies
    (audit/data/news_agencies.txt: "Reuters said", "Yonhap reported") and words used with
    "the", as places ("in Moscow") or before "news agency" anywhere in the article are
    skipped, since they are not people, as are names heading their members ("Hamas
    operatives") and the first word of a quotation after "said" (said: "Today …"). Two
    different people with close surnames, one introduced and one not, are flagged:
    introduce the second by full name. Spellings that G101 links or G106 explains as a
    doubled syllable are left to those checks.
    """

    code = "G102"
    name = "garble.unintroduced_source"
    severity = Severity.MAJOR

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        view = names(ctx)
        introduced = self._people(view)
        if not introduced:
            return
        # close() requires the same initial: compare each source only with that block.
        by_initial: dict[str, list[str]] = {}
        for p in introduced:
            by_initial.setdefault(p[0], []).append(p)
        for t in attributed(ctx, view):
            if t.key in view.in_full_names:
                continue
            near = [p for p in by_initial.get(t.key[0], ()) if close(t.key, p)]
            # Spellings that G101 links or G106 explains as a stutter are theirs to report.
            if not near or t.key in glossary_names(ctx):
                continue
            if any(linked(t.key, p) or p in destuttered(t.key) for p in near):
                continue
            if not not_a_person(ctx, view.by_key[t.key]):
                full = introduced[max(near, key=lambda p: jaro_winkler(t.key, p))]
                yield self._report(ctx, t, full)

    def _people(self, view: NameView) -> dict[str, tuple[Token, ...]]:
        """Surname key → the full name that introduced it (its first occurrence)."""
        out: dict[str, tuple[Token, ...]] = {}
        for run in view.full_names:
            out.setdefault(run[-1].key, run)
        return out

    def _report(self, ctx: CheckContext, t: Token, full: tuple[Token, ...]) -> Finding:
        while len(full) > 2 and full[0].key in TITLES:
            full = full[1:]
        person = ctx.doc.text[full[0].start : full[-1].end]
        return self.finding(
            ctx,
            t.start,
            t.end,
            f"“{t.text}” is quoted as a source but never introduced; did you mean {person}?",
            suggestion=full[-1].text,
            evidence={"introduced": person, "jaro_winkler": round(jaro_winkler(t.text, full[-1].text), 3)},
        )
