"""Glossary checks: names, terms and offices."""

from audit.checks.base import Check
from audit.checks.names.listed import KnownVariant, Mistranslation
from audit.checks.names.office import GarbledHolder, UnlistedHolder, WrongHolder

CHECKS: tuple[type[Check], ...] = (KnownVariant, Mistranslation, WrongHolder, GarbledHolder, UnlistedHolder)
