"""Checks of the 'garble' family: back-translation damage found without a glossary."""

from audit.checks.base import Check
from audit.checks.garble.arithmetic import ImpossibleFigures
from audit.checks.garble.attribution import UnintroducedSource
from audit.checks.garble.consistency import InconsistentName
from audit.checks.garble.explanations import OrphanedExplanation
from audit.checks.garble.fragments import Fragment
from audit.checks.garble.numbers import ChangedFigure
from audit.checks.garble.quotes import UnbalancedQuotes
from audit.checks.garble.stutters import Stutter
from audit.checks.garble.terms import TermVariant

CHECKS: tuple[type[Check], ...] = (
    InconsistentName,
    UnintroducedSource,
    Fragment,
    UnbalancedQuotes,
    OrphanedExplanation,
    Stutter,
    ChangedFigure,
    TermVariant,
    ImpossibleFigures,
)
