"""Layer a bundled knowledge pack (the world pack) under the project's glossaries."""

from __future__ import annotations

from audit.glossary.model import Entry, Glossary


def layered(project: Glossary, under: Glossary | None) -> Glossary:
    """`under` entries below `project` ones: on the same canonical key the project entry wins."""
    if under is None or not under.entries:
        return project
    own = {e.key for e in project.entries}
    below: tuple[Entry, ...] = tuple(e for e in under.entries if e.key not in own)
    return Glossary(entries=(*project.entries, *below), sources=(*project.sources, *under.sources))
