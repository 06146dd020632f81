"""Install and remove a plain git pre-commit hook (for repositories without pre-commit).

A foreign hook is never replaced silently: `--force` moves it to `pre-commit.wire-audit-backup`
and `uninstall` puts it back.
"""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

from audit.errors import ConfigError
from audit.hook import git

MARK = "# wire-audit pre-commit hook"
BACKUP_SUFFIX = ".wire-audit-backup"

SCRIPT = """#!/bin/sh
{mark} (installed by `wire-audit hook install`; `wire-audit hook uninstall` removes it)
# Audits the staged content of articles; skip once with `git commit --no-verify`.
if [ -x {python} ]; then
    exec {python} -m audit hook run "$@"
fi
exec wire-audit hook run "$@"
"""


def script(python: str = sys.executable) -> str:
    """The hook: this interpreter when it still exists, else `wire-audit` on PATH."""
    return SCRIPT.format(mark=MARK, python=shlex.quote(python))


def is_ours(path: Path) -> bool:
    try:
        return MARK in path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False


def install(force: bool = False, cwd: Path | None = None) -> str:
    """Write .git/hooks/pre-commit; returns what was done, for the user."""
    hooks = git.hooks_dir(cwd)
    target, backup = hooks / "pre-commit", hooks / ("pre-commit" + BACKUP_SUFFIX)
    note = ""
    if target.exists() and not is_ours(target):
        if not force:
            raise ConfigError(
                f"{target}: a pre-commit hook exists already; --force replaces it (kept as {backup.name})"
            )
        if backup.exists():
            raise ConfigError(f"{backup}: a backup exists already; move it away first")
        target.rename(backup)
        note = f" (previous hook kept as {backup})"
    hooks.mkdir(parents=True, exist_ok=True)
    from audit.atomic import write_text

    write_text(target, script())
    target.chmod(0o755)
    return f"installed {target}{note}"


def uninstall(cwd: Path | None = None) -> str:
    """Remove our hook and restore the backup, if any; never touch a foreign hook."""
    hooks = git.hooks_dir(cwd)
    target, backup = hooks / "pre-commit", hooks / ("pre-commit" + BACKUP_SUFFIX)
    if target.exists() and not is_ours(target):
        raise ConfigError(f"{target}: not installed by wire-audit; left alone")
    if not target.exists():
        return f"no wire-audit hook in {hooks}"
    target.unlink()
    if backup.exists():
        backup.rename(target)
        return f"removed the wire-audit hook; restored the previous hook {target}"
    return f"removed {target}"
