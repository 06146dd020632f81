"""Frozen values that flow from checks to scoring to reporters.

Everything downstream of the checks (scoring, suppression, every reporter) consumes
these records only, so a new output format never needs to know how a check works.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any


class Severity(enum.IntEnum):
    """MQM-style severity levels; the order matters (``--fail-on`` compares them)."""

    MINOR = 1
    MAJOR = 2
    CRITICAL = 3

    @classmethod
    def parse(cls, value: str | Severity) -> Severity:
        if isinstance(value, Severity):
            return value
        try:
            return cls[str(value).strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {value!r} (expected minor, major or critical)") from None

    def __str__(self) -> str:
        return self.name.lower()


class Verdict(enum.Enum):
    """What a desk should do with an article."""

    PASS = "pass"
    REVIEW = "review"
    BLOCK = "block"
    ERROR = "error"  # the input could not be audited (ArticleResult.error says why)

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem in one article, located by character offsets into the decoded text.

    ``start``/``end`` index the decoded file text with newlines untranslated;
    ``line``/``column`` are 1-based. ``evidence`` says which matcher fired and how close.
    ``related`` names other articles a cross-version finding disagrees with.
    """

    code: str
    rule: str
    severity: Severity
    message: str
    start: int
    end: int
    line: int
    column: int
    text: str
    suggestion: str | None = None
    evidence: dict[str, Any] = field(default_factory=dict, hash=False, compare=True)
    related: tuple[str, ...] = ()

    @property
    def family(self) -> str:
        return self.rule.split(".", 1)[0]

    def sort_key(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.code)

    def to_record(self) -> dict[str, Any]:
        """The JSON wire form (schema 1): fixed keys, plain values."""
        record: dict[str, Any] = {
            "rule": self.rule,
            "code": self.code,
            "severity": str(self.severity),
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
            "text": self.text,
            "suggestion": self.suggestion,
            "message": self.message,
            "evidence": dict(self.evidence),
        }
        if self.related:
            record["related"] = list(self.related)
        return record


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """Everything known about one audited article after scoring."""

    path: str
    words: int
    encoding: str
    findings: tuple[Finding, ...]
    score: float
    verdict: Verdict
    language: str | None = None
    notes: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict, hash=False)
    # The decoded text, for reporters that show findings in place (text, HTML).
    text: str = field(default="", repr=False, compare=False)
    # The article's date (ISO) and where it came from: option, column, dateline, metadata, today.
    date: str | None = None
    date_source: str | None = None
    # {"code", "reason"} when the input could not be audited (empty, binary, unreadable…).
    error: dict[str, str] | None = None

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    def worst(self) -> Severity | None:
        return max((f.severity for f in self.findings), default=None)

    def counts(self) -> tuple[int, ...]:
        """Findings per severity, worst first (critical, major, minor)."""
        return tuple(self.count(s) for s in sorted(Severity, reverse=True))


@dataclass(frozen=True, slots=True)
class RunResult:
    """One run over many articles, with the signature that makes it reproducible."""

    articles: tuple[ArticleResult, ...]
    signature: dict[str, Any]
    extra: dict[str, Any] = field(default_factory=dict, hash=False)

    @property
    def findings(self) -> list[Finding]:
        return [f for a in self.articles for f in a.findings]

    def worst(self) -> Severity | None:
        return max((f.severity for f in self.findings), default=None)

    @property
    def errors(self) -> list[ArticleResult]:
        """Inputs that could not be audited (exit status 2 once the report is written)."""
        return [a for a in self.articles if a.error is not None]


VERDICT_RANK = {Verdict.ERROR: -1, Verdict.BLOCK: 0, Verdict.REVIEW: 1, Verdict.PASS: 2}


def ranked(articles: Sequence[ArticleResult]) -> tuple[ArticleResult, ...]:
    """Every report's order: inputs that failed, then block, review, pass; within a verdict
    lowest score first, then most critical/major/minor findings, then path (stable)."""

    def key(a: ArticleResult) -> tuple[object, ...]:
        return (VERDICT_RANK[a.verdict], a.score, tuple(-n for n in a.counts()), a.path)

    return tuple(sorted(articles, key=key))
