"""Archive files (JSONL, CSV, Parquet; JSONL/CSV also gzip or zstd) read as row chunks.

Chunks come from pandas `chunksize` readers and pyarrow record batches, so an archive of
millions of articles is never in memory whole; compressed files are decompressed as streams.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from audit.archive.rows import Row, make_row
from audit.errors import AuditError, ConfigError, InputError

KINDS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet"}
COMPRESSIONS = {".gz": "gzip", ".zst": "zstd"}
CHUNK_ROWS = 1000  # rows per chunk: bounded memory, and enough work per chunk to amortise overhead
EXTRA = "pip install 'wire-audit[dask]'"


@dataclass(frozen=True)
class Columns:
    """Which columns hold the id, the text and the date (None: `date` when present)."""

    id: str = "id"
    text: str = "text"
    date: str | None = None


def kind(path: str | Path) -> tuple[str, str | None] | None:
    """(format, compression) of an archive by its suffixes, None for anything else."""
    suffixes = [s.lower() for s in Path(path).suffixes[-2:]]
    compression = COMPRESSIONS.get(suffixes[-1]) if suffixes else None
    if compression:
        suffixes = suffixes[:-1]
    fmt = KINDS.get(suffixes[-1]) if suffixes else None
    if fmt is None or (fmt == "parquet" and compression):
        return None
    return fmt, compression


def is_archive(path: str | Path) -> bool:
    """True for a path `check` reads as an archive (by suffix, the file is not opened)."""
    return kind(path) is not None


def need(module: str) -> Any:
    """An optional dependency, or one line telling the user which extra to install."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise ConfigError(f"{module} is not installed: {EXTRA}") from None


def _frames(path: Path, fmt: str, compression: str | None, chunk: int) -> Iterator[Any]:
    """DataFrames of at most `chunk` rows, every cell as read (ids and text not converted)."""
    import pandas as pd

    if compression == "zstd":
        need("zstandard")
    if fmt == "parquet":
        pq = need("pyarrow.parquet")
        for batch in pq.ParquetFile(path).iter_batches(batch_size=chunk):
            yield batch.to_pandas()
    elif fmt == "csv":
        opts = {"dtype": str, "keep_default_na": False, "na_values": []}
        yield from pd.read_csv(path, chunksize=chunk, compression=compression, **opts)
    else:
        # dtype=False: ids and text as written (a `date` column may still become Timestamps)
        yield from pd.read_json(path, lines=True, chunksize=chunk, compression=compression, dtype=False)


def _columns(frame: Any, path: Path, columns: Columns) -> tuple[str, str, str | None]:
    """The id, text and date column names; a missing named column is an InputError."""
    present = [str(c) for c in frame.columns]
    for wanted in (columns.id, columns.text, columns.date):
        if wanted is not None and wanted not in present:
            raise InputError(path, f"no column {wanted!r} (columns: {', '.join(present) or 'none'})")
    date = columns.date or ("date" if "date" in present else None)
    return columns.id, columns.text, date


def read_chunks(path: str, columns: Columns, chunk: int = CHUNK_ROWS) -> Iterator[list[Row]]:
    """Rows of one archive in file order, `chunk` at a time; unreadable files are InputErrors."""
    fmt, compression = kind(path) or ("", None)
    p = Path(path)
    if not p.is_file():
        raise InputError(path, "no such file" if not p.exists() else "is not a file")
    number = 0
    try:
        for frame in _frames(p, fmt, compression, chunk):
            id_col, text_col, date_col = _columns(frame, p, columns)
            dates = frame[date_col].tolist() if date_col else [None] * len(frame)
            rows = []
            for ident, text, day in zip(frame[id_col].tolist(), frame[text_col].tolist(), dates, strict=True):
                number += 1
                rows.append(make_row(number, path, ident, text, day))
            yield rows
    except AuditError:
        raise
    except Exception as exc:  # pandas, pyarrow, gzip, zlib and zstd each raise their own types
        raise InputError(path, f"cannot read as {fmt} near row {number + 1}: {_first_line(exc)}") from None


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]


def _count_lines(path: Path, compression: str | None) -> int:
    """Non-blank lines of a JSONL file, streamed as bytes: a JSON string holds no raw newline,
    so this is the row count without parsing (parsing twice cost the driver ~0.1 ms a row)."""
    import contextlib

    with contextlib.ExitStack() as stack:
        raw: Any = stack.enter_context(open(path, "rb"))
        if compression == "gzip":
            import gzip

            raw = stack.enter_context(gzip.open(raw))
        elif compression == "zstd":
            import io

            reader = need("zstandard").ZstdDecompressor().stream_reader(raw)
            raw = stack.enter_context(io.BufferedReader(reader))
        return sum(1 for line in raw if line.strip())


def count_rows(paths: Sequence[str]) -> int:
    """Rows in the archives, for the progress bar (parquet from metadata, others by streaming);
    0 when a file cannot be read: the run itself reports that file with one clear error."""
    total = 0
    try:
        for path in paths:
            fmt, compression = kind(path) or ("", None)
            if fmt == "parquet":
                total += need("pyarrow.parquet").ParquetFile(path).metadata.num_rows
                continue
            if fmt == "jsonl":
                total += _count_lines(Path(path), compression)
                continue
            total += sum(len(frame) for frame in _frames(Path(path), fmt, compression, 20 * CHUNK_ROWS))
    except Exception:
        return 0
    return total
