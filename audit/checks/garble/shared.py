"""Document views the garble checks share, computed once per article through ctx.cached."""

from __future__ import annotations

from audit.checks.base import CheckContext
from audit.text.quotes import QuoteScan, scan_quotes
from audit.text.spans import Token


def quote_scan(ctx: CheckContext) -> QuoteScan:
    doc = ctx.doc
    return ctx.cached("garble.quotes", lambda: scan_quotes(doc.text, doc.paragraphs))


def sentence_initial(ctx: CheckContext, token: Token) -> bool:
    """True when only punctuation stands between the sentence start and `token`."""
    sent = ctx.doc.sentence_at(token.start)
    if sent is None:
        return True
    return not any(c.isalnum() for c in ctx.doc.text[sent.start : token.start])
