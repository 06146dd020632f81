"""Major+ findings per 1,000 words on clean copy, per source and per check code.

Clean copy (every major+ finding on it is a false alarm):
- seeds: the clean seeds 002 and 003 (shared/seeds), dated 2024-10-28;
- wmt-dev: the human refA translations in shared/wmt23-zhen-mqm/dev.jsonl, joined per
  story (doc_id, in doc_seg order, one reference per segment across systems);
- wmt-refA: shared/corpora/wmt23-refA-en/*.txt cut into pseudo-articles of ~40 lines.
wmt-dev is dated --date (default 2023-02-15: the stories are chinanews.com, Feb 2023). The
refA corpus is undated unless --refa-date is given: its six language pairs mix news from
2021-2023 (the he-en texts have Bennett as prime minister and Gantz at defence), so one
forced date would turn true statements into "did not hold the office" findings. Undated
copy is audited as the tool audits any undated article. Runs `check` like devset_eval.py:
from a temporary directory with no project glossary. Target of issues 13/14: <= 0.1.

    python bench/false_alarms.py [--source seeds] [--limit N] [--json out.json] [--compare old.json]

Exits 0 with a note when the shared data is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: import this checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import clirun

SEED_DATE = "2024-10-28"
WMT_DATE = "2023-02-15"
VERIFIED = Path(__file__).with_name("reference_errors.yaml")  # real errors in the references
CLEAN_SEEDS = ("002_b56239f51e18657d.txt", "003_26f8fd5188cd5d22.txt")
CHUNK_LINES = 40
SOURCES = ("seeds", "wmt-dev", "wmt-refA")
Texts = dict[str, str]


def seed_texts(shared: Path) -> Texts:
    """The clean seeds, by file name."""
    folder = shared / "seeds"
    return {n: (folder / n).read_text(encoding="utf-8") for n in CLEAN_SEEDS if (folder / n).is_file()}


def dev_texts(shared: Path) -> Texts:
    """One article per dev.jsonl story: its refA segments in doc_seg order, one per segment."""
    path = shared / "wmt23-zhen-mqm" / "dev.jsonl"
    if not path.is_file():
        return {}
    docs: dict[str, dict[int, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        ref = (row.get("references") or {}).get("refA")
        if ref:
            docs.setdefault(row["doc_id"], {}).setdefault(int(row["doc_seg"]), ref.strip())
    return {safe_name(d): "\n".join(segs[k] for k in sorted(segs)) + "\n" for d, segs in sorted(docs.items())}


def refa_texts(shared: Path) -> Texts:
    """The refA corpora cut into pseudo-articles of CHUNK_LINES non-empty lines."""
    out: Texts = {}
    for path in sorted((shared / "corpora" / "wmt23-refA-en").glob("*.txt")):
        lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
        pair = path.name.split(".")[1]
        for i in range(0, len(lines), CHUNK_LINES):
            out[f"{pair}-{i // CHUNK_LINES:03d}.txt"] = "\n".join(lines[i : i + CHUNK_LINES]) + "\n"
    return out


def safe_name(doc_id: str) -> str:
    """A file name for a WMT doc_id ("news_x.com.123:zh-en" -> "news_x.com.123_zh-en.txt")."""
    return "".join(c if c.isalnum() or c in "._-" else "_" for c in doc_id) + ".txt"


def load_source(source: str, shared: Path, limit: int | None) -> Texts:
    """The texts of one source (the first `limit` when given)."""
    loader = {"seeds": seed_texts, "wmt-dev": dev_texts, "wmt-refA": refa_texts}[source]
    texts = loader(shared)
    return dict(list(texts.items())[:limit]) if limit else texts


def measure(source: str, texts: Texts, date: str | None, opts: clirun.Options) -> dict[str, Any]:
    """Run check on the texts (written to a temporary folder) and count major+ findings."""
    with tempfile.TemporaryDirectory(prefix=f"wire-audit-clean-{source}-") as tmp:
        paths = []
        for name, text in texts.items():
            (Path(tmp) / name).write_text(text, encoding="utf-8")
            paths.append(Path(tmp) / name)
        articles, findings = clirun.findings_by_date({date: paths}, opts)
    words = sum(a["words"] for a in articles)
    strong = clirun.severe(findings)
    return {
        "source": source,
        "date": date or "undated",
        "articles": len(articles),
        "words": words,
        "major_plus": len(strong),
        "verified": sum(verified(source, f) for f in strong),
        "per_1000_words": round(1000 * len(strong) / words, 3) if words else None,
        "per_code": dict(sorted(Counter(f["code"] for f in strong).items())),
        "findings": [example(source, f) for f in strong if not verified(source, f)],
    }


@lru_cache(maxsize=1)
def reference_errors() -> tuple[dict[str, str], ...]:
    """The hand-verified errors of the references (reference_errors.yaml)."""
    import yaml

    return tuple(yaml.safe_load(VERIFIED.read_text(encoding="utf-8")) or ())


def verified(source: str, f: dict[str, Any]) -> bool:
    """The finding is a listed, hand-verified error of the reference, not a false alarm."""
    key = (source, f["file"], f["code"])
    listed = (((e["source"], e["file"], e["code"]), e["text"]) for e in reference_errors())
    return any(where == key and f["text"].startswith(text) for where, text in listed)


def example(source: str, f: dict[str, Any]) -> str:
    """One false alarm as a line."""
    head = f"{source}/{f['file']}:{f['line']} {f['code']} {f['severity']}"
    return f"{head} {f['text'][:50]!r}: {f['message'][:80]}"


def per_1000(count: int, words: int, width: int) -> str:
    """count per 1,000 words, right-aligned; '-' when there are no words."""
    return f"{1000 * count / words:{width}.3f}" if words else "-".rjust(width)


def source_table(rows: list[dict[str, Any]]) -> list[str]:
    """One line per source and a total line."""
    total = {
        "source": "all",
        "date": "",
        "articles": sum(r["articles"] for r in rows),
        "words": sum(r["words"] for r in rows),
        "major_plus": sum(r["major_plus"] for r in rows),
        "verified": sum(r.get("verified", 0) for r in rows),
    }
    head = f"{'source':10} {'date':10} {'articles':>8} {'words':>8} {'major+':>7} {'per 1k':>7}"
    lines = [f"{head} {'verified':>8} {'false/1k':>8}"]
    for r in [*rows, total]:
        counts = f"{r['articles']:8} {r['words']:8} {r['major_plus']:7}"
        false = r["major_plus"] - r.get("verified", 0)
        rate, false_rate = per_1000(r["major_plus"], r["words"], 7), per_1000(false, r["words"], 8)
        rates = f"{rate} {r.get('verified', 0):8} {false_rate}"
        lines.append(f"{r['source']:10} {r['date']:10} {counts} {rates}")
    return lines


def code_table(rows: list[dict[str, Any]]) -> list[str]:
    """Major+ findings per 1,000 words, one line per check code, one column per source."""
    lines = ["major+ per 1,000 words by code: " + " ".join(f"{r['source']:>9}" for r in rows)]
    for code in sorted({c for r in rows for c in r["per_code"]}):
        cells = [per_1000(r["per_code"].get(code, 0), r["words"], 9) for r in rows]
        lines.append(f"  {code:30} {' '.join(cells)}")
    return lines


def render(rows: list[dict[str, Any]], show: int) -> str:
    """The table per source, the per-code table, and up to `show` examples."""
    lines = [*source_table(rows), "", *code_table(rows)]
    examples = [e for r in rows for e in r["findings"]][:show]
    if examples:
        lines.append(f"\nfirst {len(examples)} false alarms:")
        lines += [f"  {e}" for e in examples]
    return "\n".join(lines)


def compare(old: dict[str, Any], rows: list[dict[str, Any]]) -> str:
    """Per source and code: major+ per 1,000 words in an earlier --json run -> now."""
    before = {r["source"]: r for r in old["sources"]}
    lines = [f"compared with {old['signature'].get('audit_commit') or old['signature'].get('commit')}:"]
    for r in rows:
        o = before.get(r["source"])
        if o is None or o["words"] != r["words"]:
            lines.append(f"  {r['source']}: not comparable (other texts)")
            continue
        was, now = per_1000(o["major_plus"], o["words"], 7), per_1000(r["major_plus"], r["words"], 7)
        lines.append(f"  {r['source']:10} {was} -> {now}")
        for code in sorted(set(o["per_code"]) | set(r["per_code"])):
            was, now = o["per_code"].get(code, 0), r["per_code"].get(code, 0)
            if was != now:
                lines.append(f"    {code:8} {was:5} -> {now:5} findings")
    return "\n".join(lines)


def parse(argv: list[str] | None) -> argparse.Namespace:
    """Command-line options."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--source", action="append", choices=SOURCES, help="only this source (repeatable)")
    p.add_argument("--date", default=WMT_DATE, help=f"article date for the WMT texts (default {WMT_DATE})")
    p.add_argument("--refa-date", default="", help="article date for the refA corpus (default: undated)")
    p.add_argument("--limit", type=int, help="only the first N articles of each source")
    p.add_argument("--glossary", "-g", action="append", default=[], help="glossary file/folder (repeatable)")
    p.add_argument("--no-world", action="store_true", help="pass --no-world (when the CLI has it)")
    p.add_argument("--json", type=Path, help="also write the results as JSON here")
    p.add_argument("--compare", type=Path, help="an earlier --json result: print what changed")
    p.add_argument("--show", type=int, default=30, help="how many false alarms to list (default 30)")
    return p.parse_args(argv)


