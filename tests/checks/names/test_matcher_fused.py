"""N104 names.fused_descriptor on invented organisations, and the demonym data it reads."""

from __future__ import annotations

import datetime as dt
from importlib import resources

import pytest

from audit.checks.base import CheckContext
from audit.checks.names.fused import FusedDescriptor
from audit.glossary.entries import build_entry
from audit.glossary.model import Glossary
from audit.match.wordlists import demonyms, titles
from audit.text.document import Document

GLOSSARY = Glossary(
    tuple(
        build_entry({"canonical": c, "kind": "org", "aliases": a}, "g.yaml", i + 1)
        for i, (c, a) in enumerate(
            [
                ("Centre for Coastal Resilience", []),
                ("Red Cross", ["International Committee of the Red Cross"]),
                ("American Red Cross", []),
                ("NATO", []),
            ]
        )
    )
)


def _found(text: str) -> list[tuple[str, str | None]]:
    ctx = CheckContext(Document("t.txt", text), GLOSSARY, dt.date(2024, 1, 1))
    return [(f.text, f.suggestion) for f in FusedDescriptor().run(ctx)]


def test_demonym_fused_into_org_name():
    found = _found("Data from the Danish Centre for Coastal Resilience show the sea rising.")
    assert found == [("Danish Centre for Coastal Resilience", "Denmark-based Centre for Coastal Resilience")]


@pytest.mark.parametrize(
    "text",
    [
        "The American Red Cross opened shelters.",  # the longer name is itself listed
        "A Russian NATO envoy left.",  # one-word organisation: the demonym qualifies the envoy
        "Danish researchers at the Centre for Coastal Resilience agreed.",  # not adjacent
        "The centre is Danish. Centre for Coastal Resilience staff agreed.",  # sentence boundary
    ],
)
def test_quiet(text):
    assert _found(text) == []


def test_demonym_data_is_clean():
    raw = resources.files("audit").joinpath("data/demonyms.txt").read_text(encoding="utf-8")
    rows = [ln for ln in raw.splitlines() if ln and not ln.startswith("#")]
    assert all(ln.count("\t") == 1 and ln[0].isupper() for ln in rows)
    assert len(demonyms()) == len(rows) >= 50  # unique demonyms
    assert demonyms()["american"] == "U.S."
    assert {"president", "minister", "secretary"} <= titles()
