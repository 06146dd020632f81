"""Every check has a fixture, tests/fixtures/checks/<CODE>.yml, and every case in it holds.

A case gives an article `text` (or `versions:`, the texts of one story for a cross-version
check) and the exact findings (matched text, severity, and `version` for versions) the
check must produce: `flags: []` means it must stay quiet. Optional keys: `glossary:`
(entries, as in a glossary file), `date:` (default 2024-10-28), `options:`. One
parametrised test collects them all (cf. sqlfluff's std_rule_cases). `glossary:` may also be
the text of a glossary file, and `glossary_paths:` names repository files (e.g. the world
pack's curated bodies); `glossary`, `glossary_paths` and `date` may be set once at file level.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from audit.checks.base import DOC_SECTIONS
from audit.checks.knowledge import Knowledge
from audit.checks.registry import all_checks, find_check
from audit.checks.versions.base import GroupCheck
from audit.engine.core import Engine
from audit.engine.versions import Story, compare_story
from audit.glossary.loader import load_glossaries
from audit.glossary.model import Glossary
from audit.settings import Settings
from audit.text.document import Document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "checks"
ROOT = FIXTURES.parents[2]
DEFAULT_DATE = "2024-10-28"
SHARED_KEYS = ("glossary", "glossary_paths", "date")
# Checks that read a house model learned by `wire-audit learn`: a fixture cannot hold one, so
# tests/house learns one from a generated 300-article archive and runs their cases there.
HOUSE_CHECKS = frozenset({"N106", "T103"})


def _cases() -> list[Any]:
    params = []
    for path in sorted(FIXTURES.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            case = {**{k: data[k] for k in SHARED_KEYS if k in data}, **case}
            params.append(pytest.param(data["code"], case, id=f"{path.stem}-{case['name']}"))
    return params


def _glossary(case: dict[str, Any], tmp: Path) -> Glossary:
    paths = [ROOT / p for p in case.get("glossary_paths") or ()]
    inline = case.get("glossary")
    if inline:
        path = tmp / "glossary.yaml"
        text = inline if isinstance(inline, str) else yaml.safe_dump({"entries": inline}, allow_unicode=True)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return load_glossaries(paths) if paths else Glossary()


def run_case(code: str, case: dict[str, Any], tmp: Path) -> list[tuple[Any, ...]]:
    check_class = find_check(code)
    assert check_class is not None, f"no check {code}"
    check = check_class()
    date = dt.date.fromisoformat(str(case.get("date", DEFAULT_DATE)))
    settings = Settings(date=date, options=case.get("options", {}))
    engine = Engine(settings, Knowledge(_glossary(case, tmp)), [check])
    if isinstance(check, GroupCheck):
        docs = [Document(f"v{i}.txt", text) for i, text in enumerate(case["versions"])]
        results, _ = compare_story(engine, Story(code, tuple(d.path for d in docs)), docs, None)
        found = [(v, f.text, str(f.severity)) for v, r in enumerate(results) for f in r.findings]
        return sorted(found)
    ctx = engine.context(Document(path=f"{code}-{case['name']}.txt", text=case["text"]))
    return sorted((f.text, str(f.severity)) for f in check.run(ctx))


def _expected(code: str, case: dict[str, Any]) -> list[tuple[Any, ...]]:
    flags = case.get("flags") or []
    if "versions" in case:
        return sorted((f["version"], f["text"], f["severity"]) for f in flags)
    return sorted((f["text"], f["severity"]) for f in flags)


@pytest.mark.parametrize(("code", "case"), _cases())
def test_fixture_case(code: str, case: dict[str, Any], tmp_path: Path) -> None:
    assert run_case(code, case, tmp_path) == _expected(code, case)


@pytest.mark.parametrize("check", all_checks(), ids=lambda c: c.code)
def test_every_check_has_docs_and_fixtures(check: Any) -> None:
    doc = check.__doc__ or ""
    assert all(section in doc for section in DOC_SECTIONS), check.code
    if check.code in HOUSE_CHECKS:  # their knowledge is learned: tests/house builds an archive
        assert (ROOT / "tests" / "house" / "test_house_checks.py").is_file()
        return
    path = FIXTURES / f"{check.code}.yml"
    assert path.is_file(), f"missing fixture file {path.name}"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["code"] == check.code
    cases = data["cases"]
    assert any(c.get("flags") for c in cases), "no case that must flag"
    assert any(c["name"].startswith("clean") and not c.get("flags") for c in cases), "no clean case"
