"""The Wikidata importer on a hand-made SPARQL JSON export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from audit.glossary.loader import load_glossaries
from audit.world import read_meta
from audit.world.wikidata import import_results, write_yaml

SAMPLE = Path(__file__).parent / "fixtures" / "wikidata-sample.json"


def test_rows_become_people_with_dated_roles_and_provenance():
    entries = import_results(SAMPLE, "2026-02-01")
    assert [e["canonical"] for e in entries] == ["Anna Example", "Bo Sample"]  # unlabeled item dropped
    anna = entries[0]
    assert anna["aliases"] == ["Anna Exampel", "Anna K. Example"]  # one-word alt labels left out
    assert anna["roles"] == [
        {
            "role": "Minister of Defence of Exland",
            "from": "2023-03-14",
            "until": "2024-05-31",
            "note": "Wikidata Q1000001 P39 Q2000001, export 2026-02-01",
        },
        {
            "role": "Minister of Foreign Affairs of Exland",
            "from": "2024-01-01",
            "note": "Wikidata Q1000001 P39 Q2000002, export 2026-02-01",
        },
    ]


def test_written_file_passes_the_glossary_validator(tmp_path):
    path = tmp_path / "wikidata-officeholders.yaml"
    write_yaml(import_results(SAMPLE, "2026-02-01"), path, "2026-02-01")
    glossary = load_glossaries([path])
    bo = {e.canonical: e for e in glossary.entries}["Bo Sample"]
    assert bo.offices[0].start == dt.date(2024, 5, 1) and bo.offices[0].end is None
    assert read_meta(path).as_of == dt.date(2026, 2, 1)
