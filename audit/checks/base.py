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
from typing import Any, ClassVar, TypeVar

from audit.glossary.model import Glossary
from audit.model import Finding, Severity
from audit.text.document import Document

T = TypeVar("T")

DOC_SECTIONS = ("Flags:", "Why:", "Example:", "Instead:", "Options:", "False positives:")


@dataclass
class CheckContext:
    """What a check may look at: the document, the glossary, the date, its options."""

    doc: Document
    glossary: Glossary
    date: dt.date
    options: dict[str, dict[str, Any]] = field(default_factory=dict)
    memo: dict[str, Any] = field(default_factory=dict)
    index_factory: Callable[[Glossary], Any] | None = None
    house: str | None = None  # --house folder: audit/house/load.py loads it once per run

    def cached(self, key: str, compute: Callable[[], T]) -> T:
        """Share one computation (e.g. the exact glossary scan) between checks."""
        if key not in self.memo:
            self.memo[key] = compute()
        return self.memo[key]  # type: ignore[no-any-return]

    @property
    def index(self) -> Any:
        """The glossary index (built once per glossary, possibly from a cache)."""
        factory = self.index_factory
        if factory is None:
            from audit.glossary.index import GlossaryIndex

            factory = GlossaryIndex.build
        return self.cached("glossary.index", lambda: factory(self.glossary))

    def option(self, check: Check, key: str, default: T) -> T:
        value = self.options.get(check.code, {}).get(key, self.options.get(check.name, {}).get(key))
        return default if value is None else value  # type: ignore[return-value]


class Check:
    """Base class; subclasses set the class attributes and implement `run`."""

    code: ClassVar[str] = ""
    name: ClassVar[str] = ""
    severity: ClassVar[Severity] = Severity.MAJOR
    needs_glossary: ClassVar[bool] = False

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