def source_date(source: str, args: argparse.Namespace) -> str | None:
    """The date a source's texts are audited at (None: undated, as the CLI sees it)."""
    if source == "seeds":
        return SEED_DATE
    if source == "wmt-refA":
        return args.refa_date or None
    return args.date


def main(argv: list[str] | None = None) -> int:
    """Measure every requested source; exit 2 on a bad option or a tool error."""
    args = parse(argv)
    shared = clirun.shared_dir()
    if shared is None:
        print("false_alarms: no shared/ data found (set WIRE_AUDIT_SHARED); skipped")
        return 0
    if args.no_world and not clirun.has_option("--no-world"):
        print("false_alarms: this version of `check` has no --no-world option", file=sys.stderr)
        return 2
    opts = clirun.Options(glossaries=tuple(args.glossary), no_world=args.no_world)
    rows = []
    try:
        for source in args.source or SOURCES:
            texts = load_source(source, shared, args.limit)
            if texts:
                rows.append(measure(source, texts, source_date(source, args), opts))
    except clirun.RunError as exc:
        print(f"false_alarms: {exc}", file=sys.stderr)
        return 2
    if args.json:
        result = {"signature": clirun.signature(opts), "sources": rows}
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(render(rows, args.show))
    if args.compare:
        print("\n" + compare(json.loads(args.compare.read_text(encoding="utf-8")), rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
