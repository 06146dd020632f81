"""Archive audits: JSONL/CSV/Parquet exports, a result cache, and Dask for scale.

Imported only for archive runs: pandas, pyarrow and dask load on first use, never with
`import audit` or the git hook. `audit_dataframe` is the Python API for Dask pipelines.
"""

from __future__ import annotations

from typing import Any

from audit.archive.sources import is_archive

__all__ = ["audit_dataframe", "is_archive", "run_archives"]


def __getattr__(name: str) -> Any:
    """audit_dataframe and run_archives on first use (they pull in pandas and dask)."""
    if name == "audit_dataframe":
        from audit.archive.frame import audit_dataframe

        return audit_dataframe
    if name == "run_archives":
        from audit.archive.run import run_archives

        return run_archives
    raise AttributeError(name)
