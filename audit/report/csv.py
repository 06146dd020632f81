"""CSV tables for QA leads: findings.csv (one row per finding), articles.csv (one per article).

Columns are documented in docs/reports.md; `wire-audit report` reads these files back.
Written as UTF-8 with a byte-order mark, which is what makes Excel decode names such as
"Zelenskyy" or "Choe Son Hui" (and any diacritics) as UTF-8 rather than the ANSI code page.

Article text is untrusted: a flagged span such as `=HYPERLINK(...)` or `@SUM(...)` would run
as a formula when the file is opened in a spreadsheet (CSV injection). Text cells that begin
with a formula character are written with a leading apostrophe (OWASP's advice), which
spreadsheets show as text; `unprotect` removes it again when wire-audit reads a run back.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from audit.model import ArticleResult, RunResult, Severity
from audit.report import ReportOptions

if TYPE_CHECKING:
    import pandas as pd

# The columns `wire-audit report` needs to read a findings.csv back (older runs have only these).
REQUIRED_FINDING_COLUMNS = (
    "path",
    "line",
    "column",
    "start",
    "end",
    "code",
    "rule",
    "severity",
    "text",
    "suggestion",
    "message",
    "evidence",
    "related",
)
FINDING_COLUMNS = (
    *REQUIRED_FINDING_COLUMNS,
    "context",  # the sentence around the finding
    "confidence",  # a number 0-1 when the check gives one (else empty)
    "article_score",
    "verdict",
    "date",
)
REQUIRED_ARTICLE_COLUMNS = (
    "path",
    "words",
    "language",
    "encoding",
    "critical",
    "major",
    "minor",
    "findings",
    "score",
    "verdict",
    "notes",
)
ARTICLE_COLUMNS = (
    *REQUIRED_ARTICLE_COLUMNS,
    "date",
    "date_source",
    "error_code",
    "error",
)
FINDINGS_FILE = "findings.csv"
ARTICLES_FILE = "articles.csv"
FILE_NAMES = (FINDINGS_FILE, ARTICLES_FILE)  # what `write` creates: the CLI refuses one that is an input
ENCODING = "utf-8-sig"  # UTF-8 with BOM (see module docstring)
LIST_SEPARATOR = " | "  # joins `related` paths and `notes` in one cell
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # a spreadsheet may evaluate such a cell
PROTECT = "'"


def protect(value: object) -> object:
    """A text cell a spreadsheet would evaluate, with an apostrophe in front (see module doc).

    Apostrophes already in front of a formula character get one more, so that `unprotect`
    restores every value exactly ("'=x" → "''=x" → "'=x")."""
    if isinstance(value, str) and value.lstrip(PROTECT).startswith(FORMULA_START):
        return PROTECT + value
    return value


def unprotect(value: object) -> object:
    """The value `protect` was given."""
    if isinstance(value, str) and value.startswith(PROTECT) and protect(value[1:]) == value:
        return value[1:]
    return value


CONTEXT_LIMIT = 300  # characters of sentence kept either side of a finding
SENTENCE_END = ".!?\n"


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (or line) holding text[start:end], at most CONTEXT_LIMIT either side."""
    lo = max(0, start - CONTEXT_LIMIT)
    cut = max(text.rfind(c, lo, start) for c in SENTENCE_END)
    begin = cut + 1 if cut >= 0 else lo
    hi = min(len(text), end + CONTEXT_LIMIT)
    stops = [i for i in (text.find(c, end, hi) for c in SENTENCE_END) if i >= 0]
    finish = min(stops) + 1 if stops else hi
    return " ".join(text[begin:finish].split())


def confidence(evidence: dict[str, Any]) -> float | None:
    """A number 0-1 from the evidence: the check's confidence, else its string similarity."""
    for key in ("confidence", "jaro_winkler", "similarity"):
        value = evidence.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return round(float(value), 4)
    return None


def shown_path(path: str) -> str:
    """A file name that is not UTF-8 (surrogate escapes) with its bytes as `\\xe9`: a CSV cell
    must be text, and pandas/pyarrow refuse surrogates."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def finding_rows(run: RunResult) -> list[dict[str, Any]]:
    rows = []
    for article in run.articles:
        for f in article.findings:
            record = f.to_record()
            record["path"] = shown_path(article.path)
            record["evidence"] = json.dumps(record["evidence"], ensure_ascii=False, sort_keys=True)
            record["related"] = LIST_SEPARATOR.join(f.related)
            record["context"] = sentence_around(article.text, f.start, f.end)
            record["confidence"] = confidence(f.evidence)
            record |= {"article_score": article.score, "verdict": str(article.verdict), "date": article.date}
            rows.append(record)
    return rows


def article_row(article: ArticleResult) -> dict[str, Any]:
    counts = {str(s): article.count(s) for s in Severity}
    return {
        "path": shown_path(article.path),
        "words": article.words,
        "language": article.language,
        "encoding": article.encoding,
        **counts,
        "findings": len(article.findings),
        "score": article.score,
        "verdict": str(article.verdict),
        "notes": LIST_SEPARATOR.join(article.notes),
        "date": article.date,
        "date_source": article.date_source,
        "error_code": (article.error or {}).get("code"),
        "error": (article.error or {}).get("reason"),
    }


def frames(run: RunResult) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(findings, articles) as DataFrames with the documented columns, in run order."""
    import pandas as pd  # heavy: only when a CSV is asked for

    findings = pd.DataFrame(finding_rows(run), columns=list(FINDING_COLUMNS))
    findings["related"] = findings["related"].astype(str)  # a string column even when all empty
    findings["confidence"] = pd.to_numeric(findings["confidence"], errors="coerce")
    articles = pd.DataFrame([article_row(a) for a in run.articles], columns=list(ARTICLE_COLUMNS))
    return findings, articles


def write(run: RunResult, out_dir: Path, options: ReportOptions) -> list[Path]:
    findings, articles = frames(run)
    paths = [out_dir / FINDINGS_FILE, out_dir / ARTICLES_FILE]
    for frame, path in zip((findings, articles), paths, strict=True):
        write_table(frame, path)
    return paths


def write_table(frame: pd.DataFrame, path: Path) -> None:
    """One CSV file of ours: UTF-8 with BOM, `\\n` line ends, formula-like text cells protected."""
    from pandas.api.types import is_numeric_dtype

    safe = frame.copy()
    for column in frame.columns:
        if not is_numeric_dtype(frame[column]):  # text, whatever pandas calls its dtype
            safe[column] = frame[column].map(protect)
    from audit.atomic import replacing

    with replacing(path) as tmp:  # a non-UTF-8 file name (surrogate escape) shows as \udcff
        safe.to_csv(tmp, index=False, encoding=ENCODING, errors="backslashreplace", lineterminator="\n")
