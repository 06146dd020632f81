"""The shipped world pack: valid, dated, free of seed garbles, loaded through the cache."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from audit.world import WORLD_DIR, load_pack, pack_files, pack_glossary, read_meta

# Garbled forms from seeds/: no data file may list them (project rule).
SEED_GARBLES = re.compile(r"Lavrovov|Tskurine|Kopp|Hutton|Jo Yoo-lie|republicans at war", re.I)


def test_pack_files_exist_and_validate():
    files = pack_files()
    assert {p.name for p in files} >= {"factbook-leaders.yaml", "places.yaml"}
    glossary = pack_glossary()  # merged across files, then the plain validator
    assert len(glossary.entries) > 2000
    assert glossary.warnings == ()


@pytest.mark.parametrize("name", ["factbook-leaders.yaml", "places.yaml"])
def test_every_file_has_as_of_source_and_licence(name):
    meta = read_meta(WORLD_DIR / name)
    assert meta.as_of >= dt.date(2026, 1, 1) and meta.source and meta.license
    head = (WORLD_DIR / name).read_text(encoding="utf-8")[:1200]
    assert "Built by: python scripts/build_world.py" in head


def test_places_attribute_geonames():
    assert "GeoNames" in (WORLD_DIR / "places.yaml").read_text(encoding="utf-8")[:800]


@pytest.mark.parametrize("path", pack_files(), ids=lambda p: p.name)
def test_no_seed_garble_in_the_pack(path):
    assert SEED_GARBLES.search(path.read_text(encoding="utf-8")) is None


def test_known_changes_of_government():
    people = {e.canonical: e for e in pack_glossary().entries}
    starmer = people["Keir Starmer"].offices_on(dt.date(2024, 7, 5))
    assert [o.title for o in starmer] == ["British prime minister"]
    assert people["Rishi Sunak"].offices_on(dt.date(2024, 7, 6)) == ()
    assert people["Shigeru Ishiba"].offices[0].start == dt.date(2024, 10, 1)


def test_outdated_spelling_is_kept_apart_from_accepted_forms():
    places = {e.canonical: e for e in pack_glossary().entries if e.kind == "place"}
    assert "Kiev" in places["Kyiv"].outdated and "Kiev" not in places["Kyiv"].aliases
    assert "Split" not in places and "Reading" not in places  # common English words left out


def test_load_pack_uses_the_glossary_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("WIRE_AUDIT_CACHE", str(tmp_path))
    load_pack.cache_clear()
    first = load_pack()
    index = first.index_factory(first.glossary)  # builds the index and writes the cache
    assert list(tmp_path.glob("index-*.pickle"))
    assert load_pack() is first  # cached in the process
    load_pack.cache_clear()
    again = load_pack()  # from the pickle this time
    assert again is not first and again.glossary == first.glossary
    assert again.index_factory(again.glossary).forms.keys() == index.forms.keys()
    assert again.version == first.version and again.as_of == min(f.as_of for f in first.files)
    load_pack.cache_clear()


def test_import_is_cheap():
    import subprocess
    import sys

    heavy = "('yaml', 'audit.glossary.cache')"
    code = f"import sys, audit.world; print(sorted(m for m in {heavy} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
