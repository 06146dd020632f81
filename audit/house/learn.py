"""`learn`: an archive of clean copy → a house folder, written atomically.

Everything is computed in memory first; the folder is written under a temporary name
next to the target and renamed into place, so a failed or interrupted run leaves the
old folder (or nothing) behind, never half a model.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from audit.errors import ConfigError, InputError
from audit.house import manifest
from audit.house.archive import ArchiveText, read_archive
from audit.house.lexicon import LexiconBuilder
from audit.house.phrases import PhraseCounter
from audit.text.document import Document

MIN_WORDS = 20_000  # below this a unigram model and name counts say little
MIN_ARTICLES = 5


def _dump(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def _facts(
    paths: Sequence[str | Path], texts: list[ArchiveText], words: int, notes: list[str]
) -> dict[str, Any]:
    days = sorted(t.date.isoformat() for t in texts if t.date)
    return {
        "sources": [str(p) for p in paths],
        "articles": len(texts),
        "words": words,
        "date_range": [days[0], days[-1]] if days else None,
        "skipped": notes,
    }


def build_files(paths: Sequence[str | Path]) -> tuple[dict[str, bytes], dict[str, Any]]:
    """The house files and manifest for the archive under `paths` (nothing written)."""
    from audit.house import spm

    texts, notes = read_archive(paths)
    lexicon, phrases, words = LexiconBuilder(), PhraseCounter(), 0
    for t in texts:
        doc = Document(path=t.source, text=t.text)
        words += doc.words
        lexicon.add(doc, t.date)
        phrases.add(doc)
    if words < MIN_WORDS or len(texts) < MIN_ARTICLES:
        where = ", ".join(str(p) for p in paths)
        raise InputError(
            where,
            f"archive too small to learn from: {len(texts)} articles, {words:,} words"
            f" (need {MIN_ARTICLES}+ articles and {MIN_WORDS:,}+ words); nothing written",
        )
    facts = _facts(paths, texts, words, notes)
    facts["vocab_size"] = spm.vocab_size(words)
    files = {
        manifest.MODEL: spm.train((t.text for t in texts), words),
        manifest.LEXICON: _dump(lexicon.finish()),
        manifest.PHRASES: _dump(phrases.finish()),
    }
    return files, manifest.build(files, facts)


def write_folder(out: Path, files: dict[str, bytes], man: dict[str, Any]) -> None:
    """Write the folder under a temporary name, then rename it into place."""
    out = out.resolve()
    tmp = out.parent / f".{out.name}.tmp-{os.getpid()}"
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir()
        for name, data in files.items():
            (tmp / name).write_bytes(data)
        (tmp / manifest.MANIFEST).write_text(
            json.dumps(man, indent=2, sort_keys=True) + "\n", encoding="utf-8"
        )
        _swap(tmp, out)
    except OSError as exc:
        raise ConfigError(f"--out: cannot write {out}: {exc.strerror or exc}") from None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)  # gone after a successful rename


def _swap(tmp: Path, out: Path) -> None:
    """Replace `out` by `tmp`; an existing `out` must be a house folder (never a stranger's)."""
    if out.exists():
        if not (out / manifest.MANIFEST).is_file():
            raise ConfigError(f"--out: {out} exists and is not a house folder; not replacing it")
        old = out.parent / f".{out.name}.old-{os.getpid()}"
        out.rename(old)
        tmp.rename(out)
        shutil.rmtree(old, ignore_errors=True)
    else:
        tmp.rename(out)


def learn(paths: Sequence[str | Path], out: Path) -> dict[str, Any]:
    """Learn the house from `paths` into `out`; returns the manifest."""
    files, man = build_files(paths)
    write_folder(out, files, man)
    return man
