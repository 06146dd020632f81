"""Load YAML and CSV glossaries into entries, with `path:line:` on every error.

CSV rows are read by `csvfile`; both formats build entries through `entries.build_entry`.

YAML is parsed with a loader that records the line of every mapping, so a bad date or
an unknown key deep in a 10,000-entry file is reported where it is.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from audit.errors import GlossaryError
from audit.glossary.csvfile import load_csv
from audit.glossary.entries import ENTRY_KEYS, LINE, brief, build_entry, file_date, iter_forms, unknown_key
from audit.glossary.model import Entry, Glossary
from audit.glossary.validate import validate_entries

__all__ = ["GLOSSARY_SUFFIXES", "glossary_files", "iter_forms", "load_glossaries", "load_yaml"]

TOP_KEYS = frozenset({"entries", "name", "description", "source", "license", "as_of"})
GLOSSARY_SUFFIXES = (".yaml", ".yml", ".csv")


def glossary_files(paths: Sequence[str | Path]) -> list[Path]:
    """Glossary files named directly, or found (sorted) inside named folders."""
    files: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            files.extend(sorted(f for f in p.rglob("*") if _is_glossary_file(f, p)))
        elif p.is_file():
            files.append(p)
        else:
            raise GlossaryError(p, None, "no such glossary file or folder")
    return files


def _is_glossary_file(f: Path, folder: Path) -> bool:
    """In a glossary folder: YAML/CSV files only, not a folder named x.yaml, not hidden, not
    a README/LICENSE (a folder's README.yaml documents it, it is not a glossary)."""
    if f.suffix.lower() not in GLOSSARY_SUFFIXES or not f.is_file():
        return False
    if any(part.startswith(".") for part in f.relative_to(folder).parts):
        return False
    return f.name.split(".", 1)[0].lower() not in ("readme", "license", "licence", "changelog")


def load_glossaries(paths: Sequence[str | Path]) -> Glossary:
    """Load and validate every glossary file under `paths` into one Glossary."""
    entries: list[Entry] = []
    sources: list[tuple[str, str]] = []
    for path in glossary_files(paths):
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise GlossaryError(path, None, f"cannot read: {exc.strerror or exc}") from None
        sources.append((str(path), hashlib.sha256(raw).hexdigest()))
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise GlossaryError(path, None, "not UTF-8 text") from None
        if path.suffix.lower() == ".csv":
            entries.extend(load_csv(text, str(path)))
        else:
            entries.extend(load_yaml(text, str(path)))
    warnings = validate_entries(entries)
    return Glossary(entries=tuple(entries), sources=tuple(sources), warnings=tuple(warnings))


# --- YAML -------------------------------------------------------------------------


def _line_loader() -> type:
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class LineLoader(base):  # type: ignore[misc,valid-type]
        def construct_mapping(self, node: Any, deep: bool = False) -> dict[Any, Any]:
            _no_duplicate_keys(node)
            mapping = super().construct_mapping(node, deep=deep)
            mapping[LINE] = node.start_mark.line + 1
            return mapping

    # Keep dates as text: PyYAML's own parser raises a bare ValueError on 2024-13-01,
    # while `_date` reports the entry's path and line. Numbers and booleans are text too:
    # no glossary value is one, and names like `49.3`, `NO` (Norway) or `2+2` are names.
    for tag in ("timestamp", "bool", "int", "float"):
        LineLoader.add_constructor(f"tag:yaml.org,2002:{tag}", lambda ld, node: ld.construct_scalar(node))
    return LineLoader


def _no_duplicate_keys(node: Any) -> None:
    """YAML keeps the last of two equal keys silently; a glossary entry must not lose one."""
    import yaml

    seen: set[str] = set()
    for key_node, _ in node.value:
        if isinstance(key_node, yaml.ScalarNode) and key_node.tag != "tag:yaml.org,2002:merge":
            if key_node.value in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key_node.value[:80]!r}", key_node.start_mark
                )
            seen.add(key_node.value)


def load_yaml(text: str, path: str) -> list[Entry]:
    import yaml

    try:
        data = yaml.load(text, Loader=_line_loader())
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise GlossaryError(path, line, f"invalid YAML: {problem}") from None
    except RecursionError:
        raise GlossaryError(path, None, "invalid YAML: nested too deeply") from None
    except ValueError as exc:  # e.g. an integer of more than 4,300 digits
        raise GlossaryError(path, None, f"invalid YAML: {str(exc)[:200]}") from None
    if data is None:
        return []
    if not isinstance(data, dict) or "entries" not in data:
        raise GlossaryError(path, 1, "expected a mapping with an 'entries:' list")
    unknown = set(data) - TOP_KEYS - {LINE}
    if unknown:
        raise GlossaryError(path, data[LINE], unknown_key("top-level key", unknown, TOP_KEYS))
    items = data["entries"] or []
    if not isinstance(items, list):
        raise GlossaryError(path, data[LINE], "'entries' must be a list")
    as_of = file_date(data.get("as_of"), path, data[LINE])
    return [_entry_from_mapping(item, path, as_of) for item in items]


def _entry_from_mapping(item: Any, path: str, as_of: dt.date | None = None) -> Entry:
    if not isinstance(item, dict):
        raise GlossaryError(path, None, f"each entry must be a mapping, got {brief(item)}")
    line = item.pop(LINE, 0)
    unknown = set(item) - ENTRY_KEYS
    if unknown:
        raise GlossaryError(path, line, unknown_key("key", unknown, ENTRY_KEYS))
    return build_entry(item, path, line, as_of)
