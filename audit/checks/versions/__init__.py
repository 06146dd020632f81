"""Checks of the 'versions' family."""

from audit.checks.base import Check

CHECKS: tuple[type[Check], ...] = ()
