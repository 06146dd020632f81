"""`check` and `baseline`: articles under paths → RunResult, a thin driver over the Engine.

The names below are the engine's (audit/engine/), kept here for callers of the old API.
"""

from __future__ import annotations

from collections.abc import Sequence

from audit.engine.batch import BATCH_GC_THRESHOLD, batch_gc, use_batch_gc
from audit.engine.core import Engine, Progress, article_date, load_knowledge, run_checks, score_article
from audit.engine.run import run_documents, run_paths
from audit.engine.signature import signature
from audit.model import RunResult
from audit.settings import Settings

__all__ = [
    "BATCH_GC_THRESHOLD",
    "Engine",
    "Progress",
    "article_date",
    "batch_gc",
    "load_knowledge",
    "run",
    "run_checks",
    "run_documents",
    "score_article",
    "signature",
    "use_batch_gc",
]


def run(paths: Sequence[str], settings: Settings, progress: Progress | None = None) -> RunResult:
    """Audit every article under `paths`; raises AuditError before any output on bad input."""
    return run_paths(paths, settings, progress)
