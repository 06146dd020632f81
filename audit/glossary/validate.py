"""Cross-entry rules a glossary must satisfy (codespell-style data hygiene).

Per-entry shape is checked while loading; these rules need all entries at once.
"""

from __future__ import annotations

from collections.abc import Sequence

from audit.errors import GlossaryError
from audit.glossary.model import Entry
from audit.text.normalize import name_key


def validate_entries(entries: Sequence[Entry]) -> None:
    """Raise GlossaryError (path:line) for the first violation found."""
    canonicals = _unique_canonicals(entries)
    accepted = _aliases_not_canonicals(entries, canonicals)
    _bad_forms_not_accepted(entries, accepted)


def _unique_canonicals(entries: Sequence[Entry]) -> dict[tuple[str, ...], Entry]:
    canonicals: dict[tuple[str, ...], Entry] = {}
    for entry in entries:
        key = name_key(entry.canonical)
        if not key:
            raise GlossaryError(entry.source, entry.line, f"{entry.canonical!r} has no letters")
        other = canonicals.get(key)
        if other is not None:
            raise GlossaryError(
                entry.source,
                entry.line,
                f"{entry.canonical!r} normalizes to the same form as {other.canonical!r} ({other.where})",
            )
        canonicals[key] = entry
    return canonicals


def _aliases_not_canonicals(
    entries: Sequence[Entry], canonicals: dict[tuple[str, ...], Entry]
) -> dict[tuple[str, ...], Entry]:
    accepted: dict[tuple[str, ...], Entry] = {}
    for entry in entries:
        for form in entry.accepted_forms:
            accepted.setdefault(name_key(form), entry)
        for alias in entry.aliases:
            owner = canonicals.get(name_key(alias))
            if owner is not None and owner is not entry:
                raise GlossaryError(
                    entry.source,
                    entry.line,
                    f"alias {alias!r} of {entry.canonical!r} is the canonical name of"
                    f" another entry ({owner.where})",
                )
    return accepted


def _bad_forms_not_accepted(entries: Sequence[Entry], accepted: dict[tuple[str, ...], Entry]) -> None:
    for entry in entries:
        for bad in (*entry.variants, *entry.mistranslations):
            owner = accepted.get(name_key(bad))
            if owner is not None:
                raise GlossaryError(
                    entry.source,
                    entry.line,
                    f"known-bad form {bad!r} of {entry.canonical!r} is an accepted form of"
                    f" {owner.canonical!r} ({owner.where})",
                )
