"""Paragraphs and sentences of hard-wrapped copy, where a newline is not a paragraph break.

Wire copy puts one paragraph on a line (audit/text/document.py relies on it), but copy
pasted from e-mail or a terminal is often wrapped at ~70 columns with blank lines between
paragraphs. Read line by line, every wrapped line would look like a cut-off sentence and
every quotation spanning a line break like an unclosed one.
"""

from __future__ import annotations

import re

from audit.text.document import Document
from audit.text.sentences import split_sentences
from audit.text.spans import Span

BLOCK_BREAK = re.compile(r"\n[ \t\r]*\n\s*")
LINE_END_PUNCTUATION = tuple('.!?:;”"’)]—-_')
WRAPPED_SHARE = 0.5  # at least half the inner line ends fall mid-sentence


def _blocks(text: str) -> list[Span]:
    spans, start = [], 0
    for m in BLOCK_BREAK.finditer(text):
        spans.append(Span(start, m.start()))
        start = m.end()
    spans.append(Span(start, len(text.rstrip())))
    return [s for s in spans if text[s.start : s.end].strip()]


def is_hard_wrapped(text: str, blocks: list[Span]) -> bool:
    """True when most line breaks inside blank-line-separated blocks fall mid-sentence."""
    if len(blocks) < 2:  # no blank lines: one paragraph per line
        return False
    inner = [line for b in blocks for line in text[b.start : b.end].split("\n")[:-1]]
    if inner and text.startswith(inner[0] + "\n"):
        inner = inner[1:]  # the headline
    if len(inner) < 2:
        return False
    open_ends = sum(1 for line in inner if not line.rstrip().endswith(LINE_END_PUNCTUATION))
    return open_ends >= WRAPPED_SHARE * len(inner)


def _may_be_wrapped(text: str) -> bool:
    """False when no block holds a line break, so that is_hard_wrapped is False.

    The usual case (one paragraph a line), told by C-level passes instead of building the
    blocks: the blocks hold what the block breaks leave of the text up to its trailing
    white space, which belongs to no block unless a break follows in it.
    """
    end = len(text.rstrip())
    return "\n" in BLOCK_BREAK.sub("", text[:end]) or BLOCK_BREAK.search(text, end) is not None


def layout(doc: Document) -> tuple[list[Span], list[Span]]:
    """(paragraphs, sentences) of the document, reflowing hard-wrapped copy."""
    if not _may_be_wrapped(doc.text):
        return doc.paragraphs, doc.sentences
    blocks = _blocks(doc.text)
    if not is_hard_wrapped(doc.text, blocks):
        return doc.paragraphs, doc.sentences
    flat = list(doc.text)
    for b in blocks:
        for i in range(b.start, b.end):
            if flat[i] == "\n":
                flat[i] = " "  # same length, so offsets stay valid
    return blocks, split_sentences("".join(flat))
