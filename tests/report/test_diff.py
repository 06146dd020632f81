"""`-f diff`: suggestions as a unified diff that git applies, articles left untouched."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from conftest import SEED_DATE, SEEDS, run_cli
from sample_run import finding

from audit.model import Severity
from audit.report.diff import corrected
from audit.text.document import Document

GLOSSARY = "entries:\n  - canonical: Olaf Scholz\n    kind: person\n    aliases: [Scholz]\n"
STORY = "BERLIN, Oct 28 (Wire) - Olaf Scholtz met ministers.\nLater, Scholtz spoke to reporters.\n"


def test_corrected_applies_in_text_order_and_leaves_overlaps_and_bare_findings():
    doc = Document("a.txt", "Olaf Scholtz met Kim Jong Unn. It rained. ")
    major = Severity.MAJOR
    found = [
        finding(doc, "Kim Jong Unn", "N101", major, "Kim Jong Un"),
        finding(doc, "Olaf Scholtz", "N101", major, "Olaf Scholz"),
        finding(doc, "Scholtz met", "G106", major, "Scholtz"),  # overlaps the first change
        finding(doc, "It rained.", "G103", major),  # no suggestion
        finding(doc, "met", "G101", major, "met"),  # suggests what is already there
    ]
    text, applied, left = corrected(doc.text, found)
    assert text == "Olaf Scholz met Kim Jong Un. It rained. "
    assert [f.text for f in applied] == ["Olaf Scholtz", "Kim Jong Unn"]
    assert sorted(f.code for f in left) == ["G101", "G103", "G106"]


def _git(*args: str, cwd) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
@pytest.mark.parametrize(
    "story",
    [STORY, STORY.rstrip("\n"), STORY.replace("\n", "\r\n")],
    ids=["plain", "no-final-newline", "crlf"],
)
def test_git_applies_the_diff_and_the_article_is_untouched(tmp_path, story):
    (tmp_path / "g.yaml").write_text(GLOSSARY, encoding="utf-8")
    article = tmp_path / "copy" / "story.txt"
    article.parent.mkdir()
    article.write_bytes(story.encode("utf-8"))
    args = ("check", "copy/story.txt", "-g", "g.yaml", "--date", SEED_DATE, "-f", "diff")
    proc = run_cli(*args, "--out", "fixes.diff", cwd=tmp_path)  # a file keeps CRLF bytes as they are
    assert proc.returncode == 1, proc.stderr  # findings reach --fail-on, as with every format
    assert article.read_bytes() == story.encode("utf-8")
    patch = (tmp_path / "fixes.diff").read_bytes().decode("utf-8")
    assert patch.startswith("# wire-audit: 2 suggestions applied (N101)\n--- a/copy/story.txt\n")
    applied = _git("apply", "fixes.diff", cwd=tmp_path)
    assert applied.returncode == 0, applied.stderr
    assert article.read_bytes() == story.replace("Scholtz", "Scholz").encode("utf-8")


def test_seeds_diff_fixes_names_and_out_writes_a_file(tmp_path):
    proc = run_cli("check", str(SEEDS), "--date", SEED_DATE, "-f", "diff")
    assert "-Lavrovov claimed" in proc.stdout and "+Lavrov claimed" in proc.stdout
    assert "+Copp reported from Washington. Associated Press writer Barry Hatton in Lisbon" in proc.stdout
    assert proc.stdout.count("--- a/") == proc.stdout.count("# wire-audit:") >= 3
    out = run_cli("check", str(SEEDS), "--date", SEED_DATE, "-f", "diff", "--out", str(tmp_path))
    assert (tmp_path / "wire-audit.diff").read_text(encoding="utf-8") == proc.stdout
    assert out.stdout.strip() == f"wrote {tmp_path / 'wire-audit.diff'}"


def test_clean_article_gives_an_empty_diff(tmp_path):
    (tmp_path / "a.txt").write_text("Nothing happened in Kyiv today.\n", encoding="utf-8")
    proc = run_cli("check", "a.txt", "-f", "diff", cwd=tmp_path)
    assert proc.returncode == 0 and proc.stdout == ""
