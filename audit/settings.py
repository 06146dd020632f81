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
    # Largest article read, in bytes (config `max-bytes`): bigger is an error, not a hang.
    max_bytes: int = MAX_BYTES

    def glossary_paths(self) -> tuple[str, ...]:
        """Explicit glossaries, else every glossary under ./glossaries when it exists."""
        if self.glossaries:
            return self.glossaries
        return (DEFAULT_GLOSSARY_DIR,) if Path(DEFAULT_GLOSSARY_DIR).is_dir() else ()

    def with_(self, **changes: Any) -> Settings:
        return replace(self, **changes)
