"""`wire-audit hook run|install|uninstall`: the git pre-commit hook.

`hook run` is normally dispatched before typer loads (audit/cli/__init__.py) so the hook
starts fast; this typer command is the same code for `--help` and direct use.
"""

from __future__ import annotations

from typing import Annotated

import typer

from audit.cli.app import app

hook_app = typer.Typer(
    help="The git pre-commit hook: audit staged articles.",
    epilog="Examples:\n\nwire-audit hook install\n\nwire-audit hook run --fail-on critical\n\n"
    "wire-audit hook uninstall",
    no_args_is_help=True,
)
app.add_typer(hook_app, name="hook")


@hook_app.command(
    "run", context_settings={"allow_extra_args": True, "ignore_unknown_options": True}, add_help_option=False
)
def run(ctx: typer.Context) -> None:
    """Audit the staged content of articles; exit 1 when a finding reaches --fail-on."""
    from audit.hook.run import main

    raise typer.Exit(main(ctx.args))


@hook_app.command(epilog="Examples:\n\nwire-audit hook install\n\nwire-audit hook install --force")
def install(
    force: Annotated[
        bool, typer.Option("--force", help="Replace a foreign hook (kept as a backup).")
    ] = False,
) -> None:
    """Install a plain git pre-commit hook in this repository."""
    from audit.hook.install import install as do_install

    typer.echo(do_install(force=force))


@hook_app.command(epilog="Example:\n\nwire-audit hook uninstall")
def uninstall() -> None:
    """Remove the wire-audit hook and restore the previous one, if any."""
    from audit.hook.install import uninstall as do_uninstall

    typer.echo(do_uninstall())
