"""G101: one name spelled two ways in the same article."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from itertools import combinations, compress, pairwise, starmap

from audit.checks.base import Check, CheckContext
from audit.checks.views import names
from audit.match import ladder
from audit.model import Finding, Severity
from audit.text.lexicon import is_common
from audit.text.normalize import fold
from audit.text.propernames import NameView
from audit.text.similarity import jaro_winkler, phonetic_keys
from audit.text.spans import Token
from audit.text.spelling import is_alternative_spelling, is_derived_form, syllables

# Linking rule (audit/match/ladder.py): same sound and SAME_SOUND, or ALONE without sound.
PHONETIC_JW = ladder.SAME_SOUND
STRING_JW = ladder.ALONE
MIN_LENGTH = 4
CONFIRMING_FORMS = frozenset(["canonical", "alias"])


def linked(a: str, b: str) -> bool:
    """Same name on string and sound evidence, not a truncation, demonym or plural."""
    jw = jaro_winkler(a, b)
    if jw < PHONETIC_JW or a.startswith(b) or b.startswith(a) or is_derived_form(a, b):
        return False
    return jw >= STRING_JW or (jw >= PHONETIC_JW and bool(phonetic_keys(a) & phonetic_keys(b)))


def name_neighbours(view: NameView) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """For each name key, the keys of the words written before it and after it in full names."""
    before: dict[str, set[str]] = defaultdict(set)
    after: dict[str, set[str]] = defaultdict(set)
    for run in view.full_names:
        for a, b in pairwise(run):
            before[b.key].add(a.key)
            after[a.key].add(b.key)
    return before, after


def other_people(a: str, b: str, firsts: dict[str, set[str]], lasts: dict[str, set[str]]) -> bool:
    """True when the article shows two people: different first names before the two forms,
    different surnames after them (Olga Ivanova, Oleg Petrov), or one form only ever a first
    name and the other only ever a surname (Olivier Aubin, Charles Oliveira)."""
    if (firsts[a] and firsts[b] and not firsts[a] & firsts[b]) or (
        lasts[a] and lasts[b] and not lasts[a] & lasts[b]
    ):
        return True
    first_only = {k for k in (a, b) if lasts[k] and not firsts[k]}
    last_only = {k for k in (a, b) if firsts[k] and not lasts[k]}
    return len(first_only) == 1 and len(last_only) == 1 and first_only != last_only


def other_ending(a: str, b: str) -> bool:
    """True when the forms share a stem of half the shorter one or more and then end
    differently in two letters or more each: name families (Susanna/Susanin,
    Kathrin/Katharina) more often than a garble, which rarely keeps the stem intact."""
    x, y = fold(a).lower(), fold(b).lower()
    n = 0
    while n < min(len(x), len(y)) and x[n] == y[n]:
        n += 1
    return 2 * n >= min(len(x), len(y)) and min(len(x), len(y)) - n >= 2


def glossary_names(ctx: CheckContext) -> set[str]:
    """Keys of words the glossary confirms: inside an exact canonical or alias mention."""
    if not ctx.glossary.entries:
        return set()
    return ctx.view(_confirmed_keys)  # G101 and G102


def _confirmed_keys(ctx: CheckContext) -> set[str]:
    from audit.checks.listed import exact_mentions

    keys = ctx.doc.token_keys  # a mention covers tokens first_token … first_token + n_tokens - 1
    out: set[str] = set()
    for m in exact_mentions(ctx):
        for r in m.refs:  # a plain loop: any() would build a generator per mention
            if r.form_kind in CONFIRMING_FORMS:
                out.update(keys[m.first_token : m.first_token + m.n_tokens])
                break
    return out


def world_place_keys(ctx: CheckContext) -> set[str]:
    """Keys of words inside an exact mention of a world-pack place ("China", "India")."""
    return ctx.view(_world_place_keys) if ctx.glossary.entries else set()


def _world_place_keys(ctx: CheckContext) -> set[str]:
    from audit.checks.names.listed import exact_mentions
    from audit.world import is_world_source

    keys = ctx.doc.token_keys
    out: set[str] = set()
    for m in exact_mentions(ctx):
        if any(e.kind == "place" and is_world_source(e.source) for e in m.entries):
            out.update(keys[m.first_token : m.first_token + m.n_tokens])
    return out


class InconsistentName(Check):
    """One name spelled two different ways in the same article.

    Flags: every occurrence of the rarer spelling when two capitalised words of the article
    are the same name by sound and string (shared double-metaphone code and Jaro-Winkler
    ≥ 0.80, or Jaro-Winkler ≥ 0.94). Major when the rare form looks garbled (a syllable lost
    or gained, or two letters changed after romanisation conventions are undone); minor
    when it is a legitimate alternative romanisation ("Zelensky"/"Zelenskiy").
    Why: back-translation re-romanises names sentence by sentence; a reader cannot tell
    whether "Tsukuryne" and "Tskurine" are one village or two.
    Example: Russian troops captured Tsukuryne … The fall of Tskurine opens the road.
    Instead: the dominant spelling: the one a loaded glossary lists as canonical or alias,
    else the more frequent one, else the one written as a full name, else the one with more
    syllables (garbling drops sounds more than it adds them). Two forms the glossary both
    lists are different names and never linked; nor is a place the world pack names
    (N101 finds a garble of it: "Chen"/"China" are two names).
    Options: none.
    False positives: different people with similar surnames are told apart by their first
    names (Olena Zelenska vs. Volodymyr Zelensky); demonyms, plurals and truncations
    (Ukraine/Ukrainian, Korea/Korean), common English words, and forms differing by a doubled
    syllable (left to G106) are never linked. Relatives sharing a family name spelled in
    two genders (Zelensky/Zelenska) without first names are linked: add the first name.
    """

    code = "G101"
    name = "garble.inconsistent_name"
    severity = Severity.MAJOR

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        view = names(ctx)
        by_key = view.by_key
        pairs = self._pairs(by_key)
        if not pairs:  # the usual case: skip the first-name and glossary views
            return
        firsts, lasts = name_neighbours(view)
        introduced, listed = view.introduced(), glossary_names(ctx)
        places = world_place_keys(ctx)  # a garble of a known place is N101's (Chen is no China)
        for a, b in pairs:
            if other_people(a, b, firsts, lasts) or (a in listed and b in listed):
                continue
            if a in places or b in places:
                continue
            rank = {
                k: (k in listed, len(by_key[k]), k in introduced, syllables(k), -by_key[k][0].start)
                for k in (a, b)
            }
            dominant, odd = sorted((a, b), key=rank.__getitem__, reverse=True)
            if not is_common(odd) and not is_common(dominant):
                yield from self._report(ctx, by_key[odd], by_key[dominant])

    def _pairs(self, by_key: dict[str, list[Token]]) -> list[tuple[str, str]]:
        """Linked keys of MIN_LENGTH or more letters with the same initial, each pair sorted,
        blocks in order of first use."""
        from rapidfuzz.distance import JaroWinkler  # as similarity.key_jaro_winkler, imported late

        blocks: dict[str, list[str]] = defaultdict(list)
        for key in by_key:
            if len(key) >= MIN_LENGTH:
                blocks[key[0]].append(key)
        out = []
        for block in blocks.values():
            if len(block) < 2:
                continue
            block.sort()
            # Most pairs fail linked()'s first test: score every pair of the block in C-level
            # passes (starmap, compress) and call linked() only on the few that pass.
            scores = starmap(JaroWinkler.similarity, combinations(map(fold, block), 2))
            for a, b in compress(combinations(block, 2), map(PHONETIC_JW.__le__, scores)):
                if linked(a, b):
                    out.append((a, b))
        return out

    def _report(self, ctx: CheckContext, odd: list[Token], dominant: list[Token]) -> Iterable[Finding]:
        good = dominant[0].text
        if is_alternative_spelling(odd[0].text, good):
            minor, kind = True, "alternative spelling"
        elif other_ending(odd[0].text, good):
            minor, kind = True, "or two names with one stem"
        else:
            minor, kind = False, "garbled spelling"
        for t in odd:
            yield self.finding(
                ctx,
                t.start,
                t.end,
                f"“{t.text}” and “{good}” look like one name spelled two ways ({kind})",
                suggestion=good,
                severity=Severity.MINOR if minor else Severity.MAJOR,
                evidence={"dominant": good, "dominant_count": len(dominant), "odd_count": len(odd)},
            )
