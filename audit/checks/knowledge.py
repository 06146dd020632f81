"""Everything a check may consult, loaded once per run behind one typed object.

Slots and where they come from (docs/architecture.md, "Knowledge"):
- `glossary`: the project glossaries (`-g`, config, ./glossaries), layered OVER `world`.
- `index`: the glossary's GlossaryIndex, built lazily (or unpickled from the cache).
- `table(name, build)`: tables derived from the glossary (office holders), built once with
  the index by audit/engine/tables.py (and pickled with it), else once per run.
- `world`: the bundled world pack's metadata (`audit.world.WorldInfo`: files, version,
  as-of), whose entries `load_knowledge` layers under the project glossary
  (audit/glossary/layer.py: the project entry wins); None with `--no-world`.
- `calques`: a calque lexicon; None for now.
- `house`: a house model learned from an archive; None for now.
Checks declare what they need (`Check.needs`); `provides()` says what is loaded.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from audit.glossary.model import Glossary

if TYPE_CHECKING:  # the index loads only when a check asks for it
    from audit.glossary.index import GlossaryIndex

T = TypeVar("T")
IndexFactory = Callable[[Glossary], "GlossaryIndex"]


@dataclass
class Knowledge:
    """The run's knowledge: one instance per run, shared by every article and check."""

    glossary: Glossary = field(default_factory=Glossary)
    index_factory: IndexFactory | None = None
    world: Any | None = None  # the world pack's metadata; its entries are layered in `glossary`
    calques: Any | None = None  # calque lexicon (audit/checks/terms/calques.py)
    house: Any | None = None  # house model learned from an archive
    _index: GlossaryIndex | None = field(default=None, repr=False, compare=False)
    _tables: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def index(self) -> GlossaryIndex:
        """The glossary index (built once per run, possibly unpickled from the cache)."""
        if self._index is None:
            from audit.glossary.index import GlossaryIndex

            self._index = (self.index_factory or GlossaryIndex.build)(self.glossary)
        return self._index

    def warm(self) -> None:
        """Build or unpickle the index now (before forking workers), not once per worker."""
        if self.glossary.entries:
            self.index  # noqa: B018

    def table(self, name: str, build: Callable[[Glossary, GlossaryIndex], T]) -> T:
        """A table derived from the glossary (e.g. office holders, `name` "office"): the one
        pickled with the index (audit/engine/tables.py), else built once per run."""
        if name not in self._tables:
            built = self.index.tables.get(name)
            if built is None or self.index.glossary is not self.glossary:
                built = build(self.glossary, self.index)
            self._tables[name] = built
        return self._tables[name]  # type: ignore[no-any-return]

    def provides(self) -> frozenset[str]:
        """Names of the loaded sources, matched against `Check.needs`."""
        loaded = {
            "glossary": bool(self.glossary.entries),
            "world": self.world is not None,
            "calques": self.calques is not None,
            "house": self.house is not None,
        }
        return frozenset(name for name, ok in loaded.items() if ok)
