"""Write a file whole or not at all: a temp file in the target's folder, then a rename.

A full disk, SIGTERM or an encoding error half-way leaves the previous report or baseline
as it was (a truncated baseline would lose every accepted finding), never a torn file.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from audit.errors import ConfigError


@contextlib.contextmanager
def replacing(target: Path) -> Iterator[Path]:
    """A temporary path to write; it replaces `target` only when the block ends normally."""
    if target.is_dir():
        raise ConfigError(f"cannot write {target}: it is a folder")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_text(target: Path, text: str, errors: str = "strict", newline: str | None = None) -> None:
    """`target.write_text(text)` (UTF-8), atomically."""
    with replacing(target) as tmp, open(tmp, "w", encoding="utf-8", errors=errors, newline=newline) as fh:
        fh.write(text)


def refuse_inputs(targets: Iterable[Path], inputs: Iterable[str]) -> None:
    """An output path that is one of the run's input files would replace the article."""
    known = {_identity(Path(p)) for p in inputs}
    known.discard(None)
    for target in targets:
        if _identity(target) in known:
            raise ConfigError(f"--out: {target} is an input file; refusing to overwrite it")


def _identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of an existing file: catches the same file by another name."""
    try:
        st = path.stat()
    except (OSError, ValueError):
        return None
    return (st.st_dev, st.st_ino)


def write_files(out_dir: Path, writer: Callable[[Path], list[Path]]) -> list[Path]:
    """Run `writer` on a staging folder inside `out_dir`, then rename each file it wrote
    into `out_dir`; returns the final paths. Nothing lands in `out_dir` if it fails."""
    staging = Path(tempfile.mkdtemp(prefix=".wire-audit-", dir=out_dir))
    try:
        written = writer(staging)
        final = [out_dir / path.relative_to(staging) for path in written]
        for path, target in zip(written, final, strict=True):
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(path, target)
        return final
    finally:
        shutil.rmtree(staging, ignore_errors=True)
