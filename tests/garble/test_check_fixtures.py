"""Every fixture case in tests/fixtures/checks/<CODE>.yml, run against its check.

A case gives an article text and the exact findings (matched text and severity) the check
must produce: `flags: []` means the check must stay quiet. One parametrised test collects
them all (cf. sqlfluff's std_rule_cases).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from audit.checks.base import DOC_SECTIONS, CheckContext
from audit.checks.registry import all_checks, find_check
from audit.glossary.model import Glossary
from audit.text.document import Document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "checks"
OWN_FAMILIES = ("garble", "lang")


def _cases() -> list[Any]:
    params = []
    for path in sorted(FIXTURES.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            params.append(pytest.param(data["code"], case, id=f"{path.stem}-{case['name']}"))
    return params


def run_case(code: str, case: dict[str, Any]) -> list[tuple[str, str]]:
    check_class = find_check(code)
    assert check_class is not None, f"no check {code}"
    doc = Document(path=f"{code}-{case['name']}.txt", text=case["text"])
    ctx = CheckContext(
        doc=doc, glossary=Glossary(), date=dt.date(2024, 10, 28), options=case.get("options", {})
    )
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
