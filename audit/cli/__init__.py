"""The `wire-audit` command line: thin wrappers that parse, run, render and exit.

Exit status: 0 nothing reached --fail-on; 1 something did; 2 usage, input, config or
glossary error (one line on stderr, no traceback).
"""

from __future__ import annotations

import sys

from audit.errors import AuditError
from audit.terminal import visible


def _register() -> None:
    # Each module adds its commands to `app` when imported.
    from audit.cli import baseline, check, compare, hook, house, report, rules  # noqa: F401


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if args[:2] == ["hook", "run"]:
        # The git hook path skips typer (~100 ms) to start fast: audit/hook/run.py.
        from audit.hook.run import main as hook_main

        sys.exit(hook_main(args[2:]))
    from audit.cli.app import app

    _register()
    try:
        app(args=argv, prog_name="wire-audit")
    except AuditError as exc:
        print(f"wire-audit: error: {visible(str(exc))}", file=sys.stderr)
        sys.exit(exc.exit_code)
    except BrokenPipeError:  # `wire-audit check … | head`
        sys.exit(0)
