"""Knowledge: one typed object per run; checks declare what they need of it."""

from __future__ import annotations

import datetime as dt

from audit.checks.knowledge import Knowledge
from audit.checks.registry import all_checks
from audit.engine.core import Engine
from audit.glossary.layer import layered
from audit.glossary.model import Entry, Glossary
from audit.settings import Settings
from audit.text.document import Document

DAY = dt.date(2024, 10, 28)
TEXT = "KYIV (AP) — Ukrainian President Volodymyr Zelenskyy met aides. Zelenskiy said talks go on.\n"


def test_a_check_needing_a_glossary_is_skipped_with_a_note_when_none_is_loaded():
    engine = Engine.load(Settings(date=DAY), Knowledge())
    needing = {c.code for c in all_checks() if "glossary" in c.needs}
    assert needing >= {"N101", "O101", "T101"}
    sig = engine.signature()
    assert set(sig["skipped"]) == needing
    assert all(note == "needs glossary, none loaded" for note in sig["skipped"].values())
    assert not any(f.code in needing for f in engine.audit(Document("a.txt", TEXT)).findings)


def test_no_skip_note_when_the_glossary_is_loaded():
    glossary = Glossary((Entry("Volodymyr Zelenskyy", "person", variants=("Zelenskiy",)),))
    engine = Engine.load(Settings(date=DAY), Knowledge(glossary))
    assert "skipped" not in engine.signature()
    assert any(f.code.startswith("N") for f in engine.audit(Document("a.txt", TEXT)).findings)


def test_world_pack_lies_under_the_project_glossary():
    project = Glossary((Entry("Yoon Suk Yeol", "person", note="project"),), (("p.yaml", "1"),))
    world = Glossary(
        (Entry("Yoon Suk Yeol", "person", note="world"), Entry("Seoul", "place")), (("world", "2"),)
    )
    merged = layered(project, world)
    assert [(e.canonical, e.note) for e in merged.entries] == [("Yoon Suk Yeol", "project"), ("Seoul", "")]
    assert merged.sources == (("p.yaml", "1"), ("world", "2"))
    assert layered(project, None) is project


def test_provides_names_the_loaded_sources():
    assert Knowledge().provides() == frozenset()
    full = Knowledge(Glossary((Entry("Seoul", "place"),)), world={"name": "w"}, calques={}, house=object())
    assert full.provides() == {"glossary", "world", "calques", "house"}


def test_a_world_pack_plugs_in_under_the_project_glossary_and_is_cached(tmp_path, monkeypatch):
    from audit.engine import core
    from audit.glossary import cache

    (tmp_path / "g.yaml").write_text("entries:\n  - {canonical: Seoul, kind: place, note: project}\n")
    monkeypatch.setenv(cache.ENV, str(tmp_path / "cache"))
    calls = []

    def world() -> Glossary:
        calls.append(1)
        return Glossary((Entry("Seoul", "place", note="world"), Entry("Busan", "place")), (("world", "w"),))

    monkeypatch.setattr(core, "WORLD_PACK", world)
    settings = Settings(glossaries=(str(tmp_path / "g.yaml"),))
    first = core.load_knowledge(settings)
    assert [(e.canonical, e.note) for e in first.glossary.entries] == [("Seoul", "project"), ("Busan", "")]
    first.index  # noqa: B018  (built and stored in the cache)
    again = core.load_knowledge(settings)
    assert again.glossary.entries == first.glossary.entries and calls == [1]  # cache hit: not reloaded
