"""What a folder means: the article files under it, as ruff or ripgrep would walk it.

Honoured: `.gitignore` and `.ignore` files (gitignore syntax, via pathspec) in the folder,
its subfolders and, inside a git work tree, the folders above it up to the top. Skipped:
hidden files and folders (`.git`, `.venv`…), VCS and tool folders, virtual environments
(any folder holding `pyvenv.cfg`), `node_modules`, `*.egg-info`, build outputs, and files
that are not copy (README, LICENSE, CHANGELOG… and `docs/`). A file named on the command
line is always audited; these rules apply inside folders only.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

IGNORE_FILES = (".gitignore", ".ignore")
SKIP_DIRS = frozenset({
    "CVS", "_darcs", "node_modules", "__pycache__", "site-packages", "build", "dist", "venv", "env",
    "htmlcov", "docs", "doc",
})  # fmt: skip
SKIP_DIR_GLOBS = ("*.egg-info", "*.dist-info")
# Project files that are not copy: README, LICENSE… with any suffix, in any case.
# Kept short on purpose: "news.txt" or "history.md" may well be copy.
NOT_COPY = ("readme", "license", "licence", "copying", "changelog", "contributing", "code_of_conduct",
            "authors", "notice")  # fmt: skip


def _matches(path: Path, patterns: Iterable[str]) -> bool:
    posix = path.as_posix()
    return any(fnmatch.fnmatch(path.name, p) or fnmatch.fnmatch(posix, p) for p in patterns)


def is_copy_name(name: str) -> bool:
    """False for README.md, LICENSE, CHANGELOG.txt and the like."""
    return name.split(".", 1)[0].lower() not in NOT_COPY


def _skip_dir(folder: Path, name: str) -> bool:
    if name.startswith(".") or name in SKIP_DIRS:
        return True
    if any(fnmatch.fnmatch(name, g) for g in SKIP_DIR_GLOBS):
        return True
    return (folder / name / "pyvenv.cfg").exists()  # a virtualenv, whatever its name


def _spec(folder: Path) -> Any:
    """The gitignore rules of one folder (its .gitignore and .ignore), or None."""
    lines: list[str] = []
    for name in IGNORE_FILES:
        try:
            lines += (folder / name).read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            continue
    if not lines:
        return None
    from pathspec import GitIgnoreSpec

    return GitIgnoreSpec.from_lines(lines)


def _above(root: Path) -> list[tuple[Path, Any]]:
    """Ignore rules of the folders above `root`, up to the top of its git work tree."""
    found: list[tuple[Path, Any]] = []
    folder = root.resolve()
    for parent in folder.parents:
        spec = _spec(parent)
        if spec is not None:
            found.append((parent, spec))
        if (parent / ".git").exists():
            return found
    return []  # not in a git work tree: only the rules inside the folder apply


def _ignored(path: Path, is_dir: bool, rules: Sequence[tuple[Path, Any]]) -> bool:
    for base, spec in rules:
        try:
            rel = path.resolve().relative_to(base).as_posix()
        except ValueError:
            continue
        if spec.match_file(rel + ("/" if is_dir else "")):
            return True
    return False


def walk(root: Path, include: Sequence[str], exclude: Sequence[str]) -> Iterator[Path]:
    """Article files under `root`, sorted, by the rules in the module docstring."""
    base_rules = [(p.resolve(), s) for p, s in _above(root)]
    stack: list[tuple[Path, list[tuple[Path, Any]]]] = [(root, base_rules)]
    found: list[Path] = []
    while stack:
        folder, rules = stack.pop()
        spec = _spec(folder)
        rules = [*rules, (folder.resolve(), spec)] if spec is not None else rules
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            continue  # an unreadable sub-folder is skipped, as git does
        for entry in entries:
            path = Path(entry.path)
            if entry.is_dir(follow_symlinks=False):
                if not _skip_dir(folder, entry.name) and not _ignored(path, True, rules):
                    stack.append((path, rules))
            elif entry.is_file() and _wanted(path, include, exclude) and not _ignored(path, False, rules):
                found.append(path)
    return iter(sorted(found))


def _wanted(path: Path, include: Sequence[str], exclude: Sequence[str]) -> bool:
    if path.name.startswith(".") or not is_copy_name(path.name):
        return False
    return _matches(path, include) and not _matches(path, exclude)
