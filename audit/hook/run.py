"""`wire-audit hook run [FILES]`: audit the staged content of articles, exit 1 to block.

Without FILES it audits every staged (added, copied, modified) file; with FILES (as the
pre-commit framework passes them) those files, read from the index when they are staged.
Files must match the configured include globs and not the exclude globs.
Kept off typer (argparse only) for a fast cold start: see bench/bench_hook.py.
"""

from __future__ import annotations

import argparse
import datetime as dt
import fnmatch
import os
import sys
from collections.abc import Sequence
from pathlib import Path, PurePosixPath

from audit.errors import AuditError, ConfigError, InputError
from audit.hook import git
from audit.model import RunResult, Severity
from audit.settings import Settings
from audit.terminal import visible
from audit.text.document import Document
from audit.text.reader import MAX_BYTES, decode, read_regular


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="wire-audit hook run", description=__doc__.split("\n")[0])
    p.add_argument("files", nargs="*", help="Files to audit (default: every staged file).")
    p.add_argument("--config", help="Config file (default: nearest .wire-audit.toml or pyproject.toml).")
    p.add_argument("--glossary", "-g", action="append", help="Glossary file or folder (repeatable).")
    p.add_argument("--fail-on", help="Block when a finding is at least: minor, major, critical.")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--baseline", help="Hide findings recorded in this baseline file.")
    group.add_argument("--no-baseline", action="store_true", help="Show every finding, also accepted ones.")
    p.add_argument("--date", help="Article date YYYY-MM-DD (default: dateline, else today).")
    p.add_argument("--color", default="auto", choices=("auto", "always", "never"))
    return p


def apply_flags(settings: Settings, args: argparse.Namespace) -> Settings:
    """Command-line options win over the config (same names as `wire-audit check`)."""
    try:
        fail_on = Severity.parse(args.fail_on) if args.fail_on else settings.fail_on
        date = dt.date.fromisoformat(args.date) if args.date else settings.date
    except ValueError as exc:
        raise ConfigError(f"hook run: {exc}") from None
    return settings.with_(
        glossaries=tuple(args.glossary) if args.glossary else settings.glossaries,
        baseline=None if args.no_baseline else args.baseline or settings.baseline,
        fail_on=fail_on,
        date=date,
    )


def wanted(path: str, settings: Settings) -> bool:
    """Include/exclude globs match the file name or its repository-relative path."""
    name, posix = PurePosixPath(path).name, PurePosixPath(path).as_posix()

    def hit(patterns: Sequence[str]) -> bool:
        return any(fnmatch.fnmatch(name, p) or fnmatch.fnmatch(posix, p) for p in patterns)

    return hit(settings.include) and not hit(settings.exclude)


def staged_documents(paths: Sequence[str]) -> list[Document]:
    """Documents of the staged content (working tree for files not in the index)."""
    contents = git.read_index(paths)
    docs = []
    for path in paths:
        raw = contents.get(path)
        try:
            if raw is None:  # not staged (pre-commit passes it): a regular file of bounded size
                raw = read_regular(Path(path), path, MAX_BYTES)
            text, encoding, notes = decode(raw, path)
        except (InputError, OSError) as exc:
            reason = getattr(exc, "strerror", None) or exc
            print(visible(f"wire-audit: skipped {path}: {reason}"), file=sys.stderr)
            continue
        docs.append(Document(path=path, text=text, encoding=encoding, notes=notes))
    return docs


def audit(docs: Sequence[Document], settings: Settings) -> RunResult:
    from audit import runner
    from audit.checks.registry import select_checks
    from audit.glossary.cache import load_indexed

    # The glossary and its index come from the cache when the glossary files are unchanged.
    glossary, index = load_indexed(settings.glossary_paths())
    checks = select_checks(settings.select, settings.ignore)
    articles = tuple(runner.audit_document(d, checks, glossary, settings, index) for d in docs)
    return RunResult(articles=articles, signature=runner.signature(settings, glossary, checks))


def how_to_suppress(result: RunResult, fail_on: Severity) -> str:
    code = next(f.code for f in result.findings if f.severity >= fail_on)
    return (
        f"wire-audit: commit blocked (a finding is {fail_on} or worse). False positive? Put "
        f"`<!-- wire-audit: ignore {code} -->` (Markdown) or `[wire-audit: ignore {code}]` (text) "
        "above the line, or accept current findings with `wire-audit baseline` (docs/hook.md)."
    )


def report(result: RunResult, settings: Settings, color: bool) -> int:
    """Print the editor-style report when the commit is blocked; exit status."""
    from audit.report import ReportOptions
    from audit.report.text import render

    worst = result.worst()
    if worst is None:
        return 0
    if worst < settings.fail_on:
        n = len(result.findings)
        print(f"wire-audit: {n} finding{'s' * (n != 1)} below --fail-on {settings.fail_on} (not blocking)")
        return 0
    sys.stdout.write(render(result, ReportOptions(color=color, fail_on=settings.fail_on)))
    print(how_to_suppress(result, settings.fail_on))
    return 1


def use_color(mode: str) -> bool:
    if mode != "auto":
        return mode == "always"
    return not os.environ.get("NO_COLOR") and sys.stdout.isatty()


def run(args: argparse.Namespace) -> int:
    from audit.config import load_settings

    top = git.toplevel()
    # Git paths are relative to the top of the work tree: resolve ours first, then move there.
    files = [os.path.relpath(Path(f).resolve(), top) for f in args.files]
    for name in ("config", "baseline"):
        if getattr(args, name):
            setattr(args, name, str(Path(getattr(args, name)).resolve()))
    args.glossary = [str(Path(g).resolve()) for g in args.glossary or ()]
    os.chdir(top)
    settings = apply_flags(load_settings(args.config), args)
    paths = [p for p in (files or git.staged_paths()) if wanted(p, settings)]
    if not paths:
        return 0
    return report(audit(staged_documents(paths), settings), settings, use_color(args.color))


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return run(args)
    except AuditError as exc:
        print(f"wire-audit: error: {visible(str(exc))}", file=sys.stderr)
        return exc.exit_code
