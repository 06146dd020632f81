"""Document views the garble checks share, computed once per article through ctx.cached."""

from __future__ import annotations

from audit.checks.base import CheckContext
from audit.text.propernames import NameView, name_view
from audit.text.quotes import QuoteScan, scan_quotes


def quote_scan(ctx: CheckContext) -> QuoteScan:
    doc = ctx.doc
    return ctx.cached("garble.quotes", lambda: scan_quotes(doc.text, doc.paragraphs))


def names(ctx: CheckContext) -> NameView:
    doc = ctx.doc
    return ctx.cached("garble.names", lambda: name_view(doc))
