"""Read earlier runs back (JSON schema 1, or findings.csv/articles.csv) as two DataFrames with
the CSV report's columns plus `run`, so that every aggregate works on one shape."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from audit.errors import InputError
from audit.report.csv import (
    ARTICLE_COLUMNS,
    ARTICLES_FILE,
    ENCODING,
    FINDING_COLUMNS,
    FINDINGS_FILE,
    LIST_SEPARATOR,
    REQUIRED_ARTICLE_COLUMNS,
    REQUIRED_FINDING_COLUMNS,
    unprotect,
)
from audit.report.json import SCHEMA

if TYPE_CHECKING:
    import pandas as pd

Frames = tuple["pd.DataFrame", "pd.DataFrame"]  # (findings, articles)
JSON_NAMES = ("wire-audit.json",)
# Columns that are text even when every value looks like a number (a flagged "2024").
TEXT = ("path", "code", "rule", "severity", "text", "suggestion", "message", "evidence", "related",
        "language", "encoding", "verdict", "notes", "context", "date", "date_source", "error_code",
        "error")  # fmt: skip


def _finding_row(path: str, f: dict[str, Any]) -> dict[str, Any]:
    row = {key: f.get(key) for key in FINDING_COLUMNS}
    row["path"] = path
    row["evidence"] = json.dumps(f.get("evidence") or {}, ensure_ascii=False, sort_keys=True)
    row["related"] = LIST_SEPARATOR.join(f.get("related") or ())
    return row


def _article_row(a: dict[str, Any]) -> dict[str, Any]:
    findings = a.get("findings") or []
    counts = a.get("counts") or {}
    row = {key: a.get(key) for key in ARTICLE_COLUMNS}
    for severity in ("critical", "major", "minor"):
        row[severity] = counts.get(severity, sum(1 for f in findings if f.get("severity") == severity))
    row["findings"] = len(findings)
    row["notes"] = LIST_SEPARATOR.join(a.get("notes") or ())
    return row


def _problem(value: Any, kind: type | tuple[type, ...], where: str) -> str | None:
    return None if isinstance(value, kind) else f"{where}: expected {getattr(kind, '__name__', 'a value')}"


TEXT_FIELDS = ("code", "rule", "severity", "text", "suggestion", "message")


def _finding_problem(f: Any, where: str) -> str | None:
    if not isinstance(f, dict):
        return f"{where}: expected an object"
    if not all(f.get(k) is None or isinstance(f.get(k), int) for k in ("line", "column", "start", "end")):
        return f"{where}: line, column, start and end must be integers"
    if not all(f.get(k) is None or isinstance(f.get(k), str) for k in TEXT_FIELDS):
        return f"{where}: {', '.join(TEXT_FIELDS)} must be text"
    related = f.get("related") or []
    if not isinstance(related, list) or not all(isinstance(r, str) for r in related):
        return f"{where}.related: expected a list of strings"
    return _problem(f.get("evidence") or {}, dict, f"{where}.evidence")


def _article_problem(a: Any, where: str) -> str | None:
    if not isinstance(a, dict):
        return f"{where}: expected an object"
    notes, findings = a.get("notes") or [], a.get("findings") or []
    if not isinstance(notes, list) or not all(isinstance(n, str) for n in notes):
        return f"{where}.notes: expected a list of strings"
    problem = (
        _problem(a.get("path"), str, f"{where}.path")
        or _problem(findings, list, f"{where}.findings")
        or _problem(a.get("counts") or {}, dict, f"{where}.counts")
    )
    if problem:
        return problem
    numbers = [a.get("score"), a.get("words"), *(a.get("counts") or {}).values()]
    if not all(n is None or (isinstance(n, int | float) and not isinstance(n, bool)) for n in numbers):
        return f"{where}: score, words and counts must be numbers"
    if not all(a.get(k) is None or isinstance(a.get(k), str) for k in ("verdict", "language", "encoding")):
        return f"{where}: verdict, language and encoding must be text"
    return next(
        (p for j, f in enumerate(findings) if (p := _finding_problem(f, f"{where}.findings[{j}]"))), None
    )


def shape_problem(articles: Any) -> str | None:
    """What is wrong with the `articles` of a JSON run (every field the report reads), or None."""
    if not isinstance(articles, list):
        return "articles: expected a list"
    return next((p for i, a in enumerate(articles) if (p := _article_problem(a, f"articles[{i}]"))), None)


def from_json(path: Path) -> Frames:
    import pandas as pd

    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(path, f"not a wire-audit JSON report ({exc})") from None
    except RecursionError:
        raise InputError(path, "not a wire-audit JSON report (nested too deeply)") from None
    if not isinstance(data, dict) or data.get("tool") != "wire-audit" or "articles" not in data:
        raise InputError(path, "not a wire-audit JSON report (no tool/articles keys)")
    if data.get("schema") != SCHEMA:
        raise InputError(path, f"JSON schema {data.get('schema')!r} is not supported (expected {SCHEMA})")
    articles = data["articles"]
    problem = shape_problem(articles)
    if problem:
        raise InputError(path, f"not a wire-audit JSON report ({problem})")
    findings = [_finding_row(a["path"], f) for a in articles for f in a.get("findings") or []]
    return (
        pd.DataFrame(findings, columns=list(FINDING_COLUMNS)),
        pd.DataFrame([_article_row(a) for a in articles], columns=list(ARTICLE_COLUMNS)),
    )


def read_table(path: Path, columns: tuple[str, ...]) -> pd.DataFrame:
    """One of our CSV files; "NA" or "null" in copy stay text (only empty cells are missing)."""
    import pandas as pd

    try:
        frame = pd.read_csv(
            path, encoding=ENCODING, keep_default_na=False, na_values=[""], dtype=dict.fromkeys(TEXT, str)
        )
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise InputError(path, f"cannot read CSV ({exc})") from None
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise InputError(path, f"not a wire-audit {path.name} (missing columns: {', '.join(missing)})")
    for column in frame.columns.intersection(TEXT):
        frame[column] = frame[column].map(unprotect)
    for column in frame.columns.intersection(("related", "notes")):
        frame[column] = frame[column].astype(object).fillna("")  # list cells: always strings
    return frame


def from_csv(folder: Path) -> Frames:
    findings_path, articles_path = folder / FINDINGS_FILE, folder / ARTICLES_FILE
    for needed in (findings_path, articles_path):
        if not needed.is_file():
            raise InputError(needed, "no such file (a CSV run needs findings.csv and articles.csv)")
    return (
        read_table(findings_path, REQUIRED_FINDING_COLUMNS),
        read_table(articles_path, REQUIRED_ARTICLE_COLUMNS),
    )


def load_run(path: Path) -> Frames:
    """A run given as its JSON file, one of its CSV files, or the folder holding them."""
    if path.is_dir():
        for name in JSON_NAMES:
            if (path / name).is_file() and not (path / ARTICLES_FILE).is_file():
                return from_json(path / name)
        return from_csv(path)
    if not path.exists():
        raise InputError(path, "no such file or directory")
    if path.name in (FINDINGS_FILE, ARTICLES_FILE):
        return from_csv(path.parent)
    return from_json(path)


def load_runs(paths: list[Path]) -> Frames:
    """Every run, labelled in column `run` by the path it came from."""
    import pandas as pd

    if not paths:
        raise InputError("report", "no runs given")
    findings, articles = [], []
    for path in paths:
        f, a = load_run(path)
        findings.append(f.assign(run=str(path)))
        articles.append(a.assign(run=str(path)))
    return pd.concat(findings, ignore_index=True), pd.concat(articles, ignore_index=True)
