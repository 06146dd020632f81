"""Project config: `[tool.wire-audit]` in pyproject.toml or a `.wire-audit.toml`, validated.

Every key is a Settings field spelled with hyphens (`fail_on` → `fail-on`), so CLI, config
and API share names; a key's type comes from the field's annotation. Unknown keys and
wrong types are errors naming the file and the key (exit 2). Paths are relative to the
config file. Only the stdlib (tomllib) is used: the git hook loads this module.
"""

from __future__ import annotations

import dataclasses
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from audit.errors import ConfigError
from audit.model import Severity
from audit.settings import DEFAULT_BASELINE, PathOverride, Settings

CONFIG_NAMES = (".wire-audit.toml", "pyproject.toml")  # first found in a folder wins (cf. ruff)
NOT_IN_CONFIG = frozenset({"date", "root", "overrides", "config_file"})  # per run, or set by the loader
PATH_FIELDS = frozenset({"glossaries", "baseline", "house"})
SELECTOR_FIELDS = frozenset({"select", "ignore"})
OVERRIDE_KEYS = ("paths", "select", "ignore")


def _strings(value: Any, key: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{key}: expected a list of strings, got {value!r}")
    return tuple(value)


def _number(value: Any, key: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{key}: expected a number, got {value!r}")
    return float(value)


def _integer(value: Any, key: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"{key}: expected a positive integer, got {value!r}")
    return value


def _string(value: Any, key: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{key}: expected a string, got {value!r}")
    return value


def _boolean(value: Any, key: str) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"{key}: expected true or false, got {value!r}")
    return value


def _severity(value: Any, key: str) -> Severity:
    try:
        return Severity.parse(_string(value, key))
    except ValueError as exc:
        raise ValueError(f"{key}: {exc}") from None


def _options(value: Any, key: str) -> dict[str, dict[str, Any]]:
    if not isinstance(value, dict) or not all(isinstance(v, dict) for v in value.values()):
        raise ValueError(f"{key}: expected a table of tables, e.g. [{key}.N101]")
    _check_selectors(list(value), key)
    for check, opts in value.items():
        _check_option_keys(check, opts, f"{key}.{check}")
    return {check: dict(opts) for check, opts in value.items()}


def _check_option_keys(selector: str, opts: dict[str, Any], where: str) -> None:
    """Each key must be an option the check declares (`OPTIONS`), of the declared type."""
    from audit.checks.registry import find_check

    check = find_check(selector)
    declared: dict[str, str] = getattr(check, "OPTIONS", {}) if check else {}
    for name, value in opts.items():
        if name not in declared:
            raise _unknown(name, list(declared), f"{where}.")
        kind = declared[name]
        if kind == "list of strings":
            _strings(value, f"{where}.{name}")
        elif kind == "boolean":
            _boolean(value, f"{where}.{name}")
        elif kind == "integer":
            _integer(value, f"{where}.{name}")


# Settings field annotation → converter (annotations are strings: `from __future__`).
CONVERTERS: dict[str, Callable[[Any, str], Any]] = {
    "tuple[str, ...]": _strings,
    "float": _number,
    "bool": _boolean,
    "int": _integer,
    "str": _string,
    "int | None": _integer,  # year
    "str | None": _string,
    "Severity": _severity,
    "dict[str, dict[str, Any]]": _options,
}


def _check_selectors(selectors: list[str], key: str) -> None:
    from audit.checks.registry import all_checks, validate_selectors

    try:
        validate_selectors(selectors, all_checks())
    except ConfigError as exc:
        raise ValueError(f"{key}: {exc}") from None


def config_fields() -> dict[str, dataclasses.Field[Any]]:
    """Config key → Settings field, for every field a config file may set."""
    return {f.name.replace("_", "-"): f for f in dataclasses.fields(Settings) if f.name not in NOT_IN_CONFIG}


def _unknown(key: str, known: list[str], prefix: str) -> ValueError:
    import difflib

    close = difflib.get_close_matches(key.replace("_", "-"), known, n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else f" (known: {', '.join(sorted(known)) or 'none'})"
    return ValueError(f"unknown key {prefix + key!r}{hint}")


def _override(raw: Any, where: str) -> PathOverride:
    if not isinstance(raw, dict):
        raise ValueError(f"{where}: expected a table ([[...overrides]])")
    for key in raw:
        if key not in OVERRIDE_KEYS:
            raise _unknown(key, list(OVERRIDE_KEYS), f"{where}.")
    if "paths" not in raw:
        raise ValueError(f"{where}: missing key 'paths'")
    values = {k: _strings(raw[k], f"{where}.{k}") for k in OVERRIDE_KEYS if k in raw}
    for key in SELECTOR_FIELDS & values.keys():
        _check_selectors(list(values[key]), f"{where}.{key}")
    return PathOverride(**values)


def _convert(table: dict[str, Any], prefix: str, root: Path) -> dict[str, Any]:
    """Settings changes for one config table; raises ValueError naming the bad key."""
    fields = config_fields()
    changes: dict[str, Any] = {}
    for key, value in table.items():
        if key == "overrides":
            if not isinstance(value, list):
                raise ValueError(f"{prefix}overrides: expected an array of tables ([[...overrides]])")
            changes["overrides"] = tuple(_override(v, f"{prefix}overrides[{i}]") for i, v in enumerate(value))
            continue
        if key not in fields:
            raise _unknown(key, [*fields, "overrides"], prefix)
        field = fields[key]
        converted = CONVERTERS[str(field.type)](value, prefix + key)
        if field.name in SELECTOR_FIELDS:
            _check_selectors(list(converted), prefix + key)
        if field.name in PATH_FIELDS:
            converted = _relative_to(root, converted)
        changes[field.name] = converted
    _check_thresholds(changes, prefix)
    return changes


def _check_thresholds(changes: dict[str, Any], prefix: str) -> None:
    """Scores are 0–100 and a block threshold above the review one would skip `review`."""
    defaults = Settings()
    review = changes.get("review_below", defaults.review_below)
    block = changes.get("block_below", defaults.block_below)
    for key, value in (("review-below", review), ("block-below", block)):
        if not 0 <= value <= 100:
            raise ValueError(f"{prefix}{key}: expected a score between 0 and 100, got {value}")
    if block > review:
        raise ValueError(f"{prefix}block-below ({block}) is above review-below ({review})")


def _relative_to(root: Path, value: str | tuple[str, ...]) -> str | tuple[str, ...]:
    if isinstance(value, str):
        return str(root / value)
    return tuple(str(root / v) for v in value)


def read_table(path: Path) -> tuple[dict[str, Any], str] | None:
    """(the wire-audit table, its key prefix) or None for a pyproject.toml without one."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read config: {exc.strerror or exc}", path) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"invalid TOML: {exc}", path) from None
    except RecursionError:
        raise ConfigError("invalid TOML: nested too deeply", path) from None
    if path.name != "pyproject.toml":
        return data, ""
    tool = data.get("tool", {})
    if not isinstance(tool, dict):
        raise ConfigError("tool: expected a table ([tool.wire-audit])", path)
    table = tool.get("wire-audit")
    if table is None:
        return None
    if not isinstance(table, dict):
        raise ConfigError("tool.wire-audit: expected a table", path)
    return table, "tool.wire-audit."


def find_config(start: Path) -> Path | None:
    """The nearest config file from `start` upwards (a pyproject.toml must have the table)."""
    for folder in (start, *start.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file() and (name != "pyproject.toml" or read_table(candidate) is not None):
                return candidate
    return None


def settings_from_file(path: Path) -> Settings:
    """Defaults overlaid with one config file (errors name the file and the key)."""
    found = read_table(path)
    root = path.resolve().parent
    table, prefix = found if found else ({}, "tool.wire-audit.")
    try:
        changes = _convert(table, prefix, root)
    except ValueError as exc:
        raise ConfigError(str(exc), path) from None
    settings = Settings(root=str(root), config_file=str(path.resolve()), **changes)
    return _default_baseline(settings, root)


def _default_baseline(settings: Settings, root: Path) -> Settings:
    if settings.baseline is None and (root / DEFAULT_BASELINE).is_file():
        return settings.with_(baseline=str(root / DEFAULT_BASELINE))
    return settings


def load_settings(config: str | Path | None = None, cwd: Path | None = None) -> Settings:
    """Settings from `--config FILE`, else the nearest config file, else the defaults."""
    here = (cwd or Path.cwd()).resolve()
    if config is not None:
        path = Path(config)
        if not path.is_file():
            raise ConfigError("no such config file", path)
        return settings_from_file(path)
    found = find_config(here)
    if found is None:
        return _default_baseline(Settings(), here)
    return settings_from_file(found)
