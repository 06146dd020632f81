"""Wrong person in an office: offices and their holders come from the glossary's roles."""

from audit.checks.base import Check
from audit.checks.office.checks import GarbledHolder, UnlistedHolder, WrongHolder

CHECKS: tuple[type[Check], ...] = (WrongHolder, GarbledHolder, UnlistedHolder)
