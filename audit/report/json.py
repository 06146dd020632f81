"""JSON output, schema 1 (documented in README.md: "JSON output")."""

from __future__ import annotations

import json
from typing import Any

from audit import __version__
from audit.model import ArticleResult, RunResult, Severity
from audit.report import ReportOptions

SCHEMA = 1


def article_record(article: ArticleResult) -> dict[str, Any]:
    record: dict[str, Any] = {
        "path": article.path,
        "words": article.words,
        "encoding": article.encoding,
        "language": article.language,
        "score": article.score,
        "verdict": str(article.verdict),
        "counts": {str(s): article.count(s) for s in Severity},
        "notes": list(article.notes),
        "date": article.date,
        "date_source": article.date_source,
        "findings": [f.to_record() for f in article.findings],
    }
    if article.error is not None:
        record["error"] = dict(article.error)
    if article.extra:
        record["extra"] = article.extra
    return record


def run_record(run: RunResult) -> dict[str, Any]:
    record: dict[str, Any] = {
        "schema": SCHEMA,
        "tool": "wire-audit",
        "version": __version__,
        "signature": run.signature,
        "articles": [article_record(a) for a in run.articles],
    }
    if run.extra:
        record["extra"] = run.extra
    return record


def render(run: RunResult, options: ReportOptions) -> str:
    return json.dumps(run_record(run), ensure_ascii=False, indent=2, default=str) + "\n"
