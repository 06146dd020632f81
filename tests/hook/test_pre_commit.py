"""The pre-commit framework runs the hook from this repository, offline.

`language: python` makes pre-commit build a virtualenv and `pip install .` this checkout.
Offline: PIP_NO_INDEX=1 forbids any index, VIRTUALENV_SYSTEM_SITE_PACKAGES=1 lets the
dependencies already installed here satisfy the requirements, and PIP_NO_BUILD_ISOLATION=0
(pip's inverted spelling of --no-build-isolation) builds with the setuptools that
virtualenv seeds, instead of downloading `build-system.requires`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import ROOT
from hook_helpers import CLEAN, GARBLED, git, make_repo, write

pytestmark = pytest.mark.skipif(shutil.which("pre-commit") is None, reason="pre-commit not installed")
SHIPPED = ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml", "audit")


def copy_of_this_checkout(dest: Path) -> str:
    """A git repository holding this working tree's package; returns its commit."""
    dest.mkdir()
    for name in SHIPPED:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif src.exists():
            shutil.copy2(src, dest / name)
    git(dest, "init", "-q")
    git(dest, "add", ".")
    git(dest, "-c", "user.name=t", "-c", "user.email=t@x", "commit", "-qm", "wire-audit")
    return git(dest, "rev-parse", "HEAD").stdout.strip()


def offline_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PIP_INDEX_URL")}
    return env | {
        "PRE_COMMIT_HOME": str(home),
        "PIP_NO_INDEX": "1",
        "PIP_NO_BUILD_ISOLATION": "0",
        "VIRTUALENV_SYSTEM_SITE_PACKAGES": "1",
        "NO_COLOR": "1",
    }


def commit(repo: Path, env: dict[str, str], message: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", "commit", "-m", message], cwd=repo, env=env, capture_output=True, text=True, timeout=600
    )


def test_pre_commit_framework_runs_the_hook_offline(tmp_path):
    rev = copy_of_this_checkout(tmp_path / "wire-audit")
    repo = make_repo(tmp_path / "desk")
    source = tmp_path / "wire-audit"
    config = f"repos:\n  - repo: {source}\n    rev: {rev}\n    hooks:\n      - id: wire-audit\n"
    write(repo, ".pre-commit-config.yaml", config)
    git(repo, "commit", "-qm", "pre-commit config")
    env = offline_env(tmp_path / "pre-commit-home")
    installed = subprocess.run(["pre-commit", "install"], cwd=repo, env=env, capture_output=True, text=True)
    assert installed.returncode == 0, installed.stderr

    edited = CLEAN.replace("Monday", "Tuesday")
    write(repo, "story.txt", GARBLED)
    write(repo, "story.txt", edited, stage=False)  # pre-commit must audit the staged version
    blocked = commit(repo, env, "garbled")
    out = blocked.stdout + blocked.stderr
    assert blocked.returncode != 0, out
    assert "wire-audit" in out and "story.txt:3:1: major N103" in out and "commit blocked" in out
    assert "Installing environment" in out  # pre-commit built its own venv from the copy
    assert (repo / "story.txt").read_text() == edited  # unstaged edit restored by pre-commit

    git(repo, "add", "story.txt")
    passed = commit(repo, env, "clean")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "wire-audit (machine-translation garbles)...." in passed.stderr and "Passed" in passed.stderr
