"""Load a house folder once per run (verified against its manifest) and index it for checks."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from audit.errors import ConfigError
from audit.house import manifest


class House:
    """The learned house: name words, variant clusters, phrases and the sentencepiece model."""

    def __init__(
        self, folder: Path, man: dict[str, Any], lexicon: dict[str, Any], phrases: dict[str, Any]
    ) -> None:
        self.folder = folder
        self.manifest = man
        self.version: str = man["model_version"]
        # word key → (most printed surface, count as a name word, dominant key of its cluster)
        self.tokens: dict[str, tuple[str, int, str]] = {k: tuple(v) for k, v in lexicon["tokens"].items()}
        self.words: frozenset[str] = frozenset(lexicon["words"])
        self.phrases: dict[tuple[str, ...], tuple[str, int]] = {
            tuple(k.split(" ")): (v[0], v[1]) for k, v in phrases["phrases"].items()
        }

    @cached_property
    def spellings(self) -> Counter[str]:
        """Cluster (dominant key) → how many of its words the archive prints as names."""
        return Counter(dom for _form, _n, dom in self.tokens.values())

    def frequent(self, min_count: int) -> list[str]:
        """Name words printed at least `min_count` times, sorted (for bulk matching)."""
        return self._frequent(min_count)

    @lru_cache(maxsize=8)  # noqa: B019 - one House per folder per run, kept by load_house
    def _frequent(self, min_count: int) -> list[str]:
        return sorted(k for k, (_f, n, _d) in self.tokens.items() if n >= min_count)

    @cached_property
    def frames(self) -> dict[tuple[str, ...], list[tuple[int, tuple[str, ...]]]]:
        """Phrase with one word blanked → (blanked position, phrase) for every phrase."""
        out: dict[tuple[str, ...], list[tuple[int, tuple[str, ...]]]] = defaultdict(list)
        for key in self.phrases:
            for i in range(len(key)):
                out[(*key[:i], "*", *key[i + 1 :])].append((i, key))
        return dict(out)

    @cached_property
    def model(self) -> Any:
        from audit.house.spm import HouseModel

        return HouseModel((self.folder / manifest.MODEL).read_bytes())


def _json(folder: Path, name: str) -> dict[str, Any]:
    try:
        data = json.loads((folder / name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise ConfigError(f"{name} is not readable JSON", folder) from None
    if not isinstance(data, dict):
        raise ConfigError(f"{name} is not a JSON object", folder)
    return data


def _load(path: Path) -> House:
    man = manifest.read(path)
    return House(path, man, _json(path, manifest.LEXICON), _json(path, manifest.PHRASES))


_LOADED: dict[str, House] = {}


def load_house(folder: str | Path) -> House:
    """The house at `folder`, verified against its manifest and loaded once per process.

    The hashes are checked when a process first loads the folder (each `check` run); the
    per-article calls that follow cost one dictionary lookup.
    """
    key = str(folder)
    house = _LOADED.get(key)
    if house is None:
        path = Path(folder)
        if not path.is_dir():
            raise ConfigError("--house: no such house folder", path)
        house = _LOADED[key] = _load(path)
    return house
