"""`compare` reads the same project config as `check` (defaults → config → flags)."""

from __future__ import annotations

import json

from conftest import run_cli

A = "The minister Anna Kowalska said on Monday that 40 soldiers were wounded in the attack.\n"
B = "The minister Anna Kowalska said on Monday that 40 soldiers were wounded in the attack.\n"
C = "The minister Anna Kowalska said on Monday that 90 soldiers were wounded in the attack.\n"


def _codes(proc) -> set[str]:
    return {f["code"] for a in json.loads(proc.stdout)["articles"] for f in a["findings"]}


def test_compare_honours_project_config_and_flags_win(tmp_path):
    for name, text in (("a.txt", A), ("b.txt", B), ("c.txt", C)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    args = ("compare", "a.txt", "b.txt", "c.txt", "--date", "2024-10-28", "-f", "json")
    assert "V104" in _codes(run_cli(*args, cwd=tmp_path))
    (tmp_path / ".wire-audit.toml").write_text('ignore = ["versions"]\n', encoding="utf-8")
    quiet = run_cli(*args, cwd=tmp_path)
    assert quiet.returncode in (0, 1) and "V104" not in _codes(quiet)
    bad = tmp_path / "bad.toml"
    bad.write_text("colour = 1\n", encoding="utf-8")
    proc = run_cli(*args, "--config", str(bad), cwd=tmp_path)
    assert proc.returncode == 2 and "bad.toml" in proc.stderr


def test_compare_builds_the_glossary_index_once_and_uses_the_cache(tmp_path, monkeypatch):
    import dataclasses

    from audit.engine.versions import run_compare, stories_from
    from audit.glossary.index import GlossaryIndex
    from audit.settings import Settings

    glossary = tmp_path / "g.yaml"
    glossary.write_text("entries:\n  - canonical: Anna Kowalska\n    kind: person\n", encoding="utf-8")
    texts = (A, B.replace("Kowalska", "Kowalskka"), C)
    paths = []
    for name, text in zip(("a.txt", "b.txt", "c.txt"), texts, strict=True):
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    builds = []
    real_build = GlossaryIndex.build.__func__
    monkeypatch.setattr(
        GlossaryIndex, "build", classmethod(lambda cls, g: builds.append(1) or real_build(cls, g))
    )
    monkeypatch.setenv("WIRE_AUDIT_CACHE", str(tmp_path / "cache"))
    settings = Settings(glossaries=(str(glossary),), date=None)

    def findings():
        result = run_compare(stories_from(paths, None, settings), settings)
        return [dataclasses.astuple(f) for a in result.articles for f in a.findings]

    first = findings()
    assert "N101" in {f[0] for f in first}  # the glossary was used: Kowalskka is a near miss
    assert len(builds) == 1  # one index for the three versions, not one per version
    assert findings() == first and len(builds) == 1  # second run: the index comes from the cache


def test_compare_honours_inline_markers_and_overrides_like_check(tmp_path):
    marked = "[wire-audit: ignore V104]\n" + C
    for name, text in (("a.txt", A), ("b.txt", B), ("c.txt", marked)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    args = ("compare", "a.txt", "b.txt", "c.txt", "--date", "2024-10-28", "-f", "json")
    per_file = {
        a["path"]: {f["code"] for f in a["findings"]}
        for a in json.loads(run_cli(*args, cwd=tmp_path).stdout)["articles"]
    }
    assert "V104" not in per_file["c.txt"]  # the marker covers the next line of c.txt
    (tmp_path / "c.txt").write_text(C, encoding="utf-8")
    assert "V104" in _codes(run_cli(*args, cwd=tmp_path))
    (tmp_path / ".wire-audit.toml").write_text('[[overrides]]\npaths = ["c.txt"]\nignore = ["V104"]\n')
    per_file = {
        a["path"]: {f["code"] for f in a["findings"]}
        for a in json.loads(run_cli(*args, cwd=tmp_path).stdout)["articles"]
    }
    assert "V104" not in per_file["c.txt"]


def test_compare_hides_baselined_findings_unless_no_baseline(tmp_path):
    (tmp_path / "g.yaml").write_text(
        "entries:\n  - canonical: Anna Kowalska\n    kind: person\n", encoding="utf-8"
    )
    (tmp_path / ".wire-audit.toml").write_text('glossaries = ["g.yaml"]\n', encoding="utf-8")
    for name, text in (("a.txt", A), ("b.txt", B.replace("Kowalska", "Kowalskka")), ("c.txt", A)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    args = ("compare", "a.txt", "b.txt", "c.txt", "--date", "2024-10-28", "-f", "json")
    assert "N101" in _codes(run_cli(*args, cwd=tmp_path))
    assert run_cli("baseline", "b.txt", cwd=tmp_path).returncode == 0
    assert "N101" not in _codes(run_cli(*args, cwd=tmp_path))
    assert "N101" in _codes(run_cli(*args, "--no-baseline", cwd=tmp_path))
    both = run_cli(*args, "--no-baseline", "--baseline", ".wire-audit-baseline.json", cwd=tmp_path)
    assert both.returncode == 2 and "contradict" in both.stderr


def test_compare_reports_progress_per_story_serial_and_parallel(tmp_path):
    from audit.engine.versions import run_compare, stories_from
    from audit.settings import Settings

    for n in range(3):
        for name, text in (("a.txt", A), ("b.txt", C)):
            (tmp_path / "stories" / f"s{n}").mkdir(parents=True, exist_ok=True)
            (tmp_path / "stories" / f"s{n}" / name).write_text(text, encoding="utf-8")
    for jobs in (1, 2):
        settings = Settings(date=None, jobs=jobs)
        calls: list[tuple[int, int]] = []
        stories = stories_from([], str(tmp_path / "stories"), settings)
        result = run_compare(
            stories, settings, progress=lambda done, total, seen=calls: seen.append((done, total))
        )
        assert calls == [(1, 3), (2, 3), (3, 3)] and len(result.articles) == 6
