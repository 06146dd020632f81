"""Dev-half evaluation of `compare` on real MT (WMT23 zh→en, 10 systems, MQM spans).

Rebuilds every story's 10 versions from ../shared/wmt23-zhen-mqm/dev.jsonl (segments in
doc_seg order joined by blank lines; human score = mean segment MQM), runs
`python -m audit compare --stories DIR -f json` once, and prints ranking taus (tool score,
chrF against the other nine, chrF against refA), finding precision and lift over random
spans of the same lengths (20 draws, seed 17), recall of Major regions, per check code.
Nothing is fitted per story. Usage: PYTHONPATH=$PWD python -m bench.wmt_eval [--refs]
[--date YYYY-MM-DD] [--no-rare] (--refs: also findings per 1,000 words when the refA texts
are the versions; --date: the article date given to compare, default none: undated copy;
--no-rare: V102's `rare` option off, no story-wide rare names).
Findings are counted twice: all of them (minor included), and major+ only.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

DEV = Path(os.environ.get("WMT_DEV", "/work/shared/wmt23-zhen-mqm/dev.jsonl"))
SEP = "\n\n"
DRAWS, SEED = 20, 17
NAME_CATS = ("name", "entity", "Source language fragment")


def load(path: Path) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """doc_id → system → segments sorted by doc_seg."""
    stories: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        stories[row["doc_id"]][row["system"]].append(row)
    for systems in stories.values():
        for segs in systems.values():
            segs.sort(key=lambda r: r["doc_seg"])
    return stories


def slug(doc_id: str) -> str:
    return doc_id.split("_", 1)[-1].split(":")[0].replace(".", "-")


def version_text(segs: list[dict[str, Any]], key: str = "target") -> tuple[str, list[int]]:
    """The version's text and each segment's start offset in it."""
    starts, parts, pos = [], [], 0
    for seg in segs:
        text = seg[key] if key == "target" else seg["references"]["refA"]
        starts.append(pos)
        parts.append(text)
        pos += len(text) + len(SEP)
    return SEP.join(parts), starts


def error_spans(segs: list[dict[str, Any]], starts: list[int]) -> list[dict[str, Any]]:
    """Every MQM span in version offsets."""
    out = []
    for seg, base in zip(segs, starts, strict=True):
        for s in seg["spans"]:
            if s["end"] > s["start"]:
                out.append({**s, "start": s["start"] + base, "end": s["end"] + base})
    return out


def major_regions(spans: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Overlapping Major spans merged into regions: raters, name-likeness."""
    majors = sorted((s for s in spans if s["severity"] == "Major"), key=lambda s: (s["start"], s["end"]))
    regions: list[dict[str, Any]] = []
    for s in majors:
        if regions and s["start"] < regions[-1]["end"]:
            r = regions[-1]
            r["end"] = max(r["end"], s["end"])
        else:
            r = {"start": s["start"], "end": s["end"], "raters": set(), "cats": set()}
            regions.append(r)
        r["raters"].add(s["rater"])
        r["cats"].add(s["category"])
    for r in regions:
        r["name"] = any(any(k.lower() in c.lower() for k in NAME_CATS) for c in r["cats"])
    return regions


def write_versions(root: Path, stories: dict[str, Any], refs: bool) -> dict[tuple[str, str], Any]:
    """One folder per story, one file per system (and refA as an 11th with --refs)."""
    meta: dict[tuple[str, str], Any] = {}
    for doc_id in sorted(stories):
        folder = root / slug(doc_id)
        folder.mkdir()
        systems = stories[doc_id]
        for system in sorted(systems):
            segs = systems[system]
            text, starts = version_text(segs)
            name = system.replace("/", "_") + ".txt"
            (folder / name).write_text(text + "\n", encoding="utf-8")
            mqm = sum(s["mqm"] for s in segs) / len(segs)
            meta[(folder.name, name)] = {"text": text, "spans": error_spans(segs, starts), "mqm": mqm}
        if refs:
            text, _ = version_text(systems[sorted(systems)[0]], "refA")
            (folder / "zz-refA.txt").write_text(text + "\n", encoding="utf-8")
            meta[(folder.name, "zz-refA.txt")] = {"text": text, "spans": [], "mqm": None}
    return meta


