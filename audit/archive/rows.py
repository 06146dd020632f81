"""One archive row as the auditor sees it, and the per-row error that keeps a run going."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Row:
    """An article from an archive: its path-like id (`archive.jsonl#id`), text and column date."""

    number: int  # 1-based data row in the archive, for error messages
    path: str
    text: str
    date: dt.date | None = None
    error: str | None = None  # set when the row cannot be audited (empty text, bad date)


@dataclass(frozen=True, slots=True)
class RowError:
    """A row that was skipped, reported instead of failing the whole run."""

    number: int
    path: str
    error: str

    def to_record(self) -> dict[str, Any]:
        return {"path": self.path, "row": self.number, "error": self.error}


def missing(value: Any) -> bool:
    """None, NaN/NaT or an empty cell: what pandas and pyarrow give for absent values."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return True
    return str(value) in ("", "NaT", "nan", "<NA>")


def cell_id(value: Any) -> str | None:
    """The row id as text (ids read as numbers keep no '.0'), None when absent."""
    if missing(value):
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip() or None


def cell_date(value: Any) -> dt.date:
    """A date cell (ISO text, date, datetime or Timestamp) as a date; ValueError otherwise."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise ValueError(f"invalid date {text[:40]!r} (expected YYYY-MM-DD)") from None


def make_row(number: int, source: str, ident: Any, text: Any, date: Any) -> Row:
    """A Row from raw cells; a bad cell becomes the row's error, never an exception."""
    rid = cell_id(ident)
    name = rid if rid is not None else f"row{number}"
    path = f"{source}#{name}" if source else name
    if rid is None:
        return Row(number, path, "", error="missing id")
    if isinstance(text, str) and not text.strip():
        return Row(number, path, "", error="empty text")
    if missing(text) or not isinstance(text, str):
        return Row(number, path, "", error="missing text" if missing(text) else "text is not a string")
    if "\x00" in text:
        return Row(number, path, "", error="text contains NUL characters")
    try:
        day = None if missing(date) else cell_date(date)
    except ValueError as exc:
        return Row(number, path, "", error=str(exc))
    return Row(number, path, text, day)
