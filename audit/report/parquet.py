"""Parquet tables for archive-scale runs: findings.parquet, articles.parquet, errors.parquet.

Same columns as findings.csv/articles.csv (audit/report/csv.py), with real dtypes: nullable
integers and strings rather than CSV text, severity as an ordered category. No formula
protection: Parquet is read by data tools, not spreadsheets. errors.parquet lists the
archive rows that could not be audited (empty in a run over files). Needs pyarrow.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from audit.errors import ConfigError
from audit.model import RunResult, Severity
from audit.report import ReportOptions

if TYPE_CHECKING:
    import pandas as pd

FILES = ("findings.parquet", "articles.parquet", "errors.parquet")
INSTALL = "pip install 'wire-audit[dask]'"
INT = "Int64"
STR = "string"
FINDING_TYPES = {"line": INT, "column": INT, "start": INT, "end": INT}
ARTICLE_TYPES = {
    "words": INT,
    "critical": INT,
    "major": INT,
    "minor": INT,
    "findings": INT,
    "score": "float64",
}


def _typed(frame: pd.DataFrame, numeric: dict[str, str]) -> pd.DataFrame:
    import pandas as pd

    out = frame.astype({c: numeric.get(c, STR) for c in frame.columns})
    if "severity" in out.columns:
        order = [str(s) for s in Severity]
        out["severity"] = pd.Categorical(out["severity"], categories=order, ordered=True)
    return out


def findings_table(run: RunResult) -> pd.DataFrame:
    import pandas as pd

    from audit.report.csv import FINDING_COLUMNS, finding_rows

    frame = pd.DataFrame(finding_rows(run), columns=list(FINDING_COLUMNS))
    return _typed(frame, FINDING_TYPES)


def articles_table(run: RunResult) -> pd.DataFrame:
    import pandas as pd

    from audit.report.csv import ARTICLE_COLUMNS, article_row

    frame = pd.DataFrame([article_row(a) for a in run.articles], columns=list(ARTICLE_COLUMNS))
    return _typed(frame, ARTICLE_TYPES)


def errors_table(run: RunResult) -> pd.DataFrame:
    import pandas as pd

    frame = pd.DataFrame(run.extra.get("errors", []), columns=["path", "row", "error"])
    return frame.astype({"path": STR, "row": INT, "error": STR})


def write(run: RunResult, out_dir: Path, options: ReportOptions) -> list[Path]:
    """The three tables into `out_dir` (the CLI stages the folder: audit/atomic.py)."""
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        raise ConfigError(f"--format parquet needs pyarrow, which is not installed: {INSTALL}") from None
    paths = [out_dir / name for name in FILES]
    for table, path in zip((findings_table(run), articles_table(run), errors_table(run)), paths, strict=True):
        table.to_parquet(path, engine="pyarrow", index=False)
    return paths
