"""T101: a term rendered in a way the project glossary lists as a mistranslation."""

from __future__ import annotations

from audit.checks.listed import ListedForm
from audit.model import Severity


class Mistranslation(ListedForm):
    """A term rendered in a way the glossary lists as a mistranslation.

    Flags: an exact occurrence of an entry's `mistranslations`.
    Why: round-trip translation turns fixed terms into other words ("republicans at war"
    for co-belligerents); readers take them at face value.
    Example: `canonical: co-belligerents`, `mistranslations: [co-warring parties]`.
    Instead: the canonical term.
    Options: the entry's `severity` overrides the default (major).
    False positives: the mistranslated phrase used in its own literal sense.
    """

    code = "T101"
    name = "terms.mistranslation"
    severity = Severity.MAJOR
    form_kind = "mistranslation"

    def describe(self, text: str, canonical: str) -> str:
        return f"“{text}” is a listed mistranslation of “{canonical}”"
