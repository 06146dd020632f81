"""Throwaway git repositories and articles for the hook, config and suppression tests."""

from __future__ import annotations

import subprocess
from pathlib import Path

from conftest import run_cli  # tests/conftest.py: pytest puts its folder on sys.path

# A test glossary: the garbled form is a listed variant (check N103), so these tests do not
# depend on the fuzzy matcher.
GLOSSARY = """\
entries:
  - canonical: Maria Kovalenko
    kind: person
    aliases: [Kovalenko]
    variants: [Kovalenkova]
"""
CLEAN = (
    "KYIV, March 3 (Wire) - Maria Kovalenko said on Monday that talks would continue.\n\n"
    "Kovalenko added that the talks had been useful and would resume next week.\n"
)
GARBLED = CLEAN.replace("Kovalenko added", "Kovalenkova added")


def git(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=True)


def make_repo(path: Path, config: str = 'glossaries = ["gl"]\n') -> Path:
    """A git repository with a glossary, a config and one committed article."""
    path.mkdir(parents=True, exist_ok=True)
    git(path, "init", "-q")
    git(path, "config", "user.name", "Test Desk")
    git(path, "config", "user.email", "desk@example.org")
    git(path, "config", "commit.gpgsign", "false")
    (path / "gl").mkdir()
    (path / "gl" / "desk.yaml").write_text(GLOSSARY, encoding="utf-8")
    (path / ".wire-audit.toml").write_text(config, encoding="utf-8")
    (path / "story.txt").write_text(CLEAN, encoding="utf-8")
    git(path, "add", ".")
    git(path, "commit", "-q", "-m", "initial")
    return path


def hook(repo: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return run_cli("hook", "run", *args, cwd=repo, env=env)


def write(repo: Path, name: str, text: str, stage: bool = True) -> Path:
    path = repo / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    if stage:
        git(repo, "add", name)
    return path
