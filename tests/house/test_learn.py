"""`wire-audit learn`: the house folder, its determinism, and what it refuses."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import fixtures_house
from house_archive import make_archive, run_cli

from audit import __version__
from audit.house import manifest
from audit.house.learn import build_files

archive = fixtures_house.archive  # the shared pytest fixtures (see fixtures_house.py)
house = fixtures_house.house


def test_manifest_records_archive_and_hashes(house: Path, archive: Path) -> None:
    man = json.loads((house / "manifest.json").read_text())
    assert man["version"] == __version__ and man["sources"] == [str(archive)]
    assert man["articles"] == 300 and man["words"] > 20_000
    assert man["date_range"] == ["2024-01-01", "2024-10-26"]
    for name in (manifest.MODEL, manifest.LEXICON, manifest.PHRASES):
        assert man["files"][name] == manifest.sha256((house / name).read_bytes())


def test_learning_twice_gives_the_same_bytes(archive: Path) -> None:
    first, man1 = build_files([archive])
    second, man2 = build_files([archive])
    assert first[manifest.MODEL] == second[manifest.MODEL]
    assert first == second and man1 == man2


def test_lexicon_has_titles_dates_and_variant_clusters(house: Path) -> None:
    lexicon = json.loads((house / manifest.LEXICON).read_text())
    belousov = next(r for r in lexicon["names"] if r["form"] == "Andrei Belousov")
    count, first, last = belousov["titles"]["defense minister"]
    assert count == belousov["count"] and "2024-01-01" <= first <= last <= "2024-10-26"
    tokens = lexicon["tokens"]
    assert tokens["zelensky"][2] == tokens["zelenskyy"][2] == "zelenskyy"  # one cluster, dominant form
    assert tokens["belousov"][2] == "belousov"


def test_binary_file_is_skipped_with_a_note(archive: Path, tmp_path: Path) -> None:
    proc = run_cli("learn", str(archive), "--out", str(tmp_path / "h"))
    assert proc.returncode == 0, proc.stderr
    assert "skipped" in proc.stderr and "logo.png" in proc.stderr
    assert (tmp_path / "h" / "manifest.json").is_file()


def test_too_small_archive_is_refused_and_nothing_written(tmp_path: Path) -> None:
    small = make_archive(tmp_path / "small", n=4)
    proc = run_cli("learn", str(small), "--out", str(tmp_path / "h"))
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0 and "too small" in proc.stderr
    assert not (tmp_path / "h").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".h")]


def test_existing_non_house_folder_is_not_replaced(archive: Path, tmp_path: Path) -> None:
    target = tmp_path / "docs"
    target.mkdir()
    (target / "keep.txt").write_text("mine")
    proc = run_cli("learn", str(archive), "--out", str(target))
    assert proc.returncode == 2 and "not a house folder" in proc.stderr
    assert (target / "keep.txt").read_text() == "mine"


def _copy(house: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(house, tmp_path / "house"))


def _check(house: Path, tmp_path: Path) -> tuple[int, str]:
    article = tmp_path / "a.txt"
    article.write_text("Defense Minister Andrei Belousov said on Monday that talks would resume.\n")
    proc = run_cli("check", "--house", str(house), str(article))
    return proc.returncode, proc.stderr


def test_tampered_house_is_refused(house: Path, tmp_path: Path) -> None:
    copy = _copy(house, tmp_path)
    lexicon = copy / manifest.LEXICON
    lexicon.write_text(lexicon.read_text().replace('"belousov"', '"belousow"'))
    code, err = _check(copy, tmp_path)
    assert code == 2 and err.strip().count("\n") == 0
    assert "lexicon.json does not match its hash" in err


def test_house_from_another_version_is_refused(house: Path, tmp_path: Path) -> None:
    copy = _copy(house, tmp_path)
    man = json.loads((copy / "manifest.json").read_text())
    man["version"] = "0.0.1"
    (copy / "manifest.json").write_text(json.dumps(man))
    code, err = _check(copy, tmp_path)
    assert code == 2 and "wire-audit 0.0.1" in err and "learn" in err


def test_untouched_house_is_accepted(house: Path, tmp_path: Path) -> None:
    code, err = _check(house, tmp_path)
    assert code == 0, err
