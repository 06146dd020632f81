"""Officeholders from a Wikidata SPARQL export (scripts/world/wikidata-officeholders.sparql).

Turns the JSON results into glossary entries in the pack's format: one person per Wikidata
item, English label as canonical, English alternative labels of two or more words as
aliases, one role per P39 statement. Dates are widened by their precision (a month-only
start becomes the month's first day, a month-only end its last day); an unknown date is
left out, never guessed.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
from pathlib import Path
from typing import Any

DAY, MONTH, YEAR = 11, 10, 9


def _value(row: dict[str, Any], var: str) -> str:
    return str(row.get(var, {}).get("value", "")).strip()


def _date(row: dict[str, Any], var: str, end: bool) -> str | None:
    """The ISO day of a time value, widened by its precision; None if unknown."""
    raw = _value(row, var)
    if not raw or raw.startswith("-"):
        return None
    try:
        year, month, day = int(raw[0:4]), int(raw[5:7]), int(raw[8:10])
        precision = int(_value(row, var + "Precision") or DAY)
        if precision >= DAY:
            return dt.date(year, month, day).isoformat()
        if precision == MONTH:
            return dt.date(year, month, calendar.monthrange(year, month)[1] if end else 1).isoformat()
        if precision == YEAR:
            return dt.date(year, 12, 31).isoformat() if end else dt.date(year, 1, 1).isoformat()
    except ValueError:
        return None
    return None


def _qid(uri: str) -> str:
    return uri.rsplit("/", 1)[-1]


def import_results(json_path: str | Path, export_date: str | None = None) -> list[dict[str, Any]]:
    """Glossary entries (plain mappings, sorted by canonical) from a SPARQL JSON export."""
    data = json.loads(Path(json_path).read_text(encoding="utf-8"))
    stamp = export_date or dt.date.fromtimestamp(Path(json_path).stat().st_mtime).isoformat()
    people: dict[str, dict[str, Any]] = {}
    for row in data["results"]["bindings"]:
        qid, label = _qid(_value(row, "person")), _value(row, "personLabel")
        title = _value(row, "positionLabel")
        if not label or label == qid or not title:
            continue
        entry = people.setdefault(qid, {"canonical": label, "kind": "person", "aliases": set(), "roles": []})
        entry["aliases"].update(a.strip() for a in _value(row, "altLabels").split("|") if len(a.split()) > 1)
        role: dict[str, Any] = {"role": title}
        start, end = _date(row, "start", end=False), _date(row, "end", end=True)
        if start:
            role["from"] = start
        if end:
            role["until"] = end
        role["note"] = f"Wikidata {qid} P39 {_qid(_value(row, 'position'))}, export {stamp}"
        if role not in entry["roles"]:
            entry["roles"].append(role)
    return [
        _finish(e) for e in sorted(people.values(), key=lambda e: (e["canonical"], e["roles"][0]["note"]))
    ]


def _finish(entry: dict[str, Any]) -> dict[str, Any]:
    aliases = sorted(a for a in entry.pop("aliases") if a.casefold() != entry["canonical"].casefold())
    entry["roles"] = sorted(entry["roles"], key=lambda r: (r.get("from") or "", r["role"]))
    return {**entry, **({"aliases": aliases} if aliases else {})}


def write_yaml(entries: list[dict[str, Any]], path: str | Path, as_of: str) -> None:
    """The entries as a pack file with provenance (deterministic)."""
    import yaml

    doc = {
        "name": "world-wikidata-officeholders",
        "source": "Wikidata SPARQL export (scripts/world/wikidata-officeholders.sparql)",
        "license": "CC0",
        "as_of": as_of,
        "entries": entries,
    }
    header = (
        "# World pack: officeholders from Wikidata (CC0), P39 position held with P580/P582.\n"
        f"# As of: {as_of} (export). Built by: python scripts/build_world.py --wikidata results.json\n"
    )
    body = yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=4096, default_flow_style=None)
    Path(path).write_text(header + body, encoding="utf-8")
