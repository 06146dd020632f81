"""wire-audit: a translation-quality auditor for machine-translated wire copy."""

__version__ = "0.1.0"
