"""Glossary name checks (offices: audit/checks/office; listed mistranslations: audit/checks/terms)."""

from audit.checks.base import Check
from audit.checks.names.fused import FusedDescriptor
from audit.checks.names.house import HouseGarble
from audit.checks.names.listed import KnownVariant
from audit.checks.names.multiword import GarbledMultiword
from audit.checks.names.near import GarbledName, UnlistedVariant
from audit.checks.names.outdated import OutdatedForm

CHECKS: tuple[type[Check], ...] = (
    GarbledName,
    UnlistedVariant,
    KnownVariant,
    FusedDescriptor,
    GarbledMultiword,
    OutdatedForm,
    HouseGarble,
)
