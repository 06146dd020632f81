"""N106: a name the house archive never printed, a near miss of a name it prints often."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any, ClassVar

from audit.checks.base import Check, CheckContext
from audit.match.fuzzy import TokenLink, links
from audit.model import Finding, Severity
from audit.text.lexicon import is_common

MIN_COUNT = 10  # a house name printed fewer times is weak evidence: two real names (Rafi/Raif) get flagged
MAJOR_COUNT = 20  # printed this often: a near miss of it is major
SPM_MARGIN = 0.0  # the new spelling must be at least this much less likely than the house one (log-prob)
MEMO_SIZE = 50_000
# Links the ladder accepts for a glossary name but that, on clean copy, mostly join two real
# names (Torino/Tron, Chun/China at 0.83): a house near miss needs a stuttered ending or
# Jaro-Winkler at least this high.
HOUSE_JW = 0.90
REPEATED = 3  # a new spelling used this often, with the house form absent, is the article's own name


def house_of(ctx: CheckContext) -> Any:
    """The run's house model (Knowledge.house, loaded once by the engine), or None."""
    return ctx.knowledge.house


def house_evidence(house: Any, form: str, count: int) -> dict[str, Any]:
    """What every house finding rests on: the model, the house form and how often it is printed."""
    return {
        "source": "house",
        "house_model": house.version,
        "house_form": form,
        "house_count": count,
        "count_of_this_form": 0,
    }


def house_links(house: Any, key: str, min_count: int) -> list[tuple[str, TokenLink]]:
    """Frequent house name words that `key` is a near miss of, most printed first."""
    memo = house.__dict__.setdefault("memo_links", {})
    found = memo.get((key, min_count))
    if found is None:
        if len(memo) > MEMO_SIZE:
            memo.clear()
        linked = links(key, house.frequent(min_count))
        found = sorted(linked.items(), key=lambda kv: (-house.tokens[kv[0]][1], -kv[1].jaro_winkler, kv[0]))
        memo[key, min_count] = found
    return found  # type: ignore[no-any-return]


def _glossary_covered(ctx: CheckContext) -> set[int]:
    """Offsets of exact glossary mentions: glossary checks speak for those."""
    if not ctx.glossary.entries:
        return set()
    from audit.checks.names.listed import exact_mentions

    return {ctx.doc.tokens[m.first_token + i].start for m in exact_mentions(ctx) for i in range(m.n_tokens)}


class HouseGarble(Check):
    """A name the house archive never printed that is a near miss of a name it prints often.

    Flags: a capitalised name word absent from the archive given to `check --house`, that
    the glossary matcher's ladder (same sound and Jaro-Winkler ≥ 0.80, Jaro-Winkler ≥ 0.94,
    one edit in a long word, a stuttered ending) links to a name word the archive printed
    at least 10 times, when the house sentencepiece model also finds the new spelling less
    likely than the house one.
    Why: a newsroom's archive is its best glossary; "Lavrovov" in copy from a desk that
    printed "Lavrov" 200 times is a garble even when no glossary lists Lavrov.
    Example: archive prints "Belousov" 40 times; "Belousv said" is flagged (major).
    Instead: the house spelling named in the suggestion.
    Options: `min_count` (10): house evidence needed; `major_count` (20): printed this often,
    the finding is major, else minor.
    False positives: a new person whose name is one letter from a house name. Never flagged:
    names the archive itself spells several ways, transliteration variants (house style, not
    garbles), near misses of common English words (Chun/China), links below Jaro-Winkler 0.90
    other than stutters, and a new spelling used 3+ times in an article that never uses the
    house form (the article's own name).
    """

    code = "N106"
    name = "names.house_garble"
    severity = Severity.MAJOR
    OPTIONS: ClassVar[dict[str, str]] = {
        "min_count": "integer",
        "major_count": "integer",
    }  # config validates these

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        house = house_of(ctx)
        if house is None:
            return
        from audit.checks.views import names

        min_count = int(ctx.option(self, "min_count", MIN_COUNT))
        covered = _glossary_covered(ctx)
        keys = Counter(ctx.doc.token_keys)
        for tok in names(ctx).tokens:  # the garble checks' view of the names, computed once
            if tok.start in covered or tok.key in house.words or is_common(tok.text) or len(tok.key) < 4:
                continue
            hit = self._best(house, tok.text, tok.key, min_count)
            if hit is not None and not (keys[tok.key] >= REPEATED and not keys[hit[0]]):
                yield self._finding(ctx, house, tok.start, tok.end, *hit)

    def _best(self, house: Any, text: str, key: str, min_count: int) -> tuple[str, TokenLink] | None:
        for word, link in house_links(house, key, min_count):
            if house.spellings[house.tokens[word][2]] > 1:
                return None  # the archive spells this name several ways: no house form to enforce
            form = house.tokens[word][0]
            if link.legit or is_common(form) or (link.matcher != "stutter" and link.jaro_winkler < HOUSE_JW):
                continue  # a transliteration is house style, not a garble; Seoul/Soul; two real names
            if house.model.score(text)[0] <= house.model.score(form)[0] - SPM_MARGIN:
                return word, link
        return None

    def _finding(
        self, ctx: CheckContext, house: Any, start: int, end: int, word: str, link: TokenLink
    ) -> Finding:
        form, count, _dom = house.tokens[word]
        major = count >= int(ctx.option(self, "major_count", MAJOR_COUNT))
        text = ctx.doc.text[start:end]
        what = "a near miss of"
        return self.finding(
            ctx,
            start,
            end,
            f"“{text}” is never printed in the house archive; {what} “{form}” (printed {count} times)",
            suggestion=form,
            severity=Severity.MAJOR if major else Severity.MINOR,
            evidence={
                **house_evidence(house, form, count),
                "matcher": link.matcher,
                "jaro_winkler": link.jaro_winkler,
                "spm_logp": house.model.score(text)[0],
                "house_spm_logp": house.model.score(form)[0],
                "spm_pieces": house.model.score(text)[1],
            },
        )
