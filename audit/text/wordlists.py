"""Word lists shipped in audit/data: one lower-case entry a line, "#" lines are comments."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def wordlist(name: str) -> frozenset[str]:
    """The entries of audit/data/<name>, loaded once."""
    text = resources.files("audit").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))
