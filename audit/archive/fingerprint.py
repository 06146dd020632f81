"""Cache keys: what an article's findings depend on, hashed.

An article's result depends on its text, path (per-path overrides, baseline) and date, on
the knowledge (glossary digest plus the code of the whole package and its data files), on
the settings that change findings or verdicts, and on the tool version.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from audit import __version__

if TYPE_CHECKING:
    from audit.glossary import Glossary
    from audit.settings import Settings

# Settings that change findings, scores or verdicts (the resolved date is in the article key).
RESULT_FIELDS = ("select", "ignore", "options", "review_below", "block_below", "overrides")


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Hash of every module and data file of the package: any code change re-audits."""
    root = Path(__file__).resolve().parents[1]
    h = hashlib.sha256(__version__.encode())
    for path in sorted(root.rglob("*")):
        if path.suffix in (".py", ".txt", ".json", ".yaml", ".csv") and "__pycache__" not in path.parts:
            h.update(path.relative_to(root).as_posix().encode() + b"\0")
            h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()[:24]


def knowledge_fingerprint(glossary: Glossary) -> str:
    return f"{glossary.digest}-{code_fingerprint()}"


def _file_digest(path: str | None) -> str | None:
    if path is None:
        return None
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return "unreadable"


def settings_fingerprint(settings: Settings) -> str:
    """Hash of the settings behind a result, including the baseline file's content."""
    import dataclasses

    values = {name: getattr(settings, name) for name in RESULT_FIELDS}
    values["overrides"] = [dataclasses.asdict(o) for o in settings.overrides]
    values["baseline"] = _file_digest(settings.baseline)
    blob = json.dumps(values, sort_keys=True, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()[:24]


def run_key(glossary: Glossary, settings: Settings) -> str:
    """Everything but the article: knowledge, settings and tool version."""
    return f"{__version__}|{knowledge_fingerprint(glossary)}|{settings_fingerprint(settings)}"


def article_key(run: str, path: str, text: str, date: dt.date) -> str:
    """The cache key of one article under one run key."""
    h = hashlib.sha256(run.encode())
    h.update(b"\0" + path.encode("utf-8", "surrogatepass") + b"\0" + date.isoformat().encode() + b"\0")
    h.update(text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()
