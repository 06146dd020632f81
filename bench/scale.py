"""Per-glossary-size measurements: load, index, cache, pipeline throughput, naive baseline."""

from __future__ import annotations

import datetime as dt
import statistics
import time
import tracemalloc
from dataclasses import dataclass
from pathlib import Path

from audit import runner
from audit.checks.registry import select_checks
from audit.glossary.cache import load_indexed
from audit.glossary.index import GlossaryIndex
from audit.glossary.loader import load_glossaries
from audit.settings import Settings
from audit.text.document import Document
from bench.articles import Article, ArticleMaker
from bench.naive import glossary_forms, naive_matches
from bench.names import make_glossary, to_yaml

MB = 1024 * 1024


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
    """(result, seconds) of one call."""
    t0 = time.perf_counter()
    out = fn(*args)
    return out, time.perf_counter() - t0


def index_memory(path: Path) -> tuple[float, float, float]:
    """(seconds, retained MB, peak MB) of loading glossary + index from the cache."""
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    t0 = time.perf_counter()
    glossary, factory = load_indexed([path])
    index = factory(glossary)
    seconds = time.perf_counter() - t0
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del index
    return seconds, (current - before) / MB, (peak - before) / MB


def pipeline(docs_text: list[Article], path: Path, plan: Plan) -> tuple[float, int, int]:
    """(seconds per article, planted garbles, garbles overlapped by a finding)."""
    glossary, factory = load_indexed([path])
    settings = Settings(date=dt.date.fromisoformat(plan.date))
    checks = select_checks()
    for art in docs_text[:2]:  # warm-up: lazy imports and the index itself
        runner.audit_document(Document("warm.txt", art.text), checks, glossary, settings, factory)
    found = planted = 0
    t0 = time.perf_counter()
    results = [
        runner.audit_document(Document(f"a{i}.txt", a.text), checks, glossary, settings, factory)
        for i, a in enumerate(docs_text)
    ]
    seconds = (time.perf_counter() - t0) / len(docs_text)
    for art, res in zip(docs_text, results, strict=True):
        planted += len(art.garbles)
        found += sum(any(f.start < e and s < f.end for f in res.findings) for s, e in art.garbles)
    return seconds, planted, found


def load_and_index(path: Path) -> object:
    """What a run does before its first article: glossary and index, via the cache."""
    glossary, factory = load_indexed([path])
    return factory(glossary)


def naive(docs_text: list[Article], path: Path) -> float:
    """Seconds per article of the naive baseline."""
    glossary = load_glossaries([path])
    forms = glossary_forms(glossary)
    times = []
    for art in docs_text:
        _, seconds = timed(naive_matches, Document("n.txt", art.text), forms)
        times.append(seconds)
    return statistics.mean(times)


def measure_size(folder: Path, n: int, plan: Plan) -> dict[str, object]:
    """One row of scale.csv."""
    path, maker = write_glossary(folder, n, plan.seed)
    glossary, load_s = timed(load_glossaries, [path])
    index, build_s = timed(GlossaryIndex.build, glossary)
    forms = len(index.forms)
    del index
    _, miss_s = timed(load_and_index, path)
    hit_s, index_mb, peak_mb = index_memory(path)
    docs = [maker.article(plan.words) for _ in range(plan.articles)]
    per_article, planted, found = pipeline(docs, path, plan)
    naive_s = naive(docs[: plan.naive_articles], path) if plan.naive_articles else float("nan")
    return {
        "entries": n,
        "forms": forms,
        "load_s": load_s,
        "build_s": build_s,
        "cache_miss_s": miss_s,
        "cache_hit_s": hit_s,
        "index_mb": index_mb,
        "index_peak_mb": peak_mb,
        "articles": plan.articles,
        "words": plan.words,
        "ms_per_article": per_article * 1000,
        "articles_per_s": 1 / per_article,
        "planted": planted,
        "found": found,
        "naive_articles": plan.naive_articles,
        "naive_ms_per_article": naive_s * 1000,
        "speedup": naive_s / per_article,
    }
