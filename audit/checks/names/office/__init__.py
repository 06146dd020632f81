"""Wrong person in an office: offices and their holders come from the glossary's roles."""

from audit.checks.names.office.checks import GarbledHolder, UnlistedHolder, WrongHolder

__all__ = ["GarbledHolder", "UnlistedHolder", "WrongHolder"]
