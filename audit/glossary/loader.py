"""Load YAML and CSV glossaries into entries, with `path:line:` on every error.

YAML is parsed with a loader that records the line of every mapping, so a bad date or
an unknown key deep in a 10,000-entry file is reported where it is.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from audit.errors import GlossaryError
from audit.glossary.model import KINDS, Entry, Glossary, Office
from audit.glossary.validate import validate_entries
from audit.model import Severity

ENTRY_KEYS = frozenset(
    [
        "canonical",
        "kind",
        "aliases",
        "variants",
        "mistranslations",
        "role",
        "from",
        "until",
        "roles",
        "severity",
        "note",
    ]
)
ROLE_KEYS = frozenset({"role", "from", "until"})
TOP_KEYS = frozenset({"entries", "name", "description"})
CSV_REQUIRED = ("canonical", "kind")
CSV_COLUMNS = frozenset(
    [
        "canonical",
        "kind",
        "aliases",
        "variants",
        "mistranslations",
        "role",
        "from",
        "until",
        "severity",
        "note",
    ]
)
GLOSSARY_SUFFIXES = (".yaml", ".yml", ".csv")
LINE = "__line__"


def glossary_files(paths: Sequence[str | Path]) -> list[Path]:
    """Glossary files named directly, or found (sorted) inside named folders."""
    files: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            files.extend(sorted(f for f in p.rglob("*") if f.suffix.lower() in GLOSSARY_SUFFIXES))
        elif p.is_file():
            files.append(p)
        else:
            raise GlossaryError(p, None, "no such glossary file or folder")
    return files


def load_glossaries(paths: Sequence[str | Path]) -> Glossary:
    """Load and validate every glossary file under `paths` into one Glossary."""
    entries: list[Entry] = []
    sources: list[tuple[str, str]] = []
    for path in glossary_files(paths):
        raw = path.read_bytes()
        sources.append((str(path), hashlib.sha256(raw).hexdigest()))
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise GlossaryError(path, None, "not UTF-8 text") from None
        if path.suffix.lower() == ".csv":
            entries.extend(load_csv(text, str(path)))
        else:
            entries.extend(load_yaml(text, str(path)))
    validate_entries(entries)
    return Glossary(entries=tuple(entries), sources=tuple(sources))


# --- YAML -------------------------------------------------------------------------


def _line_loader() -> type:
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class LineLoader(base):  # type: ignore[misc,valid-type]
        def construct_mapping(self, node: Any, deep: bool = False) -> dict[Any, Any]:
            mapping = super().construct_mapping(node, deep=deep)
            mapping[LINE] = node.start_mark.line + 1
            return mapping

    # Keep dates as text: PyYAML's own parser raises a bare ValueError on 2024-13-01,
    # while `_date` reports the entry's path and line.
    LineLoader.add_constructor("tag:yaml.org,2002:timestamp", lambda ld, node: ld.construct_scalar(node))
    return LineLoader


def load_yaml(text: str, path: str) -> list[Entry]:
    import yaml

    try:
        data = yaml.load(text, Loader=_line_loader())
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise GlossaryError(path, line, f"invalid YAML: {problem}") from None
    if data is None:
        return []
    if not isinstance(data, dict) or "entries" not in data:
        raise GlossaryError(path, 1, "expected a mapping with an 'entries:' list")
    unknown = set(data) - TOP_KEYS - {LINE}
    if unknown:
        raise GlossaryError(path, data[LINE], f"unknown top-level key {sorted(unknown)[0]!r}")
    items = data["entries"] or []
    if not isinstance(items, list):
        raise GlossaryError(path, data[LINE], "'entries' must be a list")
    return [_entry_from_mapping(item, path) for item in items]


def _entry_from_mapping(item: Any, path: str) -> Entry:
    if not isinstance(item, dict):
        raise GlossaryError(path, None, f"each entry must be a mapping, got {item!r}")
    line = item.pop(LINE, 0)
    unknown = set(item) - ENTRY_KEYS
    if unknown:
        raise GlossaryError(path, line, f"unknown key {sorted(unknown)[0]!r}")
    return build_entry(item, path, line)


# --- CSV --------------------------------------------------------------------------


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
        raise GlossaryError(path, 1, f"unknown column {unknown[0]!r}")
    entries = []
    for row in reader:
        line = done[0] = reader.line_num
        if None in row:
            raise GlossaryError(path, line, "more fields than columns")
        if not any((v or "").strip() for v in row.values()):
            continue
        item: dict[str, Any] = {k: (v or "").strip() for k, v in row.items() if (v or "").strip()}
        for key in ("aliases", "variants", "mistranslations"):
            if key in item:
                item[key] = [a.strip() for a in item[key].split("|") if a.strip()]
        entries.append(build_entry(item, path, line))
    return entries


# --- shared -----------------------------------------------------------------------


def build_entry(item: dict[str, Any], path: str, line: int) -> Entry:
    """An Entry from one parsed mapping; raises GlossaryError naming path and line."""
    canonical = item.get("canonical")
    if not isinstance(canonical, str) or not canonical.strip():
        raise GlossaryError(path, line, "entry has no 'canonical' name")
    kind = str(item.get("kind", "")).strip()
    if kind not in KINDS:
        raise GlossaryError(path, line, f"{canonical}: kind must be one of {', '.join(KINDS)}, got {kind!r}")
    severity = None
    if item.get("severity") not in (None, ""):
        try:
            severity = Severity.parse(item["severity"])
        except ValueError as exc:
            raise GlossaryError(path, line, f"{canonical}: {exc}") from None
    offices = _offices(item, canonical, path, line)
    if offices and kind != "person":
        raise GlossaryError(path, line, f"{canonical}: only a person can hold a role")
    return Entry(
        canonical=canonical.strip(),
        kind=kind,
        aliases=_strings(item.get("aliases"), "aliases", canonical, path, line),
        variants=_strings(item.get("variants"), "variants", canonical, path, line),
        mistranslations=_strings(item.get("mistranslations"), "mistranslations", canonical, path, line),
        offices=offices,
        severity=severity,
        note=str(item.get("note") or ""),
        source=path,
        line=line,
    )


def _strings(value: Any, key: str, canonical: str, path: str, line: int) -> tuple[str, ...]:
    if value in (None, ""):
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise GlossaryError(path, line, f"{canonical}: '{key}' must be a list of names")
    return tuple(v.strip() for v in value)


def _offices(item: dict[str, Any], canonical: str, path: str, line: int) -> tuple[Office, ...]:
    specs: list[tuple[dict[str, Any], int]] = []
    if item.get("role"):
        specs.append(({k: item.get(k) for k in ROLE_KEYS}, line))
    elif item.get("from") or item.get("until"):
        raise GlossaryError(path, line, f"{canonical}: 'from'/'until' given without a 'role'")
    for spec in item.get("roles") or []:
        if not isinstance(spec, dict):
            raise GlossaryError(path, line, f"{canonical}: each of 'roles' must be a mapping")
        spec_line = spec.pop(LINE, line)
        unknown = set(spec) - ROLE_KEYS
        if unknown:
            raise GlossaryError(path, spec_line, f"{canonical}: unknown role key {sorted(unknown)[0]!r}")
        specs.append((spec, spec_line))
    offices = []
    for spec, spec_line in specs:
        title = spec.get("role")
        if not isinstance(title, str) or not title.strip():
            raise GlossaryError(path, spec_line, f"{canonical}: a role needs a 'role' title")
        start = _date(spec.get("from"), "from", canonical, path, spec_line)
        end = _date(spec.get("until"), "until", canonical, path, spec_line)
        if start and end and start > end:
            raise GlossaryError(path, spec_line, f"{canonical}: 'from' {start} is after 'until' {end}")
        offices.append(Office(title.strip(), start, end))
    return tuple(offices)


def _date(value: Any, key: str, canonical: str, path: str, line: int) -> dt.date | None:
    if value in (None, "", "null"):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise GlossaryError(
            path, line, f"{canonical}: bad date {key}: {value!r} (expected YYYY-MM-DD)"
        ) from None


def iter_forms(entry: Entry) -> Iterable[tuple[str, str]]:
    """(form kind, surface) for every form an entry lists."""
    yield "canonical", entry.canonical
    for a in entry.aliases:
        yield "alias", a
    for v in entry.variants:
        yield "variant", v
    for m in entry.mistranslations:
        yield "mistranslation", m
