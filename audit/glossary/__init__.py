"""Glossaries of canonical names and terms: schema, loading, validation, indexing."""

from audit.glossary.loader import load_glossaries
from audit.glossary.model import Entry, Glossary, Office

__all__ = ["Entry", "Glossary", "Office", "load_glossaries"]
