"""CSV glossaries (what QA leads keep in spreadsheets): one entry per row, `|`-separated lists."""

from __future__ import annotations

import csv
import io
from typing import Any

from audit.errors import GlossaryError
from audit.glossary.entries import build_entry, unknown_key
from audit.glossary.model import Entry

CSV_REQUIRED = ("canonical", "kind")
LIST_COLUMNS = ("aliases", "variants", "mistranslations")  # `|`-separated
CSV_COLUMNS = frozenset({"canonical", "kind", *LIST_COLUMNS, "role", "from", "until", "severity", "note"})


def load_csv(text: str, path: str) -> list[Entry]:
    reader = csv.DictReader(io.StringIO(text), strict=True)
    done = [1]  # last line read completely: a broken row starts on the next one
    try:
        return _csv_entries(reader, path, done)
    except csv.Error as exc:
        raise GlossaryError(path, done[0] + 1, f"malformed CSV: {exc}") from None


def _csv_entries(reader: csv.DictReader[str], path: str, done: list[int]) -> list[Entry]:
    header = [h.strip() for h in (reader.fieldnames or [])]
    if not header:
        raise GlossaryError(path, 1, "empty CSV glossary (expected a header row)")
    reader.fieldnames = header
    missing = [c for c in CSV_REQUIRED if c not in header]
    if missing:
        raise GlossaryError(path, 1, f"missing column {missing[0]!r}")
    unknown = [c for c in header if c not in CSV_COLUMNS]
    if unknown:
        raise GlossaryError(path, 1, unknown_key("column", unknown[:1], CSV_COLUMNS))
    entries = []
    for row in reader:
        line = done[0] = reader.line_num
        if None in row:
            raise GlossaryError(path, line, "more fields than columns")
        if not any((v or "").strip() for v in row.values()):
            continue
        item: dict[str, Any] = {k: (v or "").strip() for k, v in row.items() if (v or "").strip()}
        for key in LIST_COLUMNS:
            if key in item:
                item[key] = [a.strip() for a in item[key].split("|") if a.strip()]
        entries.append(build_entry(item, path, line))
    return entries
