"""The one seam between archive runs and the per-article engine.

Everything the archive package needs from the engine goes through this module: loading the
knowledge (glossary, index, checks) and auditing one article. When the engine changes, only
`load_knowledge`, `knowledge_from` and `audit_article` need repointing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from audit.engine.core import Engine
    from audit.glossary import Glossary
    from audit.model import ArticleResult
    from audit.settings import Settings


@dataclass(frozen=True)
class Knowledge:
    """The run's engine (settings, knowledge, checks), loaded once per process."""

    engine: Engine

    @property
    def glossary(self) -> Glossary:
        return self.engine.knowledge.glossary

    @property
    def settings(self) -> Settings:
        return self.engine.settings


def load_knowledge(settings: Settings) -> Knowledge:
    """The engine of the run, through the glossary cache (the driver, or a worker with files)."""
    from audit.engine.core import Engine

    return Knowledge(Engine.load(settings))


def knowledge_from(glossary: Glossary, settings: Settings) -> Knowledge:
    """The engine from a shipped glossary (a Dask worker): the index is built once, here.

    The other sources load here as the driver loaded them (the world pack's metadata, the
    calque lexicon, the `--house` model from its folder), or the worker's checks would
    differ from a serial run's (a check skips itself when a source it needs is missing)."""
    from audit.checks.knowledge import Knowledge as Known
    from audit.engine import core
    from audit.engine.parallel import built_once

    known = Known(glossary=glossary, index_factory=built_once(), **core.side_sources(settings))
    known.warm()
    return Knowledge(core.Engine.load(settings, known))


def resolve_date(text: str, column_date: dt.date | None, settings: Settings) -> dt.date:
    """The row's date column, else --date, else a dateline in the text, else today."""
    from audit.text.dates import find_dateline

    return column_date or settings.date or find_dateline(text) or dt.date.today()


def audit_article(knowledge: Knowledge, path: str, text: str, date: dt.date) -> ArticleResult:
    """One article through the engine on its own date; raises AuditError for bad input."""
    from dataclasses import replace

    from audit.text.document import Document

    engine = knowledge.engine
    if engine.settings.date != date:
        engine = replace(engine, settings=engine.settings.with_(date=date))
    return engine.audit(Document(path=path, text=text))


def signature(knowledge: Knowledge) -> dict[str, object]:
    """The run signature the engine records (version, glossaries, checks, settings)."""
    return knowledge.engine.signature()
