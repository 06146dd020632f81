"""Checks of the 'lang' family."""

from audit.checks.base import Check

CHECKS: tuple[type[Check], ...] = ()
