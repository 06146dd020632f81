"""`wire-audit rules [CODE|FAMILY]`: list the checks, a family's, or print one check's documentation."""

from __future__ import annotations

import inspect
from typing import Annotated

import typer

from audit.cli.app import app
from audit.errors import ConfigError

EXAMPLES = (
    "Examples:\n\nwire-audit rules\n\nwire-audit rules names\n\nwire-audit rules N101\n\n"
    "wire-audit rules office.wrong_holder"
)


@app.command(epilog=EXAMPLES)
def rules(
    code: Annotated[
        str | None, typer.Argument(help="A check code or name (N101, names.garbled), or a family (names).")
    ] = None,
) -> None:
    """List the checks (of one family), or explain one."""
    from audit.checks.registry import all_checks, find_check

    checks = all_checks()
    families = sorted({c.name.split(".", 1)[0] for c in checks})
    if code is None or code.lower() in families:
        for c in checks:
            if code is None or c.name.split(".", 1)[0] == code.lower():
                typer.echo(f"{c.code:6} {c.name:28} {c.severity!s:9} {c.summary()}")
        return
    found = find_check(code)
    if found is None:
        raise ConfigError(f"unknown check {code!r} (families: {', '.join(families)}; see `wire-audit rules`)")
    typer.echo(f"{found.code} {found.name} (default severity: {found.severity})\n")
    typer.echo(inspect.cleandoc(found.__doc__ or ""))
