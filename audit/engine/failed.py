"""Inputs that could not be audited become error records, so one bad file never costs the
other articles of a batch their report (exit status 2 once the report is written)."""

from __future__ import annotations

from audit.errors import InputError
from audit.model import ArticleResult, Verdict

# (code, words in the reason that identify it), first match wins; the reasons come from
# audit/text/reader.py. Codes are stable: a QA lead filters on them.
KINDS = (
    ("E901", "empty", ("empty",)),
    ("E902", "binary", ("binary",)),
    ("E903", "undecodable", ("not utf-8", "decode", "encoding")),
    ("E904", "missing", ("no such file",)),
    ("E905", "unreadable", ("cannot read", "directory", "permission", "too large", "not a regular")),
)
OTHER = ("E900", "input")


def error_code(reason: str) -> tuple[str, str]:
    """(code, kind) of a read error's reason: E901 empty … E905 unreadable, E900 other."""
    low = reason.lower()
    for code, kind, words in KINDS:
        if any(w in low for w in words):
            return code, kind
    return OTHER


def failed(error: InputError) -> ArticleResult:
    """The record of an input that could not be read: no findings, verdict `error`."""
    reason = str(error)
    prefix = f"{error.path}: "
    reason = reason[len(prefix) :] if reason.startswith(prefix) else reason
    code, kind = error_code(reason)
    return ArticleResult(
        path=error.path,
        words=0,
        encoding="",
        findings=(),
        score=0.0,
        verdict=Verdict.ERROR,
        error={"code": code, "kind": kind, "reason": reason},
    )
