"""scripts/world/crosscheck.py on a tiny curated file and a tiny cabinet table."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest
from conftest import ROOT

CURATED = """\
as_of: 2025-05-31
entries:
  - canonical: Ada Example
    kind: person
    aliases: [Ada Q. Example, Example]
    roles:
      - {role: Ruritanian foreign minister, from: 2019-01-10, until: 2021-03-01, note: test}
      - {role: Ruritanian finance minister, from: 2023-05-01, note: test}
  - canonical: Bo Sample
    kind: person
    roles:
      - {role: Ruritanian foreign minister, from: 2021-03-01, note: test}
      - {role: Ruritanian interior minister, from: 2015-01-01, until: 2018-12-31, note: test}
  - canonical: Cy Trial
    kind: person
    roles:
      - {role: Ruritanian defence minister, from: 2018-06-01, until: 2022-06-30, note: test}
"""
TABLE = """\
position,person,personID,start,end
Minister of Foreign Affairs,Ada Q. Example,Q1,2019-01-11,2021-03-01
Minister of Foreign Affairs,Bo Sample,Q2,2021-03-01,
Deputy Minister of Foreign Affairs,Bo Sample,Q2,2010-01-01,2011-01-01
Minister of Finance,Ada Example,Q1,2012-01-01,2013-01-01
Minister of the Interior,Bo Sample,Q2,2015-01-01,2016-05-01
Minister of the Interior,Bo Sample,Q2,2016-05-01,2018-12-31
Minister of Defence,Cy Trial,Q3,2018-06,2020-01-15
"""


def _script() -> ModuleType:
    path = ROOT / "scripts" / "world" / "crosscheck.py"
    spec = importlib.util.spec_from_file_location("world_crosscheck", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    curated, table = tmp_path / "curated-test.yaml", tmp_path / "cabinet.csv"
    curated.write_text(CURATED, encoding="utf-8")
    table.write_text(TABLE, encoding="utf-8")
    return curated, table


def test_reports_only_real_disagreements(files, capsys):
    curated, table = files
    assert _script().main([str(table), "--curated", str(curated)]) == 0
    out = capsys.readouterr().out.splitlines()
    # Ada: one day off (slack), matched by alias; Bo foreign: open row before export, fine;
    # Bo interior: two government rows merged; Ada finance: a different, earlier tenure.
    assert out == [
        "Cy Trial | Ruritanian defence minister | ours 2018-06-01 – 2022-06-30 | "
        "theirs 2018-06 – 2020-01-15 (Minister of Defence) | differs: end",
        "4 tenures checked, 1 disagreements",
    ]


def test_no_slack_reports_the_one_day_difference(files, capsys):
    curated, table = files
    _script().main([str(table), "--curated", str(curated), "--slack", "0"])
    out = capsys.readouterr().out
    assert "Ada Example | Ruritanian foreign minister" in out and "differs: start" in out
    assert out.strip().endswith("4 tenures checked, 2 disagreements")


def test_field_of_keeps_deputies_and_envoys_out():
    field_of = _script().field_of
    assert field_of("Secretary of State") == "foreign"
    assert field_of("Secretary of State for Defence") == "defence"
    assert field_of("Secretary of State for the Home Department") == "interior"
    assert field_of("Chancellor of the Exchequer") == "finance"
    assert field_of("Governor of the Reserve Bank") == "central bank"
    assert field_of("Deputy Minister of Finance") is None
    assert field_of("Minister of State for Europe") is None
    assert field_of("ambassador to the United States") is None


def test_missing_table_is_exit_2(files, capsys, tmp_path):
    curated, _ = files
    assert _script().main([str(tmp_path / "nope.csv"), "--curated", str(curated)]) == 2
    assert "nope.csv: no such file" in capsys.readouterr().err


def test_table_without_the_columns_is_exit_2(files, capsys, tmp_path):
    curated, _ = files
    bad = tmp_path / "bad.csv"
    bad.write_text("who,when\nX,2020\n", encoding="utf-8")
    assert _script().main([str(bad), "--curated", str(curated)]) == 2
    assert capsys.readouterr().err.startswith(f"{bad}: not a table")


def test_json_table_reads_like_csv(files, capsys, tmp_path):
    curated, _ = files
    table = tmp_path / "cabinet.json"
    row = {
        "position": "Minister of Defence",
        "person": "Cy Trial",
        "start": "2018-06-01",
        "end": "2022-06-30",
    }
    table.write_text(json.dumps([row]), encoding="utf-8")
    _script().main([str(table), "--curated", str(curated)])
    assert capsys.readouterr().out.splitlines() == ["1 tenures checked, 0 disagreements"]
