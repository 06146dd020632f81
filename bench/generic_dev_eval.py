"""Recall and false alarms of T102, G107, G108 and G109 on the no-glossary development set.

bench/generic_dev/items.yaml holds short new wire paragraphs, each planting one calque,
term variant, changed figure or arithmetically impossible pair of figures (or none: clean
controls). A planted item is found when a major+ finding of any of the four checks
overlaps the planted text (counted under the check the item targets); every other major+
finding of the four is a false alarm.
Runs the checks in-process, no glossary, no world pack.

    PYTHONPATH=$PWD python -m bench.generic_dev_eval [--show]
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections import Counter
from pathlib import Path

from audit.checks.base import CheckContext
from audit.checks.registry import find_check
from audit.glossary.model import Glossary
from audit.model import Finding, Severity
from audit.text.document import Document

ITEMS = Path(__file__).resolve().parent / "generic_dev" / "items.yaml"
CODES = ("T102", "G108", "G107", "G109")
SEVERE = (Severity.MAJOR, Severity.CRITICAL)


def load_items(path: Path = ITEMS) -> list[dict]:
    """The items, each with its planted span located in its text."""
    import yaml

    items = yaml.safe_load(path.read_text(encoding="utf-8"))["items"]
    for item in items:
        if item["code"] != "clean":
            start = item["text"].index(item["planted"])
            item["span"] = (start, start + len(item["planted"]))
    return items


def findings(text: str) -> list[Finding]:
    """Major+ findings of the four checks on one text."""
    ctx = CheckContext(doc=Document(path="dev.txt", text=text), glossary=Glossary(), date=dt.date(2024, 6, 1))
    out = []
    for code in CODES:
        check = find_check(code)
        assert check is not None
        out += [f for f in check().run(ctx) if f.severity in SEVERE]
    return out


def score(items: list[dict], show: bool) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """Planted items and hits per code, and false alarms per code."""
    planted: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    false: Counter[str] = Counter()
    for item in items:
        span = item.get("span")
        hit = False
        for f in findings(item["text"]):
            if span and f.start < span[1] and span[0] < f.end:
                hit = True
                continue
            false[f.code] += 1
            if show:
                print(f"  FALSE {item['id']} {f.code} {f.text!r}: {f.message[:100]}")
        if span:
            planted[item["code"]] += 1
            hits[item["code"]] += hit
            if show and not hit:
                print(f"  MISS  {item['id']} {item['code']} {item['planted']!r}")
    return planted, hits, false


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="list misses and false alarms")
    args = ap.parse_args()
    items = load_items()
    planted, hits, false = score(items, args.show)
    clean = sum(1 for i in items if i["code"] == "clean")
    print(f"dev set: {len(items)} items ({clean} clean controls)")
    print(f"{'code':5} {'planted':>7} {'found':>5} {'recall':>7} {'false alarms':>12}")
    for code in CODES:
        rate = hits[code] / planted[code] if planted[code] else 0.0
        print(f"{code:5} {planted[code]:7d} {hits[code]:5d} {rate:7.1%} {false[code]:12d}")
    total, found = sum(planted.values()), sum(hits.values())
    print(f"{'all':5} {total:7d} {found:5d} {found / total:7.1%} {sum(false.values()):12d}")


if __name__ == "__main__":
    main()
