"""The small base class every check derives from, and the context it runs in.

A check is a class with a stable `code`, a dotted `name` whose first part is its family,
a default `severity`, and a docstring that is its documentation (sections: Flags, Why,
Example, Instead, Options, False positives; `wire-audit rules CODE` prints it).
Checks are pure: they read the context and yield findings, never print or write.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from audit.checks.knowledge import Knowledge
from audit.glossary.model import Glossary
from audit.model import Finding, Severity
from audit.text.document import Document

if TYPE_CHECKING:
    from audit.glossary.index import GlossaryIndex

T = TypeVar("T")

DOC_SECTIONS = ("Flags:", "Why:", "Example:", "Instead:", "Options:", "False positives:")


@dataclass
class CheckContext:
    """What a check may look at: the document, the run's knowledge, the date, its options.

    Checks share per-article views through `view(build)`; `language` is the one result the
    engine reads back (set by the language-id check L101, None when it did not run)."""

    doc: Document
    glossary: Glossary
    date: dt.date
    options: dict[str, dict[str, Any]] = field(default_factory=dict)
    language: str | None = None
    index_factory: Callable[[Glossary], Any] | None = None
    # The run's knowledge (audit/checks/knowledge.py); one is made from `glossary` if not given.
    knowledge: Knowledge = field(default=None)  # type: ignore[assignment]
    # Where `date` came from (audit/text/datesources.py): "today" means the article has none.
    date_source: str = "option"
    # False when the date is a guess (today's, or a yearless dateline in the run date's year).
    date_known: bool = True
    _views: dict[Callable[..., Any], Any] = field(default_factory=dict, repr=False)
    # Deprecated, like `cached`: string-keyed results for code on older branches (the
    # defaults branch records a date note here). New code: a typed field or `view`.
    memo: dict[str, Any] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        if self.knowledge is None:
            self.knowledge = Knowledge(self.glossary, self.index_factory)

    def view(self, build: Callable[[CheckContext], T]) -> T:
        """A per-article view (layout, exact mentions, name runs) built once and shared by
        every check that asks: keyed by its builder, so no string keys and typed results."""
        if build not in self._views:
            self._views[build] = build(self)
        return self._views[build]  # type: ignore[no-any-return]

    def cached(self, key: str, compute: Callable[[], T]) -> T:
        """Deprecated: use `view(build)`. Kept for the house branch (audit/house/names_check.py),
        which still keys a per-article value by string; remove once it uses `view`."""
        if key not in self.memo:
            self.memo[key] = compute()
        return self.memo[key]  # type: ignore[no-any-return]

    @property
    def index(self) -> GlossaryIndex:
        """The glossary index (built once per run, possibly from a cache)."""
        return self.knowledge.index

    def option(self, check: Check, key: str, default: T) -> T:
        value = self.options.get(check.code, {}).get(key, self.options.get(check.name, {}).get(key))
        return default if value is None else value  # type: ignore[return-value]


class Check:
    """Base class; subclasses set the class attributes and implement `run`."""

    code: ClassVar[str] = ""
    name: ClassVar[str] = ""
    severity: ClassVar[Severity] = Severity.MAJOR
    # Knowledge the check consults (names of Knowledge.provides()): skipped, with a note in
    # the run signature, when one is not loaded. E.g. frozenset({"glossary"}).
    needs: ClassVar[frozenset[str]] = frozenset()

    @property
    def family(self) -> str:
        return self.name.split(".", 1)[0]

    def run(self, ctx: CheckContext) -> Iterable[Finding]:  # pragma: no cover - abstract
        raise NotImplementedError

    def finding(
        self,
        ctx: CheckContext,
        start: int,
        end: int,
        message: str,
        *,
        suggestion: str | None = None,
        evidence: dict[str, Any] | None = None,
        severity: Severity | None = None,
        related: tuple[str, ...] = (),
    ) -> Finding:
        """A Finding of this check, located in the context's document."""
        line, column = ctx.doc.locate(start)
        return Finding(
            code=self.code,
            rule=self.name,
            severity=severity or self.severity,
            message=message,
            start=start,
            end=end,
            line=line,
            column=column,
            text=ctx.doc.text[start:end],
            suggestion=suggestion,
            evidence=evidence or {},
            related=related,
        )

    @classmethod
    def summary(cls) -> str:
        doc = (cls.__doc__ or "").strip()
        return doc.splitlines()[0] if doc else ""
