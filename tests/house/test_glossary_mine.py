"""`wire-audit glossary mine` and `glossary lint`."""

from __future__ import annotations

from pathlib import Path

import fixtures_house
import pytest
from house_archive import run_cli

from audit.glossary.loader import load_glossaries

archive = fixtures_house.archive  # the shared pytest fixtures (see fixtures_house.py)
house = fixtures_house.house


@pytest.fixture(scope="module")
def draft(archive: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("mine") / "draft.yaml"
    proc = run_cli("glossary", "mine", str(archive), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    return out


def test_draft_is_a_valid_glossary_with_dominant_canonicals(draft: Path) -> None:
    entries = {e.canonical: e for e in load_glossaries([draft]).entries}
    zelenskyy = entries["Volodymyr Zelenskyy"]  # printed 70 %, "Zelensky" 30 %
    assert zelenskyy.kind == "person" and "Volodymyr Zelensky" in zelenskyy.aliases
    assert "Volodymyr Zelensky" not in entries
    belousov = entries["Andrei Belousov"]
    assert belousov.kind == "person" and belousov.aliases == ("Belousov",)
    (office,) = belousov.offices
    assert office.title == "defense minister" and office.start and office.end and office.start < office.end
    assert "Belousov" not in entries  # the lone surname is an alias, not an entry


def test_draft_is_sorted_by_frequency_with_count_comments(draft: Path) -> None:
    lines = draft.read_text().splitlines()
    counts = [int(line.split()[2]) for line in lines if line.startswith("  # printed")]
    assert len(counts) > 5 and counts == sorted(counts, reverse=True)


def _lint(tmp_path: Path, text: str, *extra: str) -> tuple[int, str, str]:
    path = tmp_path / "g.yaml"
    path.write_text(text)
    proc = run_cli("glossary", "lint", str(path), *extra)
    return proc.returncode, proc.stdout, proc.stderr


GLOSSARY = """entries:
  - canonical: Kim Jong Un
    kind: person
    aliases: [Kim]
  - canonical: Kim Yong Hyun
    kind: person
    aliases: [Kim]
    role: defense minister
  - canonical: Andrei Belousov
    kind: person
    role: defense minister
    from: 2024-05-14
"""


def test_lint_warns_shared_alias_undated_role_absent_entry(tmp_path: Path, archive: Path) -> None:
    code, out, _err = _lint(tmp_path, GLOSSARY, "--archive", str(archive))
    assert code == 1
    lines = out.splitlines()
    assert any("alias 'kim'" in ln and "Kim Yong Hyun" in ln for ln in lines)
    undated = "g.yaml:5: warning: role 'defense minister' of 'Kim Yong Hyun' has no dates"
    assert any(undated in ln for ln in lines)
    absent = [ln for ln in lines if "never occurs" in ln]
    assert len(absent) == 2 and not any("Belousov" in ln for ln in absent)


def test_lint_clean_and_invalid(tmp_path: Path, draft: Path) -> None:
    assert run_cli("glossary", "lint", str(draft)).returncode == 0
    code, _out, err = _lint(tmp_path, "entries:\n  - canonical: X\n    kind: spaceship\n")
    assert code == 2 and "g.yaml:2" in err
