"""Snapshots of the Factbook JSON repository, read straight from its git history.

Every commit that changes the content of some country file is one snapshot (dated by its
committer date); commits that only move, delete or restore files are not. Blobs are read
through one `git cat-file --batch` process and parsed once each (unchanged files are shared
between snapshots).
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REGION_SKIP = frozenset({"meta", "world", "oceans", "antarctica"})


@dataclass(frozen=True)
class Snapshot:
    """One dated state of the repository: country code → blob id."""

    commit: str
    day: dt.date
    blobs: dict[str, str]


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", f"--git-dir={repo}", *args], check=True, capture_output=True, text=True
    ).stdout


def git_dir(path: Path) -> Path:
    """The git directory of a bare mirror or of a work tree."""
    return path / ".git" if (path / ".git").exists() else path


def _tree(repo: Path, commit: str) -> dict[str, str]:
    blobs: dict[str, str] = {}
    for line in _git(repo, "ls-tree", "-r", commit).splitlines():
        meta, path = line.split("\t", 1)
        parts = path.split("/")
        if len(parts) == 2 and parts[1].endswith(".json") and parts[0] not in REGION_SKIP:
            blobs.setdefault(parts[1][: -len(".json")], meta.split()[2])
    return blobs


def snapshots(repo: Path, since: dt.date, min_gap_days: int = 0) -> list[Snapshot]:
    """Content-changing commits from `since` on, oldest first, at least `min_gap_days` apart
    (the latest snapshot is always kept, so the as-of date stays the data's last day)."""
    try:
        log = _git(repo, "log", "--first-parent", "--reverse", "--format=%H %cs", "HEAD")
    except (subprocess.CalledProcessError, FileNotFoundError):
        return []  # not a git repository, or one without commits
    seen: set[str] = set()
    out: list[Snapshot] = []
    previous: dict[str, str] = {}
    for line in log.splitlines():
        commit, day_s = line.split()
        day = dt.date.fromisoformat(day_s)
        if day < since:
            continue
        blobs = _tree(repo, commit)
        changed = any(previous.get(c) not in (None, b) for c, b in blobs.items())
        fresh = any(b not in seen for b in blobs.values())
        if blobs and (changed or fresh):
            if out and out[-1].day == day:  # one snapshot per day: the day's last commit
                out.pop()
            out.append(Snapshot(commit, day, blobs))
        seen.update(blobs.values())
        previous = blobs or previous
    return _thin(out, min_gap_days)


def _thin(snaps: list[Snapshot], min_gap_days: int) -> list[Snapshot]:
    if min_gap_days <= 0 or not snaps:
        return snaps
    kept = [snaps[0]]
    for s in snaps[1:-1]:
        if (s.day - kept[-1].day).days >= min_gap_days:
            kept.append(s)
    if snaps[-1] is not kept[-1]:
        kept.append(snaps[-1])
    return kept


class BlobReader:
    """Parsed JSON of blobs, one `git cat-file --batch` process, memoized by blob id."""

    def __init__(self, repo: Path, extract: Callable[[dict[str, Any]], Any]) -> None:
        self._proc = subprocess.Popen(
            ["git", f"--git-dir={repo}", "cat-file", "--batch"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        self._extract = extract
        self._memo: dict[str, Any] = {}

    def get(self, blob: str) -> Any:
        if blob not in self._memo:
            self._memo[blob] = self._extract(json.loads(self._read(blob)))
        return self._memo[blob]

    def _read(self, blob: str) -> bytes:
        assert self._proc.stdin is not None and self._proc.stdout is not None
        self._proc.stdin.write(blob.encode() + b"\n")
        self._proc.stdin.flush()
        header = self._proc.stdout.readline().split()
        data = self._proc.stdout.read(int(header[2]))
        self._proc.stdout.read(1)
        return data

    def close(self) -> None:
        if self._proc.stdin:
            self._proc.stdin.close()
        self._proc.wait()

    def __enter__(self) -> BlobReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def iter_states(
    repo: Path, snaps: list[Snapshot], reader: BlobReader
) -> Iterator[tuple[Snapshot, dict[str, Any]]]:
    """(snapshot, country code → extracted record) for every snapshot."""
    for snap in snaps:
        yield snap, {code: reader.get(blob) for code, blob in sorted(snap.blobs.items())}
