"""Glossary checks: names, terms and offices."""

from audit.checks.base import Check
from audit.checks.names.fused import FusedDescriptor
from audit.checks.names.listed import KnownVariant, Mistranslation
from audit.checks.names.multiword import GarbledMultiword
from audit.checks.names.near import GarbledName, UnlistedVariant
from audit.checks.names.office import GarbledHolder, UnlistedHolder, WrongHolder

CHECKS: tuple[type[Check], ...] = (
    GarbledName,
    UnlistedVariant,
    KnownVariant,
    FusedDescriptor,
    Mistranslation,
    GarbledMultiword,
    WrongHolder,
    GarbledHolder,
    UnlistedHolder,
)
