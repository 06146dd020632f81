"""Small synthetic archives for the archive tests: bench's generator, written in every format."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from audit.archive.run import ArchiveOptions, run_archives  # noqa: E402
from audit.settings import Settings  # noqa: E402
from bench.articles import ArticleMaker  # noqa: E402
from bench.names import make_glossary, to_yaml  # noqa: E402

DATE = "2024-10-28"
SORT = ["path", "start", "code"]


def make_archive(folder: Path, n: int, words: int = 120, seed: int = 11) -> tuple[Path, list[dict]]:
    """A 60-entry glossary and `n` articles naming its people (with planted garbles)."""
    entries = make_glossary(60, 7)
    glossary = folder / "glossary.yaml"
    glossary.write_text(to_yaml(entries), encoding="utf-8")
    maker = ArticleMaker(entries, seed)
    rows = [{"id": f"a{i:04d}", "date": DATE, "text": maker.article(words).text} for i in range(n)]
    return glossary, rows


def write(rows: list[dict], path: Path) -> Path:
    """`rows` as the archive format its suffix names (.jsonl, .csv, .parquet, + .gz/.zst)."""
    name = path.name
    frame = pd.DataFrame(rows)
    if name.endswith(".parquet"):
        frame.to_parquet(path, index=False)
    elif ".csv" in name:
        frame.to_csv(path, index=False, compression="infer")
    elif name.endswith(".gz"):
        with gzip.open(path, "wt", encoding="utf-8") as fh:
            fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    else:
        frame.to_json(path, orient="records", lines=True, force_ascii=False, compression="infer")
    return path


def findings(run) -> pd.DataFrame:  # type: ignore[no-untyped-def]
    """Finding rows of a run, sorted by id, offset and code (the order serial and Dask share)."""
    from audit.report.parquet import findings_table

    table = findings_table(run)
    return table.sort_values(SORT, kind="stable").reset_index(drop=True)


def run(path: Path, glossary: Path, cache: Path | None = None, **options) -> object:  # type: ignore[no-untyped-def]
    """run_archives on one archive; the result cache lives under `cache` (None: no cache)."""
    opts = ArchiveOptions(cache=cache is not None, cache_dir=cache, **options)
    return run_archives([str(path)], Settings(glossaries=(str(glossary),)), opts)


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> tuple[Path, Path, list[dict]]:  # type: ignore[no-untyped-def]
    """(folder, glossary, rows) of a 24-article archive written once per test module."""
    folder = tmp_path_factory.mktemp("archive")
    glossary, rows = make_archive(folder, 24)
    write(rows, folder / "copy.jsonl")
    return folder, glossary, rows
