"""Reporters: one module per format, each consuming RunResult records only.

Stream formats render to a string (stdout, or a file under --out); file formats write
one or more files into an output folder and return their paths.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType

from audit.errors import ConfigError
from audit.model import Severity

STREAM_FORMATS = {
    "text": "audit.report.text",
    "json": "audit.report.json",
    "sarif": "audit.report.sarif",
    "diff": "audit.report.diff",
}
FILE_FORMATS = {"csv": "audit.report.csv", "html": "audit.report.html", "parquet": "audit.report.parquet"}
# File name of a stream format written under --out DIR.
STREAM_FILES = {
    "text": "wire-audit.txt",
    "json": "wire-audit.json",
    "sarif": "wire-audit.sarif",
    "diff": "wire-audit.diff",
}


@dataclass(frozen=True)
class ReportOptions:
    color: bool = False
    fail_on: Severity = Severity.MAJOR
    verbose: bool = False
    quiet: bool = False  # text: findings and the total only


def formats() -> list[str]:
    return [*STREAM_FORMATS, *FILE_FORMATS]


def reporter(name: str) -> ModuleType:
    """The module for a format; imported on demand (pandas stays out of the hook path)."""
    target = STREAM_FORMATS.get(name) or FILE_FORMATS.get(name)
    if target is None:
        raise ConfigError(f"unknown format {name!r} (choose from {', '.join(formats())})")
    return importlib.import_module(target)


def is_stream(name: str) -> bool:
    return name in STREAM_FORMATS
