"""Checks of the 'garble' family."""

from audit.checks.base import Check

CHECKS: tuple[type[Check], ...] = ()
