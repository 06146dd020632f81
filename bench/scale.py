"""Per-glossary-size measurements: load, index, cache, pipeline throughput, naive baseline.

In-process figures are CPU seconds of this process (time.process_time): one core's cost,
unaffected by other work on the machine; the pipeline's wall time is reported beside it.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import time
import tracemalloc
from dataclasses import dataclass
from pathlib import Path

from audit.checks.knowledge import Knowledge
from audit.checks.registry import select_checks
from audit.engine.batch import batch_gc
from audit.engine.core import Engine
from audit.engine.tables import build_index
from audit.glossary.cache import cache_key, load_indexed
from audit.glossary.index import GlossaryIndex
from audit.glossary.loader import load_glossaries
from audit.glossary.model import Glossary
from audit.settings import Settings
from audit.text.document import Document
from bench.articles import Article, ArticleMaker
from bench.checks import per_check
from bench.naive import glossary_forms, naive_matches
from bench.names import make_glossary, to_yaml

MB = 1024 * 1024
PER_CHECK_ARTICLES = 100
NAIVE_FULL_UP_TO = 10_000  # above this the baseline takes ~20 s an article: time one only


@dataclass
class Plan:
    """What one run measures."""

    sizes: tuple[int, ...]
    articles: int
    words: int
    naive_articles: int
    seed: int
    date: str = "2024-10-28"


def write_glossary(folder: Path, n: int, seed: int) -> tuple[Path, ArticleMaker]:
    """A synthetic YAML glossary of `n` entries and an article maker drawing on it."""
    entries = make_glossary(n, seed)
    path = folder / f"glossary-{n}.yaml"
    path.write_text(to_yaml(entries), encoding="utf-8")
    return path, ArticleMaker(entries, seed + n)


def timed(fn, *args):  # type: ignore[no-untyped-def]
    """(result, CPU seconds) of one call: per-core cost, robust to other load on the machine."""
    t0 = time.process_time()
    out = fn(*args)
    return out, time.process_time() - t0


def cache_figures(path: Path) -> tuple[float, float, float]:
    """(CPU seconds to load glossary + index from the cache, retained MB, pickle MB)."""
    glossary, factory = load_indexed([path], build_index)  # first run: builds and stores
    factory(glossary)
    (pickle_file,) = Path(os.environ["WIRE_AUDIT_CACHE"]).glob(f"index-{cache_key([path])}.pickle")
    _, hit_s = timed(load_and_index, path)
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    index = load_and_index(path)
    retained = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    del index
    return hit_s, retained / MB, pickle_file.stat().st_size / MB


def load_and_index(path: Path) -> object:
    """What a run does before its first article: glossary and index, via the cache."""
    glossary, factory = load_indexed([path], build_index)
    return factory(glossary)


def pipeline(docs_text: list[Article], path: Path, plan: Plan) -> tuple[float, float, float, int, int]:
    """(CPU s per article, wall s per article, CPU s per article of a second pass over the same
    articles, planted garbles, garbles overlapped by a finding).

    The first pass is the measure: fresh articles, whose new names miss every per-word cache,
    as in an archive run. The second pass (every word seen) shows what those caches save."""
    glossary, factory = load_indexed([path], build_index)
    settings = Settings(date=dt.date.fromisoformat(plan.date))
    checks = select_checks()
    engine = Engine(settings, Knowledge(glossary, factory), checks)
    for art in docs_text[:2]:  # warm-up: lazy imports and the index itself
        engine.audit(Document("warm.txt", art.text))
    with batch_gc():  # as `wire-audit check` runs a folder
        wall0, cpu0 = time.perf_counter(), time.process_time()
        results = [engine.audit(Document(f"a{i}.txt", a.text)) for i, a in enumerate(docs_text)]
        cpu = (time.process_time() - cpu0) / len(docs_text)
        wall = (time.perf_counter() - wall0) / len(docs_text)
        cpu1 = time.process_time()
        for i, a in enumerate(docs_text):
            engine.audit(Document(f"a{i}.txt", a.text))
        warm = (time.process_time() - cpu1) / len(docs_text)
    found = planted = 0
    for art, res in zip(docs_text, results, strict=True):
        planted += len(art.garbles)
        found += sum(any(f.start < e and s < f.end for f in res.findings) for s, e in art.garbles)
    return cpu, wall, warm, planted, found


def naive(docs_text: list[Article], glossary: Glossary) -> float:
    """CPU seconds per article of the naive baseline."""
    forms = glossary_forms(glossary)
    with batch_gc():  # the same GC policy as the real pipeline, for a fair ratio
        times = [timed(naive_matches, Document("n.txt", art.text), forms)[1] for art in docs_text]
    return statistics.mean(times)


def measure_size(folder: Path, n: int, plan: Plan) -> tuple[dict[str, object], list[dict[str, object]]]:
    """One row of scale.csv and the rows of checks.csv for this size."""
    path, maker = write_glossary(folder, n, plan.seed)
    glossary, load_s = timed(load_glossaries, [path])
    index, build_s = timed(GlossaryIndex.build, glossary)
    forms = len(index.forms)
    del index
    hit_s, index_mb, pickle_mb = cache_figures(path)
    docs = [maker.article(plan.words) for _ in range(plan.articles)]
    cpu, wall, warm, planted, found = pipeline(docs, path, plan)
    n_naive = plan.naive_articles if n <= NAIVE_FULL_UP_TO else min(1, plan.naive_articles)
    naive_s = naive(docs[:n_naive], glossary) if n_naive else float("nan")
    checks = per_check(docs[:PER_CHECK_ARTICLES], path, plan.date)
    return {
        "entries": n,
        "forms": forms,
        "load_s": load_s,
        "build_s": build_s,
        "cache_hit_s": hit_s,
        "index_mb": index_mb,
        "pickle_mb": pickle_mb,
        "articles": plan.articles,
        "words": plan.words,
        "ms_per_article": cpu * 1000,
        "articles_per_s": 1 / cpu,
        "wall_ms_per_article": wall * 1000,
        "warm_ms_per_article": warm * 1000,
        "planted": planted,
        "found": found,
        "naive_articles": n_naive,
        "naive_ms_per_article": naive_s * 1000,
        "speedup": naive_s / cpu,
    }, checks
