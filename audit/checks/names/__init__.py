"""Glossary checks: names, terms and offices."""

from audit.checks.base import Check
from audit.checks.names.listed import KnownVariant, Mistranslation

CHECKS: tuple[type[Check], ...] = (KnownVariant, Mistranslation)
