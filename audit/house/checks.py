"""The checks that read the house model (registered by audit/checks/registry.py)."""

from audit.checks.base import Check
from audit.house.names_check import HouseGarble
from audit.house.terms_check import HouseTerm

CHECKS: tuple[type[Check], ...] = (HouseGarble, HouseTerm)
