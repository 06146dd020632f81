"""The `wire-audit` command line: thin wrappers that parse, run, render and exit.

Exit status: 0 nothing reached --fail-on; 1 something did; 2 usage, input, config or
glossary error (one line on stderr, no traceback). A crash is never 1 ("a finding"):
the last-resort handler below turns any unexpected exception into one line and exit 2.
"""

from __future__ import annotations

import os
import signal
import sys
from types import FrameType

from audit.errors import AuditError
from audit.terminal import visible

SIGNAL_EXIT = {signal.SIGINT: 130, signal.SIGTERM: 143}  # 128 + signal number, as shells do


class Interrupted(BaseException):
    """Ctrl-C or SIGTERM: not an Exception, so no library handler swallows it on the way up."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def _raise_interrupted(signum: int, frame: FrameType | None) -> None:
    raise Interrupted(signum)


def _register() -> None:
    # Each module adds its commands to `app` when imported.
    from audit.cli import baseline, check, compare, hook, report, rules  # noqa: F401


def _fail(message: str, status: int) -> None:
    """One line on stderr, then exit; stdout is silenced first so a broken pipe or a full disk
    cannot raise again when the interpreter flushes it on the way out."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    if message:
        print(f"wire-audit: {visible(message)}", file=sys.stderr)
    sys.exit(status)


def _dispatch(args: list[str], argv: list[str] | None) -> None:
    if args[:2] == ["hook", "run"]:
        # The git hook path skips typer (~100 ms) to start fast: audit/hook/run.py.
        from audit.hook.run import main as hook_main

        sys.exit(hook_main(args[2:]))
    from audit.cli.app import app

    _register()
    app(args=argv, prog_name="wire-audit")


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    for signum in SIGNAL_EXIT:
        signal.signal(signum, _raise_interrupted)
    if hasattr(signal, "SIGPIPE"):  # `wire-audit check … | head`: end quietly, as Unix tools do
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    # A file name that is not UTF-8 (surrogate escapes) prints as \udcff, never a crash.
    getattr(sys.stdout, "reconfigure", lambda **_: None)(errors="backslashreplace")
    getattr(sys.stderr, "reconfigure", lambda **_: None)(errors="backslashreplace")
    try:
        _dispatch(args, argv)
        sys.stdout.flush()  # a full disk (`> /dev/full`) fails here, inside the handlers
    except AuditError as exc:
        _fail(f"error: {exc}", exc.exit_code)
    except BrokenPipeError:  # `wire-audit check … | head`: the reader has what it wanted
        _fail("", 0)
    except Interrupted as exc:
        _fail(f"interrupted ({exc})", SIGNAL_EXIT[signal.Signals(exc.signum)])
    except OSError as exc:  # stdout full or closed, a file vanishing mid-run
        where = f"{exc.filename}: " if exc.filename else "output: "
        _fail(f"error: {where}{exc.strerror or exc}", 2)
    except RecursionError:
        _fail("error: input nested too deeply to read", 2)
    except MemoryError:
        _fail("error: out of memory (an input too large or too deeply repeated?)", 2)
    except Exception as exc:
        _fail(f"internal error: {type(exc).__name__}: {str(exc)[:300]} (please report this)", 2)
