"""Word lists shipped in audit/data: one entry a line, "#" lines are comments.

Read with a plain path next to the package: `importlib.resources` costs ~15 ms to import,
a tenth of the hook's start-up budget, and the package is always installed as files.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data"


def data_lines(name: str) -> list[str]:
    """The non-blank, non-comment lines of audit/data/<name>, stripped."""
    text = (DATA / name).read_text(encoding="utf-8")
    return [ln for ln in map(str.strip, text.splitlines()) if ln and not ln.startswith("#")]


@cache
def wordlist(name: str) -> frozenset[str]:
    """The entries of audit/data/<name>, loaded once."""
    return frozenset(data_lines(name))
