"""Glossary checks: names and terms (offices are their own family: audit/checks/office)."""

from audit.checks.base import Check
from audit.checks.names.fused import FusedDescriptor
from audit.checks.names.listed import KnownVariant, Mistranslation
from audit.checks.names.near import GarbledName, UnlistedVariant
from audit.checks.names.outdated import OutdatedForm

CHECKS: tuple[type[Check], ...] = (
    GarbledName,
    UnlistedVariant,
    KnownVariant,
    FusedDescriptor,
    Mistranslation,
    OutdatedForm,
)
