"""The house folder's manifest: what it was learned from, by which tool, and file hashes.

A folder from another tool version or format, or whose files no longer match their
hashes, is refused with one line (exit 2) rather than used half-right.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from audit import __version__
from audit.errors import ConfigError
from audit.house import FORMAT

MANIFEST = "manifest.json"
MODEL, LEXICON, PHRASES = "house.model", "lexicon.json", "phrases.json"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def build(files: dict[str, bytes], facts: dict[str, Any]) -> dict[str, Any]:
    """The manifest for `files` (name → bytes) and the archive `facts`."""
    hashes = {name: sha256(data) for name, data in sorted(files.items())}
    model_version = sha256("".join(hashes.values()).encode())[:12]
    return {
        "tool": "wire-audit",
        "version": __version__,
        "format": FORMAT,
        "model_version": model_version,
        **facts,
        "files": hashes,
    }


def read(folder: Path) -> dict[str, Any]:
    """The verified manifest of a house folder; ConfigError naming the folder otherwise."""
    path = folder / MANIFEST
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise ConfigError(
            "not a house folder (no readable manifest.json): run `wire-audit learn`", folder
        ) from None
    if not isinstance(data, dict) or data.get("tool") != "wire-audit":
        raise ConfigError("manifest.json is not a wire-audit house manifest", folder)
    if data.get("version") != __version__ or data.get("format") != FORMAT:
        raise ConfigError(
            f"house folder from wire-audit {data.get('version')} (format {data.get('format')}), this is"
            f" {__version__} (format {FORMAT}): run `wire-audit learn` again",
            folder,
        )
    _verify(folder, data.get("files") or {})
    return data


def _verify(folder: Path, files: dict[str, str]) -> None:
    for name in (MODEL, LEXICON, PHRASES):
        if name not in files:
            raise ConfigError(f"manifest.json lists no hash for {name}", folder)
        try:
            digest = sha256((folder / name).read_bytes())
        except OSError:
            raise ConfigError(f"{name} is missing", folder) from None
        if digest != files[name]:
            raise ConfigError(
                f"{name} does not match its hash in manifest.json (changed after learning)", folder
            )
