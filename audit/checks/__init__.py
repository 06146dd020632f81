"""Checks: each finds one kind of problem in one document and yields Findings."""
