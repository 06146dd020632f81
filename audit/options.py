"""The options of `check`, `compare` and the git hook, declared once.

Each Option names its flags, help, kind, default and the Settings field it sets (the
config key is that field with hyphens: `fail_on` → `fail-on`, see audit/config.py).
typer (audit/cli/common.py), the hook's argparse parser (audit/hook/run.py) and the
flags-over-config merge (`apply`) all read this table, so they cannot drift apart.
Stdlib only: the git hook imports this module.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from audit.errors import ConfigError
from audit.model import Severity
from audit.settings import Settings

AUDIT = frozenset({"check", "compare", "hook"})  # the commands that audit copy
CLI = frozenset({"check", "compare"})
CHECK = frozenset({"check"})
ARCHIVE = "Archives"  # help panel of the archive options (audit/archive/)


@dataclass(frozen=True)
class Option:
    """One command-line option: `kind` is str, int, bool, or list (repeatable)."""

    name: str  # the parameter name (typer) and argparse dest
    flags: tuple[str, ...]
    help: str
    kind: str = "str"
    default: Any = None
    field: str | None = None  # the Settings field (and config key) it overrides
    commands: frozenset[str] = AUDIT
    choices: tuple[str, ...] = ()
    panel: str | None = None  # a help panel of its own (typer's rich_help_panel)


OPTIONS = (
    Option("glossary", ("--glossary", "-g"), "Glossary file or folder (repeatable). Default: ./glossaries.",
           "list", field="glossaries"),
    Option("date", ("--date",), "Article date YYYY-MM-DD (default: dateline, metadata, else today).",
           field="date"),
    Option("year", ("--year",), "Year of datelines that give none (\"Sept 9 (Reuters)\").", "int",
           field="year"),
    Option("fmt", ("--format", "-f"), "Output format (diff: the suggestions as a patch).",
           default="text", commands=CLI, choices=("text", "json", "csv", "html", "sarif", "parquet", "diff")),
    Option("fail_on", ("--fail-on",), "Exit 1 when a finding is at least this severity (default major).",
           field="fail_on", choices=("minor", "major", "critical")),
    Option("out", ("--out", "-o"), "Write reports into this folder (file formats default to reports/).",
           commands=CLI),
    Option("select", ("--select",), "Only these checks: code, name or family; repeatable or comma-separated "
           "(--select names,garble).", "list", field="select", commands=CLI),
    Option("ignore", ("--ignore",), "Skip these checks: code, name or family; repeatable or comma-separated "
           "(--ignore G103,lang).", "list", field="ignore", commands=CLI),
    Option("color", ("--color",), "auto, always or never (NO_COLOR is honoured).", default="auto",
           choices=("auto", "always", "never")),
    Option("verbose", ("--verbose", "-v"), "Text output: show every evidence field of a finding.", "bool",
           default=False, commands=CLI),
    Option("quiet", ("--quiet", "-q"), "Text output: only the findings and the total, no notes or "
           "per-article summaries; no warnings on stderr.", "bool", default=False, commands=CLI),
    Option("exit_zero", ("--exit-zero",), "Exit 0 even when a finding reaches --fail-on (input and "
           "usage errors still exit 2).", "bool", default=False, commands=CLI),
    Option("stdin_filename", ("--stdin-filename",), "The path to report for text read from - (stdin); "
           "per-path overrides and the baseline match it.", commands=frozenset({"check"})),
    Option("jobs", ("--jobs", "-j"), "Worker processes for many articles (0 = every core). Default 1.", "int",
           field="jobs", commands=CLI),
    Option("config", ("--config",), "Config file (default: nearest .wire-audit.toml or pyproject.toml)."),
    Option("baseline", ("--baseline",), "Hide findings recorded here (default: .wire-audit-baseline.json).",
           field="baseline"),
    Option("no_baseline", ("--no-baseline",), "Show every finding, also those a baseline file accepted.",
           "bool", default=False),
    Option("id_column", ("--id-column",), "Archive column of article ids (default: id).",
           field="id_column", commands=CHECK, panel=ARCHIVE),
    Option("text_column", ("--text-column",), "Archive column of article text (default: text).",
           field="text_column", commands=CHECK, panel=ARCHIVE),
    Option("date_column", ("--date-column",), "Archive column of article dates (default: date).",
           field="date_column", commands=CHECK, panel=ARCHIVE),
    Option("cache_size", ("--cache-size",), "MB of cached archive results (default 512).", "int",
           field="cache_size", commands=CHECK, panel=ARCHIVE),
    Option("no_cache", ("--no-cache",), "Audit every archive row again.", "bool", default=False,
           commands=CHECK, panel=ARCHIVE),
    Option("dask", ("--dask",), "local:N workers, or a scheduler (tcp://host:8786).", field="dask",
           commands=CHECK, panel=ARCHIVE),
    Option("house", ("--house",), "House folder from `wire-audit learn` (names it never printed).",
           field="house", commands=CHECK),
    Option("no_world", ("--no-world",), "Do not load the bundled world pack (leaders, places).",
           "bool", default=False, field="world"),
)  # fmt: skip
BY_NAME = {o.name: o for o in OPTIONS}


def option(name: str) -> Option:
    return BY_NAME[name]


def for_command(command: str) -> list[Option]:
    return [o for o in OPTIONS if command in o.commands]


def apply(settings: Settings, given: Mapping[str, Any]) -> Settings:
    """Flags over the config: every option in `given` that is not None (or empty) wins."""
    changes: dict[str, Any] = {}
    for o in OPTIONS:
        value = given.get(o.name)
        if o.field is None or o.name == "baseline" or value is None or value is False or value in ("", []):
            continue  # not given (an empty --date or list, or an unset switch, is "not given")
        changes[o.field] = PARSERS.get(o.name, _as_is)(value)
    return with_baseline(settings.with_(**changes), given.get("baseline"), bool(given.get("no_baseline")))


def with_baseline(settings: Settings, baseline: Any, no_baseline: bool) -> Settings:
    """--baseline FILE or --no-baseline over the config's (or the default) baseline."""
    if baseline and no_baseline:
        raise ConfigError("--baseline and --no-baseline contradict each other: give one")
    if no_baseline:
        return settings.with_(baseline=None)
    return settings.with_(baseline=str(baseline)) if baseline else settings


def parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"--date: {value!r} is not a date (expected YYYY-MM-DD)") from None


def parse_year(value: int) -> int:
    if not 1900 <= value <= 2100:
        raise ConfigError(f"--year: {value} is not a plausible year (1900–2100)")
    return value


def parse_jobs(value: int) -> int:
    if value < 0:
        raise ConfigError(f"--jobs: {value} is not a number of processes (0 = every core)")
    return value


def parse_severity(value: str, option: str = "--fail-on") -> Severity:
    try:
        return Severity.parse(value)
    except ValueError as exc:
        raise ConfigError(f"{option}: {exc}") from None


def parse_cache_size(value: int) -> int:
    if value < 1:
        raise ConfigError(f"--cache-size: {value} is not a size in MB (at least 1)")
    return value


def _as_is(value: Any) -> Any:
    return value


def _strings(value: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in value)


def _selectors(value: Any) -> tuple[str, ...]:
    """Repeated and comma-separated selectors alike: `--select names,garble --select L101`."""
    return tuple(part.strip() for v in value for part in str(v).split(",") if part.strip())


PARSERS: dict[str, Callable[[Any], Any]] = {
    "glossary": _strings,
    "select": _selectors,
    "ignore": _selectors,
    "date": parse_date,
    "fail_on": parse_severity,
    "jobs": parse_jobs,
    "cache_size": parse_cache_size,
    "no_world": lambda given: not given,  # --no-world sets world = false
    "year": parse_year,
}
