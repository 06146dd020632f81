"""The data behind office matching: countries/demonyms, title words, romanisation groups.

All three are plain-text files in audit/data/ (codespell-style data with tests of its own),
so that a new country, ministry field or spelling system is a data edit, not code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from audit.text.normalize import name_key
from audit.text.wordlists import data_lines

Key = tuple[str, ...]


def _split(line: str) -> tuple[str, list[str]]:
    label, _, rest = line.partition(":")
    return label.strip(), [f.strip() for f in rest.split("|") if f.strip()]


@dataclass(frozen=True)
class PlaceForm:
    """One written form of a country or organisation ("South Korean", "ROK", "Seoul")."""

    place: str
    surface: str

    @property
    def strict_case(self) -> bool:
        """All-caps forms (US, UK, ROK) only count in capitals: "us" is a pronoun."""
        letters = [c for c in self.surface if c.isalpha()]
        return len(letters) <= 4 and all(c.isupper() for c in letters)


@lru_cache(maxsize=1)
def place_forms() -> dict[Key, tuple[PlaceForm, ...]]:
    """Normalized form → the countries/organisations it names (from countries.txt)."""
    out: dict[Key, list[PlaceForm]] = {}
    for line in data_lines("countries.txt"):
        place, forms = _split(line)
        for surface in forms:
            out.setdefault(name_key(surface), []).append(PlaceForm(place, surface))
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def title_words() -> tuple[tuple[str, tuple[Key, ...]], ...]:
    """office_words.txt as (label, normalized forms) lines, in file order."""
    return tuple(
        (label, tuple(name_key(f) for f in forms))
        for label, forms in map(_split, data_lines("office_words.txt"))
    )


@lru_cache(maxsize=1)
def fields() -> dict[Key, str]:
    """Each spelling of a ministry field → its canonical word ("defence" → "defense")."""
    out: dict[Key, str] = {}
    for label, forms in title_words():
        if label == "field":
            for form in forms:
                out[form] = " ".join(forms[0])
    return out


@lru_cache(maxsize=16)
def word_set(label: str) -> frozenset[str]:
    """The forms listed under `label` in office_words.txt, as space-joined keys."""
    return frozenset(" ".join(f) for lab, forms in title_words() if lab == label for f in forms)


@lru_cache(maxsize=1)
def romanisation_groups() -> dict[str, int]:
    """Syllable → group number: two syllables in one group are one name spelled two ways."""
    out: dict[str, int] = {}
    for n, line in enumerate(data_lines("romanisation.txt")):
        for form in line.split("|"):
            out.setdefault(form.strip().casefold(), n)
    return out


def same_romanisation(a: str, b: str) -> bool:
    groups = romanisation_groups()
    return a in groups and groups.get(a) == groups.get(b)
