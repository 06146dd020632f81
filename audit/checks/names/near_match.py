"""A near miss of one accepted glossary form: what the near-match scan finds and the name
checks and the world pack's guards judge (its own module: both sides import it)."""

from __future__ import annotations

from dataclasses import dataclass

from audit.glossary.model import Entry
from audit.match.fuzzy import TokenLink


@dataclass(frozen=True)
class NearMatch:
    """A window of text that is a near miss of one accepted glossary form."""

    start: int
    end: int
    text: str
    entry: Entry
    form: str  # surface of the accepted form it misses
    links: tuple[TokenLink, ...]

    @property
    def legit(self) -> bool:
        """Differs from the form only by transliteration alternations (Zelenskiy)."""
        return all(link.legit for link in self.links)

    @property
    def decisive(self) -> TokenLink:
        """The weakest token link: the one the decision rests on."""
        return min(self.links, key=lambda link: link.jaro_winkler)
