"""What a folder means: article files only, .gitignore/.ignore honoured, tool folders skipped."""

from __future__ import annotations

from pathlib import Path

from audit.glossary.loader import glossary_files
from audit.text.reader import DEFAULT_INCLUDE, discover


def touch(root: Path, *names: str) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("Copy.\n", encoding="utf-8")


def found(root: Path, exclude: tuple[str, ...] = ()) -> list[str]:
    return [Path(p).relative_to(root).as_posix() for p in discover([root], DEFAULT_INCLUDE, exclude)]


def test_only_article_files_outside_tool_folders(tmp_path):
    touch(tmp_path, "a.txt", "desk/b.md", "README.md", "LICENSE.txt", "CHANGELOG.md", "docs/guide.md",
          ".git/x.txt", ".venv/y.txt", "venv2/lib.txt", "node_modules/m/r.md", "pkg.egg-info/PKG.txt",
          "build/out.txt", "dist/d.txt", "__pycache__/c.txt", ".hidden.txt")  # fmt: skip
    (tmp_path / "venv2" / "pyvenv.cfg").write_text("home = /usr\n")
    assert found(tmp_path) == ["a.txt", "desk/b.md"]


def test_gitignore_and_ignore_files_are_honoured_at_every_level(tmp_path):
    touch(tmp_path, "a.txt", "drafts/d.txt", "desk/b.txt", "desk/old.txt", "desk/keep.txt", "x.log.txt")
    (tmp_path / ".gitignore").write_text("drafts/\n*.log.txt\n")
    (tmp_path / "desk" / ".ignore").write_text("old.txt\n")
    assert found(tmp_path) == ["a.txt", "desk/b.txt", "desk/keep.txt"]
    assert found(tmp_path, exclude=("keep*",)) == ["a.txt", "desk/b.txt"]


def test_gitignore_above_the_folder_counts_inside_a_work_tree(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".gitignore").write_text("*.skip.txt\n")
    touch(tmp_path, "desk/a.txt", "desk/b.skip.txt")
    assert found(tmp_path / "desk") == ["a.txt"]


def test_a_named_file_is_always_audited(tmp_path):
    touch(tmp_path, "README.md")
    assert discover([tmp_path / "README.md"]) == [str(tmp_path / "README.md")]


def test_glossary_folder_loads_glossary_files_only(tmp_path):
    touch(tmp_path, "names.yaml", "README.md", "README.yaml", "sub/x.yaml/inner.txt", ".old/y.yaml", "t.csv")
    assert [p.relative_to(tmp_path).as_posix() for p in glossary_files([tmp_path])] == ["names.yaml", "t.csv"]
