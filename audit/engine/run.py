"""Drive the Engine over many articles, serially or in worker processes."""

from __future__ import annotations

from collections.abc import Sequence

from audit.engine import parallel
from audit.engine.batch import batch_gc
from audit.engine.core import Engine, Progress
from audit.errors import AuditError
from audit.model import ArticleResult, RunResult
from audit.settings import Settings
from audit.text.document import Document
from audit.text.reader import discover, read_document


def run_paths(paths: Sequence[str], settings: Settings, progress: Progress | None = None) -> RunResult:
    """Audit every article under `paths`; raises AuditError before any output on bad input."""
    files = discover(paths, settings.include, settings.exclude)
    engine = Engine.load(settings)
    docs = [read_document(f) for f in files]  # every read error surfaces before any work
    return run_documents(engine, docs, progress)


def run_documents(engine: Engine, docs: list[Document], progress: Progress | None = None) -> RunResult:
    """Every document through the engine; with settings.jobs != 1 in worker processes
    (jobs 0 = every core): results in the same order with the same findings as serially."""
    report = progress or (lambda done, total: None)
    jobs = parallel.workers(engine.settings.jobs, len(docs))
    if jobs > 1:
        engine.knowledge.warm()
        initargs = (parallel.shareable(engine),)
        articles = parallel.ordered_map(_audit_in_worker, docs, jobs, report, parallel.start_engine, initargs)
    else:
        articles = []
        with batch_gc():
            for doc in docs:
                articles.append(engine.audit(doc))
                report(len(articles), len(docs))
    return RunResult(articles=tuple(articles), signature=engine.signature())


def _audit_in_worker(doc: Document) -> ArticleResult:
    try:
        return parallel.worker_engine().audit(doc)
    except AuditError as exc:
        raise parallel.WorkerError(str(exc)) from None
