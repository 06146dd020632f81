"""`check` and `baseline`: articles under paths → RunResult, a thin driver over the Engine.

The names below are the engine's (audit/engine/), kept here for callers of the old API.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from audit.checks.base import Check, CheckContext
from audit.checks.knowledge import Knowledge
from audit.engine.batch import BATCH_GC_THRESHOLD, batch_gc, use_batch_gc
from audit.engine.core import Engine, Progress, article_date, load_knowledge, run_checks, score_article
from audit.engine.run import run_documents, run_paths
from audit.engine.signature import signature
from audit.glossary.model import Glossary
from audit.model import ArticleResult, RunResult
from audit.settings import Settings
from audit.text.document import Document

__all__ = [
    "BATCH_GC_THRESHOLD",
    "Engine",
    "Progress",
    "article_date",
    "audit_document",
    "batch_gc",
    "load_knowledge",
    "make_context",
    "run",
    "run_checks",
    "run_documents",
    "score_article",
    "signature",
    "use_batch_gc",
]


def audit_document(
    doc: Document, checks: Sequence[Check], glossary: Glossary, settings: Settings, index_factory: Any = None
) -> ArticleResult:
    """Old API (other branches' benches): one article through `checks`; prefer Engine.audit."""
    return Engine(settings, Knowledge(glossary, index_factory), list(checks)).audit(doc)


def make_context(
    doc: Document, glossary: Glossary, settings: Settings, index_factory: Any = None
) -> CheckContext:
    """Old API: the CheckContext of one article; prefer Engine.context."""
    return Engine(settings, Knowledge(glossary, index_factory), []).context(doc)


def run(paths: Sequence[str], settings: Settings, progress: Progress | None = None) -> RunResult:
    """Audit every article under `paths`; raises AuditError before any output on bad input."""
    return run_paths(paths, settings, progress)
