"""L105: reported speech in the shape of a quotation, in an article with no quotation marks."""

from __future__ import annotations

import re
from collections.abc import Iterable

from audit.checks.base import Check, CheckContext
from audit.model import Finding, Severity

QUOTE_MARKS = re.compile(r"[“”«»„\"]|(?:^|\s)[‘']\w")
SPEECH = r"(?:said|says|told|added|stated|stressed|noted|pointed out)"
# "He said: We will …" / "…, she said." / "…, the minister told reporters." — the shapes of
# direct speech. Indirect speech ("said that …", "said the army …") is not matched.
DIRECT_SHAPES = (
    re.compile(SPEECH + r"\s*:\s*\S"),
    re.compile(r",\s+(?:[\w'’-]+\s+){0,4}" + SPEECH + r"(?:\s+\w+){0,3}\s*[.!?]?\s*$"),
)
MIN_SENTENCES = 3


class LostQuotes(Check):
    """Direct speech whose quotation marks were lost (none in the whole article).

    Flags: once per article, at the first such sentence, when the article has no quotation
    mark at all but at least three sentences have the shape of direct speech ("He said: We
    will …", "…, the minister said.").
    Why: machine translation often drops the source's quotation marks; the copy then puts
    a paraphrase in the speaker's mouth, and a single-article score would otherwise reward
    copy for having no quotations to check.
    Example: The talks were useful, the minister said. He said: We will meet again in May.
    Instead: restore the quotation marks from the source, or rewrite as indirect speech.
    Options: none. Minor: a note to the editor, not a proven error.
    False positives: copy that reports speech in this shape without quoting on purpose.
    """

    code = "L105"
    name = "lang.lost_quotes"
    severity = Severity.MINOR

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        text = ctx.doc.text
        if QUOTE_MARKS.search(text):
            return
        speech = [s for s in ctx.doc.sentences if any(p.search(text[s.start : s.end]) for p in DIRECT_SHAPES)]
        if len(speech) < MIN_SENTENCES:
            return
        first = speech[0]
        yield self.finding(
            ctx,
            first.start,
            first.end,
            f"no quotation marks in the article, but {len(speech)} sentences report speech as if quoted",
            evidence={"speech_sentences": len(speech)},
        )
