"""`wire-audit check ARCHIVE…`: the archive flags, the run and its end-of-run summary."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from audit.archive.sources import Columns, is_archive
from audit.errors import ConfigError
from audit.model import RunResult
from audit.settings import Settings

TEXT_FORMATS = ("text", "html", "diff")  # formats that show findings in the article text


def wants_archive(paths: Sequence[str], dask: str | None) -> bool:
    """True when every path is an archive; archives and article files cannot be mixed."""
    archives = [p for p in paths if is_archive(p)]
    if archives and len(archives) != len(paths):
        others = next(p for p in paths if not is_archive(p))
        raise ConfigError(f"{others}: archives (JSONL, CSV, Parquet) and article files cannot be mixed")
    if dask and not archives:
        raise ConfigError("--dask audits archives (JSONL, CSV, Parquet): give an archive file")
    return bool(archives)


def run_check(paths: Sequence[str], settings: Settings, fmt: str, cache: bool, progress: object) -> RunResult:
    """Audit the archives, print the summary on stderr, return the run for the reporters."""
    from audit.archive import summary
    from audit.archive.run import ArchiveOptions, run_archives

    if settings.dask:
        from audit.archive.cluster import need_distributed, parse_target

        parse_target(settings.dask)
        need_distributed()  # one line and exit 2 before any work when dask is missing
    options = ArchiveOptions(
        columns=Columns(settings.id_column, settings.text_column, settings.date_column),
        cache=cache,
        cache_mb=settings.cache_size,
        dask=settings.dask,
        keep_text=fmt in TEXT_FORMATS,
    )
    result = run_archives([str(Path(p)) for p in paths], settings, options, progress)  # type: ignore[arg-type]
    print(summary.render(result.extra), file=sys.stderr)
    return result
