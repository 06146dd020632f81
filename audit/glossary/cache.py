"""Loaded glossaries and their index, pickled between runs so the hook starts fast.

A 10k-entry YAML glossary takes far longer to parse, validate and index than to unpickle,
and the glossary rarely changes between two commits. The cache key covers everything the
pickle depends on: every glossary file's path and content hash, the Python version, the
package version, the source of every module of the package and every data file under
audit/data (so a code or word-list change never reads a stale structure). Writes are
atomic (temp file + rename); an unreadable or corrupt cache file is rebuilt silently.
`WIRE_AUDIT_CACHE` names the cache folder; `WIRE_AUDIT_CACHE=off` disables caching.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

from audit import __version__
from audit.glossary.layer import layered
from audit.glossary.loader import glossary_files, load_glossaries
from audit.glossary.model import Glossary

ENV = "WIRE_AUDIT_CACHE"
OFF = frozenset({"off", "0", "no", "false", "none"})
# What is part of the key: all package source (the index, the tables built with it, and the
# checks' helpers they pickle) and all data files. Hashing all of it costs ~2 ms.
SOURCE_GLOB, DATA_DIR = "**/*.py", "data"
PICKLE_PROTOCOL = pickle.HIGHEST_PROTOCOL
KEEP = 8  # most recent index files kept; older ones (old glossaries, old code) are removed


def cache_dir() -> Path | None:
    """$WIRE_AUDIT_CACHE, else $XDG_CACHE_HOME/wire-audit, else ~/.cache/wire-audit."""
    env = os.environ.get(ENV)
    if env is not None and env.strip().lower() in OFF:
        return None
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "wire-audit"


@lru_cache(maxsize=4)
def code_fingerprint(package: Path | None = None) -> str:
    """Hash of the package source and data files: editing either invalidates the cache."""
    root = package or Path(__file__).resolve().parents[1]
    h = hashlib.sha256(f"{__version__}|{sys.version_info[:3]}|{PICKLE_PROTOCOL}".encode())
    files = [*root.glob(SOURCE_GLOB), *(p for p in (root / DATA_DIR).rglob("*") if p.is_file())]
    for path in sorted(files):
        if "__pycache__" in path.parts:
            continue
        h.update(path.relative_to(root).as_posix().encode() + b"\0")
        h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


def cache_key(paths: Sequence[str | Path]) -> str:
    """Key of a set of glossary files: their paths and contents, plus the code fingerprint."""
    h = hashlib.sha256(code_fingerprint().encode())
    for path in glossary_files(paths):
        h.update(str(path).encode() + b"\0")
        h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()[:32]


def _read(path: Path) -> Any | None:
    """The unpickled object, or None when the file is missing or unreadable."""
    try:
        with path.open("rb") as fh, _gc_paused():
            return pickle.load(fh)
    except FileNotFoundError:
        return None
    except Exception:  # corrupt, truncated or from an incompatible build: rebuild
        return None


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Unpickling creates a container per entry, form and block, and every 700 allocations
    would start a GC pass over all loaded so far (~30 % of the load time at 10k entries).
    What was loaded lives as long as the run, so it is frozen out of later collections too."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
        gc.freeze()
    finally:
        if enabled:
            gc.enable()


def _write(path: Path, value: Any) -> None:
    """Pickle atomically; any failure (read-only disk, unpicklable index) skips caching."""
    import tempfile  # only when writing: ~5 ms of imports the warm-cache hook never needs

    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(value, fh, protocol=PICKLE_PROTOCOL)
        os.replace(tmp, path)
        tmp = None
        _prune(path.parent)
    except Exception:
        pass
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


def _prune(folder: Path) -> None:
    """Drop all but the KEEP most recently written index files."""
    files = sorted(folder.glob("index-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in files[KEEP:]:
        old.unlink(missing_ok=True)


def default_builder() -> Callable[[Glossary], Any]:
    from audit.glossary.index import GlossaryIndex

    return GlossaryIndex.build


def load_indexed(
    paths: Sequence[str | Path],
    build: Callable[[Glossary], Any] | None = None,
    under: Callable[[], Glossary | None] | None = None,
) -> tuple[Glossary, Callable[[Glossary], Any]]:
    """The glossary under `paths` (with `under()`'s entries layered below it, e.g. the world
    pack) and an index factory for CheckContext, both cache-backed.

    The index is built at most once per process, and only when a check asks for it; a
    freshly built index is stored with its glossary for the next run. `under` is called only
    on a cache miss: its data lives in audit/data, which the cache key fingerprints.
    """
    build = build or default_builder()
    folder = cache_dir()
    key = cache_key(paths) + ("-under" if under else "")
    target = folder / f"index-{key}.pickle" if folder is not None and (paths or under) else None
    cached = _read(target) if target is not None else None
    if isinstance(cached, tuple) and len(cached) == 2 and isinstance(cached[0], Glossary):
        return cached[0], _factory(cached[0], cached[1], build, None)
    glossary = load_glossaries(paths)
    if under is not None:
        glossary = layered(glossary, under())
    return glossary, _factory(glossary, None, build, target)


def _factory(
    glossary: Glossary, index: Any, build: Callable[[Glossary], Any], target: Path | None
) -> Callable[[Glossary], Any]:
    """index_factory that returns one shared index for `glossary` (building, storing it once)."""
    built: list[Any] = [] if index is None else [index]
    frozen: list[bool] = []

    def factory(g: Glossary) -> Any:
        if g is not glossary:
            return build(g)
        if not built:
            built.append(build(glossary))
            if target is not None:
                _write(target, (glossary, built[0]))
        if not frozen:
            # The index lives as long as the run: keep the cyclic GC from walking its
            # millions of objects on every collection that article allocations trigger.
            gc.freeze()
            frozen.append(True)
        return built[0]

    return factory
