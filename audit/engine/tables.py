"""The glossary index and the tables derived from it, built explicitly (no import-time hooks).

Every table a check derives from the whole glossary is listed in TABLES: it is built with
the index, so the on-disk cache (audit/glossary/cache.py) stores it too. A check reads it
with `ctx.knowledge.table(name, build)`, which builds it itself when the index lacks it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from audit.checks.office.table import OfficeTable
from audit.glossary.index import GlossaryIndex
from audit.glossary.model import Glossary

OFFICE = "office"  # who holds which office (audit/checks/office/judge.py)
TABLES: tuple[tuple[str, Callable[[Glossary, GlossaryIndex], Any]], ...] = ((OFFICE, OfficeTable.build),)


def build_index(glossary: Glossary) -> GlossaryIndex:
    """The index of `glossary` with every table of TABLES."""
    index = GlossaryIndex.build(glossary)
    for name, build in TABLES:
        index.tables[name] = build(glossary, index)
    return index
