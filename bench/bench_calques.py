"""Measure the calque lexicon (T102): size, clean-copy hits, real-MT overlap, cost.

    WIRE_AUDIT_SHARED=/path/to/shared PYTHONPATH=. python bench/bench_calques.py

Prints entries by language and severity; findings per 1,000 words on clean English copy;
on the WMT23 zh-en MQM set, how many rated Terminology/Mistranslation spans a finding
overlaps and how many findings fall on a rated span (precision on real MT); ms per
600-word article (median of 5 timed loops, after a warm-up); and the cold import of the
check module in a fresh interpreter (the lexicon must not load at import time).
"""

from __future__ import annotations

import datetime as dt
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from audit.checks.base import CheckContext
from audit.checks.terms.calques import Calque
from audit.checks.terms.lexicon import load_calques
from audit.glossary.model import Glossary
from audit.text.document import Document
from bench.calque_corpora import clean_texts, mqm_targets


def findings(text: str) -> list:
    ctx = CheckContext(doc=Document(path="a.txt", text=text), glossary=Glossary(), date=dt.date(2024, 10, 28))
    return list(Calque().run(ctx))


def sizes() -> None:
    entries = load_calques()
    langs = Counter(lang for e in entries for lang in e.languages)
    sev = Counter(e.severity.name.lower() for e in entries)
    forms = sum(len(e.wrong) for e in entries)
    ruled = sum(bool(e.requires or e.forbids) for e in entries)
    print(f"entries {len(entries)}  forms {forms}  with context rules {ruled}")
    print("by language (an entry counts once per language):", dict(sorted(langs.items())))
    print("by severity:", dict(sorted(sev.items())))


def clean() -> None:
    words = hits = 0
    for name, text in clean_texts():
        found = findings(text)
        words += len(Document(path=name, text=text).tokens)
        hits += len(found)
        for f in found:
            print(f"  clean hit {name}: {f.text!r} -> {f.suggestion}")
    print(f"clean copy: {words} words, {hits} findings, {1000 * hits / max(words, 1):.3f} per 1,000 words")


def mqm() -> None:
    spans = hit_spans = made = on_span = 0
    for _sid, target, rated in mqm_targets():
        found = findings(target)
        spans += len(rated)
        hit_spans += sum(any(f.start < s["end"] and s["start"] < f.end for f in found) for s in rated)
        made += len(found)
        on_span += sum(any(f.start < s["end"] and s["start"] < f.end for s in rated) for f in found)
        for f in found:
            print(f"  mqm finding: {f.text!r} -> {f.suggestion}")
    print(
        f"MQM zh-en: {spans} rated spans, {hit_spans} overlapped; {made} findings, {on_span} on a rated span"
    )


def timing() -> None:
    entries = load_calques()
    words = " ".join(e.example for e in entries).split()
    text = " ".join((words * 3)[:600])
    clean_text = next((t for _n, t in clean_texts()), text)
    clean_600 = " ".join((clean_text.split() * 10)[:600])
    for label, body in (("600 words of lexicon examples", text), ("600 words of clean copy", clean_600)):
        findings(body)  # warm-up: lexicon, automaton, lazy imports
        runs = []
        for _ in range(5):
            t = time.perf_counter()
            for _ in range(50):
                findings(body)
            runs.append((time.perf_counter() - t) / 50 * 1000)
        print(f"T102 on {label}: {statistics.median(runs):.2f} ms per article (min {min(runs):.2f})")


COLD = """
import sys, time
import audit.checks.base, audit.checks.views
t = time.perf_counter()
import audit.checks.terms.calques
a = time.perf_counter()
at_import = "yaml" in sys.modules
from audit.checks.terms.lexicon import automaton, load_calques
load_calques(); automaton()
b = time.perf_counter()
print(f"{1000 * (a - t):.1f} {1000 * (b - a):.1f} {at_import}")
"""


def cold() -> None:
    """Fresh interpreters: marginal import of the check (its base already loaded, as in a
    run), then the first lexicon use with an empty and with a warm pickle cache."""
    import os
    import tempfile

    with tempfile.TemporaryDirectory() as cache:
        env = {
            **os.environ,
            "WIRE_AUDIT_CACHE": cache,
            "PYTHONPATH": str(Path(__file__).resolve().parents[1]),
        }
        for label in ("empty cache", "warm cache", "warm cache"):
            out = subprocess.run(
                [sys.executable, "-c", COLD], capture_output=True, text=True, check=True, env=env
            )
            imp, first, yaml_loaded = out.stdout.split()
            print(
                f"cold import of T102 {imp} ms (yaml loaded: {yaml_loaded}); first use, {label}: {first} ms"
            )


if __name__ == "__main__":
    sizes()
    clean()
    mqm()
    timing()
    cold()
