"""CPU time per check: where an article's time goes (shared work is charged to the first
check that asks for it through ctx.cached, e.g. the exact scan to N103 or N101)."""

from __future__ import annotations

import datetime as dt
import time
from collections import defaultdict
from pathlib import Path

from audit.checks.knowledge import Knowledge
from audit.checks.registry import select_checks
from audit.engine.batch import batch_gc
from audit.engine.core import Engine
from audit.engine.tables import build_index
from audit.glossary.cache import load_indexed
from audit.settings import Settings
from audit.text.document import Document
from bench.articles import Article


def per_check(docs: list[Article], path: Path, date: str) -> list[dict[str, object]]:
    """Rows of checks.csv for one glossary: code, name, CPU ms per article, findings."""
    glossary, factory = load_indexed([path], build_index)
    settings = Settings(date=dt.date.fromisoformat(date))
    checks = select_checks()
    engine = Engine(settings, Knowledge(glossary, factory), checks)
    spent: dict[str, float] = defaultdict(float)
    found: dict[str, int] = defaultdict(int)
    # As the pipeline measure: a warm-up article first (lazy imports, the index, tables such as
    # the office holders that are grouped on first use), then the batch GC policy.
    engine.audit(Document("warm.txt", docs[0].text))
    with batch_gc():
        for i, art in enumerate(docs):
            ctx = engine.context(Document(f"c{i}.txt", art.text))
            for check in checks:
                t0 = time.process_time()
                found[check.code] += len(list(check.run(ctx)))
                spent[check.code] += time.process_time() - t0
    rows = [
        {
            "entries": len(glossary.entries),
            "code": c.code,
            "rule": c.name,
            "ms_per_article": spent[c.code] * 1000 / len(docs),
            "findings": found[c.code],
        }
        for c in checks
    ]
    return sorted(rows, key=lambda r: -float(r["ms_per_article"]))  # type: ignore[arg-type]
