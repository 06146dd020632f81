"""Heavy libraries stay out of the hook path: `check` on plain English never imports them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

HEAVY = ("pandas", "sacrebleu", "sentencepiece", "langdetect")
PROBE = """
import json, sys
from audit.cli import main
try:
    main(sys.argv[2:])
except SystemExit:
    pass
with open(sys.argv[1], "w") as fh:
    json.dump(sorted(m.split(".")[0] for m in sys.modules), fh)
"""
ENGLISH = """\
LONDON, Oct 28 — The central bank held interest rates on Monday, saying inflation had
eased faster than expected over the summer but that wage growth remained strong.

Governor Andrew Bailey told reporters the committee would watch the labour market closely
before deciding whether to cut rates again, adding that no decision had been taken.
"""


def imported_modules(tmp_path: Path, *args: str) -> set[str]:
    """Top-level modules loaded by one CLI run in a fresh interpreter."""
    out = tmp_path / "modules.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "WIRE_AUDIT_CACHE": str(tmp_path / "cache")}
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, str(out), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.exists(), proc.stderr
    return set(json.loads(out.read_text()))


def test_check_on_plain_english_imports_no_heavy_library(tmp_path: Path) -> None:
    article = tmp_path / "clean.txt"
    article.write_text(ENGLISH, encoding="utf-8")
    modules = imported_modules(tmp_path, "check", str(article), "--date", "2024-10-28", "--format", "json")
    assert "audit" in modules and "yaml" in modules  # the probe really ran a check
    assert not modules & set(HEAVY), sorted(modules & set(HEAVY))


def test_seeds_with_json_output_import_no_heavy_library(tmp_path: Path) -> None:
    seed = ROOT / "seeds" / "001_e2b04d833974a044.txt"
    modules = imported_modules(tmp_path, "check", str(seed), "--date", "2024-10-28", "--format", "json")
    assert not modules & {"pandas", "sacrebleu", "sentencepiece"}


def test_langdetect_loads_only_for_a_passage_that_may_be_foreign(tmp_path: Path) -> None:
    article = tmp_path / "mixed.txt"
    foreign = (
        "Le gouvernement a annoncé mardi une nouvelle série de mesures pour les agriculteurs,"
        " qui manifestent depuis plusieurs semaines dans tout le pays contre la baisse des prix.\n"
    )
    article.write_text(ENGLISH + "\n" + foreign, encoding="utf-8")
    modules = imported_modules(tmp_path, "check", str(article), "--date", "2024-10-28", "--format", "json")
    assert "langdetect" in modules
    assert not modules & {"pandas", "sacrebleu", "sentencepiece"}
