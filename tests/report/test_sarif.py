"""SARIF 2.1.0: valid against the committed schema subset, rules from the registry, regions
that point at exactly the finding's text."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from conftest import SEED_DATE, SEEDS, run_cli
from sample_run import sample_run

from audit.checks.registry import all_checks
from audit.report import ReportOptions
from audit.report import sarif as sarif_report

SCHEMA = json.loads((Path(__file__).parent / "sarif-2.1.0-subset.schema.json").read_text())


def validate(log: dict) -> None:
    jsonschema.Draft7Validator(SCHEMA, format_checker=jsonschema.FormatChecker()).validate(log)


def test_schema_subset_rejects_what_it_should():
    log = sarif_report.sarif_log(sample_run())
    bad = json.loads(json.dumps(log))
    bad["runs"][0]["results"][0]["level"] = "major"  # our severity, not a SARIF level
    errors = list(jsonschema.Draft7Validator(SCHEMA).iter_errors(bad))
    assert errors
    bad = json.loads(json.dumps(log))
    bad["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["line"] = 3
    assert list(jsonschema.Draft7Validator(SCHEMA).iter_errors(bad))


def test_sample_run_is_valid_and_located():
    run = sample_run()
    log = json.loads(sarif_report.render(run, ReportOptions()))
    validate(log)
    sarif_run = log["runs"][0]
    assert sarif_run["columnKind"] == "unicodeCodePoints"
    rules = sarif_run["tool"]["driver"]["rules"]
    results = sarif_run["results"]
    assert len(results) == len(run.findings) == 7
    texts = {a.path: a.text for a in run.articles}
    for res, f in zip(results, run.findings, strict=True):
        assert rules[res["ruleIndex"]]["id"] == res["ruleId"] == f.code
        location = res["locations"][0]["physicalLocation"]
        region = location["region"]
        text = texts[location["artifactLocation"]["uri"]]
        assert text[region["charOffset"] : region["charOffset"] + region["charLength"]] == f.text
        lines = text.split("\n")
        if region["startLine"] == region["endLine"]:
            line = lines[region["startLine"] - 1]
            assert line[region["startColumn"] - 1 : region["endColumn"] - 1] == f.text
    levels = {r["ruleId"]: r["level"] for r in results}
    assert levels == {"O101": "error", "N101": "warning", "L101": "warning", "G201": "note",
                      "T101": "note", "G202": "note", "N102": "note"}  # fmt: skip
    multi = next(r for r in results if r["ruleId"] == "G202")["locations"][0]["physicalLocation"]["region"]
    assert (multi["startLine"], multi["endLine"], multi["endColumn"]) == (3, 4, len("Ukraine") + 1)


def test_suggestion_is_a_fix_and_rules_carry_help():
    log = sarif_report.sarif_log(sample_run())
    result = next(r for r in log["runs"][0]["results"] if r["ruleId"] == "N101")
    replacement = result["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert replacement["insertedContent"]["text"] == "Olaf Scholz"
    registered = {c.code for c in all_checks()}
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    # the sample run's signature enables N103 only; codes the registry lacks still get a rule
    assert [r["id"] for r in rules][:1] == ["N103"] and "N103" in registered
    assert "False positives:" in rules[0]["help"]["text"]
    assert {r["id"] for r in rules} >= {"N101", "O101", "G202"}


def test_artifact_uris_are_uri_references():
    assert sarif_report.artifact_uri("desk/a b#1.txt") == "desk/a%20b%231.txt"
    assert sarif_report.artifact_uri("/srv/copy/a.txt") == "file:///srv/copy/a.txt"


def test_seeds_cli_sarif_to_stdout_and_to_file(tmp_path):
    seeded: dict[str, str] = {}  # see test_emit.SEEDED
    proc = run_cli("check", str(SEEDS), "--date", SEED_DATE, "-f", "sarif", env=seeded)
    assert proc.returncode in (0, 1), proc.stderr
    log = json.loads(proc.stdout)
    validate(log)
    assert len(log["runs"][0]["artifacts"]) == 5
    rule_ids = [r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]]
    assert rule_ids == [c.code for c in all_checks()]
    target = tmp_path / "out" / "results.sarif"
    proc = run_cli("check", str(SEEDS), "--date", SEED_DATE, "-f", "sarif", "-o", str(target), env=seeded)
    assert proc.stdout == f"wrote {target}\n"
    assert json.loads(target.read_text(encoding="utf-8")) == log
