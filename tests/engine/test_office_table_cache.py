"""The office table is built with the glossary index (explicitly) and survives the on-disk cache."""

from __future__ import annotations

import datetime as dt
import pickle

from audit.checks.knowledge import Knowledge
from audit.checks.office.judge import office_table
from audit.checks.office.table import OfficeTable
from audit.checks.registry import select_checks
from audit.engine.core import Engine
from audit.engine.tables import build_index
from audit.glossary.index import GlossaryIndex
from audit.glossary.model import Entry, Glossary, Office
from audit.settings import Settings
from audit.text.document import Document

DAY = dt.date(2024, 10, 28)
NOW = (Office("Norwegian defence minister", dt.date(2023, 1, 1)),)
BEFORE = (Office("Norwegian defence minister", None, dt.date(2022, 12, 31)),)
GLOSSARY = Glossary(
    (
        Entry("Anders Velkomir", "person", offices=NOW),
        Entry("Tomas Brekkavik", "person", offices=BEFORE),
        Entry("Norway", "place"),
    )
)
TEXT = "OSLO (AP) — Norwegian Defence Minister Tomas Brekkavik said on Monday the talks would go on.\n"


def _findings(index: GlossaryIndex) -> list[dict[str, object]]:
    settings = Settings(date=DAY)
    doc = Document("a.txt", TEXT)
    result = Engine(settings, Knowledge(index.glossary, lambda g: index), select_checks()).audit(doc)
    return [f.to_record() for f in result.findings]


def test_index_carries_the_office_table_through_pickle():
    index = build_index(GLOSSARY)
    table = index.tables["office"]
    assert isinstance(table, OfficeTable)
    clone = pickle.loads(pickle.dumps(index))
    assert [h.key for h in clone.tables["office"].holdings] == [h.key for h in table.holdings]
    assert clone.tables["office"].places.index is clone  # points at its own index, not a copy
    engine = Engine(Settings(date=DAY), Knowledge(clone.glossary, lambda g: clone), [])
    ctx = engine.context(Document("a.txt", TEXT))
    assert office_table(ctx) is clone.tables["office"]


def test_findings_identical_with_fresh_and_cached_table():
    index = build_index(GLOSSARY)
    fresh = _findings(index)
    cached = _findings(pickle.loads(pickle.dumps(index)))
    assert fresh == cached
    assert any(f["code"] == "O101" for f in fresh)  # the wrong holder is found both ways
