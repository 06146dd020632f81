"""L104: a run of another script (Chinese characters, Cyrillic words) inside an English sentence."""

from __future__ import annotations

import re
from collections.abc import Iterable

from audit.checks.base import Check, CheckContext
from audit.model import Finding, Severity
from audit.text.langid import _NON_LATIN_WORD, NON_LATIN_RUN, script

LATIN_WORD = re.compile(r"[A-Za-z\u00C0-\u024F]{2,}")
MIN_ENGLISH_WORDS = 2  # Latin words elsewhere in the sentence: it is an English sentence
L101_WORDS = 3  # runs of this many space-separated words are L101's (langid.non_latin_runs)
OPENING_QUOTES = "“«\"'‘„‹「『"
CLOSING_QUOTES = "”»\"'’“›」』"


class ForeignRun(Check):
    """Characters of another script left inside an English sentence.

    Flags: each run of letters of a non-Latin script (Han, kana, Hangul, Cyrillic, Arabic …,
    with the spaces and punctuation between them) in a sentence that also has at least two
    Latin-script words. A run glued to Latin letters is a mixed-script word (L102's); a
    run of three or more space-separated words is L101's (langdetect judges it), so one
    span is never reported twice.
    Why: machine translation leaves source characters it could not render (a name, a
    term) in the middle of fluent English; MQM calls it a source-language fragment, and
    raters mark it Major: the reader loses the fact.
    Example: The meeting was held in 宁德 on Tuesday, officials said.
    Instead: the translated or romanised term (Ningde), after checking the source.
    Options: none.
    False positives: a foreign phrase quoted on purpose is skipped when it stands inside
    quotation marks; an unquoted one (a brand in its own script) is flagged. A single
    letter other than a Chinese character is a symbol (Ω, λ, 80 х 60 cm) and is skipped.
    """

    code = "L104"
    name = "lang.foreign_run"
    severity = Severity.MAJOR

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        text = ctx.doc.text
        for sentence in ctx.doc.sentences:
            chunk = text[sentence.start : sentence.end]
            for m in NON_LATIN_RUN.finditer(chunk):
                start, end = sentence.start + m.start(), sentence.start + m.end()
                if self._inside_english(text, chunk, m) and not _quoted(text, start, end):
                    run = text[start:end].rstrip(".!?…")
                    if is_symbol(run):
                        continue
                    yield self.finding(
                        ctx,
                        start,
                        start + len(run),
                        f"“{run}” is in {_scripts(run)} script inside an English sentence",
                        evidence={"mqm": "source language fragment", "scripts": _scripts(run).split("/")},
                    )

    @staticmethod
    def _inside_english(text: str, chunk: str, m: re.Match[str]) -> bool:
        """Latin words around the run, and no Latin letter glued to it (L102's word)."""
        before, after = chunk[: m.start()], chunk[m.end() :]
        if (before[-1:].isalpha() and script(before[-1]) == "LATIN") or (
            after[:1].isalpha() and script(after[0]) == "LATIN"
        ):
            return False
        if len(re.findall(_NON_LATIN_WORD, m.group())) >= L101_WORDS:
            return False
        return len(LATIN_WORD.findall(before + " " + after)) >= MIN_ENGLISH_WORDS


def is_symbol(run: str) -> bool:
    """One letter that is not a Chinese character: a symbol or a variable (Ω, λ, the
    Cyrillic х typed for ×, С for °C, a fullwidth ｘ, a lone kana mark), not a word."""
    letters = [c for c in run if c.isalpha()]
    return len(letters) == 1 and not script(letters[0]).startswith(("CJK", "HAN"))


def _quoted(text: str, start: int, end: int) -> bool:
    """The run stands between quotation marks (a deliberate quote in the original)."""
    return start > 0 and end < len(text) and text[start - 1] in OPENING_QUOTES and text[end] in CLOSING_QUOTES


def _scripts(run: str) -> str:
    """'HAN', 'CYRILLIC', 'HAN/HIRAGANA': the scripts of the run's letters, sorted."""
    names = sorted({script(c).split("-")[0] for c in run if c.isalpha()})
    return "/".join(names).lower() if names else "non-latin"
