"""`glossary lint`: the validator's errors, plus warnings that matter as glossaries grow.

Warnings: an alias shared by two entries (which one does "Kim" mean?), an entry that
never occurs in a given archive (stale, or misspelled), a role without dates (the
wrong-office check then treats the office as held forever).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from audit.glossary.model import Entry
from audit.house.archive import read_archive
from audit.text.document import Document
from audit.text.normalize import name_key


def shared_aliases(entries: Sequence[Entry]) -> list[str]:
    owners: dict[tuple[str, ...], list[Entry]] = defaultdict(list)
    for e in entries:
        for alias in dict.fromkeys(name_key(a) for a in e.aliases):
            owners[alias].append(e)
    out = []
    for key, es in sorted(owners.items()):
        if len(es) > 1:
            names = ", ".join(f"{o.canonical!r} ({o.where})" for o in es[1:])
            out.append(
                f"{es[0].where}: warning: alias {' '.join(key)!r} of {es[0].canonical!r}"
                f" is also an alias of {names}"
            )
    return out


def undated_roles(entries: Sequence[Entry]) -> list[str]:
    return [
        f"{e.where}: warning: role {o.title!r} of {e.canonical!r} has no dates"
        " (held forever for the office check)"
        for e in entries
        for o in e.offices
        if o.start is None and o.end is None
    ]


def _archive_ngrams(paths: Sequence[str | Path], lengths: set[int]) -> set[tuple[str, ...]]:
    texts, _notes = read_archive(paths)
    seen: set[tuple[str, ...]] = set()
    for t in texts:
        keys = Document(path=t.source, text=t.text).token_keys
        for n in lengths:
            seen.update(zip(*(keys[i:] for i in range(n)), strict=False))
    return seen


def absent(entries: Sequence[Entry], archive: Sequence[str | Path]) -> list[str]:
    """Entries none of whose accepted forms the archive prints."""
    keys = {e.canonical: [name_key(f) for f in e.accepted_forms] for e in entries}
    seen = _archive_ngrams(archive, {len(k) for ks in keys.values() for k in ks if k})
    return [
        f"{e.where}: warning: {e.canonical!r} never occurs in the archive"
        for e in entries
        if not any(k in seen for k in keys[e.canonical])
    ]


def lint(paths: Sequence[str | Path], archive: Sequence[str | Path] = ()) -> list[str]:
    """Warnings for the glossaries under `paths` (GlossaryError when one does not validate)."""
    from audit.glossary.loader import load_glossaries

    entries = load_glossaries(paths).entries
    out = shared_aliases(entries) + undated_roles(entries)
    if archive:
        out += absent(entries, archive)
    return out
