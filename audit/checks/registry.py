"""The explicit list of checks, and selection by code, name or family.

Each family package exports CHECKS (a tuple of classes); this module only gathers them.
Importing a check module must stay cheap: heavy libraries load inside `run`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from audit.checks.base import Check
from audit.errors import ConfigError


def all_checks() -> list[type[Check]]:
    from audit.checks import garble, lang, names, versions
    from audit.house import checks as house

    classes = [*names.CHECKS, *garble.CHECKS, *lang.CHECKS, *versions.CHECKS, *house.CHECKS]
    return sorted(classes, key=lambda c: c.code)


def _matches(check: type[Check], selector: str) -> bool:
    s = selector.strip()
    family = check.name.split(".", 1)[0]
    return (
        s.upper() == check.code
        or s == check.name
        or s == family
        or (s.endswith("*") and (check.code.startswith(s[:-1].upper()) or check.name.startswith(s[:-1])))
    )


def validate_selectors(selectors: Iterable[str], known: Sequence[type[Check]]) -> None:
    for s in selectors:
        if s.strip().upper() in ("ALL", "*"):
            continue
        if not any(_matches(c, s) for c in known):
            raise ConfigError(f"unknown check {s!r} (see `wire-audit rules`)")


def select_checks(select: Sequence[str] = (), ignore: Sequence[str] = ()) -> list[Check]:
    """Instances of the enabled checks: all (or `select`), minus `ignore`."""
    known = all_checks()
    validate_selectors([*select, *ignore], known)
    chosen = [
        c
        for c in known
        if (not select or any(s.strip().upper() in ("ALL", "*") or _matches(c, s) for s in select))
        and not any(_matches(c, s) for s in ignore)
    ]
    return [c() for c in chosen]


def find_check(selector: str) -> type[Check] | None:
    for c in all_checks():
        if _matches(c, selector) and (selector.upper() == c.code or selector == c.name):
            return c
    return None
