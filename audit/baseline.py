"""The baseline: findings accepted once (`wire-audit baseline`), hidden from later runs.

A finding's fingerprint is its check code, its folded text and a hash of its folded
sentence, so it survives lines moving and edits elsewhere in the article, but not a
rewrite of the sentence it is in. Paths are stored relative to the baseline file.
Identical fingerprints are counted: a second copy of an accepted finding is new.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from audit.errors import ConfigError
from audit.model import Finding, RunResult
from audit.paths import relative_path
from audit.text.document import Document
from audit.text.normalize import fold

FORMAT = 1


def _norm(text: str) -> str:
    return " ".join(fold(text).split())


def fingerprint(doc: Document, finding: Finding) -> str:
    """Stable under line shifts: code + folded text + hash of the folded sentence around it."""
    span = doc.sentence_at(finding.start) or doc.paragraph_at(finding.start)
    context = doc.slice(span) if span else finding.text
    key = "\x1f".join((finding.code, _norm(finding.text), _norm(context)))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def entries(run: RunResult, base: Path) -> list[dict[str, Any]]:
    """One record per finding of the run, with its path relative to the baseline folder."""
    records = []
    for article in run.articles:
        doc = Document(path=article.path, text=article.text)
        rel = relative_path(article.path, base)
        for f in article.findings:
            record = {"path": rel, "code": f.code, "rule": f.rule, "line": f.line, "text": f.text}
            records.append({**record, "fingerprint": fingerprint(doc, f)})
    return sorted(records, key=lambda r: (r["path"], r["line"], r["code"], r["fingerprint"]))


def write(run: RunResult, target: Path) -> int:
    """Write the baseline file (sorted, one finding per record, stable for diffs)."""
    records = entries(run, target.resolve().parent)
    data = {"tool": "wire-audit", "baseline": FORMAT, "findings": records}
    from audit.atomic import write_text

    # backslashreplace turns a non-UTF-8 file name's surrogate into the JSON escape \udcff,
    # which json.loads reads back to the same path: the baseline still matches it.
    write_text(target, json.dumps(data, indent=1, ensure_ascii=False) + "\n", errors="backslashreplace")
    return len(records)


def _parse(path: Path) -> dict[str, Counter[str]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError("no such baseline file", path) from None
    except (OSError, ValueError) as exc:
        raise ConfigError(f"not a wire-audit baseline: {exc}", path) from None
    except RecursionError:
        raise ConfigError("not a wire-audit baseline: nested too deeply", path) from None
    if not isinstance(data, dict) or data.get("baseline") != FORMAT:
        raise ConfigError(f'not a wire-audit baseline (expected "baseline": {FORMAT})', path)
    findings = data.get("findings", [])
    if not isinstance(findings, list):
        raise ConfigError("findings: expected a list", path)
    by_path: dict[str, Counter[str]] = {}
    for i, rec in enumerate(findings):
        if not isinstance(rec, dict) or not all(isinstance(rec.get(k), str) for k in ("path", "fingerprint")):
            raise ConfigError(f"findings[{i}]: expected path and fingerprint strings", path)
        by_path.setdefault(rec["path"], Counter())[rec["fingerprint"]] += 1
    return by_path


@lru_cache(maxsize=8)
def _load(path: str, mtime_ns: int) -> dict[str, Counter[str]]:
    return _parse(Path(path))


def load(path: str | Path) -> dict[str, Counter[str]]:
    """Fingerprint counts per relative path; read once per run (cached on mtime)."""
    p = Path(path).resolve()
    try:
        mtime = p.stat().st_mtime_ns
    except OSError:
        raise ConfigError("no such baseline file", path) from None
    return _load(str(p), mtime)


def filter_known(
    doc: Document, findings: Sequence[Finding], path: str | Path
) -> tuple[list[Finding], list[str]]:
    """Findings not in the baseline, and a note when baseline entries matched nothing."""
    known = load(path)
    rel = relative_path(doc.path, Path(path).resolve().parent)
    left = Counter(known.get(rel, Counter()))
    new = []
    for f in findings:
        fp = fingerprint(doc, f)
        if left[fp] > 0:
            left[fp] -= 1
        else:
            new.append(f)
    unused = sum(left.values())
    notes = []
    if unused:
        notes.append(
            f"baseline {Path(path).name}: {unused} accepted finding{'s' * (unused != 1)} "
            "no longer found (fixed?); refresh with `wire-audit baseline`"
        )
    return new, notes
