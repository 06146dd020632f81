"""The 'terms' family: listed mistranslations (T101, from the project glossary) and calques
(T102, from the bundled lexicon; no glossary needed); T103 terms off the house model (--house)."""

from audit.checks.base import Check
from audit.checks.terms.calques import Calque
from audit.checks.terms.house import HouseTerm
from audit.checks.terms.mistranslation import Mistranslation

CHECKS: tuple[type[Check], ...] = (Mistranslation, Calque, HouseTerm)
