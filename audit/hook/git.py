"""Read what git has staged: the index content of files, never the working tree."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Sequence
from pathlib import Path

from audit.errors import ConfigError


def git(*args: str, cwd: str | Path | None = None, stdin: bytes | None = None) -> bytes:
    """Output of one git command; a failure is a one-line error (exit 2)."""
    try:
        proc = subprocess.run(["git", *args], cwd=cwd, input=stdin, capture_output=True, check=False)
    except FileNotFoundError:
        raise ConfigError("git is not installed (or not on PATH)") from None
    if proc.returncode != 0:
        message = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ConfigError(f"git {args[0]}: {message[-1] if message else 'failed'}")
    return proc.stdout


def toplevel(cwd: str | Path | None = None) -> Path:
    """The top of the work tree; git runs hooks there, so `.git` here saves a git call."""
    here = Path(cwd or Path.cwd())
    if (here / ".git").exists():
        return here
    return Path(os.fsdecode(git("rev-parse", "--show-toplevel", cwd=cwd).strip()))


def hooks_dir(cwd: str | Path | None = None) -> Path:
    """The hooks folder git uses (honours core.hooksPath and worktrees)."""
    raw = os.fsdecode(git("rev-parse", "--git-path", "hooks", cwd=cwd).strip())
    path = Path(raw)
    return path if path.is_absolute() else Path(cwd or Path.cwd()) / path


def staged_paths(cwd: str | Path | None = None) -> list[str]:
    """Files added, copied, modified or renamed in the index, whatever their names hold.

    --no-renames reports a rename (or copy) as its new path added, so every change type
    git knows ends up here; -z keeps names with newlines, quotes or tabs intact."""
    out = git("diff", "--cached", "--name-only", "--no-renames", "--diff-filter=ACM", "-z", cwd=cwd)
    return [os.fsdecode(p) for p in out.split(b"\0") if p]


def staged_blobs(cwd: str | Path | None = None) -> dict[str, bytes]:
    """Path → blob id of every file in the index (stage 0), from `git ls-files -s -z`."""
    blobs = {}
    for record in git("ls-files", "--stage", "-z", cwd=cwd).split(b"\0"):
        meta, _, name = record.partition(b"\t")
        fields = meta.split(b" ")
        if len(fields) == 3 and fields[2] == b"0" and not fields[0].startswith(b"120"):  # no symlinks
            blobs[os.fsdecode(name)] = fields[1]
    return blobs


def read_index(paths: Sequence[str], cwd: str | Path | None = None) -> dict[str, bytes | None]:
    """The staged content of each path (None when it is not in the index), in two git calls.

    Blobs are asked for by id (`git cat-file --batch`), so no file name, even one with a
    newline, has to pass through the line-based request."""
    if not paths:
        return {}
    blobs = staged_blobs(cwd)
    names = [p for p in paths if p in blobs]
    request = b"".join(blobs[p] + b"\n" for p in names)
    out = git("cat-file", "--batch", cwd=cwd, stdin=request) if names else b""
    result: dict[str, bytes | None] = dict.fromkeys(paths)
    pos = 0
    for name in names:
        end = out.index(b"\n", pos)
        header = out[pos:end].split(b" ")
        pos = end + 1
        if len(header) == 3:  # "<sha> <type> <size>", else "<sha> missing"
            size = int(header[2])
            if header[1] == b"blob":
                result[name] = out[pos : pos + size]
            pos += size + 1
    return result
