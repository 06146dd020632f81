"""Drive the Engine over many articles, serially or in worker processes."""

from __future__ import annotations

from collections.abc import Sequence

from audit import scoring
from audit.engine import parallel
from audit.engine.batch import batch_gc
from audit.engine.core import Engine, Progress
from audit.engine.failed import failed
from audit.errors import AuditError, InputError
from audit.model import ArticleResult, RunResult
from audit.settings import Settings
from audit.text.document import Document
from audit.text.reader import MAX_BYTES, discover, read_document


def run_paths(
    paths: Sequence[str], settings: Settings, progress: Progress | None = None, stdin_name: str | None = None
) -> RunResult:
    """Audit every article under `paths`; raises AuditError before any work on a bad
    config, glossary or path; files that cannot be read become error records."""
    files = discover(paths, settings.include, settings.exclude)
    engine = Engine.load(settings)
    docs, errors = read_all(files, settings.max_bytes)
    if stdin_name:  # --stdin-filename: the name reported (and matched by overrides) for "-"
        for doc in docs:
            doc.path = stdin_name if doc.path == "<stdin>" else doc.path
    return run_documents(engine, docs, progress, errors)


def read_all(files: Sequence[str], max_bytes: int = MAX_BYTES) -> tuple[list[Document], list[ArticleResult]]:
    """(documents, error records): an empty, binary, undecodable or vanished file is a
    record of its own (audit/engine/failed.py), the rest of the batch goes on."""
    docs: list[Document] = []
    errors: list[ArticleResult] = []
    for name in files:
        try:
            docs.append(read_document(name, max_bytes))
        except InputError as exc:
            errors.append(failed(exc))
    return docs, errors


def run_documents(
    engine: Engine,
    docs: list[Document],
    progress: Progress | None = None,
    errors: Sequence[ArticleResult] = (),
) -> RunResult:
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
    ranked = scoring.ranked([*errors, *articles])  # every report: worst first
    sig = engine.signature()
    hidden = sum(a.extra.get("baseline_hidden", 0) for a in ranked)
    if hidden:
        sig["baseline_hidden"] = hidden
    return RunResult(articles=ranked, signature=sig)


def _audit_in_worker(doc: Document) -> ArticleResult:
    try:
        return parallel.worker_engine().audit(doc)
    except AuditError as exc:
        raise parallel.WorkerError(str(exc)) from None