def run_compare(root: Path, jobs: int = 2, date: str | None = None) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "audit", "compare", "--stories", str(root), "-f", "json", "--no-baseline"]
    cmd += ["--date", date] if date else []
    if "--no-rare" in sys.argv:
        config = root.parent / "rare.toml"
        config.write_text("[options.V102]\nrare = false\n", encoding="utf-8")
        cmd += ["--config", str(config)]
    (root.parent / "empty-glossary").mkdir(exist_ok=True)
    cmd += ["--jobs", str(jobs), "--glossary", str(root.parent / "empty-glossary")]
    env = {**os.environ, "WIRE_AUDIT_CACHE": "off"}
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if out.returncode not in (0, 1):
        raise SystemExit(out.stderr)
    return json.loads(out.stdout)  # type: ignore[no-any-return]


def tau_b(xs: list[float], ys: list[float]) -> float:
    """Kendall tau-b (ties in either list corrected), 0 when undefined."""
    conc = disc = tx = ty = 0
    for i in range(len(xs)):
        for j in range(i + 1, len(xs)):
            dx, dy = xs[i] - xs[j], ys[i] - ys[j]
            if dx == 0 and dy == 0:
                continue
            if dx == 0:
                tx += 1
            elif dy == 0:
                ty += 1
            elif (dx > 0) == (dy > 0):
                conc += 1
            else:
                disc += 1
    denom = ((conc + disc + tx) * (conc + disc + ty)) ** 0.5
    return (conc - disc) / denom if denom else 0.0


def chrf_peers(texts: list[str], refs: list[str]) -> tuple[list[float], list[float]]:
    """chrF of each version against the other versions, and against refA (sacrebleu)."""
    from sacrebleu.metrics.chrf import CHRF

    metric = CHRF()
    peer = [
        metric.corpus_score([t], [[o] for k, o in enumerate(texts) if k != i]).score
        for i, t in enumerate(texts)
    ]
    ref = [metric.corpus_score([t], [[r]]).score for t, r in zip(texts, refs, strict=True)]
    return peer, ref


def overlaps(start: int, end: int, spans: list[dict[str, Any]]) -> bool:
    return any(s["start"] < end and start < s["end"] for s in spans)


def random_hit(length: int, text: str, spans: list[dict[str, Any]], rng: random.Random) -> bool:
    start = rng.randrange(0, max(1, len(text) - length + 1))
    return overlaps(start, start + length, spans)


class Tally:
    """Findings, hits, random hits and Major regions found, per check code (and 'all')."""

    def __init__(self) -> None:
        self.n: dict[str, int] = defaultdict(int)
        self.hit: dict[str, int] = defaultdict(int)
        self.rand: dict[str, float] = defaultdict(float)
        self.regions = {"any": [0, 0], "2+": [0, 0], "name": [0, 0]}
        self.found_by: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))

    def add_version(self, findings: list[dict[str, Any]], data: dict[str, Any], rng: random.Random) -> None:
        spans, text = data["spans"], data["text"]
        for f in findings:
            s, e = f["start"], f["end"]
            hit = overlaps(s, e, spans)
            r = sum(random_hit(max(1, e - s), text, spans, rng) for _ in range(DRAWS)) / DRAWS
            for code in (f["code"], "all"):
                self.n[code] += 1
                self.hit[code] += hit
                self.rand[code] += r
        for region in major_regions(spans):
            kinds = (
                ["any"]
                + (["2+"] if len(region["raters"]) >= 2 else [])
                + (["name"] if region["name"] else [])
            )
            codes = {f["code"] for f in findings if f["start"] < region["end"] and region["start"] < f["end"]}
            for kind in kinds:
                self.regions[kind][1] += 1
                self.regions[kind][0] += bool(codes)
                for code in codes:
                    self.found_by[kind][code] += 1


def story_taus(rows: list[dict[str, Any]], key: str) -> tuple[float, float]:
    """(mean within-story tau-b, pooled tau-b) of -MQM against rows[key] (higher = better)."""
    by_story: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_story[r["story"]].append(r)
    within = [tau_b([r[key] for r in rs], [-r["mqm"] for r in rs]) for rs in by_story.values()]
    pooled = tau_b([r[key] for r in rows], [-r["mqm"] for r in rows])
    return sum(within) / len(within), pooled


MAJOR_PLUS = ("major", "critical")


