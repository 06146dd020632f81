"""L101: passages left in the source language."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from audit.checks.base import Check, CheckContext
from audit.errors import ConfigError
from audit.model import Finding, Severity
from audit.text.langid import DEFAULT_LANGUAGES, WordTally, clauses, detect, non_latin_runs
from audit.text.spans import Span

MIN_PROBABILITY = 0.90
MIN_FOREIGN_WORDS = 3  # fewer non-English words than this: a name or a short quote
ENGLISH_ARTICLE_SHARE = 0.5
# langdetect is unreliable on a few Latin-script words ("left ventricular ejection fraction"
# comes out French): a shorter Latin sentence counts only as part of a longer foreign passage.
MIN_LATIN_WORDS = 5


def tally(ctx: CheckContext) -> WordTally:
    """The article's word tally, built once per article."""
    return ctx.view(_tally)


def _tally(ctx: CheckContext) -> WordTally:
    doc = ctx.doc
    return WordTally(doc.text, doc.tokens, doc.token_starts)


def article_language(ctx: CheckContext, languages: tuple[str, ...]) -> str:
    """The article's language: "en" when the cheap test says so, else langdetect's answer."""
    if tally(ctx).english_share(0, len(ctx.doc.text)) >= ENGLISH_ARTICLE_SHARE:
        return "en"
    return detect(ctx.doc.text, languages)[0]


class Untranslated(Check):
    """A sentence or paragraph that is not in English.

    Flags: consecutive sentences of one paragraph that langdetect (seeded, restricted to
    the `languages` option) assigns to another language with probability ≥ 0.90. Only
    sentences that a cheap test marks as doubtful are sent to langdetect: at least three
    words that are not common English (capitalised Latin words, usually names, do not
    count) and fewer than half common English words. Sets the article's language.
    Why: an untranslated passage is unreadable for the audience; MQM weighs a
    non-translation 25, five times a major error.
    Example: The minister spoke on Monday. Министр заявил, что войска готовы к отправке.
    Instead: a translation of the passage.
    Options: `languages` (list of langdetect codes; default en, fr, de, es, it, pt, nl, ru,
    uk, pl, ko, ja, zh-cn, ar, tr).
    False positives: name-heavy English sentences and short foreign quotes (one or two
    words, "Slava Ukraini") stay below the cheap test, and a Latin-script sentence of fewer
    than five words is judged only as part of a longer foreign passage (langdetect guesses
    on technical English: "left ventricular ejection fraction"); a long quotation
    deliberately left in the original language is flagged.
    """

    code = "L101"
    OPTIONS: ClassVar[dict[str, str]] = {"languages": "list of strings"}  # config validates these
    name = "lang.untranslated"
    severity = Severity.MAJOR

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        languages = self._languages(ctx)
        if ctx.language is None:
            ctx.language = article_language(ctx, languages)
        for span, lang, prob in self._passages(ctx, languages):
            yield self.finding(
                ctx,
                span.start,
                span.end,
                f"passage not in English (langdetect: {lang}, p={prob:.2f})",
                evidence={"mqm": "non-translation", "language": lang, "probability": round(prob, 3)},
            )

    def _passages(self, ctx: CheckContext, languages: tuple[str, ...]) -> Iterable[tuple[Span, str, float]]:
        """Foreign stretches, merged when only spaces or punctuation separate them in a paragraph."""
        current: tuple[Span, str, float] | None = None
        for span, lang, prob in self._candidates(ctx, languages):
            gap = ctx.doc.text[current[0].end : span.start] if current else "x"
            if current is not None and not any(c.isalnum() or c == "\n" for c in gap):
                current = (Span(current[0].start, span.end), current[1], min(current[2], prob))
                continue
            if current is not None:
                yield current
            current = (span, lang, prob)
        if current is not None:
            yield current

    def _candidates(self, ctx: CheckContext, languages: tuple[str, ...]) -> Iterable[tuple[Span, str, float]]:
        """Clauses (or runs of non-Latin words inside them) that langdetect calls foreign."""
        text, words = ctx.doc.text, tally(ctx)
        previous_foreign = False
        sentences = ctx.doc.sentences
        for sentence, foreign in zip(sentences, words.foreign_each(sentences), strict=True):
            if foreign < MIN_FOREIGN_WORDS:
                previous_foreign = False
                continue
            short = len(ctx.doc.slice(sentence).split()) < MIN_LATIN_WORDS and not previous_foreign
            for a, b in clauses(ctx.doc.slice(sentence), sentence.start):
                runs = non_latin_runs(text[a:b], a)
                doubt = words.maybe_foreign(a, b, max_share=self._share(previous_foreign))
                pieces = runs or ([(a, b)] if doubt and not short else [])
                previous_foreign = False
                for x, y in pieces:
                    lang, prob = detect(text[x:y], languages)
                    if lang not in ("en", "unknown") and prob >= MIN_PROBABILITY:
                        previous_foreign = True
                        yield Span(x, y), lang, prob

    def _languages(self, ctx: CheckContext) -> tuple[str, ...]:
        raw = ctx.option(self, "languages", DEFAULT_LANGUAGES)
        if (
            isinstance(raw, str)
            or not isinstance(raw, list | tuple)
            or not all(isinstance(x, str) for x in raw)
        ):
            raise ConfigError(f"{self.code} option 'languages' must be a list of language codes, got {raw!r}")
        return tuple(raw)

    @staticmethod
    def _share(previous_foreign: bool) -> float:
        """Doubt a clause more readily right after a foreign one (passages run on)."""
        return 0.75 if previous_foreign else 0.5
