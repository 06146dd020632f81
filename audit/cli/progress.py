"""A progress bar on stderr for batch runs, fed by the runner's progress callback.

Shown only when stderr is a terminal, the output is for people (not JSON/SARIF) and there
are more than a handful of articles; otherwise every update is a no-op.
"""

from __future__ import annotations

import sys
from typing import Any

HANDFUL = 8  # fewer articles than this finish before a bar is worth drawing
QUIET_FORMATS = ("json", "sarif", "diff")  # machine-read output (and the hook) stays quiet


def wanted(fmt: str, stream: Any = None) -> bool:
    stream = stream or sys.stderr
    return fmt not in QUIET_FORMATS and bool(getattr(stream, "isatty", lambda: False)())


class ProgressBar:
    """Callable as `progress(done, total)`; draws a transient rich bar once total > HANDFUL."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self._bar: Any = None
        self._task: Any = None

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total <= HANDFUL:
            return
        if self._bar is None:
            self._start(total)
        self._bar.update(self._task, completed=done)

    def _start(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        columns = (TextColumn("auditing"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
        self._bar = Progress(*columns, console=Console(file=sys.stderr), transient=True)
        self._task = self._bar.add_task("audit", total=total)
        self._bar.start()

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._bar is not None:
            self._bar.stop()
