"""G103: verbless "sentences" left behind when a sentence was cut in two."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from itertools import pairwise
from operator import itemgetter

from audit.checks.base import Check, CheckContext
from audit.checks.views import paragraphs_and_sentences, quote_scan
from audit.model import Finding, Severity
from audit.text.quotes import OPENERS, QuoteScan
from audit.text.spans import Span
from audit.text.verbs import has_finite_verb, has_listed_verb, imperative_clause, words_of

LIST_ITEM = re.compile(r"^\s*(?:[-*•–—]|\d+[.)])\s")
QUOTED_LINE = re.compile(r"^[“\"«][^“”\"«»]+[”\"»][.!?]?$")
QUOTED_LINE_START = ("“", '"', "«")  # what QUOTED_LINE needs first: a test cheaper than the regex
MIN_WORDS = 3
MAJOR_WORDS = 5  # shorter verbless sentences are often deliberate ("So far, so good.")
MAX_CROSSHEAD_WORDS = 15
MAX_STANDALONE_CHARS = 160  # longer paragraphs are body text, not crossheads
MIN_PROSE_WORDS = 4  # a shorter sentence before ("Paris.", "2.") is a dateline or a label
TRAILING = "”’\"')»] "
# A fragment opening with these is a deliberate aside ("But all in all, a fine book."), not
# the tail of a sentence cut in two; nor is one opening with an -ly adverb ("Definitely …").
ASIDE_OPENERS = frozenset(["and", "but", "or", "nor", "yet", "so", "therefore", "however", "still"])
STANDALONE_MESSAGES = {
    "quoted_crosshead": "quoted line standing alone without attribution: a crosshead or pull quote?",
    "verbless_paragraph": "paragraph without a finite verb",
}


def tail_severity(text: str, prev: str) -> Severity | None:
    """Major only for what a stray full stop leaves: a plain statement of five words or more
    right after a full sentence of prose; a question or exclamation is rhetoric (None)."""
    body = text.rstrip(TRAILING)
    if body[-1:] in ("?", "!"):
        return None
    words = words_of(body)
    if not words:
        return None
    aside = words[0] in ASIDE_OPENERS or (words[0].endswith("ly") and len(words[0]) > 4)
    label = body[-1:] != "." or ":" in body or ";" in body
    if len(words) < MAJOR_WORDS or aside or label or not prose_sentence(prev):
        return Severity.MINOR
    return Severity.MAJOR


def prose_sentence(text: str) -> bool:
    """A full sentence of running text: a full stop, a finite verb, more than a dateline's words."""
    body = text.rstrip(TRAILING)
    words = words_of(body)
    return body[-1:] == "." and len(words) >= MIN_PROSE_WORDS and has_finite_verb(words)


def by_paragraph(paragraphs: list[Span], sentences: list[Span]) -> list[tuple[Span, list[Span]]]:
    """Each paragraph with the sentences that start in it (both lists are in text order)."""
    starts = list(map(itemgetter(0), sentences))
    out, lo = [], 0
    for p in paragraphs:  # two bisects a paragraph instead of a Python step per sentence
        hi = bisect_left(starts, p.end, lo)
        out.append((p, sentences[bisect_left(starts, p.start, lo, hi) : hi]))
        lo = hi
    return out


class Fragment(Check):
    """A capitalised "sentence" with no finite verb, cut off from the one before it.

    Flags: (major) a sentence that is not the first of its paragraph, has at least five
    words, starts outside any quotation, has no finite verb and ends in a full stop right
    after a full sentence of prose — the tail of the previous sentence split off by a stray
    full stop; (minor) the same with three or four words, after a dateline or label, opening
    with a conjunction or an -ly adverb, or holding a colon (an aside or a label), a
    body paragraph that is one quoted line standing alone without attribution (a crosshead
    or pull quote carried into the text), and a verbless body paragraph ending in a full
    stop.
    Why: machine translation turns a verb into a noun and a full stop appears ("… of war
    and shock. Relations in the Indo-Pacific region."): the meaning of both halves is lost.
    Example: The move is an escalation of nearly three years of war and shock. Relations in
    the Indo-Pacific region.
    Instead: one sentence with its verb: "… of war and will jolt relations in the
    Indo-Pacific region."
    Options: none.
    False positives: headlines (the first paragraph), datelines, bylines, crossheads
    without a full stop, list items and quoted speech are skipped; deliberate stylistic
    fragments ("Not yet.") shorter than three words and verbless questions or exclamations
    are skipped, and those of three or four words ("So far, so good.") are only minor. Finite verbs are found
    with a lexicon and suffix rules (audit/text/verbs.py), which lean towards finding one.
    """

    code = "G103"
    name = "garble.fragment"
    severity = Severity.MAJOR

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        paragraphs, all_sentences = paragraphs_and_sentences(ctx)
        quotes = quote_scan(ctx)  # looked up once: every paragraph asks
        for n, (para, sentences) in enumerate(by_paragraph(paragraphs, all_sentences)):
            if n and len(sentences) == 1:  # the first paragraph is the headline or the lede
                finding = self._standalone(ctx, quotes, para, paragraphs[n - 1])
                if finding is not None:
                    yield finding
            for prev, s in pairwise(sentences):
                if self._is_fragment(ctx, quotes, s):
                    severity = tail_severity(ctx.doc.slice(s), ctx.doc.slice(prev))
                    if severity is not None:
                        yield self._tail(ctx, s, severity)

    def _is_fragment(self, ctx: CheckContext, quotes: QuoteScan, s: Span) -> bool:
        text = ctx.doc.slice(s)
        if text[0] in OPENERS or text[0] == '"' or quotes.inside(s.start):
            return False
        if not text[0].isupper() or LIST_ITEM.match(text) or text.rstrip().endswith(":"):
            return False
        if has_listed_verb(text):
            return False
        words = words_of(text)
        return len(words) >= MIN_WORDS and not has_finite_verb(words) and not imperative_clause(text)

    def _tail(self, ctx: CheckContext, s: Span, severity: Severity) -> Finding:
        return self.finding(
            ctx,
            s.start,
            s.end,
            "sentence fragment without a finite verb: probably the tail of the previous "
            "sentence, split off by a stray full stop",
            evidence={"kind": "split_tail"},
            severity=severity,
        )

    def _standalone(self, ctx: CheckContext, quotes: QuoteScan, para: Span, prev: Span) -> Finding | None:
        text = ctx.doc.slice(para).strip()
        if len(text) > MAX_STANDALONE_CHARS:
            return None
        if (
            text.startswith(QUOTED_LINE_START)
            and QUOTED_LINE.match(text)
            and len(words_of(text)) <= MAX_CROSSHEAD_WORDS
        ):
            kind = "quoted_crosshead"
        elif text[-1:] == "." and text[:1].isupper() and self._verbless_paragraph(text):
            kind = "verbless_paragraph"
        else:
            return None
        # Tests of the paragraph before come last: few paragraphs get this far.
        if ctx.doc.slice(prev).rstrip().endswith(":") or quotes.inside(prev.end - 1):
            return None
        return self._minor(ctx, para, STANDALONE_MESSAGES[kind], kind)

    def _verbless_paragraph(self, text: str) -> bool:
        if has_listed_verb(text):
            return False
        words = words_of(text)
        return len(words) >= MIN_WORDS and not LIST_ITEM.match(text) and not has_finite_verb(words)

    def _minor(self, ctx: CheckContext, para: Span, message: str, kind: str) -> Finding:
        return self.finding(
            ctx, para.start, para.end, message, severity=Severity.MINOR, evidence={"kind": kind}
        )
