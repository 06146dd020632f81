"""The run signature: every setting behind a score, so that a number can be reproduced."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Sequence
from pathlib import Path

from audit import __version__
from audit.checks.base import Check
from audit.glossary import Glossary
from audit.settings import Settings
from audit.world import is_world_source


def signature(settings: Settings, glossary: Glossary, checks: Sequence[Check]) -> dict[str, object]:
    """Every setting behind a score (cf. sacrebleu): also the config file, per-path
    overrides, check options and the baseline that hid findings."""
    return {
        "version": __version__,
        "glossaries": [{"path": p, "sha256": h} for p, h in glossary.sources if not is_world_source(p)],
        "glossary_digest": glossary.digest,
        "entries": len(glossary.entries),
        "checks": [c.code for c in checks],
        "date": settings.date.isoformat() if settings.date else "dateline-or-today",
        "thresholds": {"review_below": settings.review_below, "block_below": settings.block_below},
        "config": settings.config_file,
        "overrides": [dataclasses.asdict(o) for o in settings.overrides],
        "options": settings.options,
        "baseline": _file_signature(settings.baseline),
    }


def _file_signature(path: str | None) -> dict[str, str] | None:
    """{"path", "sha256"} of a file the run read (None when there is none)."""
    if path is None:
        return None
    try:
        digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        digest = "unreadable"
    return {"path": path, "sha256": digest}
