"""The few fields of one Factbook country file the pack uses, as plain text."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Any

EXEC_SLOTS = ("chief of state", "head of government")
TAG_RE = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class Record:
    """What one snapshot says about one country."""

    short: str
    long: str
    local: tuple[str, ...]
    former: tuple[str, ...]
    abbreviation: str
    capital: str
    adjective: str
    dependency: str
    executive: tuple[tuple[str, str], ...]  # (slot, text)


def clean(text: Any) -> str:
    """Plain text: entities decoded, tags and non-breaking spaces removed."""
    if isinstance(text, dict):
        text = text.get("text", "")
    if not isinstance(text, str):
        return ""
    text = TAG_RE.sub(" ", html.unescape(text)).replace("\xa0", " ")
    return re.sub(r"\s+", " ", text).strip()


def _field(section: dict[str, Any], *keys: str) -> str:
    node: Any = section
    for key in keys:
        if not isinstance(node, dict):
            return ""
        node = node.get(key)
    return clean(node)


def _names(text: str) -> tuple[str, ...]:
    if not text or text.lower().startswith("none"):
        return ()
    text = re.sub(r"\([^)]*\)", " ", re.split(r";|\bnote\b", text)[0])
    return tuple(n.strip() for n in text.split(",") if n.strip())


def extract(data: dict[str, Any]) -> Record:
    """The record of one country file (missing fields are empty)."""
    gov = data.get("Government") or {}
    names = gov.get("Country name") or {}
    execu = gov.get("Executive branch") or {}
    slots = tuple((slot, clean(execu.get(slot))) for slot in EXEC_SLOTS if clean(execu.get(slot)))
    return Record(
        short=_first(_field(names, "conventional short form")),
        long=_first(_field(names, "conventional long form")),
        local=_names(_field(names, "local short form")) + _names(_field(names, "local long form")),
        former=_names(_field(names, "former")),
        abbreviation=_first(_field(names, "abbreviation")),
        capital=_field(gov, "Capital", "name"),
        adjective=_field(data.get("People and Society") or {}, "Nationality", "adjective"),
        dependency=_field(gov, "Dependency status"),
        executive=slots,
    )


def _first(text: str) -> str:
    """The name itself, without '; note - ...' tails; '' for 'none'."""
    text = re.split(r";|\bnote\b", text)[0].strip().rstrip(",")
    return "" if text.lower() in ("", "none") else text
