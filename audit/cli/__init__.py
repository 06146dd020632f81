"""The `wire-audit` command line: thin wrappers that parse, run, render and exit.

Exit status: 0 nothing reached --fail-on; 1 something did; 2 usage, input, config or
glossary error (one line on stderr, no traceback).
"""

from __future__ import annotations

import sys

from audit.cli.app import app
from audit.errors import AuditError


def _register() -> None:
    # Each module adds its commands to `app` when imported.
    from audit.cli import check, report, rules  # noqa: F401


def main(argv: list[str] | None = None) -> None:
    _register()
    try:
        app(args=argv, prog_name="wire-audit")
    except AuditError as exc:
        print(f"wire-audit: error: {exc}", file=sys.stderr)
        sys.exit(exc.exit_code)
    except BrokenPipeError:  # `wire-audit check … | head`
        sys.exit(0)
