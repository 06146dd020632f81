"""Checks of the 'terms' family that need no glossary: the bundled calque lexicon."""

from audit.checks.base import Check
from audit.checks.terms.calques import Calque

CHECKS: tuple[type[Check], ...] = (Calque,)
