"""Paths as the project names them (posix, relative to a config or baseline folder)."""

from __future__ import annotations

from pathlib import Path


def relative_path(path: str, root: str | Path | None) -> str:
    """`path` relative to `root` (posix) when it lies under it, else as given."""
    if root is None or path.startswith("<"):
        return Path(path).as_posix()
    try:
        return Path(path).resolve().relative_to(Path(root).resolve()).as_posix()
    except ValueError:
        return Path(path).as_posix()
