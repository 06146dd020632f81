"""Merge the pack files' entries that name the same person or place.

The Factbook build and the hand-curated files overlap: both list Netanyahu, Sisi, Putin,
often under other spellings ("Benyamin Netanyahu", "Binyamin Netanyahu" in the Factbook,
"Benjamin Netanyahu" curated). Two entries of one kind are the same when they share a
canonical key, the canonical of one is an accepted form of the other, or they accept the
same multiword form ("Aleksandr Lukashenko"), transitively.
The merged entry takes the union of aliases and roles; a curated entry wins on the
canonical spelling and, for a role both give with overlapping dates, on the tenure. Its
note names every file:line it was merged from (provenance kept).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from audit.glossary.model import Entry, Glossary, Office
from audit.text.normalize import name_key

CURATED_PREFIX = "curated-"
_MIN, _MAX = dt.date.min, dt.date.max


def read_pack(files: Sequence[Path], label: Callable[[Path], str] = str) -> Glossary:
    """Parse every pack file, merge same-named entries, then validate the whole pack;
    entries and sources name their file as `label(path)`."""
    from audit.errors import GlossaryError
    from audit.glossary.loader import load_yaml
    from audit.glossary.validate import validate_entries

    entries: list[Entry] = []
    sources: list[tuple[str, str]] = []
    for path in files:
        raw = path.read_bytes()
        name = label(path)
        sources.append((name, hashlib.sha256(raw).hexdigest()))
        try:
            parsed = load_yaml(raw.decode("utf-8-sig"), str(path))
        except UnicodeDecodeError:
            raise GlossaryError(path, None, "not UTF-8 text") from None
        entries.extend(replace(e, source=name) for e in parsed)
    merged = merge_entries(entries)
    warnings = validate_entries(merged)
    return Glossary(entries=tuple(merged), sources=tuple(sources), warnings=tuple(warnings))


def is_curated(entry: Entry) -> bool:
    return Path(entry.source.rpartition(" ")[2]).name.startswith(CURATED_PREFIX)


def merge_entries(entries: Sequence[Entry]) -> list[Entry]:
    """One entry per group of same-named entries, at the position of the group's first."""
    parent = list(range(len(entries)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in _same_name_pairs(entries):
        parent[find(i)] = find(j)
    groups: dict[int, list[Entry]] = {}
    for i, e in enumerate(entries):
        groups.setdefault(find(i), []).append(e)
    return [_merge_group(group) for _root, group in sorted(groups.items())]


def _same_name_pairs(entries: Sequence[Entry]) -> Iterable[tuple[int, int]]:
    """(i, j) for entries of one kind with the same canonical key, a canonical that is the
    other's alias, or the same multiword alias."""
    canon: dict[tuple[str, tuple[str, ...]], int] = {}
    for i, e in enumerate(entries):
        yield i, canon.setdefault((e.kind, e.key), i)
    shared: dict[tuple[str, tuple[str, ...]], int] = {}
    for i, e in enumerate(entries):
        for key in map(name_key, e.aliases):
            other = canon.get((e.kind, key))
            if other is None and len(key) > 1:  # a full name two files accept: one person
                other = shared.setdefault((e.kind, key), i)
            if other is not None:
                yield i, other


def _merge_group(group: list[Entry]) -> Entry:
    """The group's entries as one: curated first, then in file order."""
    if len(group) == 1:
        return group[0]
    ordered = sorted(group, key=lambda e: not is_curated(e))  # stable: file order kept
    head = ordered[0]
    keys = {head.key}
    aliases: list[str] = []
    for e in ordered:
        for form in (e.canonical, *e.aliases):
            if name_key(form) not in keys:
                keys.add(name_key(form))
                aliases.append(form)
    outdated = _unique(f for e in ordered for f in e.outdated if name_key(f) not in keys)
    variants = _unique(f for e in ordered for f in e.variants if name_key(f) not in keys)
    offices = _merge_offices([(is_curated(e), e.offices) for e in ordered])
    sources = ", ".join(f"{Path(e.source.rpartition(' ')[2]).name}:{e.line}" for e in ordered)
    note = "; ".join(n for n in (head.note, f"merged from {sources}") if n)
    return replace(
        head,
        aliases=tuple(aliases),
        outdated=outdated,
        variants=variants,
        mistranslations=_unique(m for e in ordered for m in e.mistranslations),
        offices=offices,
        severity=next((e.severity for e in ordered if e.severity is not None), None),
        note=note,
    )


def _merge_offices(parts: list[tuple[bool, tuple[Office, ...]]]) -> tuple[Office, ...]:
    """Union of roles; a curated tenure wins over another source's overlapping one."""
    curated = [o for cur, offices in parts if cur for o in offices]
    kept: list[Office] = []
    for cur, offices in parts:
        for o in offices:
            if not cur and any(_conflict(o, c) for c in curated):
                continue
            if o not in kept:
                kept.append(o)
    return tuple(kept)


def _conflict(a: Office, b: Office) -> bool:
    """Same role (by title) with overlapping spans."""
    if a.title.casefold() != b.title.casefold():
        return False
    lo = max(a.start or _MIN, b.start or _MIN)
    hi = min(a.end or _MAX, b.end or _MAX)
    return lo <= hi


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    seen: dict[tuple[str, ...], str] = {}
    for item in items:
        seen.setdefault(name_key(item), item)
    return tuple(seen.values())
