"""Output does not depend on PYTHONHASHSEED (set and dict order): same bytes under two seeds."""

from __future__ import annotations

import json
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from conftest import GLOSSARIES, ROOT, SEED_DATE, SEEDS, run_cli

# Next to the checkout (as in /work/main), or the shared folder of a worktree checkout.
WMT_PLACES = (ROOT.parent / "shared", Path("/work/shared"))
WMT = next((p / "wmt23-zhen-mqm" / "dev.jsonl" for p in WMT_PLACES if (p / "wmt23-zhen-mqm").is_dir()), None)


def under_two_seeds(*args: str) -> tuple[str, str]:
    """The CLI's output under PYTHONHASHSEED=1 and =2: two subprocesses, run side by side."""

    def one(seed: str) -> str:
        proc = run_cli(*args, env={"PYTHONHASHSEED": seed, "WIRE_AUDIT_CACHE": "off"})
        assert proc.returncode in (0, 1), proc.stderr
        return proc.stdout

    with ThreadPoolExecutor(2) as pool:
        first, second = pool.map(one, ("1", "2"))
    return first, second


def test_check_is_the_same_under_two_hash_seeds():
    one, two = under_two_seeds("check", str(SEEDS), "-g", str(GLOSSARIES), "--date", SEED_DATE, "-f", "json")
    assert json.loads(one)["articles"] and one == two


def test_compare_is_the_same_under_two_hash_seeds():
    versions = [str(p) for p in sorted(SEEDS.glob("00[014]*.txt"))]
    one, two = under_two_seeds("compare", *versions, "-g", str(GLOSSARIES), "--date", SEED_DATE, "-f", "json")
    assert json.loads(one)["articles"] and one == two


def _wmt_stories(target: Path, stories: int = 2, systems: int = 10) -> Path:
    """Real MT: `stories` documents of the WMT23 zh-en dev set, `systems` versions each."""
    if WMT is None or not WMT.is_file():
        pytest.skip("shared WMT23 dev set not present")
    docs: dict[str, dict[str, list[tuple[int, str]]]] = defaultdict(lambda: defaultdict(list))
    for line in WMT.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if not row["is_human_reference"]:
            docs[row["doc_id"]][row["system"]].append((row["doc_seg"], row["target"]))
    for i, doc in enumerate(sorted(docs)[:stories]):
        folder = target / f"story{i}"
        folder.mkdir(parents=True)
        for system in sorted(docs[doc])[:systems]:
            text = "\n\n".join(t for _, t in sorted(docs[doc][system]))
            (folder / f"{system}.txt").write_text(text + "\n", encoding="utf-8")
    return target


def test_compare_on_real_mt_is_the_same_under_two_hash_seeds(tmp_path):
    stories = _wmt_stories(tmp_path / "stories")
    one, two = under_two_seeds("compare", "--stories", str(stories), "--date", SEED_DATE, "-f", "json")
    assert len(json.loads(one)["articles"]) == 20 and one == two
