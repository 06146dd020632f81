"""The no-glossary checks on real MT and on clean copy: findings, MQM lift, false alarms.

Real MT: the `target` texts of shared/wmt23-zhen-mqm/dev.jsonl, one article per (doc_id,
system), segments in doc_seg order joined by blank lines. A finding "hits" when it overlaps
an MQM span of any rater; lift = hits / the hits expected of random spans of the same
lengths placed anywhere in the same article (MQM spans cover ~30 % of the text, so raw
overlap means little). Clean copy: the refA references of the same stories, the WMT23 refA
corpus cut into blocks of 20 lines, and the clean seeds 002/003; major+ findings per 1,000
words (G108's pair counts come from that corpus: each refA text is judged with counts rebuilt
without its own file). Runs the checks in-process; reads shared data only when present.

    PYTHONPATH=$PWD python -m bench.generic_eval [--codes G102,G104,G106,G107,G108] [--show CODE]
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
from collections import Counter, defaultdict
from collections.abc import Iterator
from functools import cache
from itertools import accumulate
from pathlib import Path

from audit.checks.base import CheckContext
from audit.checks.registry import find_check
from audit.glossary.model import Glossary
from audit.model import Finding, Severity
from audit.text.document import Document

SHARED = Path("/work/shared")
MQM = SHARED / "wmt23-zhen-mqm" / "dev.jsonl"
REFA = SHARED / "corpora" / "wmt23-refA-en"
ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
CLEAN_SEEDS = ("002_b56239f51e18657d.txt", "003_26f8fd5188cd5d22.txt")
CODES = ("G102", "G104", "G106", "G107", "G108")
BLOCK = 20
SEVERE = (Severity.MAJOR, Severity.CRITICAL)


def mqm_articles() -> tuple[list[tuple[str, str, list[tuple[int, int]]]], list[tuple[str, str]]]:
    """(name, MT text, MQM spans) per (story, system), and (name, refA text) per story."""
    rows: dict[tuple[str, str], list[dict]] = defaultdict(list)
    with MQM.open(encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            rows[(r["doc_id"], r["system"])].append(r)
    mt: list[tuple[str, str, list[tuple[int, int]]]] = []
    refs: dict[str, str] = {}
    for (doc, system), segs in sorted(rows.items()):
        segs.sort(key=lambda r: r["doc_seg"])
        text, spans, pos = [], [], 0
        for r in segs:
            spans += [(pos + s["start"], pos + s["end"]) for s in r.get("spans") or []]
            text.append(r["target"])
            pos += len(r["target"]) + 2
        mt.append((f"{doc}/{system}", "\n\n".join(text), spans))
        refs.setdefault(doc, "\n\n".join(r["references"]["refA"] for r in segs))
    return mt, sorted(refs.items())


def clean_articles() -> Iterator[tuple[str, str]]:
    """The clean seeds and the refA corpus in blocks of BLOCK lines (boundaries are unmarked)."""
    for name in CLEAN_SEEDS:
        if (SEEDS / name).is_file():
            yield name, (SEEDS / name).read_text(encoding="utf-8")
    for path in sorted(REFA.glob("*.txt")):
        lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
        for i in range(0, len(lines), BLOCK):
            yield f"{path.stem}#{i}", "\n\n".join(lines[i : i + BLOCK])


def run(code: str, name: str, text: str) -> list[Finding]:
    check = find_check(code)
    assert check is not None
    ctx = CheckContext(doc=Document(path=name, text=text), glossary=Glossary(), date=dt.date(2023, 2, 1))
    return list(check().run(ctx))


def expected_hit(length: int, covered: list[int]) -> float:
    """Chance that a span of `length` placed uniformly in the text overlaps a covered char."""
    n = len(covered) - 1
    if length > n:
        return 1.0
    starts = n - length + 1
    hit = sum(1 for s in range(starts) if covered[s + length] - covered[s] > 0)
    return hit / starts


def coverage(text: str, spans: list[tuple[int, int]]) -> list[int]:
    """Prefix sums of the characters that some MQM span covers."""
    mark = [0] * len(text)
    for a, b in spans:
        for i in range(max(a, 0), min(b, len(text))):
            mark[i] = 1
    return [0, *accumulate(mark)]


def mt_row(code: str, mt: list, show: bool, severe_only: bool = False) -> tuple[int, int, float]:
    """Findings on the MT versions, those overlapping an MQM span, and the random expectation."""
    found = hits = 0
    expected = 0.0
    for name, text, spans in mt:
        fs = [f for f in run(code, name, text) if f.severity in SEVERE or not severe_only]
        if not fs:
            continue
        cov = coverage(text, spans)
        for f in fs:
            hit = cov[min(f.end, len(text))] - cov[f.start] > 0
            found, hits = found + 1, hits + hit
            expected += expected_hit(max(f.end - f.start, 1), cov)
            if show:
                print(f"  MT {'HIT ' if hit else 'miss'} {name}: {f.text!r} {f.message[:90]}")
    return found, hits, expected


@cache
def held_out_counts(stem: str) -> dict[tuple[str, str], int]:
    """G108's pair counts rebuilt without one refA file, so that file is judged out of sample."""
    spec = importlib.util.spec_from_file_location("build_bigrams", ROOT / "scripts" / "build_bigrams.py")
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    counts: Counter[tuple[str, str]] = Counter()
    for path in sorted(REFA.glob("*.txt")):
        if path.stem != stem:
            for line in path.read_text(encoding="utf-8").splitlines():
                counts.update(build.pairs(line))
    return {p: n for p, n in counts.items() if n >= build.MIN_COUNT}


