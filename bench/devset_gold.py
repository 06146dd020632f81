"""The development set's gold file: load it, place each span by text + occurrence, verify it.

gold.json is hand-written with `text` and `occurrence` (0 = first occurrence of `text` in
the article); `start`/`end` are derived, never typed, so an edit to an article cannot leave
a stale offset unnoticed:

    python bench/devset_gold.py          # verify (exit 1 and one line per problem)
    python bench/devset_gold.py --fix    # recompute start/end from text + occurrence
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

DEVSET = Path(__file__).resolve().parent / "devset"
ARTICLES = DEVSET / "articles"
GOLD = DEVSET / "gold.json"
META = DEVSET / "meta.json"
TYPES = (
    "name-garble",
    "wrong-office",
    "calque",
    "term-inconsistency",
    "figure-change",
    "org-name",
    "untranslated",
    "fragment",
    "broken-quote",
)
SEVERITIES = ("minor", "major", "critical")
SEVERE = ("major", "critical")
DETECTABLE_BY = ("world", "world-curated", "lexicon", "generic", "story")


def load(path: Path = GOLD) -> list[dict[str, Any]]:
    """The gold items, in file order."""
    return json.loads(path.read_text(encoding="utf-8"))


def load_meta(path: Path = META) -> dict[str, dict[str, Any]]:
    """Per-article metadata (date, summary, clean) keyed by file name."""
    return json.loads(path.read_text(encoding="utf-8"))


def article_text(name: str) -> str:
    """An article as the tool decodes it (UTF-8, newlines untranslated)."""
    return (ARTICLES / name).read_bytes().decode("utf-8")


def locate(text: str, needle: str, occurrence: int) -> int:
    """Offset of the `occurrence`-th (0-based) match of `needle` in `text`, or -1."""
    pos = -1
    for _ in range(occurrence + 1):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def fix(items: list[dict[str, Any]]) -> list[str]:
    """Set start/end of every item from its text and occurrence; problems as lines."""
    problems = []
    for item in items:
        start = locate(article_text(item["file"]), item["text"], item.get("occurrence", 0))
        if start < 0:
            problems.append(f"{item['file']}: {item['text']!r} not found")
            continue
        item["start"], item["end"] = start, start + len(item["text"])
    return problems


def item_problems(item: dict[str, Any]) -> list[str]:
    """What is wrong with one gold item (empty when it is valid)."""
    where = f"{item.get('file')}: {item.get('text')!r}"
    path = ARTICLES / str(item.get("file"))
    if not path.is_file():
        return [f"{where}: article file missing"]
    out = []
    text = article_text(path.name)
    if text[item["start"] : item["end"]] != item["text"]:
        out.append(f"{where}: offsets {item['start']}-{item['end']} do not hold the text")
    if locate(text, item["text"], item.get("occurrence", 0)) != item["start"]:
        out.append(f"{where}: start disagrees with occurrence {item.get('occurrence', 0)}")
    for key, allowed in (("type", TYPES), ("severity", SEVERITIES), ("detectable_by", DETECTABLE_BY)):
        if item.get(key) not in allowed:
            out.append(f"{where}: {key} {item.get(key)!r} not one of {', '.join(allowed)}")
    if not item.get("correct") or not item.get("note"):
        out.append(f"{where}: correct and note are required")
    return out


def problems(items: list[dict[str, Any]], meta: dict[str, dict[str, Any]]) -> list[str]:
    """Every problem of the gold file and the metadata, as readable lines."""
    out = [p for item in items for p in item_problems(item)]
    files = {p.name for p in ARTICLES.glob("*.txt")}
    out += [f"{name}: in meta.json but no article" for name in sorted(set(meta) - files)]
    out += [f"{name}: article without meta.json entry" for name in sorted(files - set(meta))]
    gold_files = {item["file"] for item in items}
    for name, m in sorted(meta.items()):
        if bool(m.get("clean")) == (name in gold_files):
            out.append(f"{name}: meta 'clean' is {m.get('clean')} but gold has {name in gold_files}")
    return out


def main(argv: list[str] | None = None) -> int:
    """Verify the gold file, or rewrite its offsets with --fix."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fix", action="store_true", help="recompute start/end and rewrite gold.json")
    args = parser.parse_args(argv)
    items = load()
    if args.fix:
        for line in fix(items):
            print(line, file=sys.stderr)
        GOLD.write_text(json.dumps(items, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    found = problems(items, load_meta())
    for line in found:
        print(line)
    print(f"{len(items)} gold items, {len(found)} problems", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
