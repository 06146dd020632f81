"""Checks of the 'versions' family: cross-version consensus (they run over a group of versions)."""

from audit.checks.base import Check
from audit.checks.versions.divergence import (
    DateMismatch,
    EntitySwap,
    NameSpelling,
    NumberMismatch,
    TenseMismatch,
    TermRendering,
)

CHECKS: tuple[type[Check], ...] = (
    NameSpelling,
    EntitySwap,
    TermRendering,
    NumberMismatch,
    DateMismatch,
    TenseMismatch,
)
