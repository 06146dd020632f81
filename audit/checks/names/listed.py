"""N103: a name written in a form the glossary lists as wrong (its `variants`)."""

from __future__ import annotations

from audit.checks.listed import ListedForm
from audit.checks.listed import _unaccepted as _unaccepted  # older import paths (other branches)
from audit.checks.listed import exact_mentions as exact_mentions
from audit.model import Severity


class KnownVariant(ListedForm):
    """A name written in a form the glossary lists as wrong.

    Flags: an exact occurrence of an entry's `variants` (known-bad spellings).
    Why: a known garble of a name is as wrong as an unknown one, and cheaper to catch.
    Example: glossary lists `variants: [Zelenskiy]` for an AP desk; "Zelenskiy said" is flagged.
    Instead: the entry's canonical form (or one of its aliases).
    Options: the entry's `severity` overrides the default (major).
    False positives: a variant that is correct in another context (another person's
    spelling); list it as an alias of that person instead.
    """

    code = "N103"
    name = "names.known_variant"
    severity = Severity.MAJOR
    form_kind = "variant"

    def describe(self, text: str, canonical: str) -> str:
        return f"“{text}” is a listed wrong form of {canonical}"
