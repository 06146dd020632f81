"""README and docs check tables agree with the registry (codes, names, families)."""

from __future__ import annotations

import re

from conftest import ROOT

from audit.checks.registry import all_checks

CODE = re.compile(r"\b([A-Z]\d{3})\b")
ROW = re.compile(r"^\|\s*([A-Z]\d{3})\s*\|\s*`?([a-z_]+\.[a-z_]+)`?\s*\|", re.MULTILINE)


def test_readme_family_table_lists_every_check_under_its_family():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `([a-z]+)`[^|]*\| (.+) \|$", text, re.MULTILINE)
    listed = {code: family for family, cells in rows for code in CODE.findall(cells)}
    assert listed == {c.code: c.name.split(".")[0] for c in all_checks()}


def test_docs_rule_tables_name_each_code_as_the_registry_does():
    names = {c.code: c.name for c in all_checks()}
    rows = [
        row for path in sorted((ROOT / "docs").glob("*.md")) for row in ROW.findall(path.read_text("utf-8"))
    ]
    assert rows, "no rule table found in docs/"
    assert {code: name for code, name in rows} == {code: names[code] for code, _ in rows}
    documented = {code for code, _ in rows}
    assert documented >= set(names) - {"T101"}  # T101 is documented in glossaries/README.md
