"""Clean English copy and real MT with rated errors, for measuring the calque lexicon.

Nothing here ships: the texts live in the shared measurement folder (`../shared` next to
the repository in CI; WIRE_AUDIT_SHARED overrides), and every loader returns nothing
when it is absent so tests can skip cleanly.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHUNK = 40  # corpus lines (segments) per pseudo-article


def shared_dir() -> Path | None:
    path = Path(os.environ.get("WIRE_AUDIT_SHARED") or ROOT.parent / "shared")
    return path if path.is_dir() else None


def _mqm_rows() -> list[dict]:
    shared = shared_dir()
    path = shared / "wmt23-zhen-mqm" / "dev.jsonl" if shared else None
    if not path or not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def clean_texts() -> Iterator[tuple[str, str]]:
    """(name, text) of clean English copy: seeds 002/003, refA per story, refA corpora."""
    shared = shared_dir()
    if shared is None:
        return
    for path in sorted((shared / "seeds").glob("00[23]*.txt")):
        yield path.name, path.read_text(encoding="utf-8")
    stories: dict[str, dict[int, str]] = {}
    for row in _mqm_rows():
        ref = (row.get("references") or {}).get("refA")
        if ref:
            stories.setdefault(row["doc_id"], {})[row["doc_seg"]] = ref
    for doc_id in sorted(stories):
        segs = stories[doc_id]
        yield f"refA:{doc_id}", "\n".join(segs[k] for k in sorted(segs))
    for path in sorted((shared / "corpora" / "wmt23-refA-en").glob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for i in range(0, len(lines), CHUNK):
            yield f"{path.name}:{i + 1}", "\n".join(lines[i : i + CHUNK])


def mqm_targets() -> Iterator[tuple[str, str, list[dict]]]:
    """(segment id, MT output, its Terminology/Mistranslation spans rated Major or Minor)."""
    for row in _mqm_rows():
        if row.get("is_human_reference") or not row.get("target"):
            continue
        spans = [
            s
            for s in row.get("spans") or []
            if s.get("severity") in ("Major", "Minor")
            and (s["category"].startswith("Terminology") or s["category"] == "Accuracy/Mistranslation")
        ]
        yield f"{row['doc_id']}#{row['seg_id']}:{row['system']}", row["target"], spans
