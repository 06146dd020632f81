"""compare's output is the same under any PYTHONHASHSEED and with --jobs 2."""

from __future__ import annotations

import json

from conftest import run_cli
from story_kit import BASE, PARAPHRASE, edited


def _story(folder, odd_number: str, odd_name: str) -> None:
    folder.mkdir(parents=True)
    odd = edited(PARAPHRASE, 3, "killing 12 people", f"killing {odd_number} people")
    odd = edited(odd, 4, "fighting Ukraine", f"fighting {odd_name}")
    leader = "Sviatlana Tsikhanouskaya, the Belarusian opposition leader,"
    rare = edited(PARAPHRASE, 6, "opposition leader", "opposition leader of the Lukashenko Youth League")
    versions = (
        ("a.txt", BASE),
        ("b.txt", odd),
        ("c.txt", edited(BASE, 0, "Kyiv", "Kiev")),
        ("d.txt", rare),  # a story-wide rare name: the fourth and fifth versions let V102 decide it
        ("e.txt", edited(BASE, 6, leader, leader.replace(",", ", who", 1))),
    )
    for name, sentences in versions:
        (folder / name).write_text("\n".join(sentences) + "\n", encoding="utf-8")


def _run(root, seed: str, jobs: str) -> str:
    args = ("compare", "--stories", str(root), "--date", "2025-06-10", "-f", "json", "--jobs", jobs)
    proc = run_cli(*args, env={"PYTHONHASHSEED": seed, "WIRE_AUDIT_CACHE": "off"})
    assert proc.returncode in (0, 1), proc.stderr
    return proc.stdout


def test_same_output_under_hash_seeds_and_jobs(tmp_path):
    _story(tmp_path / "s1", "21", "Belarus")
    _story(tmp_path / "s2", "120", "Moldova")
    outputs = [
        _run(tmp_path, "1", "1"),
        _run(tmp_path, "2", "1"),
        _run(tmp_path, "1", "2"),
        _run(tmp_path, "2", "2"),
    ]
    data = json.loads(outputs[0])
    assert any(a["findings"] for a in data["articles"])  # the stories do differ: something to order
    decided = {f["evidence"].get("decided_by") for a in data["articles"] for f in a["findings"]}
    assert "story-wide" in decided and "majority" in decided
    assert all(
        v.get("quality") is not None for s in data["extra"]["compare"]["stories"] for v in s["versions"]
    )
    assert outputs[1:] == [outputs[0]] * 3
