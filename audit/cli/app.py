"""The Typer application object that command modules attach to."""

import typer

app = typer.Typer(
    name="wire-audit",
    help="Audit machine-translated wire copy: garbled names, wrong offices, bad terms.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
