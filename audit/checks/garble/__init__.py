"""Checks of the 'garble' family: back-translation damage found without a glossary."""

from audit.checks.base import Check
from audit.checks.garble.explanations import OrphanedExplanation
from audit.checks.garble.fragments import Fragment
from audit.checks.garble.quotes import UnbalancedQuotes
from audit.checks.garble.stutters import Stutter

CHECKS: tuple[type[Check], ...] = (Fragment, UnbalancedQuotes, OrphanedExplanation, Stutter)
