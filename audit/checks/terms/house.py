"""T103: a multiword term the house archive never printed, where it prints a one-word variant."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

from audit.checks.base import Check, CheckContext
from audit.checks.names.house import house_evidence, house_of
from audit.match.fuzzy import link_tokens
from audit.match.wordlists import demonyms
from audit.model import Finding, Severity
from audit.text.lexicon import is_common
from audit.text.spans import Token

MIN_COUNT = 10  # the house variant must be printed at least this often
DOMINANCE = 0.9  # … and fill the frame this often, unless it is a spelling of the word written


def _fillers(house: Any, keys: tuple[str, ...], i: int) -> list[tuple[str, int]]:
    """(word, count) of every house phrase that differs from `keys` at position i only, most printed first."""
    frame = (*keys[:i], "*", *keys[i + 1 :])
    out = [(k[i], house.phrases[k][1]) for j, k in house.frames.get(frame, ()) if j == i]
    return sorted(out, key=lambda f: (-f[1], f[0]))


def _names_something(word: str, house: Any) -> bool:
    """A demonym, a number or a name: words that legitimately vary inside a term."""
    return word in demonyms() or not word.isalpha() or (word in house.tokens and not is_common(word))


class HouseTerm(Check):
    """A multiword term the house archive never printed, where it prints a one-word variant.

    Flags: a 2–4-word term ending in an office or institution word ("Safety Council",
    "Defence Ministry") absent from the house archive, when the archive prints the same
    term with one word changed at least 10 times, and that variant either fills the
    changed slot in 90% of the archive's uses or is a spelling of the word written.
    Why: machine translation renders fixed terms word by word; the house has one form.
    Example: archive prints "UN Security Council" 30 times and nothing else in that
    frame; "UN Safety Council" is flagged with "UN Security Council" suggested.
    Instead: the house form named in the suggestion.
    Options: `min_count` (10): how often the house form must be printed.
    False positives: a rare but real body ("health ministry" in an archive that only ever
    printed "defense ministry" in the same frame); demonyms, numbers and names never vary.
    """

    code = "T103"
    name = "terms.house_term"
    severity = Severity.MINOR
    OPTIONS: ClassVar[dict[str, str]] = {"min_count": "integer"}  # config validates these

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        house = house_of(ctx)
        if house is None:
            return
        from audit.house.phrases import phrases

        min_count = int(ctx.option(self, "min_count", MIN_COUNT))
        by_head: dict[int, list[tuple[tuple[str, ...], list[Token]]]] = {}
        for keys, run in phrases(ctx.doc):
            by_head.setdefault(run[-1].index, []).append((keys, run))
        for _head, found in sorted(by_head.items()):
            for keys, run in reversed(found):  # the longest phrase first: one finding per head
                if keys in house.phrases:
                    break
                hit = _variant(house, keys, min_count)
                if hit is not None:
                    yield self._finding(ctx, house, run, *hit)
                    break

    def _finding(
        self, ctx: CheckContext, house: Any, run: list[Token], variant: tuple[str, ...], share: float
    ) -> Finding:
        form, count = house.phrases[variant]
        text = ctx.doc.text[run[0].start : run[-1].end]
        return self.finding(
            ctx,
            run[0].start,
            run[-1].end,
            f"“{text}” is never printed in the house archive, which prints “{form}” {count} times",
            suggestion=form,
            evidence={
                **house_evidence(house, form, count),
                "share_of_frame": round(share, 3),
            },
        )


def _variant(house: Any, keys: tuple[str, ...], min_count: int) -> tuple[tuple[str, ...], float] | None:
    """The house phrase one word away from `keys` that the house would print instead, if any."""
    for i, word in enumerate(keys):
        fillers = _fillers(house, keys, i)
        if not fillers or _names_something(word, house):
            continue
        top, count = fillers[0]
        share = count / sum(n for _w, n in fillers)
        if count < min_count or _names_something(top, house):
            continue
        if share >= DOMINANCE or link_tokens(word, top) is not None:
            return (*keys[:i], top, *keys[i + 1 :]), share
    return None
