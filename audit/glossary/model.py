"""Glossary entries as frozen values. The schema is documented in glossaries/README.md."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from typing import Any

from audit.model import Severity
from audit.text.normalize import name_key

KINDS = ("person", "place", "org", "term")


@dataclass(frozen=True, slots=True)
class Office:
    """An office a person holds or held, e.g. 'South Korean defense minister' 2020–2022."""

    title: str
    start: dt.date | None = None
    end: dt.date | None = None

    def __reduce__(self) -> tuple[Any, ...]:
        """Unpickle through the constructor (fast; see Entry.__reduce__)."""
        return (Office, (self.title, self.start, self.end))

    def held_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Entry:
    """One canonical name or term with its accepted and known-bad forms."""

    canonical: str
    kind: str
    aliases: tuple[str, ...] = ()
    variants: tuple[str, ...] = ()
    mistranslations: tuple[str, ...] = ()
    offices: tuple[Office, ...] = ()
    outdated: tuple[str, ...] = ()  # accepted but outdated spellings (Kiev for Kyiv)
    severity: Severity | None = None
    note: str = ""
    source: str = ""
    line: int = 0
    # The date the file's knowledge was last checked (its top-level `as_of`): an open tenure
    # is known only up to it, so an article dated later may find another holder in office.
    as_of: dt.date | None = None

    def __reduce__(self) -> tuple[Any, ...]:
        """Unpickle through the constructor: ~5× faster than the generic slots __setstate__,
        which dominated loading a cached 10k-entry glossary index (audit/glossary/cache.py)."""
        return (Entry, tuple(getattr(self, f) for f in ENTRY_FIELDS))

    @property
    def key(self) -> tuple[str, ...]:
        return name_key(self.canonical)

    @property
    def accepted_forms(self) -> tuple[str, ...]:
        return (self.canonical, *self.aliases)

    def stale_on(self, day: dt.date) -> bool:
        """The entry's knowledge is older than `day` (no `as_of`: a project glossary, trusted)."""
        return self.as_of is not None and day > self.as_of

    def offices_on(self, day: dt.date) -> tuple[Office, ...]:
        return tuple(o for o in self.offices if o.held_on(day))

    @property
    def where(self) -> str:
        return f"{self.source}:{self.line}" if self.line else self.source


ENTRY_FIELDS = tuple(f.name for f in fields(Entry))


@dataclass(frozen=True)
class Glossary:
    """All loaded entries plus the files (and their hashes) they came from."""

    entries: tuple[Entry, ...] = ()
    sources: tuple[tuple[str, str], ...] = field(default_factory=tuple)  # (path, sha256)
    # `path:line: message` for data the loader accepted but a person should look at
    # (an alias two entries share: it is ambiguous, so no check picks either entry).
    warnings: tuple[str, ...] = ()

    def __len__(self) -> int:
        return len(self.entries)

    @property
    def digest(self) -> str:
        """A short content hash of every source: the key for caches and signatures."""
        import hashlib

        h = hashlib.sha256()
        for _path, sha in sorted(self.sources, key=lambda s: s[1]):
            h.update(sha.encode())
        return h.hexdigest()[:16]
