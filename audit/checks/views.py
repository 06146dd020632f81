"""Document views that checks of every family share, built once per article via ctx.view."""

from __future__ import annotations

from audit.checks.base import CheckContext
from audit.text.layout import layout
from audit.text.propernames import NameView, name_view
from audit.text.quotes import QuoteScan, scan_quotes
from audit.text.spans import Span


def paragraphs_and_sentences(ctx: CheckContext) -> tuple[list[Span], list[Span]]:
    """The document's paragraphs and sentences, reflowed when the copy is hard-wrapped."""
    return ctx.view(_layout)


def quote_scan(ctx: CheckContext) -> QuoteScan:
    return ctx.view(_quotes)


def names(ctx: CheckContext) -> NameView:
    return ctx.view(_names)


def _layout(ctx: CheckContext) -> tuple[list[Span], list[Span]]:
    return layout(ctx.doc)


def _quotes(ctx: CheckContext) -> QuoteScan:
    paragraphs, _ = paragraphs_and_sentences(ctx)
    return scan_quotes(ctx.doc.text, paragraphs)


def _names(ctx: CheckContext) -> NameView:
    return name_view(ctx.doc)
