"""One option table: typer, the hook's argparse parser and the config keys agree with it."""

from __future__ import annotations

import pytest
import typer.main

from audit import options
from audit.cli import _register
from audit.cli.app import app
from audit.config import config_fields
from audit.errors import ConfigError
from audit.hook.run import parser
from audit.settings import Settings


def _typer_flags(command: str) -> dict[str, tuple[set[str], str | None]]:
    _register()
    click_command = typer.main.get_command(app).commands[command]  # type: ignore[attr-defined]
    return {p.name: (set(p.opts), p.help) for p in click_command.params if p.opts[0].startswith("-")}


@pytest.mark.parametrize("command", ["check", "compare"])
def test_typer_options_come_from_the_table(command):
    declared = _typer_flags(command)
    for o in options.for_command(command):
        assert declared[o.name] == (set(o.flags), o.help)


def test_hook_parser_comes_from_the_table():
    actions = {a.dest: a for a in parser()._actions if a.option_strings}
    for o in options.for_command("hook"):
        assert set(actions[o.name].option_strings) == set(o.flags) and actions[o.name].help == o.help
    assert set(actions) - {"help"} == {o.name for o in options.for_command("hook")}


def test_every_settings_option_is_a_config_key():
    keys = config_fields()
    for o in options.OPTIONS:
        if o.field and o.field != "date":  # the date is per run, never in a config file
            assert o.field.replace("_", "-") in keys


def test_flags_win_over_the_config_and_none_means_not_given():
    base = Settings(glossaries=("g",), jobs=3, baseline="b.json")
    same = options.apply(base, {"glossary": None, "date": "", "jobs": None, "select": []})
    assert same == base
    flags = {"glossary": ["x", "y"], "jobs": 0, "fail_on": "minor", "no_baseline": True}
    changed = options.apply(base, flags)
    assert changed.glossaries == ("x", "y") and changed.jobs == 0 and changed.baseline is None
    assert str(changed.fail_on) == "minor"
    with pytest.raises(ConfigError, match="--date"):
        options.apply(base, {"date": "28/10/2024"})
    with pytest.raises(ConfigError, match="contradict"):
        options.apply(base, {"baseline": "a.json", "no_baseline": True})


def test_readme_documents_every_option_of_check_and_compare():
    from conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [o.flags[0] for o in options.OPTIONS if "check" in o.commands and o.flags[0] not in readme]
    assert missing == []
