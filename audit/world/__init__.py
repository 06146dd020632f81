"""The world pack: heads of state and government, countries, capitals and major cities,
shipped as glossary YAML under audit/data/world/ (built by scripts/build_world.py).

Nothing is read at import time. `load_pack()` goes through the glossary cache
(audit/glossary/cache.py), so a warm hook unpickles the pack instead of parsing YAML; the
files are found by a plain path next to the package, as audit/text/wordlists.py does
(`importlib.resources` alone costs ~15 ms of the hook's start-up).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from audit.glossary.model import Glossary

WORLD_DIR = Path(__file__).resolve().parents[1] / "data" / "world"
META_KEYS = ("source", "license", "as_of")
# Entry.source of pack entries, so evidence and warnings name the pack and its date
# wherever the package is installed: "world pack (as of 2026-01-22): places.yaml".
SOURCE_PREFIX = "world pack (as of "


@dataclass(frozen=True)
class PackFile:
    """One pack file and the provenance its top-level keys give."""

    name: str
    source: str
    license: str
    as_of: dt.date


@dataclass(frozen=True)
class WorldInfo:
    """What a run records about the pack (signature, evidence) without loading its entries."""

    files: tuple[PackFile, ...]
    version: str  # content hash of the pack files (the digest of the merged pack's sources)

    @property
    def as_of(self) -> dt.date:
        """The oldest as-of date of its files: how far the whole pack is known to go."""
        return min(f.as_of for f in self.files)

    def signature(self) -> dict[str, str]:
        return {"version": self.version, "as_of": self.as_of.isoformat()}


@dataclass(frozen=True)
class WorldPack:
    """The pack's merged entries plus what a run signature records about it."""

    glossary: Glossary
    files: tuple[PackFile, ...]
    index_factory: Callable[[Glossary], Any]

    @property
    def version(self) -> str:
        """Content hash of the pack files (changes whenever the data does)."""
        return self.glossary.digest

    @property
    def as_of(self) -> dt.date:
        """The oldest as-of date of its files: how far the whole pack is known to go."""
        return min(f.as_of for f in self.files)


def pack_files(folder: Path = WORLD_DIR) -> list[Path]:
    """The pack's YAML files, sorted (the curated files included)."""
    return sorted(folder.glob("*.yaml"))


def read_meta(path: Path) -> PackFile:
    """Top-level provenance keys, read from the lines before `entries:` (no YAML parse)."""
    meta: dict[str, str] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("entries:"):
                break
            key, sep, value = line.partition(":")
            if sep and key in META_KEYS:
                meta[key] = value.strip().strip("'\"")
    if "as_of" not in meta:
        from audit.errors import GlossaryError

        raise GlossaryError(path, None, "world pack file has no top-level 'as_of:' date")
    return PackFile(
        path.name, meta.get("source", ""), meta.get("license", ""), dt.date.fromisoformat(meta["as_of"])
    )


@cache
def attested_spellings() -> frozenset[str]:
    """Folded words the pack spells two ways in its names (attested-spellings.txt, written by
    scripts/build_world.py): read on the first respelled match only."""
    path = WORLD_DIR / "attested-spellings.txt"
    if not path.is_file():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))


def is_world_source(source: str) -> bool:
    """Whether an entry's `source` is a pack file (see `pack_glossary`)."""
    return source.startswith(SOURCE_PREFIX)


@cache  # one parse per process on a cache miss (tests and WIRE_AUDIT_CACHE=off runs)
def pack_glossary(folder: Path = WORLD_DIR) -> Glossary:
    """The pack's entries, merged across files (audit/world/merge.py) and validated; their
    `source` is `world_label(file)`."""
    from audit.world.merge import read_pack

    return read_pack(pack_files(folder), label=world_label)


def world_label(path: Path) -> str:
    """How evidence names a pack file: "world pack (as of 2026-01-22): places.yaml"."""
    return f"{SOURCE_PREFIX}{read_meta(path).as_of.isoformat()}): {path.name}"


@cache
def world_info(folder: Path = WORLD_DIR) -> WorldInfo:
    """Provenance, version and as-of of the pack: a few header lines and a hash, no YAML."""
    import hashlib

    files = pack_files(folder)
    shas = tuple((world_label(p), hashlib.sha256(p.read_bytes()).hexdigest()) for p in files)
    return WorldInfo(tuple(read_meta(p) for p in files), Glossary(sources=shas).digest)


@cache
def load_pack(folder: Path = WORLD_DIR) -> WorldPack:
    """The validated, merged pack, from the on-disk glossary cache when it is warm."""
    from audit.glossary.cache import load_indexed

    glossary, factory = load_indexed([], under=lambda: pack_glossary(folder))
    return WorldPack(glossary, world_info(folder).files, factory)
