"""Project config: discovery, validation (file and key in every error), precedence, overrides."""

from __future__ import annotations

import dataclasses
import json

import pytest
from hook_helpers import GARBLED, GLOSSARY, run_cli

from audit.config import CONVERTERS, config_fields, load_settings
from audit.errors import ConfigError
from audit.model import Severity
from audit.settings import Settings


def project(tmp_path, config: str, name: str = ".wire-audit.toml"):
    (tmp_path / "gl").mkdir()
    (tmp_path / "gl" / "desk.yaml").write_text(GLOSSARY, encoding="utf-8")
    (tmp_path / name).write_text(config, encoding="utf-8")
    (tmp_path / "wires" / "reuters").mkdir(parents=True)
    for rel in ("wires/a.txt", "wires/reuters/b.txt"):
        (tmp_path / rel).write_text(GARBLED, encoding="utf-8")
    return tmp_path


def findings(proc) -> dict[str, list[str]]:
    data = json.loads(proc.stdout)
    return {a["path"]: [f["code"] for f in a["findings"]] for a in data["articles"]}


@pytest.mark.parametrize(
    ("name", "config", "key"),
    [
        (".wire-audit.toml", 'fail_on = "minor"\n', "'fail_on' (did you mean 'fail-on'?)"),
        ("pyproject.toml", '[tool.wire-audit]\ncolour = "x"\n', "'tool.wire-audit.colour'"),
        (".wire-audit.toml", '[[overrides]]\npaths = ["a"]\nfail-on = "major"\n', "'overrides[0].fail-on'"),
        (".wire-audit.toml", "[options.N103]\nx = 1\n[options.X999]\ny = 2\n", "unknown check 'X999'"),
    ],
)
def test_unknown_key_names_file_and_key(tmp_path, name, config, key):
    project(tmp_path, config, name)
    proc = run_cli("check", "wires", cwd=tmp_path)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.count("\n") == 1
    assert name in proc.stderr and key in proc.stderr


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ('glossaries = "gl"', "glossaries: expected a list of strings"),
        ("review-below = true", "review-below: expected a number"),
        ('fail-on = "severe"', "fail-on: unknown severity 'severe'"),
        ('ignore = ["N999"]', "ignore: unknown check 'N999'"),
        ("jobs = 0", "jobs: expected a positive integer"),
        ("overrides = 3", "overrides: expected an array of tables"),
        ('[[overrides]]\nignore = ["N103"]', "overrides[0]: missing key 'paths'"),
        ("glossaries = [", "invalid TOML"),
    ],
)
def test_wrong_types_are_errors(tmp_path, config, message):
    project(tmp_path, config)
    proc = run_cli("check", "wires", cwd=tmp_path)
    assert proc.returncode == 2 and message in proc.stderr and ".wire-audit.toml" in proc.stderr


def test_precedence_defaults_config_flags(tmp_path):
    project(tmp_path, 'glossaries = ["gl"]\nfail-on = "critical"\n')
    assert load_settings(cwd=tmp_path).fail_on is Severity.CRITICAL
    assert run_cli("check", "wires", cwd=tmp_path).returncode == 0  # config: only critical fails
    assert run_cli("check", "wires", "--fail-on", "major", cwd=tmp_path).returncode == 1  # flag wins
    assert load_settings(cwd=tmp_path / "gl").glossaries == (str(tmp_path / "gl"),)  # found upwards


def test_paths_are_relative_to_the_config_file(tmp_path):
    project(tmp_path, 'glossaries = ["gl"]\n')
    proc = run_cli("check", "a.txt", "--format", "json", cwd=tmp_path / "wires")
    assert proc.returncode == 1 and findings(proc) == {"a.txt": ["N103"]}


def test_pyproject_table_and_explicit_config(tmp_path):
    project(tmp_path, '[project]\nname = "x"\n\n[tool.wire-audit]\nglossaries = ["gl"]\n', "pyproject.toml")
    assert run_cli("check", "wires", cwd=tmp_path).returncode == 1
    other = tmp_path / "strict.toml"
    other.write_text('glossaries = ["gl"]\nignore = ["names", "garble"]\n')
    proc = run_cli("check", "wires", "--config", str(other), cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout
    missing = run_cli("check", "wires", "--config", "nope.toml", cwd=tmp_path)
    assert missing.returncode == 2 and "nope.toml: no such config file" in missing.stderr


def test_pyproject_without_table_is_skipped(tmp_path):
    project(tmp_path, 'glossaries = ["gl"]\n')
    sub = tmp_path / "wires"
    (sub / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert load_settings(cwd=sub).glossaries == (str(tmp_path / "gl"),)


def test_per_path_overrides(tmp_path):
    config = 'glossaries = ["gl"]\n[[overrides]]\npaths = ["wires/reuters/*"]\nignore = ["N103"]\n'
    project(tmp_path, config)
    proc = run_cli("check", "wires", "--format", "json", cwd=tmp_path)
    assert findings(proc) == {"wires/a.txt": ["N103"], "wires/reuters/b.txt": []}
    # globs are relative to the config file, wherever the command runs from
    proc = run_cli("check", ".", "--format", "json", cwd=tmp_path / "wires")
    assert findings(proc) == {"a.txt": ["N103"], "reuters/b.txt": []}


def test_override_select_keeps_only_named_checks(tmp_path):
    config = 'glossaries = ["gl"]\n[[overrides]]\npaths = ["wires/a.txt"]\nselect = ["terms"]\n'
    project(tmp_path, config)
    proc = run_cli("check", "wires", "--format", "json", cwd=tmp_path)
    assert findings(proc) == {"wires/a.txt": [], "wires/reuters/b.txt": ["N103"]}


def test_every_settings_field_has_a_config_type():
    """A new Settings field is a config key at once; it needs a converter for its type."""
    for key, field in config_fields().items():
        assert str(field.type) in CONVERTERS, f"no converter for {key}: {field.type}"
    names = {f.name for f in dataclasses.fields(Settings)}
    assert {"fail_on", "select", "ignore", "include", "exclude", "glossaries", "baseline"} <= names


def test_load_settings_error_is_config_error(tmp_path):
    (tmp_path / ".wire-audit.toml").write_text("nonsense = 1\n")
    with pytest.raises(ConfigError, match=r"\.wire-audit\.toml: unknown key 'nonsense'"):
        load_settings(cwd=tmp_path)
