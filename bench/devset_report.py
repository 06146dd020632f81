"""Text for bench/devset_eval.py: the report, and what changed since an earlier run."""

from __future__ import annotations

from typing import Any

Item = dict[str, Any]


def pct(x: float | None) -> str:
    """A rate as a percentage, '-' when undefined."""
    return "-" if x is None else f"{100 * x:5.1f}%"


def render(result: Item, items: bool = False) -> str:
    """The human-readable report; `items` adds the misses and false alarms (gold text: keep the
    set blind for whoever tunes checks, so they are shown only when asked)."""
    s = result["summary"]
    lines = [
        f"devset: {result['articles']} articles ({result['clean_articles']} clean), "
        f"{result['gold_items']} gold items, {s['gold_major_plus']} at major+",
        f"recall at major+:    {pct(s['recall'])}  ({s['found']}/{s['gold_major_plus']}; "
        f"any severity {pct(s['recall_any_severity'])})",
        f"precision at major+: {pct(s['precision'])}  ({s['true_positives']}/{s['findings_major_plus']}; "
        f"{s['false_alarms_on_clean']} false alarms on clean controls, {s['misplaced']} misplaced)",
    ]
    for key in ("per_type", "per_detectable_by"):
        lines.append(f"\n{key.replace('_', ' ')}:        gold found recall  (any severity)")
        for name, row in s[key].items():
            lines.append(
                f"  {name:20} {row['gold']:4} {row['found']:5} {pct(row['recall'])}  ({row['found_any']})"
            )
    lines.append("\nmajor+ findings per code: findings true false precision")
    for code, row in s["per_code"].items():
        counts = f"{row['findings']:5} {row['true']:5} {row['false']:5}"
        lines.append(f"  {code:6} {counts} {pct(row['precision'])}")
    if not items:
        lines.append(
            f"\n{len(s['misses'])} misses, {len(s['false_alarms'])} false alarms (--items lists them)"
        )
        return "\n".join(lines)
    lines.append(f"\nmisses ({len(s['misses'])}):")
    lines += [f"  {m}" for m in s["misses"]]
    lines.append(f"\nfalse alarms ({len(s['false_alarms'])}):")
    lines += [f"  {a}" for a in s["false_alarms"]]
    return "\n".join(lines)


def compare(old: Item, new: Item) -> str:
    """What changed since an earlier --json run: recall, precision, misses, false alarms."""
    o, n = old["summary"], new["summary"]
    since = old["signature"].get("audit_commit") or old["signature"].get("commit")
    lines = [
        f"compared with {since}: recall {pct(o['recall'])} -> {pct(n['recall'])}, "
        f"precision {pct(o['precision'])} -> {pct(n['precision'])}"
    ]
    for title, before, after in (
        ("now found", n["misses"], o["misses"]),
        ("now missed", o["misses"], n["misses"]),
        ("new false alarms", o["false_alarms"], n["false_alarms"]),
        ("false alarms gone", n["false_alarms"], o["false_alarms"]),
    ):
        changed = sorted(set(after) - set(before))
        lines.append(f"{title} ({len(changed)}):")
        lines += [f"  {c}" for c in changed]
    return "\n".join(lines)
