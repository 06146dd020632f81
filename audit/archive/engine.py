"""The one seam between archive runs and the per-article engine.

Everything the archive package needs from the engine goes through this module: loading the
knowledge (glossary, index, checks) and auditing one article. When the engine changes, only
`load_knowledge`, `knowledge_from` and `audit_article` need repointing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from audit.checks.base import Check
    from audit.glossary import Glossary
    from audit.model import ArticleResult
    from audit.settings import Settings


@dataclass(frozen=True)
class Knowledge:
    """What auditing an article needs besides its text; loaded once per process."""

    glossary: Glossary
    checks: Sequence[Check]
    index_factory: Callable[[Glossary], Any]
    settings: Settings


def load_knowledge(settings: Settings) -> Knowledge:
    """Glossary and index through the glossary cache (the driver, or a worker with the files)."""
    from audit.checks.registry import select_checks
    from audit.glossary.cache import load_indexed

    glossary, factory = load_indexed(settings.glossary_paths())
    return Knowledge(glossary, select_checks(settings.select, settings.ignore), factory, settings)


def knowledge_from(glossary: Glossary, settings: Settings) -> Knowledge:
    """Knowledge from a shipped glossary (a Dask worker): the index is built once, here."""
    from audit.checks.registry import select_checks
    from audit.parallel import built_once

    factory = built_once()
    if glossary.entries:
        factory(glossary)
    return Knowledge(glossary, select_checks(settings.select, settings.ignore), factory, settings)


def resolve_date(text: str, column_date: dt.date | None, settings: Settings) -> dt.date:
    """The row's date column, else --date, else a dateline in the text, else today."""
    from audit.text.dates import find_dateline

    return column_date or settings.date or find_dateline(text) or dt.date.today()


def audit_article(knowledge: Knowledge, path: str, text: str, date: dt.date) -> ArticleResult:
    """One article through the engine; raises AuditError for input the engine rejects."""
    from audit.runner import audit_document
    from audit.text.document import Document

    settings = knowledge.settings.with_(date=date)
    doc = Document(path=path, text=text)
    return audit_document(doc, knowledge.checks, knowledge.glossary, settings, knowledge.index_factory)


def signature(knowledge: Knowledge) -> dict[str, object]:
    """The run signature the engine records (version, glossaries, checks, settings)."""
    from audit.runner import signature as engine_signature

    return engine_signature(knowledge.settings, knowledge.glossary, knowledge.checks)
