"""Rewrite audit/data/calques.yaml in its canonical form: entries sorted, one layout.

Usage: python scripts/calques/format_lexicon.py [SOURCE.yaml]
SOURCE may use the short keys of a drafting file (w, r, l, s, sev, ex, req, forb) or the
full ones; the leading comment block of the shipped file is kept as it is.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

TARGET = Path(__file__).resolve().parents[2] / "audit" / "data" / "calques.yaml"
SHORT = {"w": "wrong", "r": "right", "l": "languages", "s": "source", "sev": "severity", "ex": "example"}


def _entry(raw: dict) -> dict:
    e = {SHORT.get(k, k): v for k, v in raw.items() if k not in ("req", "forb")}
    context = dict(e.pop("context", None) or {})
    if raw.get("req"):
        context["requires_any"] = raw["req"]
    if raw.get("forb"):
        context["forbids_any"] = raw["forb"]
    if context:
        e["context"] = context
    return e


def _flow(items: list) -> str:
    return "[" + ", ".join(json.dumps(str(i), ensure_ascii=False) for i in items) + "]"


def render(entry: dict) -> str:
    lines = [f"- wrong: {_flow(entry['wrong'])}"]
    for key in ("right", "languages"):
        lines.append(f"  {key}: {_flow(entry[key])}")
    for key in ("source", "severity", "example"):
        lines.append(f"  {key}: {json.dumps(entry[key], ensure_ascii=False)}")
    context = entry.get("context") or {}
    if context:
        parts = [f"{k}: {_flow(context[k])}" for k in ("requires_any", "forbids_any") if k in context]
        lines.append("  context: {" + ", ".join(parts) + "}")
    if entry.get("skip_quoted"):
        lines.append("  skip_quoted: true")
    if entry.get("inflect") is False:
        lines.append("  inflect: false")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    source = Path(argv[0]) if argv else TARGET
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    raw = data["entries"] if isinstance(data, dict) else data
    entries = sorted((_entry(r) for r in raw), key=lambda e: e["wrong"][0].casefold())
    header = [ln for ln in TARGET.read_text(encoding="utf-8").splitlines() if ln.startswith("#")]
    header = header[
        : next((i for i, ln in enumerate(header) if ln.startswith("# -- end of header")), len(header)) + 1
    ]
    body = "\n\n".join(render(e) for e in entries)
    TARGET.write_text("\n".join(header) + "\n\nentries:\n\n" + body + "\n", encoding="utf-8")
    print(f"{len(entries)} entries written to {TARGET}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
