"""The cache key fingerprints all package code and every data file: no stale index."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from audit.glossary import cache

PACKAGE = Path(cache.__file__).resolve().parents[1]


@pytest.fixture
def package(tmp_path: Path) -> Path:
    """A copy of the package to edit (the real one is never touched)."""
    copy = tmp_path / "audit"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


@pytest.mark.parametrize(
    "edited",
    ["data/titles.txt", "data/verbs_en.txt", "checks/office/table.py", "checks/knowledge.py"],
)
def test_editing_a_data_file_or_module_changes_the_key(package: Path, edited: str) -> None:
    before = cache.code_fingerprint(package)
    with (package / edited).open("a", encoding="utf-8") as fh:
        fh.write("\n# edited\n")
    assert cache.code_fingerprint.__wrapped__(package) != before


def test_unchanged_copy_has_the_same_key(package: Path) -> None:
    assert cache.code_fingerprint.__wrapped__(package) == cache.code_fingerprint.__wrapped__(PACKAGE)


def test_a_new_fingerprint_rebuilds_the_cached_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    glossary = tmp_path / "g.yaml"
    glossary.write_text("entries:\n  - canonical: Tsukuryne\n    kind: place\n", encoding="utf-8")
    monkeypatch.setenv(cache.ENV, str(tmp_path / "cache"))
    built: list[int] = []

    def build(g):  # counts real builds: a cache hit does not call it
        from audit.engine.tables import build_index

        built.append(1)
        return build_index(g)

    for fingerprint in ("code-a", "code-a", "code-b"):
        monkeypatch.setattr(cache, "code_fingerprint", lambda fp=fingerprint: fp)
        g, factory = cache.load_indexed([glossary], build)
        factory(g)
    assert len(built) == 2  # a, then a from the cache, then b: rebuilt for the new code
    assert len(list((tmp_path / "cache").glob("index-*.pickle"))) == 2
