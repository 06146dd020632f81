"""The Engine: one article (or one story of versions) through checks, suppressions, scoring."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from audit import scoring, suppress
from audit.checks.base import Check, CheckContext
from audit.checks.knowledge import Knowledge
from audit.dedupe import merge_duplicates
from audit.engine.signature import signature
from audit.glossary.model import Glossary
from audit.model import ArticleResult, Finding
from audit.settings import Settings
from audit.text.datesources import is_known, resolve
from audit.text.document import Document

Progress = Callable[[int, int], None]  # (items done, total): the CLI draws the bar
NAME_SOURCES = frozenset({"glossary", "world", "house"})  # what gives a run names to match
NOTHING_KNOWN = (
    "no names to match: no glossary, world pack or house model loaded, so names and offices "
    "were not checked (pass -g FILE or add ./glossaries)"
)


def article_date(doc: Document, settings: Settings) -> dt.date:
    """--date, else a column, a dateline, the file's metadata, else today."""
    return dated(doc, settings)[0]


def dated(doc: Document, settings: Settings) -> tuple[dt.date, str, str | None]:
    """(date, source, note) of an article (audit/text/datesources.py)."""
    return resolve(doc.text, settings.date, doc.date, settings.year, dt.date.today())


def world_entries() -> Glossary:
    """The world pack's merged entries (called only on a glossary-cache miss)."""
    from audit.world import pack_glossary

    return pack_glossary()


# Knowledge sources beyond the project glossaries: None until their packages exist. Plugging
# one in is one line each (docs/architecture.md).
WORLD_PACK: Callable[[], Glossary | None] | None = world_entries  # layered under the project's
CALQUES: Callable[[], Any] | None = None  # the calque lexicon (Knowledge.calques)


def load_knowledge(settings: Settings) -> Knowledge:
    """The run's knowledge, loaded once: glossary (with the world pack under it) and its
    cache-backed, lazy index; then the other sources."""
    from audit.engine.tables import build_index
    from audit.glossary.cache import load_indexed

    under = WORLD_PACK if settings.world else None
    glossary, factory = load_indexed(settings.glossary_paths(), build_index, under=under)
    warn_once(glossary.warnings)
    return Knowledge(glossary=glossary, index_factory=factory, **side_sources(settings))


def side_sources(settings: Settings) -> dict[str, Any]:
    """The knowledge beside the glossary (the world pack's metadata, the calque lexicon, the
    house model), loaded one way for the driver and for every cluster worker: a worker that
    lacked one would skip the checks that need it and differ from a serial run."""
    return {
        "world": _world_info(WORLD_PACK if settings.world else None),
        "calques": CALQUES() if CALQUES is not None else None,
        "house": _house(settings.house),
    }


def _house(folder: str | None) -> Any:
    """The house model learned by `wire-audit learn` (verified against its manifest), or None."""
    if not folder:
        return None
    from audit.house.load import load_house

    return load_house(folder)


def _world_info(under: Callable[[], Glossary | None] | None) -> Any:
    """The pack's metadata (version, as-of) when its entries are layered in, else None."""
    if under is None:
        return None
    from audit.world import world_info

    return world_info()


_WARNED: set[str] = set()


def warn_once(warnings: Sequence[str]) -> None:
    """Glossary warnings (an alias two entries share) on stderr, once per process."""
    import sys

    from audit.terminal import visible

    for line in warnings:
        if line not in _WARNED:
            _WARNED.add(line)
            print(f"wire-audit: warning: {visible(line)}", file=sys.stderr)


@dataclass
class Engine:
    """Settings, knowledge and the selected checks of one run; pure functions of them."""

    settings: Settings
    knowledge: Knowledge
    checks: list[Check]
    skipped: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, settings: Settings, knowledge: Knowledge | None = None) -> Engine:
        """The engine of a run: raises AuditError (bad config or glossary) before any work."""
        from audit.checks.registry import select_checks

        knowledge = knowledge or load_knowledge(settings)
        checks = select_checks(settings.select, settings.ignore)
        have = knowledge.provides()
        missing = {c.code: sorted(c.needs - have) for c in checks if c.needs - have}
        skipped = {code: f"needs {', '.join(m)}, none loaded" for code, m in missing.items()}
        return cls(settings, knowledge, checks, skipped)  # run_checks skips what cannot run

    def context(self, doc: Document) -> CheckContext:
        k = self.knowledge
        date, source, note = dated(doc, self.settings)
        options, factory = self.settings.options, k.index_factory
        ctx = CheckContext(
            doc, k.glossary, date, options, index_factory=factory, knowledge=k, date_source=source
        )
        ctx.memo["date_note"] = note
        ctx.date_known = is_known(source, note)
        return ctx

    def findings(self, ctx: CheckContext) -> list[Finding]:
        """Findings of every check, one per problem (see audit/dedupe.py), in text order."""
        return run_checks(ctx, self.checks)

    def finish(self, ctx: CheckContext, findings: list[Finding]) -> ArticleResult:
        """Overrides, inline markers and baseline (audit/suppress.py), then the score."""
        tally: dict[str, int] = {}
        kept = suppress.apply(ctx.doc, findings, self.settings, tally)
        # L101 records the detected language on the context (None when it did not run).
        result = score_article(ctx.doc, kept, self.settings, language=ctx.language)
        note = ctx.memo.get("date_note")
        notes = (*result.notes, note) if note else result.notes
        extra = {"baseline_hidden": tally["baseline"]} if tally.get("baseline") else {}
        return replace(
            result, date=ctx.date.isoformat(), date_source=ctx.date_source, notes=notes, extra=extra
        )

    def audit(self, doc: Document) -> ArticleResult:
        """One article through every check."""
        ctx = self.context(doc)
        return self.finish(ctx, self.findings(ctx))

    def signature(self) -> dict[str, Any]:
        sig = signature(self.settings, self.knowledge.glossary, self.checks)
        world = self.knowledge.world
        sig["world"] = world.signature() if world is not None else None
        house = self.knowledge.house
        if house is not None:  # only with --house: other runs' signatures unchanged
            sig["house"] = {"path": str(house.folder), "model_version": house.version}
        if self.skipped:  # only when some check could not run: seeds' signatures unchanged
            sig["skipped"] = dict(sorted(self.skipped.items()))
        if not NAME_SOURCES & self.knowledge.provides():
            sig["notes"] = [NOTHING_KNOWN]
        return sig


def run_checks(ctx: CheckContext, checks: Sequence[Check]) -> list[Finding]:
    """Findings of `checks` whose needs the context's knowledge meets, de-duplicated."""
    have = ctx.knowledge.provides()
    findings: dict[tuple[str, int, int], Finding] = {}
    for check in checks:
        if check.needs - have:
            continue
        for f in check.run(ctx):
            findings.setdefault((f.code, f.start, f.end), f)
    return merge_duplicates(findings.values())


def score_article(
    doc: Document, findings: Sequence[Finding], settings: Settings, language: str | None = None
) -> ArticleResult:
    value = scoring.score(findings, doc.words)
    return ArticleResult(
        path=doc.path,
        words=doc.words,
        encoding=doc.encoding,
        findings=tuple(findings),
        score=value,
        verdict=scoring.verdict(findings, value, settings),
        notes=doc.notes,
        language=language,
        text=doc.text,
    )
