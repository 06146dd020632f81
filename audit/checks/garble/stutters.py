"""G106: a word typed twice, and a name with a syllable said twice."""

from __future__ import annotations

import operator
from collections.abc import Iterable
from itertools import compress

from audit.checks.base import Check, CheckContext
from audit.checks.garble.romanised import pinyin_split, reduplicated
from audit.checks.views import names
from audit.model import Finding, Severity
from audit.text.lexicon import is_common
from audit.text.propernames import STUTTER, destuttered_forms
from audit.text.spans import Token

# Doubled words that are grammatical ("that that", "had had") — Merriam-Webster usage notes.
SPACES = frozenset([" ", "  ", "\t"])
GRAMMATICAL_DOUBLES = frozenset(["that", "had", "is", "do", "can", "very", "bye", "no", "ha", "so"])


def chinese_name(ctx: CheckContext, key: str, tokens: list[Token]) -> bool:
    """A romanised Chinese name: a pinyin word that doubles a whole syllable ("Fangfang"),
    or one written next to another pinyin name word ("Wang Yining")."""
    if reduplicated(key):
        return True
    if pinyin_split(key) is None:
        return False
    doc = ctx.doc.tokens
    for t in tokens:
        near = [doc[i] for i in (t.index - 1, t.index + 1) if 0 <= i < len(doc)]
        if any(n.text[:1].isupper() and pinyin_split(n.key) and not is_common(n.key) for n in near):
            return True
    return False


class Stutter(Check):
    """A word repeated back to back, or a name with a doubled syllable.

    Flags: (minor) the same word twice with only a space between ("the the"); (major) a
    capitalised name with a doubled syllable whose single form is used elsewhere in the
    article ("Lavrov" … "Lavrovov").
    Why: speech-to-text and back-translation stutter; a doubled syllable turns a known
    name into an unknown one that readers and search engines cannot match.
    Example: Lavrovov claimed that military instructors … (the article has "Sergei Lavrov").
    Instead: the single form ("Lavrov"); one "the".
    Options: none.
    False positives: grammatical doubles ("that that", "had had") and reduplicated names
    written with two capitals ("Bora Bora", "Sirhan Sirhan") are skipped; a name with a
    doubled syllable is flagged only when its single form appears in the same article
    (Barbara, Mississippi, Tatarstan stay quiet). Romanised Chinese given names double a
    syllable by design ("Fangfang" beside "Fang"): a word made wholly of pinyin syllables
    that repeats one, or that stands next to another pinyin name word ("Wang Yining"), is
    skipped (audit/data/pinyin_syllables.txt); Korean and Japanese romanisations are not.
    """

    code = "G106"
    name = "garble.stutter"
    severity = Severity.MAJOR

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        yield from self._repeated_words(ctx)
        yield from self._doubled_syllables(ctx)

    def _repeated_words(self, ctx: CheckContext) -> Iterable[Finding]:
        tokens, text, keys = ctx.doc.tokens, ctx.doc.text, ctx.doc.token_keys
        for i in compress(range(len(keys) - 1), map(operator.eq, keys, keys[1:])):  # loop in C
            a, b = tokens[i], tokens[i + 1]
            if text[a.end : b.start] not in SPACES or a.key in GRAMMATICAL_DOUBLES or not a.text.isalpha():
                continue
            if a.text[0].isupper() and b.text[0].isupper():
                continue
            yield self.finding(
                ctx, a.start, b.end, f"“{b.text}” repeated", suggestion=a.text, severity=Severity.MINOR
            )

    def _doubled_syllables(self, ctx: CheckContext) -> Iterable[Finding]:
        by_key = names(ctx).by_key
        # destuttered_forms starts from STUTTER's matches: a key without one has no single
        # form. Testing that in a C-level pass spares most keys a cached (or, for a new
        # name, computed) call.
        for key in compress(by_key, map(STUTTER.search, by_key)):
            if len(key) < 5 or is_common(key):
                continue
            tokens = by_key[key]
            if chinese_name(ctx, key, tokens):
                continue
            singles = [s for s in destuttered_forms(key) if len(s) >= 4 and s in by_key]
            if not singles:
                continue
            single = by_key[singles[0]][0].text
            for t in tokens:
                yield self.finding(
                    ctx,
                    t.start,
                    t.end,
                    f"“{t.text}” looks like “{single}” with a syllable doubled",
                    suggestion=single,
                    evidence={"single_form": single, "single_count": len(by_key[singles[0]])},
                )
