"""Layer a bundled knowledge pack (the world pack) under the project's glossaries."""

from __future__ import annotations

from audit.glossary.model import Entry, Glossary
from audit.text.normalize import name_key


def layered(project: Glossary, under: Glossary | None) -> Glossary:
    """`under` entries below `project` ones. The project wins: a pack entry that shares any
    form (canonical, alias, outdated or known-bad) with a project entry is left out, so
    layering never makes a project name ambiguous (pack "Donald J. Trump" with alias
    "Donald Trump" under a project's "Donald Trump")."""
    if under is None or not under.entries:
        return project
    own = {name_key(form) for e in project.entries for form in _forms(e)}
    below: tuple[Entry, ...] = tuple(e for e in under.entries if own.isdisjoint(map(name_key, _forms(e))))
    return Glossary(
        entries=(*project.entries, *below),
        sources=(*project.sources, *under.sources),
        warnings=(*project.warnings, *under.warnings),
    )


def _forms(entry: Entry) -> tuple[str, ...]:
    return (entry.canonical, *entry.aliases, *entry.outdated, *entry.variants, *entry.mistranslations)
