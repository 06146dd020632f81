"""Property-based: random articles, glossaries, configs, baselines and report inputs never crash.

Every input either works or raises AuditError (the one-line exit 2); anything else is a
crash. A few hundred examples run in CI; `HYPOTHESIS_PROFILE=long` runs 10,000+ per test.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from contextlib import suppress
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audit.errors import AuditError

ROOT = Path(__file__).resolve().parents[2]
settings.register_profile("ci", max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
settings.register_profile("long", max_examples=10_000, deadline=None, suppress_health_check=list(HealthCheck))
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
settings.load_profile(PROFILE if PROFILE in ("ci", "long") else "ci")

NAMES = ["Lavrov", "Lavrovov", "Sergey", "Kim", "Yong-hyun", "Suh", "Wook", "Seoul", "Minister", "Defense"]
WORDS = st.one_of(st.sampled_from(NAMES), st.text(min_size=1, max_size=12))
PUNCT = st.sampled_from(
    [" ", " ", "\n", "\n\n", ". ", ", ", "“", "”", '"', "'", " (", ") ", "\t", "\x1b[31m", "\u202e"]
)
ARTICLES = st.lists(st.one_of(WORDS, PUNCT), min_size=1, max_size=80).map("".join)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=20,
)


def _engine():
    from audit.checks.registry import select_checks
    from audit.glossary.cache import load_indexed
    from audit.settings import Settings

    glossary, factory = load_indexed([str(ROOT / "glossaries")])
    return glossary, factory, select_checks(), Settings(date=dt.date(2024, 10, 28))


ENGINE = []


def audit_bytes(raw: bytes):
    """decode → every check → every stream reporter, as the CLI would."""
    from audit import runner
    from audit.model import RunResult
    from audit.report import ReportOptions, reporter
    from audit.text.document import Document
    from audit.text.reader import decode

    if not ENGINE:
        ENGINE.append(_engine())
    glossary, factory, checks, run_settings = ENGINE[0]
    try:
        text, encoding, notes = decode(raw, "p.txt")
    except AuditError:
        return
    article = runner.audit_document(
        Document("p.txt", text, encoding=encoding, notes=notes), checks, glossary, run_settings, factory
    )
    run = RunResult(articles=(article,), signature={})
    for fmt in ("text", "json", "sarif", "diff"):
        reporter(fmt).render(run, ReportOptions())


@given(ARTICLES)
def test_random_articles(text):
    audit_bytes(text.encode("utf-8", "surrogatepass"))


@given(st.binary(max_size=400))
def test_random_bytes(raw):
    audit_bytes(raw)


GLOSSARY_VALUES = st.one_of(
    JSON, st.sampled_from(["person", "place", "org", "2024-01-01", "major", "Minister"])
)
ENTRY = st.dictionaries(
    st.sampled_from(
        [
            "canonical",
            "kind",
            "aliases",
            "variants",
            "role",
            "from",
            "until",
            "roles",
            "severity",
            "note",
            "x",
        ]
    ),
    GLOSSARY_VALUES,
    max_size=6,
)


@given(st.one_of(st.lists(ENTRY, max_size=4).map(lambda e: {"entries": e}), JSON))
def test_random_glossaries(data):
    import yaml

    from audit.glossary.loader import load_yaml

    with suppress(AuditError):
        load_yaml(yaml.safe_dump(data, allow_unicode=True), "g.yaml")


@given(st.text(max_size=200))
def test_random_glossary_text(text):
    from audit.glossary.loader import load_yaml

    with suppress(AuditError):
        load_yaml(text, "g.yaml")


TOML_VALUES = st.sampled_from(
    [
        '"x"',
        "3",
        "-1",
        "1.5",
        "true",
        '["N101"]',
        '["x", 1]',
        "[]",
        "{}",
        '"major"',
        "[[1]]",
        "{ N101 = { a = 1 } }",
        '"2024-01-01"',
        "1e400",
    ]
)
TOML_KEYS = st.sampled_from(
    [
        "fail-on",
        "select",
        "ignore",
        "jobs",
        "review-below",
        "block-below",
        "include",
        "glossaries",
        "baseline",
        "options",
        "max-bytes",
        "config-file",
        "root",
        "x",
        "date",
    ]
)


@given(st.lists(st.tuples(TOML_KEYS, TOML_VALUES), max_size=5), st.booleans())
def test_random_configs(pairs, pyproject):
    from audit.config import settings_from_file

    body = "".join(f"{k} = {v}\n" for k, v in dict(pairs).items())
    name = "pyproject.toml" if pyproject else ".wire-audit.toml"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_text(("[tool.wire-audit]\n" if pyproject else "") + body, encoding="utf-8")
        with suppress(AuditError):
            settings_from_file(path)


@given(st.one_of(JSON, st.fixed_dictionaries({"baseline": st.just(1), "findings": JSON})))
def test_random_baselines(data):
    from audit.baseline import _parse

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "b.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        with suppress(AuditError):
            _parse(path)


FINDING = st.dictionaries(
    st.sampled_from(["code", "rule", "severity", "text", "line", "evidence", "related", "suggestion"]),
    JSON,
    max_size=5,
)
ARTICLE = st.dictionaries(
    st.sampled_from(["path", "findings", "counts", "notes", "score", "verdict", "words"]),
    st.one_of(JSON, st.lists(FINDING, max_size=3)),
    max_size=6,
)


@given(st.lists(ARTICLE, max_size=3))
def test_random_report_inputs(articles):
    from audit.report import aggregate
    from audit.report.runs import load_runs

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "run.json"
        path.write_text(
            json.dumps({"tool": "wire-audit", "schema": 1, "articles": articles}), encoding="utf-8"
        )
        with suppress(AuditError):
            findings, arts = load_runs([path])
            aggregate.render(aggregate.summarize(findings, arts))


def test_profiles_exist():
    assert settings.get_profile("long").max_examples >= 10_000
    assert settings.get_profile("ci").max_examples * 7 >= 300
