"""Read an archive of clean copy: text files, folders, JSONL or CSV with a `text` column.

One function, `read_archive`, so a shared archive reader (audit/archive/) can replace it.
A file that is binary or not text is skipped with a note, never fatal.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from audit.errors import InputError
from audit.text.dates import find_dateline
from audit.text.reader import decode

TABLE_SUFFIXES = (".jsonl", ".csv")


@dataclass(frozen=True)
class ArchiveText:
    """One published article: its text, its date when known, and where it came from."""

    text: str
    date: dt.date | None
    source: str


def _files(paths: Sequence[str | Path]) -> list[Path]:
    """Named files, and every non-hidden file under named folders, sorted."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if not p.exists():
            raise InputError(str(p), "no such file or directory")
        if p.is_dir():
            out += sorted(
                f
                for f in p.rglob("*")
                if f.is_file() and not any(s.startswith(".") for s in f.relative_to(p).parts)
            )
        else:
            out.append(p)
    return list(dict.fromkeys(out))


def _date(value: object, text: str) -> dt.date | None:
    """A `date` column (YYYY-MM-DD, time ignored), else the article's dateline."""
    if isinstance(value, str) and value.strip():
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    return find_dateline(text)


def _rows(path: Path, text: str) -> Iterator[tuple[str, object]]:
    """(text, date) of every row of a JSONL or CSV archive."""
    if path.suffix.lower() == ".jsonl":
        for n, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(f"{path}:{n}", f"invalid JSON: {exc.msg}") from None
                if isinstance(row, dict) and isinstance(row.get("text"), str):
                    yield row["text"], row.get("date")
        return
    reader = csv.DictReader(io.StringIO(text))
    if "text" not in (reader.fieldnames or []):
        raise InputError(str(path), "CSV archive without a 'text' column")
    for row in reader:
        yield row.get("text") or "", row.get("date")


def read_archive(paths: Sequence[str | Path]) -> tuple[list[ArchiveText], list[str]]:
    """Every article under `paths`, and one note per skipped file ("path: why")."""
    texts: list[ArchiveText] = []
    notes: list[str] = []
    for path in _files(paths):
        try:
            text, _encoding, _notes = decode(path.read_bytes(), str(path))
        except (InputError, OSError) as exc:
            notes.append(f"skipped {exc}" if isinstance(exc, InputError) else f"skipped {path}: {exc}")
            continue
        if path.suffix.lower() in TABLE_SUFFIXES:
            for i, (body, day) in enumerate(_rows(path, text), 1):
                if body.strip():
                    texts.append(ArchiveText(body, _date(day, body), f"{path}#{i}"))
        else:
            texts.append(ArchiveText(text, find_dateline(text), str(path)))
    return texts, notes