def findings_held_out(code: str, name: str, text: str) -> list[Finding]:
    """run(), with G108 counting pairs without the refA file the text comes from."""
    stem = name.split("#")[0] if "#" in name else ("generaltest2023.zh-en.refA.en" if ":" in name else "")
    if code != "G108" or not stem:
        return run(code, name, text)
    from audit.checks.garble import terms

    saved = terms.pair_counts
    terms.pair_counts = lambda: held_out_counts(stem)  # type: ignore[assignment]
    try:
        return run(code, name, text)
    finally:
        terms.pair_counts = saved


def clean_row(code: str, clean: list[tuple[str, str]], show: bool) -> tuple[int, int]:
    """Major+ findings on clean copy (G108 judged with counts that exclude the text) and words."""
    severe = words = 0
    for name, text in clean:
        words += len(text.split())
        for f in findings_held_out(code, name, text):
            if f.severity in SEVERE:
                severe += 1
                if show:
                    print(f"  CLEAN {name}: {f.text!r} {f.message[:90]}")
    return severe, words


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--codes", default=",".join(CODES))
    ap.add_argument("--show", default="", help="print the findings of these codes")
    args = ap.parse_args()
    if not MQM.is_file():
        print(f"skipped: {MQM} not found")
        return
    mt, refs = mqm_articles()
    clean = [*list(clean_articles()), *refs]
    print(f"real MT: {len(mt)} versions; clean: {len(clean)} texts")
    print(f"{'code':5} {'MT finds':>8} {'in MQM':>6} {'expect':>6} {'lift':>5}", end=" ")
    print(f"{'maj+':>5} {'in MQM':>6} {'lift':>5}", end=" ")
    print(f"{'clean maj+':>10} {'/1k words':>9}")
    for code in args.codes.split(","):
        if find_check(code) is None:
            print(f"{code:5} (no such check)")
            continue
        show = code in args.show.split(",")
        found, hits, expected = mt_row(code, mt, show)
        severe, words = clean_row(code, clean, show)
        major, major_hits, major_expected = mt_row(code, mt, False, severe_only=True)
        lift = hits / expected if expected else 0.0
        major_lift = major_hits / major_expected if major_expected else 0.0
        rate = severe * 1000 / words
        print(f"{code:5} {found:8d} {hits:6d} {expected:6.1f} {lift:5.2f}", end=" ")
        print(f"{major:5d} {major_hits:6d} {major_lift:5.2f} {severe:10d} {rate:9.3f}")


if __name__ == "__main__":
    main()
