"""Counts kept while an archive run streams, and the summary printed at its end."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from audit.archive.rows import RowError
from audit.model import ArticleResult, Severity

MAX_ERRORS_SHOWN = 10  # per-row errors listed on the terminal; all are in the report


@dataclass
class Tally:
    """Rows seen, cache hits, findings by severity and per-row errors of a run."""

    started: float
    rows: int = 0
    hits: int = 0
    severities: Counter[str] = field(default_factory=Counter)
    errors: list[RowError] = field(default_factory=list)

    def add(self, outcomes: Sequence[ArticleResult | RowError], hits: int) -> list[ArticleResult]:
        """Count a chunk's outcomes; returns its articles (errors are kept apart)."""
        self.rows += len(outcomes)
        self.hits += hits
        articles = []
        for outcome in outcomes:
            if isinstance(outcome, RowError):
                self.errors.append(outcome)
                continue
            articles.append(outcome)
            self.severities.update(str(f.severity) for f in outcome.findings)
        return articles

    def extra(self) -> dict[str, Any]:
        """The run's `extra`: JSON-ready counts and every per-row error."""
        seconds = max(time.perf_counter() - self.started, 1e-9)
        return {
            "archive": {
                "rows": self.rows,
                "articles": self.rows - len(self.errors),
                "cache_hits": self.hits,
                "failures": len(self.errors),
                "findings": {str(s): self.severities[str(s)] for s in reversed(Severity)},
                "seconds": round(seconds, 3),
                "articles_per_second": round(self.rows / seconds, 1),
            },
            "errors": [e.to_record() for e in self.errors],
        }


def render(extra: dict[str, Any]) -> str:
    """The end-of-run summary for the terminal (stderr), errors first."""
    stats = extra["archive"]
    lines = [f"{e['path']} (row {e['row']}): {e['error']}" for e in extra["errors"][:MAX_ERRORS_SHOWN]]
    if len(extra["errors"]) > MAX_ERRORS_SHOWN:
        lines.append(f"… and {len(extra['errors']) - MAX_ERRORS_SHOWN} more row errors (see the report)")
    found = ", ".join(f"{n} {s}" for s, n in stats["findings"].items())
    lines.append(
        f"archive: {stats['articles']} articles ({stats['cache_hits']} from cache), "
        f"findings: {found}; {stats['failures']} failed rows; "
        f"{stats['seconds']:.1f} s, {stats['articles_per_second']:.0f} articles/s"
    )
    return "\n".join(lines)
