"""Everything a check may consult, loaded once per run behind one typed object.

Slots and where they come from (docs/architecture.md, "Knowledge"):
- `glossary`: the project glossaries (`-g`, config, ./glossaries), layered OVER `world`.
- `index`: the glossary's GlossaryIndex, built lazily (or unpickled from the cache).
- `office_table()`: who holds which office, built once with the index (cached with it).
- `world`: a bundled world pack (a Glossary, `audit.world.load_pack()`); None for now.
- `calques`: a calque lexicon; None for now.
- `house`: a house model learned from an archive; None for now.
Checks declare what they need (`Check.needs`); `provides()` says what is loaded.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from audit.glossary.model import Entry, Glossary

if TYPE_CHECKING:  # the index and the office table load only when a check asks for them
    from audit.checks.names.office.table import OfficeTable
    from audit.glossary.index import GlossaryIndex

IndexFactory = Callable[[Glossary], "GlossaryIndex"]
OFFICE_TABLE = "office"  # key of the office table in GlossaryIndex.tables (pickled with it)


@dataclass
class Knowledge:
    """The run's knowledge: one instance per run, shared by every article and check."""

    glossary: Glossary = field(default_factory=Glossary)
    index_factory: IndexFactory | None = None
    world: Glossary | None = None  # bundled world pack, already layered under `glossary`
    calques: Any | None = None  # calque lexicon (audit/checks/terms/calques.py)
    house: Any | None = None  # house model learned from an archive
    _index: GlossaryIndex | None = field(default=None, repr=False, compare=False)
    _office: OfficeTable | None = field(default=None, repr=False, compare=False)

    @property
    def index(self) -> GlossaryIndex:
        """The glossary index (built once per run, possibly unpickled from the cache)."""
        if self._index is None:
            self._index = (self.index_factory or build_index)(self.glossary)
        return self._index

    def office_table(self) -> OfficeTable:
        """Who holds which office per the glossary: with the cached index, else built once."""
        if self._office is None:
            from audit.checks.names.office.table import OfficeTable

            built = self.index.tables.get(OFFICE_TABLE)
            if isinstance(built, OfficeTable) and self.index.glossary is self.glossary:
                self._office = built
            else:
                self._office = OfficeTable.build(self.glossary, self.index)
        return self._office

    def provides(self) -> frozenset[str]:
        """Names of the loaded sources, matched against `Check.needs`."""
        loaded = {
            "glossary": bool(self.glossary.entries),
            "world": self.world is not None,
            "calques": self.calques is not None,
            "house": self.house is not None,
        }
        return frozenset(name for name, ok in loaded.items() if ok)


def build_index(glossary: Glossary) -> GlossaryIndex:
    """The index and the tables derived from it, built explicitly (no import-time hooks)."""
    from audit.checks.names.office.table import OfficeTable
    from audit.glossary.index import GlossaryIndex

    index = GlossaryIndex.build(glossary)
    index.tables[OFFICE_TABLE] = OfficeTable.build(glossary, index)
    return index


def layered(project: Glossary, world: Glossary | None) -> Glossary:
    """`world` entries under `project` ones: on the same canonical key the project entry wins."""
    if world is None or not world.entries:
        return project
    own = {e.key for e in project.entries}
    under: tuple[Entry, ...] = tuple(e for e in world.entries if e.key not in own)
    return Glossary(entries=(*project.entries, *under), sources=(*project.sources, *world.sources))
