"""Recall and precision at major+ on the project's own unseen development set (bench/devset/).

Runs `python -m audit check` on every article with its own date (from meta.json, one run
per date), from a temporary directory with no project glossary, config or baseline, then
matches findings to the gold spans by overlap:

- recall at major+: gold items of severity major/critical overlapped by a major+ finding
  (also reported: overlapped by a finding of any severity), overall, per type and per
  `detectable_by` (world, world-curated, lexicon, generic, story);
- precision at major+: major+ findings that overlap some gold item (of any severity); a
  major+ finding that overlaps none is a false alarm, on a clean control or anywhere.

    python bench/devset_eval.py [--glossary G] [--no-world] [--json out.json] [--compare old.json]
                                [--only FILE]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: import this checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import clirun, devset_gold
from bench.devset_report import compare, render

Item = dict[str, Any]


def overlaps(a: Item, b: Item) -> bool:
    """Same file and intersecting [start, end) spans."""
    return a["file"] == b["file"] and a["start"] < b["end"] and b["start"] < a["end"]


def date_groups(files: list[str], meta: dict[str, Item], use_dateline: bool) -> dict[str | None, list[Path]]:
    """Article paths grouped by the --date each must be run with (None: the tool decides)."""
    groups: dict[str | None, list[Path]] = defaultdict(list)
    for name in files:
        groups[None if use_dateline else meta[name]["date"]].append(devset_gold.ARTICLES / name)
    return dict(groups)


def rate(hit: int, total: int) -> float | None:
    """hit/total, None when there is nothing to count."""
    return round(hit / total, 4) if total else None


def recall_table(gold: list[Item], key: str) -> dict[str, Item]:
    """Per value of `key`: major+ gold items, how many found at major+ and at any severity."""
    table: dict[str, Item] = {}
    for value in sorted({g[key] for g in gold}):
        items = [g for g in gold if g[key] == value and g["severity"] in clirun.SEVERE]
        hit = sum(1 for g in items if g["found_severe"])
        anyhit = sum(1 for g in items if g["found_any"])
        table[value] = {"gold": len(items), "found": hit, "recall": rate(hit, len(items))}
        table[value]["found_any"] = anyhit
    return table


def per_code(findings: list[Item]) -> dict[str, Item]:
    """Per check code: major+ findings, how many match gold, how many are false alarms."""
    table: dict[str, Item] = {}
    for code in sorted({f["code"] for f in findings}):
        mine = [f for f in findings if f["code"] == code]
        tp = sum(1 for f in mine if f["gold"])
        table[code] = {"findings": len(mine), "true": tp, "false": len(mine) - tp}
        table[code]["precision"] = rate(tp, len(mine))
    return table


def score(gold: list[Item], findings: list[Item], clean: set[str]) -> Item:
    """Match findings to gold and summarise recall/precision at major+."""
    strong = clirun.severe(findings)
    for g in gold:
        g["found_any"] = any(overlaps(g, f) for f in findings)
        g["found_severe"] = any(overlaps(g, f) for f in strong)
    for f in strong:
        f["gold"] = [f"{g['type']}:{g['text']}" for g in gold if overlaps(g, f)]
    target = [g for g in gold if g["severity"] in clirun.SEVERE]
    hit = sum(1 for g in target if g["found_severe"])
    tp = sum(1 for f in strong if f["gold"])
    return {
        "gold_major_plus": len(target),
        "found": hit,
        "recall": rate(hit, len(target)),
        "recall_any_severity": rate(sum(1 for g in target if g["found_any"]), len(target)),
        "findings_major_plus": len(strong),
        "true_positives": tp,
        "precision": rate(tp, len(strong)),
        "false_alarms_on_clean": sum(1 for f in strong if not f["gold"] and f["file"] in clean),
        "per_type": recall_table(gold, "type"),
        "per_detectable_by": recall_table(gold, "detectable_by"),
        "per_code": per_code(strong),
        "misses": [miss_line(g) for g in target if not g["found_severe"]],
        "misplaced": sum(1 for f in strong if not f["gold"] and pointer(f, gold)),
        "false_alarms": [alarm_line(f, pointer(f, gold)) for f in strong if not f["gold"]],
    }


def pointer(f: Item, gold: list[Item]) -> str:
    """The gold item a non-matching finding names in its message or suggestion ("" if none).

    G101 may flag the correct spelling of a pair and suggest the garbled one: it saw the
    problem but put it in the wrong place, which an editor would apply the wrong way round.
    It stays a false alarm; the pointer only explains it.
    """
    said = f"{f.get('message') or ''} {f.get('suggestion') or ''}"
    for g in gold:
        last = re.findall(r"\w[\w'-]*", g["text"])[-1:]
        same = g["file"] == f["file"] and last and last[0] != f["text"]
        if same and re.search(rf"(?<!\w){re.escape(last[0])}(?!\w)", said):
            return str(g["text"])
    return ""


def miss_line(g: Item) -> str:
    """A missed gold item as one line."""
    seen = " (seen below major)" if g["found_any"] else ""
    where = f"{g['file']}:{g['start']} {g['type']} {g['severity']}"
    return f"{where} {g['text'][:60]!r} -> {g['correct'][:40]!r}{seen}"


def alarm_line(f: Item, points_at: str = "") -> str:
    """A false alarm as one line (with the gold item it points at, if any)."""
    where = f" [misplaced: points at gold {points_at!r}]" if points_at else ""
    head = f"{f['file']}:{f['start']} {f['code']} {f['severity']} {f['text'][:60]!r}"
    return f"{head}: {f['message'][:90]}{where}"


def evaluate(files: list[str] | None, opts: clirun.Options, use_dateline: bool = False) -> Item:
    """Run the tool on the devset (or the given article files) and score it."""
    meta = devset_gold.load_meta()
    files = sorted(files or meta)
    gold = [g for g in devset_gold.load() if g["file"] in files]
    _, findings = clirun.findings_by_date(date_groups(files, meta, use_dateline), opts)
    clean = {name for name in files if meta[name]["clean"]}
    return {
        "signature": {**clirun.signature(opts), "dates": "dateline" if use_dateline else "meta.json"},
        "articles": len(files),
        "clean_articles": len(clean),
        "gold_items": len(gold),
        "summary": score(gold, findings, clean),
    }


def parse(argv: list[str] | None) -> argparse.Namespace:
    """Command-line options."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--glossary", "-g", action="append", default=[], help="glossary file/folder (repeatable)")
    p.add_argument("--no-world", action="store_true", help="pass --no-world (when the CLI has it)")
    p.add_argument("--json", type=Path, help="also write the results as JSON here")
    p.add_argument("--only", action="append", help="only this article file name (repeatable)")
    p.add_argument("--compare", type=Path, help="an earlier --json result: print what changed")
    p.add_argument(
        "--items", action="store_true", help="list misses and false alarms (gold text: not while tuning)"
    )
    p.add_argument("--use-dateline", action="store_true", help="do not pass --date: the tool reads datelines")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Evaluate and print; exit 2 on a bad option or a tool error."""
    args = parse(argv)
    if args.no_world and not clirun.has_option("--no-world"):
        print("devset_eval: this version of `check` has no --no-world option", file=sys.stderr)
        return 2
    unknown = sorted(set(args.only or ()) - set(devset_gold.load_meta()))
    if unknown:
        print(f"devset_eval: unknown article(s): {', '.join(unknown)}", file=sys.stderr)
        return 2
    opts = clirun.Options(glossaries=tuple(args.glossary), no_world=args.no_world)
    try:
        result = evaluate(args.only, opts, args.use_dateline)
    except clirun.RunError as exc:
        print(f"devset_eval: {exc}", file=sys.stderr)
        return 2
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(render(result, args.items))
    if args.compare:
        print("\n" + compare(json.loads(args.compare.read_text(encoding="utf-8")), result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
