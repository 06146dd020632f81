"""One glossary entry from a parsed mapping (YAML item or CSV row), validated field by field.

Shared by the YAML and CSV readers so both formats accept the same values and report
the same `path:line: message` errors.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable
from typing import Any

from audit.errors import GlossaryError
from audit.glossary.model import KINDS, Entry, Office
from audit.model import Severity

FORM_KEYS = ("aliases", "variants", "mistranslations", "outdated")
ENTRY_KEYS = frozenset(
    {"canonical", "kind", *FORM_KEYS, "role", "from", "until", "roles", "severity", "note"}
)
ROLE_KEYS = frozenset({"role", "from", "until", "note"})
LINE = "__line__"  # key under which the YAML reader stores a mapping's line
# Names people reach for first, mapped to ours, for "did you mean" in schema errors.
KEY_SYNONYMS = {
    "offices": "roles",
    "office": "role",
    "title": "role",
    "position": "role",
    "alias": "aliases",
    "variant": "variants",
    "mistranslation": "mistranslations",
    "type": "kind",
    "name": "canonical",
    "start": "from",
    "since": "from",
    "end": "until",
    "to": "until",
    "notes": "note",
    "old": "outdated",
    "former": "outdated",
}


def unknown_key(what: str, unknown: Iterable[object], known: Collection[str]) -> str:
    """`unknown key 'offices' (did you mean 'roles'?)`: the message of a schema error, for the
    first of the `unknown` keys (sorted, as YAML mappings have no order worth keeping)."""
    import difflib

    name = str(sorted(unknown, key=str)[0])
    guess = KEY_SYNONYMS.get(name.lower())
    if guess not in known:
        close = difflib.get_close_matches(name.lower(), sorted(known), n=1)
        guess = close[0] if close else None
    hint = f"did you mean {guess!r}?" if guess else f"known: {', '.join(sorted(known))}"
    return f"unknown {what} {name!r} ({hint})"


def brief(value: object) -> str:
    """A bounded repr: an aliased list expanded a billion times must not be printed whole."""
    import reprlib

    return reprlib.repr(value)


def build_entry(item: dict[str, Any], path: str, line: int, as_of: dt.date | None = None) -> Entry:
    """An Entry from one parsed mapping (`as_of`: its file date); errors name path and line."""
    canonical = item.get("canonical")
    if not isinstance(canonical, str) or not canonical.strip():
        raise GlossaryError(path, line, "entry has no 'canonical' name")
    kind = item.get("kind", "")
    kind = kind.strip() if isinstance(kind, str) else kind
    if kind not in KINDS:
        raise GlossaryError(
            path, line, f"{canonical}: kind must be one of {', '.join(KINDS)}, got {brief(kind)}"
        )
    severity = None
    if item.get("severity") not in (None, ""):
        try:
            if not isinstance(item["severity"], str):
                raise ValueError(f"severity must be minor, major or critical, got {brief(item['severity'])}")
            severity = Severity.parse(item["severity"])
        except ValueError as exc:
            raise GlossaryError(path, line, f"{canonical}: {exc}") from None
    offices = _offices(item, canonical, path, line)
    if offices and kind != "person":
        raise GlossaryError(path, line, f"{canonical}: only a person can hold a role")
    return Entry(
        canonical=canonical.strip(),
        kind=kind,
        aliases=_strings(item.get("aliases"), "aliases", canonical, path, line),
        variants=_strings(item.get("variants"), "variants", canonical, path, line),
        mistranslations=_strings(item.get("mistranslations"), "mistranslations", canonical, path, line),
        outdated=_strings(item.get("outdated"), "outdated", canonical, path, line),
        offices=offices,
        severity=severity,
        note=_note(item.get("note"), canonical, path, line),
        source=path,
        line=line,
        as_of=as_of,
    )


def _strings(value: Any, key: str, canonical: str, path: str, line: int) -> tuple[str, ...]:
    if value in (None, ""):
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise GlossaryError(path, line, f"{canonical}: '{key}' must be a list of names")
    return tuple(v.strip() for v in value)


def _note(value: Any, canonical: str, path: str, line: int) -> str:
    if value is None or isinstance(value, str | int | float | dt.date):
        return "" if value is None else str(value)
    raise GlossaryError(path, line, f"{canonical}: 'note' must be text, got {type(value).__name__}")


def _offices(item: dict[str, Any], canonical: str, path: str, line: int) -> tuple[Office, ...]:
    specs: list[tuple[dict[str, Any], int]] = []
    if item.get("role"):
        specs.append(({k: item.get(k) for k in ROLE_KEYS - {"note"}}, line))
    elif item.get("from") or item.get("until"):
        raise GlossaryError(path, line, f"{canonical}: 'from'/'until' given without a 'role'")
    roles = item.get("roles") or []
    if not isinstance(roles, list):
        raise GlossaryError(path, line, f"{canonical}: 'roles' must be a list of mappings")
    for spec in roles:
        if not isinstance(spec, dict):
            raise GlossaryError(path, line, f"{canonical}: each of 'roles' must be a mapping")
        spec_line = spec.pop(LINE, line)
        unknown = set(spec) - ROLE_KEYS
        if unknown:
            message = unknown_key("role key", unknown, ROLE_KEYS)
            raise GlossaryError(path, spec_line, f"{canonical}: {message}")
        specs.append((spec, spec_line))
    offices = []
    for spec, spec_line in specs:
        title = spec.get("role")
        if not isinstance(title, str) or not title.strip():
            raise GlossaryError(path, spec_line, f"{canonical}: a role needs a 'role' title")
        start = _date(spec.get("from"), "from", canonical, path, spec_line)
        end = _date(spec.get("until"), "until", canonical, path, spec_line)
        if start and end and start > end:
            raise GlossaryError(path, spec_line, f"{canonical}: 'from' {start} is after 'until' {end}")
        offices.append(Office(title.strip(), start, end))
    return tuple(offices)


def file_date(value: Any, path: str, line: int) -> dt.date | None:
    """A glossary file's top-level `as_of` date, or None when absent."""
    return _date(value, "as_of", "glossary", path, line)


def _date(value: Any, key: str, canonical: str, path: str, line: int) -> dt.date | None:
    if value in (None, "", "null"):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        if not isinstance(value, str):  # str() of an aliased list could be gigabytes
            raise ValueError(value)
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise GlossaryError(
            path, line, f"{canonical}: bad date {key}: {brief(value)} (expected YYYY-MM-DD)"
        ) from None


def iter_forms(entry: Entry) -> Iterable[tuple[str, str]]:
    """(form kind, surface) for every form an entry lists."""
    yield "canonical", entry.canonical
    for a in entry.aliases:
        yield "alias", a
    for v in entry.variants:
        yield "variant", v
    for m in entry.mistranslations:
        yield "mistranslation", m
    for o in entry.outdated:
        yield "outdated", o