def evaluate(stories: dict[str, Any], jobs: int, date: str | None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "stories"
        root.mkdir()
        meta = write_versions(root, stories, refs=False)
        out = run_compare(root, jobs, date)
    rows, tally, rng = [], Tally(), random.Random(SEED)
    major, major_rng = Tally(), random.Random(SEED)
    for art in out["articles"]:
        key = (Path(art["path"]).parent.name, Path(art["path"]).name)
        data = meta[key]
        version = art["extra"]["version"]
        rows.append(
            {
                "story": key[0],
                "name": key[1],
                "mqm": data["mqm"],
                "text": data["text"],
                "score": art["score"],
                "consensus": version["chrf"],
                "quality": version.get("quality", version["chrf"]),
            }
        )
        tally.add_version(art["findings"], data, rng)
        major.add_version([f for f in art["findings"] if f["severity"] in MAJOR_PLUS], data, major_rng)
    by_story: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_story[r["story"]].append(r)
    refs = {slug(d): version_text(next(iter(s.values())), "refA")[0] for d, s in stories.items()}
    for name, rs in by_story.items():
        peer, ref = chrf_peers([r["text"] for r in rs], [refs[name]] * len(rs))
        for r, p, q in zip(rs, peer, ref, strict=True):
            r["chrf_peer"], r["chrf_refA"] = p, q
    print(f"{len(by_story)} stories, {len(rows)} versions")
    print("ranking (Kendall tau-b vs -MQM)      within  pooled")
    for label, k in (
        ("tool quality (ranked score)", "quality"),
        ("tool article score (findings)", "score"),
        ("tool consensus chrF", "consensus"),
        ("chrF vs other nine (peer)", "chrf_peer"),
        ("chrF vs refA", "chrf_refA"),
    ):
        w, p = story_taus(rows, k)
        print(f"  {label:34s} {w:6.3f}  {p:6.3f}")
    print("all findings (minor included):")
    print_findings(tally)
    print("major+ findings only:")
    print_findings(major, per_code=False)


def print_findings(t: Tally, per_code: bool = True) -> None:
    print("code    findings  precision  random  lift   Major found: any  2+  name")
    for code in sorted(t.n if per_code else ["all"], key=lambda c: (c == "all", c)):
        n = t.n[code]
        prec, rnd = t.hit[code] / max(1, n), t.rand[code] / max(1, n)
        lift = prec / rnd if rnd else float("nan")
        found = (
            [t.found_by[k].get(code, 0) for k in ("any", "2+", "name")]
            if code != "all"
            else [t.regions[k][0] for k in ("any", "2+", "name")]
        )
        print(
            f"{code:6s} {n:9d} {prec:9.3f} {rnd:7.3f} {lift:5.2f}   "
            f"{found[0]:14d} {found[1]:3d} {found[2]:5d}"
        )
    n, rnd = t.n["all"], t.rand["all"]
    if rnd:  # findings sit where errors are dense (names, weak versions): random spans hit too
        print(f"lift ceiling (every finding a hit, same spans): {n / rnd:.2f}")
    for kind in ("any", "2+", "name"):
        hit, total = t.regions[kind]
        print(f"recall of Major regions ({kind}): {hit}/{total} = {hit / max(1, total):.1%}")


def clean_copy(stories: dict[str, Any], jobs: int, date: str | None) -> None:
    """Findings per 1,000 words on refA added as an 11th version (human copy: false alarms)."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "stories"
        root.mkdir()
        write_versions(root, stories, refs=True)
        out = run_compare(root, jobs, date)
    from bench.false_alarms import verified  # hand-read errors of refA: reference_errors.yaml

    codes: dict[str, int] = defaultdict(int)
    words = major = listed = listed_major = 0
    for art in out["articles"]:
        path = Path(art["path"])
        if path.name == "zz-refA.txt":
            words += art["words"]
            for f in art["findings"]:
                codes[f["code"]] += 1
                major += f["severity"] in MAJOR_PLUS
                if verified("wmt-compare", {**f, "file": path.parent.name}):
                    listed += 1
                    listed_major += f["severity"] in MAJOR_PLUS
    total = sum(codes.values())
    per_k = 1000 / max(1, words)
    print(
        f"refA as an 11th version: {total} findings in {words} words = "
        f"{total * per_k:.2f} per 1,000 words (major+ {major * per_k:.2f})"
    )
    print("  " + ", ".join(f"{c} {n}" for c, n in sorted(codes.items())))
    print(
        f"  of which {listed} are verified errors of refA (bench/reference_errors.yaml); false alarms "
        f"{(total - listed) * per_k:.2f} per 1,000 words (major+ {(major - listed_major) * per_k:.2f})"
    )


def main() -> int:
    if not DEV.is_file():
        print(f"skipped: {DEV} not found")
        return 0
    stories = load(DEV)
    jobs = 2
    date = sys.argv[sys.argv.index("--date") + 1] if "--date" in sys.argv else None
    print(f"article date: {date or 'none (undated copy)'}; V102 rare: {'--no-rare' not in sys.argv}")
    evaluate(stories, jobs, date)
    if "--refs" in sys.argv:
        clean_copy(stories, jobs, date)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
