"""Auditing a batch of rows in any process: the driver, a `--jobs` worker or a Dask worker.

Knowledge is loaded once per process and kept in a module-level registry keyed by its
fingerprint, so a Dask worker builds the glossary index for its first task only, not per
partition or per article.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from audit.archive import engine, memory
from audit.archive.rows import Row, RowError
from audit.errors import AuditError

if TYPE_CHECKING:
    from audit.glossary import Glossary
    from audit.model import ArticleResult
    from audit.settings import Settings

_loaded: dict[str, engine.Knowledge] = {}
builds = 0  # knowledge built in this process (tests check it is once per worker, not per task)


@dataclass(frozen=True)
class Payload:
    """What travels to a worker once: the glossary, the settings and their fingerprint."""

    glossary: Glossary
    settings: Settings
    fingerprint: str
    keep_text: bool = False


def register(fingerprint: str, knowledge: engine.Knowledge) -> None:
    """Knowledge the driver already loaded (a forked `--jobs` worker inherits it)."""
    _loaded.clear()  # one run's knowledge at a time: an old glossary is not kept alive
    _loaded[fingerprint] = knowledge


def knowledge(payload: Payload) -> engine.Knowledge:
    """This process's knowledge for the payload, built on first use."""
    global builds
    found = _loaded.get(payload.fingerprint)
    if found is None:
        from audit.engine.batch import use_batch_gc

        builds += 1
        use_batch_gc()  # a worker only ever audits batches
        found = engine.knowledge_from(payload.glossary, payload.settings)
        register(payload.fingerprint, found)
    return found


def audit_row(known: engine.Knowledge, row: Row, keep_text: bool) -> ArticleResult | RowError:
    """One row's result (its text dropped unless wanted: results cross process boundaries)."""
    if row.error is not None:
        return RowError(row.number, row.path, row.error)
    date = engine.resolve_date(row.text, row.date, known.settings)
    try:
        result = engine.audit_article(known, row.path, row.text, date)
    except AuditError as exc:
        return RowError(row.number, row.path, str(exc))
    return result if keep_text else replace(result, text="")


def audit_rows(payload: Payload, rows: Sequence[Row]) -> list[ArticleResult | RowError]:
    """Each row audited, in order; a row the engine rejects becomes a RowError."""
    known = knowledge(payload)
    outcomes = [audit_row(known, row, payload.keep_text) for row in rows]
    memory.trim()  # long runs: the engine's word caches must not grow past the budget
    return outcomes
