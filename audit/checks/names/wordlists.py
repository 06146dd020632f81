"""Small word lists the name checks read from audit/data (titles, demonyms), loaded once."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from audit.text.normalize import fold


def _lines(name: str) -> list[str]:
    text = resources.files("audit").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return [ln.rstrip("\n") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    """Folded title/office words that may precede a name without being part of it."""
    return frozenset(fold(w.strip()) for w in _lines("titles.txt"))


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Folded demonym → country short name ("american" → "U.S.")."""
    out = {}
    for line in _lines("demonyms.txt"):
        demonym, _, country = line.partition("\t")
        out[fold(demonym.strip())] = country.strip()
    return out
