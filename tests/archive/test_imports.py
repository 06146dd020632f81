"""The default install stays light: dask and pyarrow load only for archive runs that need them."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from archive_data import ROOT

OPTIONAL = {"dask", "distributed", "pyarrow", "zstandard"}
PROBE = """
import json, sys
exec(sys.argv[2])
with open(sys.argv[1], "w") as fh:
    json.dump(sorted(m.split(".")[0] for m in sys.modules), fh)
"""


def modules_after(tmp_path, code: str) -> set[str]:  # type: ignore[no-untyped-def]
    out = tmp_path / "modules.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "WIRE_AUDIT_CACHE": "off"}
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, str(out), code],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.exists(), proc.stderr
    return set(json.loads(out.read_text()))


def test_import_audit_and_the_archive_package_load_no_optional_library(tmp_path):
    modules = modules_after(tmp_path, "import audit, audit.archive; audit.archive.is_archive('a.jsonl')")
    assert "audit" in modules and not modules & (OPTIONAL | {"pandas"})


def test_checking_a_file_and_the_hook_load_no_optional_library(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("LONDON, Oct 28 — The bank held rates on Monday.\n", encoding="utf-8")
    code = (
        "from audit.cli import main\n"
        "for args in (['check', sys.argv[3], '--date', '2024-10-28'], ['hook', 'run', sys.argv[3]]):\n"
        "    try:\n        main(args)\n    except SystemExit:\n        pass\n"
    )
    out = tmp_path / "modules.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "WIRE_AUDIT_CACHE": "off"}
    cmd = [sys.executable, "-c", PROBE, str(out), code, str(article)]
    proc = subprocess.run(cmd, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120)
    modules = set(json.loads(out.read_text())) if out.exists() else set()
    assert "audit" in modules, proc.stderr
    assert not modules & OPTIONAL
