"""`audit_dataframe`: the Python API for teams already on Dask (Coiled, Kubernetes, Yarn).

    import dask.dataframe as dd
    from audit.archive import audit_dataframe
    findings = audit_dataframe(dd.read_parquet("s3://desk/2026-11/*.parquet"), settings)
    findings.to_parquet("s3://desk/audit/2026-11/")

The glossary is loaded here once and travels to each worker once (one graph key that
every partition depends on); workers build the index on their first partition only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from audit.archive.rows import make_row
from audit.archive.sources import Columns
from audit.archive.worker import Payload, audit_rows

if TYPE_CHECKING:
    import pandas as pd

    from audit.settings import Settings


def findings_frame(results: list[Any]) -> pd.DataFrame:
    """Findings of audited articles as the findings table (columns of findings.csv)."""
    from audit.model import ArticleResult, RunResult
    from audit.report.parquet import findings_table

    articles = tuple(r for r in results if isinstance(r, ArticleResult))
    return findings_table(RunResult(articles=articles, signature={}))


def _partition(frame: pd.DataFrame, payload: Payload, columns: Columns, source: str) -> pd.DataFrame:
    """One partition's findings (rows that cannot be audited are skipped)."""
    date_col = columns.date or ("date" if "date" in frame.columns else None)
    dates = frame[date_col].tolist() if date_col else [None] * len(frame)
    cells = zip(frame[columns.id].tolist(), frame[columns.text].tolist(), dates, strict=True)
    rows = [make_row(i + 1, source, ident, text, day) for i, (ident, text, day) in enumerate(cells)]
    return findings_frame(audit_rows(payload, rows))


def audit_dataframe(
    ddf: Any,
    settings: Settings | None = None,
    *,
    id_column: str = "id",
    text_column: str = "text",
    date_column: str | None = None,
    source: str = "",
) -> Any:
    """A Dask DataFrame of findings (one row per finding, findings.csv columns) for `ddf`.

    `path` is `source#id` (just the id when `source` is empty); offsets index the text
    cell. Results equal a serial run's; sort by path, start, code for a stable order."""
    import dask

    from audit.archive import engine, fingerprint
    from audit.settings import Settings as Defaults

    settings = settings or Defaults()
    known = engine.load_knowledge(settings)
    payload = Payload(known.glossary, settings, fingerprint.run_key(known.glossary, settings))
    shared = dask.delayed(payload, pure=True)
    columns = Columns(id_column, text_column, date_column)
    meta = findings_frame([])
    return ddf.map_partitions(_partition, shared, columns, source, meta=meta, align_dataframes=False)
