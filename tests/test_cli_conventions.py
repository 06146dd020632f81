"""What ruff, Vale and pre-commit users expect of a CLI."""

from __future__ import annotations

import json

import pytest
from conftest import GLOSSARIES, SEED_DATE, SEEDS, run_cli

from audit import __version__
from audit.hook.run import blocking_codes, how_to_suppress
from audit.model import ArticleResult, Finding, RunResult, Severity, Verdict

SEED = sorted(SEEDS.glob("*.txt"))[1]


def seed_check(*args: str):
    return run_cli("check", str(SEED), "-g", str(GLOSSARIES), "--date", SEED_DATE, *args)


def test_version():
    proc = run_cli("--version")
    assert proc.returncode == 0 and proc.stdout.strip() == f"wire-audit {__version__}"


def test_quiet_prints_findings_and_total_only():
    loud, quiet = seed_check().stdout, seed_check("-q").stdout
    assert ": score " in loud and ": score " not in quiet
    assert [line for line in quiet.splitlines() if "N101" in line]
    assert quiet.rstrip().splitlines()[-1] == loud.rstrip().splitlines()[-1]  # the same total


def test_exit_zero_and_fail_on():
    assert seed_check().returncode == 1
    assert seed_check("--exit-zero").returncode == 0
    assert seed_check("--fail-on", "bogus").returncode == 2


def test_comma_separated_selectors_equal_repeated_ones():
    comma = json.loads(seed_check("-f", "json", "--select", "names,garble").stdout)
    repeated = json.loads(seed_check("-f", "json", "--select", "names", "--select", "garble").stdout)
    assert comma["signature"]["checks"] == repeated["signature"]["checks"]
    assert {c[0] for c in comma["signature"]["checks"]} == {"N", "G"}
    ignored = json.loads(seed_check("-f", "json", "--ignore", "G103,lang").stdout)["signature"]["checks"]
    assert "G103" not in ignored and not any(c.startswith("L") for c in ignored)


def test_rules_of_one_family():
    proc = run_cli("rules", "office")
    codes = [line.split()[0] for line in proc.stdout.splitlines()]
    assert proc.returncode == 0 and codes == ["O101", "O102", "O103"]
    assert run_cli("rules", "nosuch").returncode == 2


def test_stdin_filename_names_the_article():
    text = SEED.read_text(encoding="utf-8")
    proc = run_cli("check", "-", "--stdin-filename", "desk/story.txt", "-g", str(GLOSSARIES), "-f", "json",
                   "--date", SEED_DATE, stdin=text)  # fmt: skip
    assert json.loads(proc.stdout)["articles"][0]["path"] == "desk/story.txt"


@pytest.mark.parametrize(
    "command",
    [(), ("check",), ("compare",), ("report",), ("baseline",), ("rules",), ("hook",), ("hook", "install")],
)
def test_every_help_has_examples(command):
    proc = run_cli(*command, "--help")
    assert proc.returncode == 0 and "Example" in proc.stdout, command


def test_hook_run_help_has_examples():
    assert "examples:" in run_cli("hook", "run", "--help").stdout


def test_help_shows_choices_and_completion():
    out = run_cli("check", "--help").stdout
    for choices in ("text|json|csv|html|sar", "minor|major|critical", "auto|always|never"):
        assert choices in out
    assert "--install-completion" in run_cli("--help").stdout


def finding(code: str, severity: Severity) -> Finding:
    return Finding(code, "x.y", severity, "m", 0, 1, 1, 1, "x")


def test_hook_hint_names_the_codes_that_blocked():
    severities = (("G103", Severity.MINOR), ("N101", Severity.MAJOR), ("O101", Severity.CRITICAL))
    found = tuple(finding(code, sev) for code, sev in (*severities, ("N101", Severity.MAJOR)))
    run = RunResult((ArticleResult("a.txt", 100, "utf-8", found, 80.0, Verdict.BLOCK),), {})
    assert blocking_codes(run, Severity.MAJOR) == ["O101", "N101"]
    hint = how_to_suppress(run, Severity.MAJOR)
    assert "ignore O101" in hint and "N101" in hint and "G103" not in hint


def test_summary_says_how_many_findings_the_baseline_hid(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    args = ("-g", str(GLOSSARIES), "--date", SEED_DATE)
    assert run_cli("baseline", "story.txt", *args, cwd=tmp_path).returncode == 0
    proc = run_cli("check", "story.txt", *args, cwd=tmp_path)
    assert proc.returncode == 0 and "accepted in the baseline, not shown" in proc.stdout
