"""Run settings with their defaults in one place; CLI, config files and API share names.

Precedence (lowest first): these defaults → project config (`[tool.wire-audit]` in
pyproject.toml or `.wire-audit.toml`) → command-line options.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from audit.model import Severity
from audit.text.reader import DEFAULT_INCLUDE, MAX_BYTES

DEFAULT_GLOSSARY_DIR = "glossaries"
DEFAULT_BASELINE = ".wire-audit-baseline.json"


@dataclass(frozen=True)
class PathOverride:
    """Checks to skip (or to keep only) for articles whose path matches one of `paths`."""

    paths: tuple[str, ...]
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()


@dataclass(frozen=True)
class Settings:
    glossaries: tuple[str, ...] = ()
    date: dt.date | None = None
    # The year of a dateline that gives none ("Sept 9 (Reuters)"); None: metadata, else today.
    year: int | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: Severity = Severity.MAJOR
    # Verdict thresholds on the 0–100 score (see audit/scoring.py).
    review_below: float = 98.0
    block_below: float = 90.0
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    jobs: int = 1
    options: dict[str, dict[str, Any]] = field(default_factory=dict)
    # Baseline of accepted findings (audit/baseline.py); None: no baseline.
    baseline: str | None = None
    overrides: tuple[PathOverride, ...] = ()
    # Folder of the config file: override globs and baseline paths are relative to it.
    root: str | None = None
    # The config file these settings came from (recorded in the run signature).
    config_file: str | None = None
    # Archive runs (audit/archive/): columns of a JSONL/CSV/Parquet export, result cache, Dask.
    id_column: str = "id"
    text_column: str = "text"
    date_column: str | None = None  # None: the `date` column when there is one
    cache_size: int = 512  # MB of cached archive results (least recently used go first)
    dask: str | None = None  # local:N or a scheduler address such as tcp://host:8786
    # Layer the bundled world pack (audit/data/world) under the glossaries (`--no-world`).
    world: bool = True
    # House folder written by `wire-audit learn` (audit/house/); None: no house checks.
    house: str | None = None
    # Largest article read, in bytes (config `max-bytes`): bigger is an error, not a hang.
    max_bytes: int = MAX_BYTES

    def glossary_paths(self) -> tuple[str, ...]:
        """Explicit glossaries, else every glossary under ./glossaries when it exists."""
        if self.glossaries:
            return self.glossaries
        return (DEFAULT_GLOSSARY_DIR,) if Path(DEFAULT_GLOSSARY_DIR).is_dir() else ()

    def with_(self, **changes: Any) -> Settings:
        return replace(self, **changes)
