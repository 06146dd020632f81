"""The Typer application object that command modules attach to."""

from typing import Annotated

import typer

from audit import __version__

app = typer.Typer(
    name="wire-audit",
    help="Audit machine-translated wire copy: garbled names, wrong offices, bad terms.",
    epilog="Examples:\n\nwire-audit check seeds/ --date 2024-10-28\n\nwire-audit rules names\n\n"
    "wire-audit --install-completion   (bash, zsh, fish or PowerShell)",
    no_args_is_help=True,
    add_completion=True,  # --install-completion / --show-completion (typer's)
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"wire-audit {__version__}")
        raise typer.Exit(0)


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Audit machine-translated wire copy: garbled names, wrong offices, bad terms."""
