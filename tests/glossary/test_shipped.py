"""Data tests of every shipped glossary (codespell-style: the data is tested like code)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from conftest import GLOSSARIES
from gold_eval import gold

from audit.glossary import load_glossaries
from audit.glossary.loader import GLOSSARY_SUFFIXES, iter_forms
from audit.glossary.model import KINDS
from audit.text.normalize import name_key

FILES = sorted(p for p in GLOSSARIES.rglob("*") if p.suffix in GLOSSARY_SUFFIXES)


def test_there_are_shipped_glossaries():
    assert FILES


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_loads_with_unique_canonicals(path: Path):
    entries = load_glossaries([path]).entries
    assert entries
    keys = Counter(name_key(e.canonical) for e in entries)
    assert [k for k, n in keys.items() if n > 1] == []
    assert all(e.kind in KINDS and e.line > 0 for e in entries)


def test_all_shipped_glossaries_load_together():
    assert len(load_glossaries([GLOSSARIES]).entries) == sum(len(load_glossaries([p]).entries) for p in FILES)


def test_no_garbled_seed_form_is_listed():
    """The matcher must find the seed garbles: no glossary may list them, in any role."""
    garbles = {
        name_key(g["text"])
        for g in gold()
        if g["detectable_by"] in ("glossary", "cross-version")
        and g["type"] in ("name-garble", "name-variant")
    }
    garbles |= {name_key(t) for t in ("Shin", "Jo Yoo-lie", "republicans at war", "combatants")}
    listed = {name_key(form) for e in load_glossaries([GLOSSARIES]).entries for _, form in iter_forms(e)}
    assert garbles and not (garbles & listed)


def test_people_with_roles_have_ordered_dates():
    for e in load_glossaries([GLOSSARIES]).entries:
        for office in e.offices:
            assert office.title and (office.start is None or office.end is None or office.start <= office.end)
