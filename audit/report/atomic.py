"""Report files written atomically: a temp file or folder, renamed into place when complete.

An interrupted run (Ctrl-C, a killed process, a full disk) leaves the previous report or
none, never a truncated one; the temporaries are removed on any exception.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

STAGING_PREFIX = ".wire-audit-"


@contextmanager
def staged_file(target: Path) -> Iterator[Path]:
    """A temp path beside `target`; renamed onto it if the block completes, else removed."""
    fd, name = tempfile.mkstemp(prefix=STAGING_PREFIX + target.name, suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def write_text(target: Path, text: str) -> None:
    """`target.write_text(text)` (UTF-8, newlines as given), but atomic."""
    with staged_file(target) as tmp:
        tmp.write_text(text, encoding="utf-8", newline="")


def write_files(out_dir: Path, writer: Callable[[Path], list[Path]]) -> list[Path]:
    """Run `writer` on a staging folder inside `out_dir`, then rename each file it wrote
    into `out_dir`; returns the final paths. Nothing lands in `out_dir` if it fails."""
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out_dir))
    try:
        written = writer(staging)
        final = [out_dir / path.relative_to(staging) for path in written]
        for path, target in zip(written, final, strict=True):
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(path, target)
        return final
    finally:
        shutil.rmtree(staging, ignore_errors=True)
