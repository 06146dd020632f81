"""Find article files and decode them; every unreadable input is an InputError.

Wire feeds still send cp1252: text that is not valid UTF-8 is decoded as windows-1252
(WHATWG) and the document carries a note saying so, rather than failing or garbling
quotes; a UTF-8 file with one stray byte stays UTF-8. Only regular files are read, up to
a size limit, so a FIFO or /dev/zero is an error, not a hang.
"""

from __future__ import annotations

import stat
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from audit.errors import InputError
from audit.text.document import Document
from audit.text.walk import walk

DEFAULT_INCLUDE = ("*.txt", "*.md", "*.markdown", "*.text")
STDIN = "-"


# WHATWG windows-1252 (what browsers and feeds mean by "cp1252") maps the five bytes Python's
# cp1252 leaves undefined to the C1 controls of the same value (encoding.spec.whatwg.org).
_WINDOWS_1252 = {b: chr(b) for b in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}
# One stray byte in a UTF-8 file is a UTF-8 file with a typo, not a cp1252 file: below this
# share of invalid bytes the text is decoded as UTF-8 with U+FFFD for each bad byte.
STRAY_SHARE = 0.001
MAX_BYTES = 10 * 1024 * 1024  # per article (Settings.max_bytes); more is an error, not a hang


def _windows_1252(raw: bytes) -> str:
    return "".join(_WINDOWS_1252.get(b) or bytes((b,)).decode("cp1252") for b in raw)


def _utf16(raw: bytes) -> str | None:
    """Text of a UTF-16 file with a byte-order mark (Windows editors write it), else None."""
    if raw[:2] not in (b"\xff\xfe", b"\xfe\xff"):
        return None
    try:
        return raw.decode("utf-16")
    except UnicodeDecodeError:
        return None


def _legacy(raw: bytes) -> tuple[str, str, tuple[str, ...]]:
    """Text that is not valid UTF-8: UTF-8 with a few stray bytes, else windows-1252.

    It is UTF-8 when valid multi-byte sequences (curly quotes, accents) outnumber the bad
    bytes at least 2 to 1 and the bad bytes are rare: a cp1252 file has no such sequences."""
    text = raw.decode("utf-8", "replace")
    strays = text.count("\ufffd")
    multibyte = sum(1 for c in text if c > "\x7f") - strays
    if multibyte >= 2 * strays and strays <= max(1, len(raw) * STRAY_SHARE):
        note = f"not valid UTF-8: {strays} stray byte{'s' * (strays != 1)} shown as U+FFFD"
        return text, "utf-8", (note,)
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        text = _windows_1252(raw)
    return text, "cp1252", ("not valid UTF-8: decoded as cp1252",)


def decode(raw: bytes, path: str) -> tuple[str, str, tuple[str, ...]]:
    """(text, encoding, notes) for the bytes of one article."""
    notes: tuple[str, ...] = ()
    wide = _utf16(raw)
    if wide is not None:
        text, encoding = wide, "utf-16"
    elif b"\x00" in raw[:8192]:
        raise InputError(path, "binary file (contains NUL bytes), not an article")
    else:
        bom = raw.startswith(b"\xef\xbb\xbf")
        try:
            text = raw[3 * bom :].decode("utf-8")
            encoding = "utf-8-sig" if bom else "utf-8"
        except UnicodeDecodeError:
            text, encoding, notes = _legacy(raw[3 * bom :])
    if not text.strip():
        raise InputError(path, "empty file")
    return text, encoding, notes


def _read_bounded(stream: BinaryIO, name: str, limit: int) -> bytes:
    raw = stream.read(limit + 1)
    if len(raw) > limit:
        raise InputError(name, f"larger than {limit:,} bytes (raise max-bytes in the config to audit it)")
    return raw


def read_regular(p: Path, name: str, limit: int) -> bytes:
    """Only regular files: a FIFO or /dev/zero would block or never end."""
    try:
        st = p.stat()
    except FileNotFoundError:
        raise InputError(name, "no such file or directory") from None
    except OSError as exc:
        raise InputError(name, f"cannot read: {exc.strerror or exc}") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(name, "is a directory")
    if not stat.S_ISREG(st.st_mode):
        raise InputError(name, "not a regular file (a pipe, socket or device), not an article")
    if st.st_size > limit:
        raise InputError(name, f"larger than {limit:,} bytes (raise max-bytes in the config to audit it)")
    try:
        with p.open("rb") as fh:
            return _read_bounded(fh, name, limit)
    except OSError as exc:
        raise InputError(name, f"cannot read: {exc.strerror or exc}") from None


def read_document(path: str | Path, max_bytes: int = MAX_BYTES) -> Document:
    """Read one article file (or standard input for '-'), at most `max_bytes` of it."""
    name = str(path)
    if name == STDIN:
        name = "<stdin>"
        raw = _read_bounded(sys.stdin.buffer, name, max_bytes)
    else:
        raw = read_regular(Path(path), name, max_bytes)
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
