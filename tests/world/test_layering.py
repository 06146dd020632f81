"""Layering the pack under a project glossary: the project wins, nothing becomes ambiguous."""

from __future__ import annotations

from audit.glossary.layer import layered
from audit.glossary.model import Entry, Glossary
from audit.glossary.validate import validate_entries

PACK = "world pack (as of 2026-01-22): factbook-leaders.yaml"


def test_pack_entry_sharing_a_form_with_a_project_entry_is_left_out():
    project = Glossary((Entry("Donald Trump", "person", aliases=("Trump",), source="g.yaml", line=2),))
    pack = Glossary(
        (
            Entry("Donald J. Trump", "person", aliases=("Donald Trump",), source=PACK, line=5),
            Entry("Kyiv", "place", outdated=("Kiev",), source=PACK, line=9),
        ),
        warnings=("a pack warning",),
    )
    merged = layered(project, pack)
    assert [e.canonical for e in merged.entries] == ["Donald Trump", "Kyiv"]
    assert validate_entries(merged.entries) == []  # no shared alias from layering
    assert merged.warnings == ("a pack warning",)


def test_a_project_variant_drops_the_pack_entry_that_accepts_it():
    project = Glossary((Entry("Volodymyr Zelenskyy", "person", variants=("Zelenskiy",), source="g.yaml"),))
    pack = Glossary((Entry("Zelenskyy", "person", aliases=("Zelenskiy",), source=PACK),))
    assert [e.canonical for e in layered(project, pack).entries] == ["Volodymyr Zelenskyy"]
