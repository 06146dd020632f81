"""Find article files and decode them; every unreadable input is an InputError.

Wire feeds still send cp1252: text that is not valid UTF-8 is decoded as cp1252 and
the document carries a note saying so, rather than failing or garbling quotes.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from audit.errors import InputError
from audit.text.document import Document
from audit.text.walk import walk

DEFAULT_INCLUDE = ("*.txt", "*.md", "*.markdown", "*.text")
STDIN = "-"


def decode(raw: bytes, path: str) -> tuple[str, str, tuple[str, ...]]:
    """(text, encoding, notes) for the bytes of one article."""
    if b"\x00" in raw[:8192]:
        raise InputError(path, "binary file (contains NUL bytes), not an article")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw, bom = raw[3:], True
    else:
        bom = False
    try:
        text = raw.decode("utf-8")
        encoding = "utf-8-sig" if bom else "utf-8"
        notes: tuple[str, ...] = ()
    except UnicodeDecodeError:
        try:
            text = raw.decode("cp1252")
        except UnicodeDecodeError:
            raise InputError(path, "not UTF-8 or cp1252 text") from None
        encoding = "cp1252"
        notes = ("not valid UTF-8: decoded as cp1252",)
    if not text.strip():
        raise InputError(path, "empty file")
    return text, encoding, notes


def read_document(path: str | Path) -> Document:
    """Read one article file (or standard input for '-')."""
    name = str(path)
    if name == STDIN:
        raw = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        p = Path(path)
        if not p.exists():
            raise InputError(name, "no such file or directory")
        if p.is_dir():
            raise InputError(name, "is a directory")
        try:
            raw = p.read_bytes()
        except OSError as exc:
            raise InputError(name, f"cannot read: {exc.strerror or exc}") from None
    text, encoding, notes = decode(raw, name)
    return Document(path=name, text=text, encoding=encoding, notes=notes)


def discover(
    paths: Sequence[str | Path],
    include: Sequence[str] = DEFAULT_INCLUDE,
    exclude: Sequence[str] = (),
) -> list[str]:
    """Article paths in a stable order: named files as given, folders walked and sorted.

    Files named explicitly are always audited; inside folders only article files matching
    `include` (and not `exclude`) that no .gitignore/.ignore excludes (audit/text/walk.py).
    """
    found: list[str] = []
    for raw in paths:
        name = str(raw)
        if name == STDIN:
            found.append(STDIN)
            continue
        p = Path(name)
        if not p.exists():
            raise InputError(name, "no such file or directory")
        if p.is_file():
            found.append(name)
            continue
        matches = list(walk(p, include, exclude))  # audit/text/walk.py: what a folder means
        if not matches:
            raise InputError(name, f"no articles found (looked for {', '.join(include)})")
        found.extend(str(f) for f in matches)
    return list(dict.fromkeys(found))  # first occurrence wins, order kept
