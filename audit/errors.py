"""Errors the CLI turns into one clear line and exit status 2 (no traceback)."""

from __future__ import annotations

from pathlib import Path


class AuditError(Exception):
    """Base class: a problem with the user's input, config or glossary."""

    exit_code = 2


class InputError(AuditError):
    """An article path that cannot be read as text."""

    def __init__(self, path: str | Path, message: str) -> None:
        self.path = str(path)
        super().__init__(f"{self.path}: {message}")


class GlossaryError(AuditError):
    """A glossary file that is malformed; always names the file and, when known, the line."""

    def __init__(self, path: str | Path, line: int | None, message: str) -> None:
        self.path = str(path)
        self.line = line
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {message}")


class ConfigError(AuditError):
    """A bad configuration file, key or option value."""

    def __init__(self, message: str, path: str | Path | None = None) -> None:
        self.path = str(path) if path else None
        super().__init__(f"{self.path}: {message}" if self.path else message)
