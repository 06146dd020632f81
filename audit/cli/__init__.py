"""The `wire-audit` command line: thin wrappers that parse, run, render and exit.

Exit status: 0 nothing reached --fail-on; 1 something did; 2 usage, input, config or
glossary error (one line on stderr, no traceback). A crash is never 1 ("a finding"):
the last-resort handler below turns any unexpected exception into one line and exit 2.
"""

from __future__ import annotations

import contextlib
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
    from audit.cli import baseline, check, compare, hook, house, report, rules  # noqa: F401


def _fail(message: str, status: int, stdout_broken: bool = False, now: bool = False) -> None:
    """One line on stderr, then exit. A broken or full stdout is pointed at /dev/null first so
    that the interpreter's last flush cannot raise (and print) again on the way out. `now`
    (an interrupted process of our own): skip the interpreter's exit handlers, which join a
    worker pool's queue threads and can wait forever on a pipe no terminated worker reads;
    temporary outputs were removed on the way up."""
    if stdout_broken:
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    if message:
        print(f"wire-audit: {visible(message)}", file=sys.stderr)
    if now:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError, ValueError):
                stream.flush()
        os._exit(status)
    sys.exit(status)


def _own_process() -> None:
    """Signals end the run with one line; a closed stdout ends it quietly; a file name that is
    not UTF-8 (surrogate escapes) prints as \\udcff instead of crashing the print."""
    for signum in SIGNAL_EXIT:
        signal.signal(signum, _raise_interrupted)
    if hasattr(signal, "SIGPIPE"):  # `wire-audit check … | head`, as Unix tools do
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    for stream in (sys.stdout, sys.stderr):
        getattr(stream, "reconfigure", lambda **_: None)(errors="backslashreplace")


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
    if argv is None:  # the program itself, not a caller in-process: process-wide settings
        _own_process()
    try:
        _dispatch(args, argv)
        sys.stdout.flush()  # a full disk (`> /dev/full`) fails here, inside the handlers
    except AuditError as exc:
        _fail(f"error: {exc}", exc.exit_code)
    except BrokenPipeError:  # `wire-audit check … | head`: the reader has what it wanted
        _fail("", 0, stdout_broken=True)
    except Interrupted as exc:
        _fail(f"interrupted ({exc})", SIGNAL_EXIT[signal.Signals(exc.signum)], now=argv is None)
    except OSError as exc:  # stdout full or closed, a file vanishing mid-run
        where = f"{exc.filename}: " if exc.filename else "output: "
        _fail(f"error: {where}{exc.strerror or exc}", 2, stdout_broken=not exc.filename)
    except RecursionError:
        _fail("error: input nested too deeply to read", 2)
    except MemoryError:
        _fail("error: out of memory (an input too large or too deeply repeated?)", 2)
    except Exception as exc:
        _fail(f"internal error: {type(exc).__name__}: {str(exc)[:300]} (please report this)", 2)
