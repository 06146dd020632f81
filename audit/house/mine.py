"""`glossary mine`: a draft glossary from an archive, one entry per entity cluster.

Names printed in several spellings (clustered by the matcher's ladder) become one entry
whose canonical is the most printed form; other forms printed often enough, and a
surname used alone for one person only, become aliases. The kind is guessed from
context (a title or "said" → person; "in X" → place; an institution word → org), and a
title written with a person gives `role` with the first and last dates it was seen.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from audit.house.archive import read_archive
from audit.house.lexicon import LexiconBuilder
from audit.house.phrases import heads
from audit.match.wordlists import demonyms
from audit.text.document import Document

ENTRY_MIN = 3  # a cluster printed fewer times gets no entry
ALIAS_MIN = 2  # another spelling or a lone surname printed this often is an alias
ROLE_MIN = 2  # a title seen this often with a person gives a role


@dataclass
class Cluster:
    """Name records (same entity, spellings the ladder links) merged into one draft entry."""

    records: list[dict[str, Any]]
    aliases: list[str] = field(default_factory=list)
    surname_count: int = 0

    @property
    def count(self) -> int:
        return sum(r["count"] for r in self.records)

    @property
    def canonical(self) -> str:
        return str(max(self.records, key=lambda r: (r["count"], r["form"]))["form"])

    def total(self, key: str) -> int:
        return sum(int(r[key]) for r in self.records)

    def titles(self) -> Counter[str]:
        out: Counter[str] = Counter()
        for r in self.records:
            for title, (n, *_dates) in r["titles"].items():
                out[title] += n
        return out


def clusters(lexicon: dict[str, Any]) -> list[Cluster]:
    """Name records grouped by the dominant spelling of each of their words."""
    dominant = {k: v[2] for k, v in lexicon["tokens"].items()}
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for rec in lexicon["names"]:
        groups[tuple(dominant.get(k, k) for k in rec["key"])].append(rec)
    return [
        Cluster(sorted(recs, key=lambda r: (-r["count"], r["form"]))) for _k, recs in sorted(groups.items())
    ]


def guess_kind(c: Cluster) -> str:
    """person | place | org, from how the archive uses the name."""
    from audit.match.office_words import place_forms

    if tuple(c.records[0]["key"]) in place_forms():
        return "place"  # a country, capital or metonym (countries.txt): "the White House said"
    last = c.records[0]["key"][-1]
    if any(r["acronym"] for r in c.records) or last in heads() - {"president", "minister"}:
        return "org"
    said, place = c.total("said"), c.total("place")
    if c.titles() or c.surname_count or said > place:
        return "person"
    return "place" if place or len(c.records[0]["key"]) == 1 else "org"


def _surnames(groups: list[Cluster]) -> dict[str, Cluster]:
    """Last word → the one multiword cluster ending in it (surnames shared by two are left out)."""
    owners: dict[str, list[Cluster]] = defaultdict(list)
    for c in groups:
        if len(c.records[0]["key"]) > 1 and not any(r["acronym"] for r in c.records):
            owners[c.records[0]["key"][-1]].append(c)
    return {k: cs[0] for k, cs in owners.items() if len(cs) == 1}


def _used_as_person(c: Cluster, lower: set[str]) -> bool:
    """A lone word the archive uses for a person ("Biden said"), not a place ("in Ukraine")."""
    rec = c.records[0]
    if rec["acronym"] or rec["key"][0] in lower:
        return False
    person = c.total("said") + sum(c.titles().values())
    return person > 0 and person >= c.total("place")


def merge_surnames(groups: list[Cluster], lower: set[str]) -> list[Cluster]:
    """A lone surname printed often becomes an alias of its only full name; others stay entries."""
    owners, kept = _surnames(groups), []
    for c in groups:
        key = c.records[0]["key"]
        owner = owners.get(key[0]) if len(key) == 1 and _used_as_person(c, lower) else None
        if key[-1] in demonyms():
            continue  # "North Korean": an adjective, not a name
        if owner is not None and c.count >= ALIAS_MIN:
            owner.aliases.append(c.canonical)
            owner.surname_count += c.count
        elif len(key) > 1 or (key[0] not in lower and not c.records[0]["acronym"]):
            kept.append(c)
    return kept


def entries(lexicon: dict[str, Any]) -> list[dict[str, Any]]:
    """Draft entries, most printed first."""
    groups = merge_surnames(clusters(lexicon), set(lexicon.get("lower", ())))
    groups = [c for c in groups if c.count + c.surname_count >= ENTRY_MIN]
    groups.sort(key=lambda c: (-(c.count + c.surname_count), c.canonical))
    return [_entry(c) for c in groups]


def _entry(c: Cluster) -> dict[str, Any]:
    canonical, kind = c.canonical, guess_kind(c)
    others = [r["form"] for r in c.records if r["form"] != canonical and r["count"] >= ALIAS_MIN]
    out: dict[str, Any] = {"canonical": canonical, "kind": kind, "aliases": [*others, *c.aliases]}
    forms = ", ".join(f"{r['form']} {r['count']}" for r in c.records)
    alone = f", {c.aliases[-1]} alone {c.surname_count}" if c.surname_count else ""
    out["comment"] = f"printed {c.count + c.surname_count} times ({forms}{alone})"
    role = _role(c) if kind == "person" else None
    if role:
        out.update(role)
    return out


def _role(c: Cluster) -> dict[str, Any] | None:
    """The title most written with the person, with the first/last dates seen with it."""
    titles = c.titles()
    if not titles:
        return None
    title, n = min(titles.items(), key=lambda kv: (-kv[1], kv[0]))
    if n < ROLE_MIN:
        return None
    dates = [d for r in c.records for d in r["titles"].get(title, [0, "", ""])[1:] if d]
    role: dict[str, Any] = {"role": title}
    if dates:
        role.update({"from": min(dates), "until": max(dates)})
    return role


def mine(paths: Sequence[str | Path]) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """(draft entries, archive facts) for the archive under `paths`."""
    texts, notes = read_archive(paths)
    builder, words = LexiconBuilder(), 0
    for t in texts:
        doc = Document(path=t.source, text=t.text)
        words += doc.words
        builder.add(doc, t.date)
    facts = {"articles": len(texts), "words": words, "skipped": notes}
    return entries(builder.finish()), facts
