"""discover → read → check → score → RunResult. No printing: the CLI renders results."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import hashlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from audit import __version__, parallel, scoring, suppress
from audit.checks.base import Check, CheckContext
from audit.checks.registry import select_checks
from audit.dedupe import merge_duplicates
from audit.glossary import Glossary
from audit.glossary.cache import load_indexed
from audit.model import ArticleResult, Finding, RunResult
from audit.settings import Settings
from audit.text.dates import find_dateline
from audit.text.document import Document
from audit.text.reader import discover, read_document


def article_date(doc: Document, settings: Settings) -> dt.date:
    """--date, else a dateline in the text, else today."""
    return settings.date or find_dateline(doc.text) or dt.date.today()


IndexFactory = Callable[[Glossary], Any]


def make_context(
    doc: Document, glossary: Glossary, settings: Settings, index_factory: IndexFactory | None = None
) -> CheckContext:
    return CheckContext(
        doc=doc,
        glossary=glossary,
        date=article_date(doc, settings),
        options=settings.options,
        index_factory=index_factory,
    )


def run_checks(ctx: CheckContext, checks: Sequence[Check]) -> list[Finding]:
    """Findings of every check, one per problem (see audit/dedupe.py), in text order."""
    glossary = ctx.glossary
    findings: dict[tuple[str, int, int], Finding] = {}
    for check in checks:
        if check.needs_glossary and not glossary.entries:
            continue
        for f in check.run(ctx):
            findings.setdefault((f.code, f.start, f.end), f)
    return merge_duplicates(findings.values())


def score_article(
    doc: Document, findings: Sequence[Finding], settings: Settings, language: str | None = None
) -> ArticleResult:
    value = scoring.score(findings, doc.words)
    return ArticleResult(
        path=doc.path,
        words=doc.words,
        encoding=doc.encoding,
        findings=tuple(findings),
        score=value,
        verdict=scoring.verdict(findings, value, settings),
        notes=doc.notes,
        language=language,
        text=doc.text,
    )


def audit_document(
    doc: Document,
    checks: Sequence[Check],
    glossary: Glossary,
    settings: Settings,
    index_factory: IndexFactory | None = None,
) -> ArticleResult:
    """One article through every check; pass the run's `index_factory` to share one index."""
    ctx = make_context(doc, glossary, settings, index_factory)
    # Overrides, inline markers and baseline, before scoring (audit/suppress.py).
    findings = suppress.apply(doc, run_checks(ctx, checks), settings)
    # Language-id checks record the detected language here (None when none ran).
    return score_article(doc, findings, settings, language=ctx.memo.get("language"))


def signature(settings: Settings, glossary: Glossary, checks: Sequence[Check]) -> dict[str, object]:
    """Every setting behind a score, so that a number can be reproduced (cf. sacrebleu):
    also the config file, per-path overrides, check options and the baseline that hid findings."""
    return {
        "version": __version__,
        "glossaries": [{"path": p, "sha256": h} for p, h in glossary.sources],
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


# Young-generation GC threshold while auditing a batch (CPython's default is 700).
BATCH_GC_THRESHOLD = 20_000


@contextmanager
def batch_gc() -> Iterator[None]:
    """Fewer garbage collections while a batch of articles is audited, as mypy does.

    An article allocates tens of thousands of short-lived tuples, so at the default threshold
    the collector runs dozens of times per article and keeps re-walking the results already
    kept; at 20,000 the benchmark's CPU time per article fell by ~8%. Extra memory is bounded
    by the threshold. The caller's policy is restored on exit (and left alone if GC is off).
    """
    old = use_batch_gc()
    try:
        yield
    finally:
        gc.set_threshold(*old)


def use_batch_gc() -> tuple[int, int, int]:
    """Switch to the batch GC threshold for good (a worker process); returns the old thresholds."""
    old = gc.get_threshold()
    if old[0]:
        gc.set_threshold(max(old[0], BATCH_GC_THRESHOLD), *old[1:])
    return old


Progress = Callable[[int, int], None]  # (articles done, total): the CLI draws the bar


def _audit_all(
    docs: list[Document],
    checks: Sequence[Check],
    glossary: Glossary,
    settings: Settings,
    progress: Progress,
    index_factory: IndexFactory | None = None,
) -> list[ArticleResult]:
    articles = []
    with batch_gc():
        for doc in docs:
            articles.append(audit_document(doc, checks, glossary, settings, index_factory))
            progress(len(articles), len(docs))
    return articles


def run(paths: Sequence[str], settings: Settings, progress: Progress | None = None) -> RunResult:
    """Audit every article under `paths`; raises AuditError before any output on bad input.

    With settings.jobs != 1 the articles are audited in worker processes (jobs 0 = every
    core); results come back in the same order with the same findings as a serial run.
    """
    files = discover(paths, settings.include, settings.exclude)
    # One index per run, unpickled from the glossary cache when the files are unchanged.
    glossary, index_factory = load_indexed(settings.glossary_paths())
    checks = select_checks(settings.select, settings.ignore)
    docs = [read_document(f, settings.max_bytes) for f in files]  # every read error surfaces before any work
    report = progress or (lambda done, total: None)
    jobs = parallel.workers(settings.jobs, len(docs))
    if jobs > 1:
        if glossary.entries:  # build or unpickle once, before fork, not once per worker
            index_factory(glossary)
        articles = parallel.audit_parallel(docs, glossary, settings, jobs, report, index_factory)
    else:
        articles = _audit_all(docs, checks, glossary, settings, report, index_factory)
    return RunResult(articles=tuple(articles), signature=signature(settings, glossary, checks))
