"""Cross-entry rules a glossary must satisfy (codespell-style data hygiene).

Per-entry shape is checked while loading; these rules need all entries at once. Errors
stop loading; a form two entries share is only a warning (big glossaries, such as the
world pack layered under a project's, share short forms) and the index treats it as
ambiguous: no check suggests either entry for it.
"""

from __future__ import annotations

from collections.abc import Sequence

from audit.errors import GlossaryError
from audit.glossary.model import Entry
from audit.text.normalize import name_key


def validate_entries(entries: Sequence[Entry]) -> list[str]:
    """Raise GlossaryError (path:line) for the first violation; return the warnings."""
    canonicals = _unique_canonicals(entries)
    accepted, warnings = _shared_aliases(entries, canonicals)
    _bad_forms_not_accepted(entries, accepted)
    return warnings


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


def _shared_aliases(
    entries: Sequence[Entry], canonicals: dict[tuple[str, ...], Entry]
) -> tuple[dict[tuple[str, ...], Entry], list[str]]:
    """Accepted form → first owner, and a warning for every alias another entry also accepts."""
    accepted: dict[tuple[str, ...], Entry] = {}
    warnings: list[str] = []
    for entry in entries:
        for form in (*entry.accepted_forms, *entry.outdated):
            accepted.setdefault(name_key(form), entry)
    for entry in entries:
        for alias in (*entry.aliases, *entry.outdated):
            key = name_key(alias)
            owner = canonicals.get(key) or accepted.get(key)
            if owner is not None and owner is not entry:
                what = "canonical name" if owner is canonicals.get(key) else "an accepted form"
                warnings.append(
                    f"{entry.where}: alias {alias!r} of {entry.canonical!r} is also {what} of"
                    f" {owner.canonical!r} ({owner.where}): ambiguous, no check picks either"
                )
    return accepted, warnings


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
