"""Every fixture case in tests/fixtures/checks/<CODE>.yml, run against its check.

A case gives an article text and the exact findings (matched text and severity) the check
must produce: `flags: []` means the check must stay quiet. One parametrised test collects
them all (cf. sqlfluff's std_rule_cases). Glossary checks take a file-level or per-case
`glossary` (inline YAML text) and/or `glossary_paths` (repository-relative files or folders,
e.g. the curated world pack), and a `date` (default 2024-10-28).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from audit.checks.base import DOC_SECTIONS, CheckContext
from audit.checks.registry import all_checks, find_check
from audit.glossary.loader import load_glossaries, load_yaml
from audit.glossary.model import Glossary
from audit.text.document import Document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "checks"
OWN_FAMILIES = ("garble", "lang")


ROOT = FIXTURES.parents[2]
SHARED_KEYS = ("glossary", "glossary_paths", "date")


def _cases() -> list[Any]:
    params = []
    for path in sorted(FIXTURES.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            case = {**{k: data[k] for k in SHARED_KEYS if k in data}, **case}
            params.append(pytest.param(data["code"], case, id=f"{path.stem}-{case['name']}"))
    return params


def _glossary(case: dict[str, Any]) -> Glossary:
    """The case's glossary: inline YAML plus repository files (e.g. audit/data/world)."""
    entries: list[Any] = []
    if case.get("glossary_paths"):
        entries.extend(load_glossaries([ROOT / p for p in case["glossary_paths"]]).entries)
    if case.get("glossary"):
        entries.extend(load_yaml(case["glossary"], f"{case['name']}.yaml"))
    return Glossary(tuple(entries))


def run_case(code: str, case: dict[str, Any]) -> list[tuple[str, str]]:
    check_class = find_check(code)
    assert check_class is not None, f"no check {code}"
    doc = Document(path=f"{code}-{case['name']}.txt", text=case["text"])
    day = dt.date.fromisoformat(str(case.get("date", "2024-10-28")))
    ctx = CheckContext(doc=doc, glossary=_glossary(case), date=day, options=case.get("options", {}))
    return sorted((f.text, str(f.severity)) for f in check_class().run(ctx))


@pytest.mark.parametrize(("code", "case"), _cases())
def test_fixture_case(code: str, case: dict[str, Any]) -> None:
    expected = sorted((f["text"], f["severity"]) for f in case.get("flags") or [])
    assert run_case(code, case) == expected


@pytest.mark.parametrize("check", [c for c in all_checks() if c.name.split(".")[0] in OWN_FAMILIES])
def test_every_check_has_docs_and_fixtures(check: Any) -> None:
    doc = check.__doc__ or ""
    assert all(section in doc for section in DOC_SECTIONS), check.code
    path = FIXTURES / f"{check.code}.yml"
    assert path.is_file(), f"missing fixture file {path.name}"
    cases = yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]
    assert any(c.get("flags") for c in cases), "no case that must flag"
    assert any(c["name"].startswith("clean") and not c.get("flags") for c in cases), "no clean case"
