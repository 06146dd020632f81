"""`wire-audit learn` and `wire-audit glossary mine|lint`: the house model (audit/house/)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from audit.cli.app import app
from audit.errors import ConfigError

glossary_app = typer.Typer(help="Draft and lint glossaries.", no_args_is_help=True)
app.add_typer(glossary_app, name="glossary")

ArchiveArg = Annotated[
    list[str], typer.Argument(help="Archive of clean published copy: files, folders, JSONL, CSV.")
]


def _notes(notes: list[str]) -> None:
    for note in notes:
        typer.echo(f"wire-audit: note: {note}", err=True)


@app.command()
def learn(
    archive: ArchiveArg,
    out: Annotated[Path, typer.Option("--out", "-o", help="House folder to write (replaced atomically).")],
) -> None:
    """Learn the house from its archive: sentencepiece model, name lexicon, phrases, manifest."""
    from audit.house.learn import learn as do_learn

    man = do_learn(archive, out)
    _notes(man["skipped"])
    span = " to ".join(man["date_range"]) if man["date_range"] else "no dates"
    typer.echo(
        f"wrote {out}: {man['articles']} articles, {man['words']:,} words ({span}),"
        f" vocabulary {man['vocab_size']}, model {man['model_version']}"
    )


@glossary_app.command()
def mine(
    archive: ArchiveArg,
    out: Annotated[Path, typer.Option("--out", "-o", help="Draft glossary (YAML) to write.")],
) -> None:
    """Draft a glossary from an archive: one entry per name cluster, most printed first."""
    from audit.house.draft import render
    from audit.house.mine import mine as do_mine

    entries, facts = do_mine(archive)
    _notes(facts["skipped"])
    try:
        out.write_text(render(entries, facts), encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"--out: cannot write {out}: {exc.strerror or exc}") from None
    typer.echo(f"wrote {out}: {len(entries)} entries from {facts['articles']} articles")


@glossary_app.command()
def lint(
    files: Annotated[list[Path], typer.Argument(help="Glossary files or folders.")],
    archive: Annotated[
        list[str] | None,
        typer.Option("--archive", help="Warn about entries this archive never prints (repeatable)."),
    ] = None,
) -> None:
    """Validate glossaries; warn about shared aliases, undated roles, entries the archive never prints.

    Exit 0 clean, 1 warnings, 2 a glossary that does not validate.
    """
    from audit.house.lint import lint as do_lint

    warnings = do_lint(files, archive or ())
    for w in warnings:
        typer.echo(w)
    raise typer.Exit(1 if warnings else 0)
