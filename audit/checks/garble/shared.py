"""Document views the garble checks share, computed once per article through ctx.cached."""

from __future__ import annotations

from audit.checks.base import CheckContext
from audit.text.layout import layout
from audit.text.propernames import NameView, name_view
from audit.text.quotes import QuoteScan, scan_quotes
from audit.text.spans import Span


def paragraphs_and_sentences(ctx: CheckContext) -> tuple[list[Span], list[Span]]:
    """The document's paragraphs and sentences, reflowed when the copy is hard-wrapped."""
    doc = ctx.doc
    return ctx.cached("garble.layout", lambda: layout(doc))


def quote_scan(ctx: CheckContext) -> QuoteScan:
    paragraphs, _ = paragraphs_and_sentences(ctx)
    return ctx.cached("garble.quotes", lambda: scan_quotes(ctx.doc.text, paragraphs))


def names(ctx: CheckContext) -> NameView:
    doc = ctx.doc
    return ctx.cached("garble.names", lambda: name_view(doc))
