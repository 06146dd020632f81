"""`wire-audit hook run [FILES]`: audit the staged content of articles, exit 1 to block.

Without FILES it audits every staged (added, copied, modified) file; with FILES (as the
pre-commit framework passes them) those files, read from the index when they are staged.
Files must match the configured include globs and not the exclude globs.
Kept off typer (argparse only) for a fast cold start: see bench/bench_hook.py.
"""

from __future__ import annotations

import argparse
import fnmatch
import os
import sys
from collections.abc import Sequence
from pathlib import Path, PurePosixPath
from typing import Any

from audit import options
from audit.errors import AuditError, InputError
from audit.hook import git
from audit.model import RunResult, Severity
from audit.settings import Settings
from audit.terminal import visible
from audit.text.document import Document
from audit.text.reader import MAX_BYTES, decode, read_regular


def parser() -> argparse.ArgumentParser:
    """argparse from the option table (audit/options.py): the hook's options of `check`."""
    p = argparse.ArgumentParser(
        prog="wire-audit hook run",
        description=__doc__.split("\n")[0],
        epilog="examples: wire-audit hook run | wire-audit hook run desk/a.txt --fail-on critical",
    )
    p.add_argument("files", nargs="*", help="Files to audit (default: every staged file).")
    for o in options.for_command("hook"):
        kwargs: dict[str, Any] = {"dest": o.name, "help": o.help, "default": o.default}
        if o.kind == "list":
            kwargs["action"] = "append"
        elif o.kind == "bool":
            kwargs["action"] = "store_true"
        elif o.kind == "int":
            kwargs["type"] = int
        elif o.choices:
            kwargs["choices"] = o.choices
        p.add_argument(*o.flags, **kwargs)
    return p


def apply_flags(settings: Settings, args: argparse.Namespace) -> Settings:
    """Command-line options win over the config (the same table as `wire-audit check`)."""
    return options.apply(settings, vars(args))


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
    """The staged documents through the engine (glossary and index from the cache)."""
    from audit.engine.core import Engine
    from audit.engine.run import run_documents

    return run_documents(Engine.load(settings), list(docs))


def blocking_codes(result: RunResult, fail_on: Severity) -> list[str]:
    """Codes of the findings that block the commit: worst severity first, then most frequent."""
    tally: dict[str, tuple[int, int]] = {}
    for f in result.findings:
        if f.severity >= fail_on:
            sev, n = tally.get(f.code, (0, 0))
            tally[f.code] = (max(sev, int(f.severity)), n + 1)
    return sorted(tally, key=lambda c: (-tally[c][0], -tally[c][1], c))


def how_to_suppress(result: RunResult, fail_on: Severity) -> str:
    codes = blocking_codes(result, fail_on)
    code = codes[0]
    return (
        f"wire-audit: commit blocked by {', '.join(codes)} (findings {fail_on} or worse). False "
        f"positive? Put `<!-- wire-audit: ignore {code} -->` (Markdown) or `[wire-audit: ignore {code}]` "
        "(text) above the line, or accept current findings with `wire-audit baseline` (docs/hook.md)."
    )


def report(result: RunResult, settings: Settings, color: bool) -> int:
    """Print the editor-style report when the commit is blocked; exit status."""
    from audit.report import ReportOptions
    from audit.report.text import render

    worst = result.worst()
    if worst is None:
        return 0
    if worst < settings.fail_on:
        n, hidden = len(result.findings), result.signature.get("baseline_hidden", 0)
        also = f"; {hidden} more accepted in the baseline" if hidden else ""
        print(
            f"wire-audit: {n} finding{'s' * (n != 1)} below --fail-on {settings.fail_on} (not blocking){also}"
        )
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
