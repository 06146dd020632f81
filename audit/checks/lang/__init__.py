"""Checks of the 'lang' family: untranslated text, mixed scripts, mojibake, foreign runs, lost quotes."""

from audit.checks.base import Check
from audit.checks.lang.encoding import MixedScript, Mojibake
from audit.checks.lang.foreign_run import ForeignRun
from audit.checks.lang.quotes import LostQuotes
from audit.checks.lang.untranslated import Untranslated

CHECKS: tuple[type[Check], ...] = (Untranslated, MixedScript, Mojibake, ForeignRun, LostQuotes)
