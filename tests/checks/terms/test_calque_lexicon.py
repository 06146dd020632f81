"""The calque lexicon is data and is tested as data (cf. codespell's dictionary tests):
schema, uniqueness, order, every entry firing on its own example, and none on clean copy."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from audit.checks.base import DOC_SECTIONS, CheckContext
from audit.checks.registry import find_check
from audit.checks.terms.calques import Calque
from audit.checks.terms.lexicon import LANGUAGES, REQUIRED, load_calques
from audit.glossary.model import Glossary
from audit.text.document import Document
from audit.text.normalize import key_text
from bench.calque_corpora import clean_texts, shared_dir

ROOT = Path(__file__).resolve().parents[3]
LEXICON = ROOT / "audit" / "data" / "calques.yaml"
RAW = yaml.safe_load(LEXICON.read_text(encoding="utf-8"))["entries"]
ENTRIES = load_calques()


def run(text: str) -> list:
    ctx = CheckContext(doc=Document(path="t.txt", text=text), glossary=Glossary(), date=dt.date(2024, 10, 28))
    return list(Calque().run(ctx))


def test_size_and_header():
    assert len(ENTRIES) >= 300
    head = LEXICON.read_text(encoding="utf-8").splitlines()[:40]
    text = "\n".join(head).casefold()
    assert head[0].startswith("#") and "sourced" in text and "licence" in text


@pytest.mark.parametrize("raw", RAW, ids=lambda r: r["wrong"][0])
def test_entry_schema(raw):
    assert set(REQUIRED) <= set(raw), f"missing keys in {raw['wrong']}"
    assert raw["severity"] in ("minor", "major", "critical")
    assert raw["languages"] and set(raw["languages"]) <= set(LANGUAGES)
    assert all(w == w.strip() and w for w in raw["wrong"] + raw["right"])
    assert raw["source"].strip() and raw["example"].strip()


def test_no_duplicate_wrong_forms():
    seen: dict[str, str] = {}
    for e in ENTRIES:
        for w in e.wrong:
            key = key_text(w)
            assert key not in seen, f"{w!r} is listed twice (also under {seen[key]!r})"
            seen[key] = e.wrong[0]


def test_no_wrong_form_is_another_entrys_right_form():
    rights = {key_text(r) for e in ENTRIES for r in e.right}
    clashes = sorted(w for e in ENTRIES for w in e.wrong if key_text(w) in rights)
    assert clashes == []


def test_entries_sorted_by_first_wrong_form():
    firsts = [e.wrong[0].casefold() for e in ENTRIES]
    assert firsts == sorted(firsts), "run scripts/calques/format_lexicon.py"


def test_no_form_from_the_seeds():
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    shared = shared_dir()
    if shared is not None:
        texts += [p.read_text(encoding="utf-8") for p in sorted((shared / "seeds").glob("*.txt"))]
    assert texts, "no seed stories found"
    hits = [(f.text, f.suggestion) for t in texts for f in run(t)]
    assert hits == []


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.wrong[0])
def test_entry_fires_on_its_example(entry):
    forms = {key_text(w) for w in entry.wrong}
    found = [f for f in run(entry.example) if key_text(f.text) in forms]
    assert found, f"{entry.wrong[0]!r} does not fire on its example"
    assert found[0].severity == entry.severity
    assert found[0].evidence["source"] == entry.source


def test_no_entry_fires_on_clean_copy():
    texts = list(clean_texts())
    if not texts:
        pytest.skip("shared measurement data absent (set WIRE_AUDIT_SHARED or place it at ../shared)")
    hits = [(name, f.text) for name, text in texts for f in run(text)]
    assert hits == []


def test_check_is_registered_and_documented():
    check = find_check("T102")
    assert check is Calque and find_check("terms.calque") is Calque
    assert all(section in (Calque.__doc__ or "") for section in DOC_SECTIONS)
    assert (ROOT / "tests" / "fixtures" / "checks" / "T102.yml").is_file()
