"""Sentence segmentation with character offsets, tuned for wire copy.

A rule splitter is enough for edited English news and keeps start-up free of NLP
libraries: a boundary is sentence-final punctuation (optionally followed by closing
quotes or brackets), then white space, then something that can start a sentence.
Abbreviations common in wire copy (U.S., Gen., Sen., D.C.) and initials do not split.
Newlines always end a sentence: wire paragraphs are one per line.
"""

from __future__ import annotations

import re

from audit.text.spans import Span

ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "adm",
        "cmdr",
        "sen",
        "rep",
        "gov",
        "pres",
        "st",
        "jr",
        "sr",
        "vs",
        "etc",
        "inc",
        "corp",
        "ltd",
        "co",
        "no",
        "nos",
        "fig",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.n",
        "u.k",
        "e.u",
        "d.c",
        "a.m",
        "p.m",
        "e.g",
        "i.e",
        "approx",
        "est",
        "dept",
        "univ",
        "mt",
        "ft",
    ]
)

# [.!?…][.!?…]* rather than [.!?…]+: a pattern that starts with a character class lets the
# regex engine skip to the next candidate character in C (a repeat first does not).
_BOUNDARY = re.compile(r"[.!?…][.!?…]*[”’\"')\]]*(?=\s+[“‘\"'(\[]?(\w))")
_FINAL = ".!?…”’\"')]"  # what may follow a line's last word without ending a sentence inside it


def _can_start_sentence(ch: str) -> bool:
    """Capitals of any script (É, Д), digits, and letters of caseless scripts (Hangul, CJK)."""
    return ch.isupper() or ch.isdigit() or (ch.isalpha() and not ch.islower() and not ch.isascii())


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the '.' at `dot` ends an abbreviation or an initial, not a sentence."""
    if text[dot] != ".":
        return False
    start = dot
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    word = text[start:dot].lower()
    if not word:
        return False
    if word in ABBREVIATIONS:
        return True
    # Single capital initial ("George W. Bush") or dotted acronym ("U.S.").
    return (len(word) == 1 and text[start].isupper()) or ("." in word and len(word) <= 5)


def split_sentences(text: str) -> list[Span]:
    """Sentences of `text` as spans (leading/trailing white space excluded)."""
    spans: list[Span] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip()
        if body:  # blank lines (half of wire copy's lines) hold no sentence
            if _may_split(body):
                spans.extend(_split_line(line, offset))
            else:  # the whole line, without its surrounding white space
                spans.append(Span(offset + len(line) - len(line.lstrip()), offset + len(body)))
        offset += len(line)
    return spans


def _may_split(body: str) -> bool:
    """False when no boundary can fall inside `body` (a line without trailing white space):
    it has no . ! ? … before its last word.

    A boundary needs a word after it, so it lies before the line's trailing run of final
    punctuation; str methods (in C) rule out most lines, which hold one sentence.
    """
    head = body.rstrip(_FINAL)
    return "." in head or "!" in head or "?" in head or "…" in head


def _split_line(line: str, base: int) -> list[Span]:
    spans: list[Span] = []
    start = 0
    for match in _BOUNDARY.finditer(line):
        if not _can_start_sentence(match.group(1)) or _is_abbreviation(line, match.start()):
            continue
        spans.append(_trimmed(line, start, match.end(), base))
        start = match.end()
    spans.append(_trimmed(line, start, len(line), base))
    return [s for s in spans if s.end > s.start]


def _trimmed(line: str, start: int, end: int, base: int) -> Span:
    """[start, end) without surrounding white space (str.strip's, i.e. str.isspace's, in C)."""
    piece = line[start:end]
    left, right = len(piece) - len(piece.lstrip()), len(piece.rstrip())
    if right <= left:  # all white space: empty, dropped by the caller
        return Span(base + end, base + end)
    return Span(base + start + left, base + start + right)
