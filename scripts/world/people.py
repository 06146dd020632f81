"""Person entries (canonical, aliases, dated roles) from the runs of every office."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from typing import Any

from world import executive, names
from world.factbook import Record
from world.gitsnap import BlobReader, Snapshot
from world.tenures import Run, date_runs, person_key, slot_runs


def collect_runs(snaps: list[Snapshot], reader: BlobReader) -> tuple[list[Run], dict[str, Record]]:
    """Runs of every office of every country, and each country's newest record."""
    latest: dict[str, Record] = {}
    timelines: dict[tuple[str, str], list[tuple[dt.date, dict[str, Any]]]] = {}
    present: dict[str, list[dt.date]] = {}
    titles: dict[str, dict[tuple[str, str], str]] = {}  # code → (line, person) → last real title
    sovereigns: set[str] = set()  # every head of state of a sovereign state, ever
    for snap in snaps:
        records = {code: reader.get(blob) for code, blob in sorted(snap.blobs.items())}
        for rec in records.values():
            names.PLACE_WORDS.update(
                w for w in f"{rec.short} {rec.long} {rec.adjective}".split() if w[:1].isupper()
            )
        sovereigns |= _sovereign_heads(records)
    for snap in snaps:
        records = {code: reader.get(blob) for code, blob in sorted(snap.blobs.items())}
        latest.update(records)
        for code, rec in records.items():
            present.setdefault(code, []).append(snap.day)
            for title, people in _offices(rec, sovereigns, titles.setdefault(code, {}), snap.day).items():
                timelines.setdefault((code, title), []).append((snap.day, people))
    last_day = snaps[-1].day
    runs: list[Run] = []
    by_line: dict[tuple[str, str], list[Run]] = {}
    for (code, title), entries in sorted(timelines.items()):
        got = dict(entries)
        timeline = [(d, got.get(d, {})) for d in present[code]]
        found = slot_runs(code, title, timeline)
        line = min(SLOT_OF.get((title, latest[code].short or latest[code].long), {""}))
        by_line.setdefault((code, line), []).extend(found)
        runs.extend(found)
    for (code, _line), line_runs in sorted(by_line.items()):
        name = latest[code].short or latest[code].long
        elect = {k: d for (c, k), d in ELECT.items() if c == name}
        date_runs(line_runs, present[code], last_day, elect)
    return runs, latest


# A spelling becomes an alias only when this many snapshots use it: a typo ("Bola TINBU")
# is usually fixed within a few weeks; a changed transliteration stays.
MIN_SIGHTINGS = 4
DEFAULT_TITLES = {"chief of state": "head of state", "head of government": "head of government"}
ELECT: dict[tuple[str, str], list[dt.date]] = {}  # (country, person) → days listed as "-elect"
SLOT_OF: dict[tuple[str, str], set[str]] = {}  # (title, country) → Factbook lines naming it


def _sovereign_heads(records: dict[str, Record]) -> set[str]:
    heads = set()
    for rec in records.values():
        if not rec.dependency:
            for slot, text in rec.executive:
                if slot == "chief of state":
                    heads.update(
                        person_key(f) for h in executive.parse_line(text) for f in (h.name, h.caps_form)
                    )
    return heads


def _offices(
    rec: Record, sovereigns: set[str], titles: dict[tuple[str, str], str], day: dt.date
) -> dict[str, dict[str, Any]]:
    """Office title → person key → holder, for one record (a territory's sovereign skipped).
    A person the line names without a title keeps the title it gave them before ("Caretaker
    Prime Minister X" is still the prime minister), so the tenure is not cut; the sole holder
    of a line takes the title of the line's previous sole holder ("Francois BAYROU (since
    13 December 2024)" after "Prime Minister Michel BARNIER")."""
    out: dict[str, dict[str, Any]] = {}
    for slot, text in rec.executive:
        default = DEFAULT_TITLES[slot]
        holders = executive.parse_line(text, default)
        for h in holders:
            key = person_key(h.name)
            if rec.dependency and slot == "chief of state" and sovereigns & {key, person_key(h.caps_form)}:
                continue
            if h.elect:  # not in office yet: its since-date is an election, not a start
                ELECT.setdefault((rec.short or rec.long, key), []).append(day)
                continue
            title = h.title
            if title == default:  # untitled: the title this line gave them, or its sole holder
                sole = titles.get((slot, "")) if len(holders) == 1 else None
                title = titles.get((slot, key)) or sole or title
            titles[(slot, key)] = title
            if len(holders) == 1 and title != default:
                titles[(slot, "")] = title
            SLOT_OF.setdefault((title, rec.short or rec.long), set()).add(slot)
            out.setdefault(title, {})[key] = h
    return out


def role_title(title: str, rec: Record, adjectives: dict[str, int]) -> str:
    """'British prime minister'; 'prime minister of Congo' when the adjective is shared."""
    adjective = rec.adjective.split(";")[0].split(",")[0].split(" or ")[0].strip()
    if (
        adjective
        and adjective.lower() not in ("na", "none")
        and adjectives.get(adjective, 0) == 1
        and "(" not in adjective
    ):
        return f"{adjective} {title}"
    return f"{title} of {rec.short or rec.long}"


def person_entries(runs: list[Run], latest: dict[str, Record]) -> list[dict[str, Any]]:
    """One entry per person (merged across offices and countries by folded name)."""
    adjectives: dict[str, int] = {}
    for rec in latest.values():
        adj = rec.adjective.split(";")[0].split(",")[0].split(" or ")[0].strip()
        adjectives[adj] = adjectives.get(adj, 0) + 1
    people: dict[str, dict[str, Any]] = {}
    identity = _identities(runs)
    for run in sorted(runs, key=lambda r: (r.days[-1], r.country, r.title)):
        rec = latest[run.country]
        if not (rec.short or rec.long):  # an entity the newest snapshot no longer names
            continue
        canonical = run.names[-1]
        entry = people.setdefault(
            identity[id(run)], {"canonical": canonical, "kind": "person", "forms": [], "roles": []}
        )
        entry["canonical"] = canonical
        for h in run.holders:
            entry["forms"].extend([h.name, h.caps_form, *h.also])
        role: dict[str, Any] = {"role": role_title(run.title, rec, adjectives)}
        if run.start:
            role["from"] = run.start.isoformat()
        if run.end:
            role["until"] = run.end.isoformat()
        role["note"] = run.note
        if not any(_same_role(role, r) for r in entry["roles"]):
            entry["roles"].append(role)
    out = []
    for entry in people.values():
        canon_key = person_key(entry["canonical"])
        counts = Counter(person_key(f) for f in entry["forms"])
        aliases = sorted(
            {
                f
                for f in entry.pop("forms")
                if len(f.split()) > 1
                and person_key(f) != canon_key
                and counts[person_key(f)] >= MIN_SIGHTINGS
            }
        )
        if aliases:
            entry["aliases"] = _dedupe(aliases)
        entry["roles"] = sorted(entry["roles"], key=lambda r: (r.get("from") or "", r["role"]))
        out.append(entry)
    return sorted(out, key=lambda e: person_key(e["canonical"]))


def _same_role(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return all(a.get(k) == b.get(k) for k in ("role", "from", "until"))


def _identities(runs: list[Run]) -> dict[int, str]:
    """One id per person: runs that share a multi-word form (full or short) are one person."""
    parent: dict[str, str] = {}

    def find(k: str) -> str:
        while parent.setdefault(k, k) != k:
            k = parent[k]
        return k

    for run in runs:
        forms = [f for h in run.holders for f in (h.name, h.caps_form, *h.also)]
        # The same person with and without a generational suffix (the Factbook adds "Jr." later)
        forms += [names.SUFFIX_END.sub("", f) for f in forms if names.SUFFIX_END.search(f)]
        keys = [person_key(f) for f in forms if len(f.split()) > 1]
        keys = keys or [person_key(run.names[-1])]
        for k in keys[1:]:
            parent[find(k)] = find(keys[0])
    return {id(run): find(person_key(run.names[-1])) for run in runs}


def _dedupe(forms: list[str]) -> list[str]:
    seen, out = set(), []
    for f in forms:
        if person_key(f) not in seen:
            seen.add(person_key(f))
            out.append(f)
    return out


def mirror_path(path: str) -> Path:
    return Path(path)


def coverage(runs: list[Run], latest: dict[str, Record], day: dt.date) -> dict[str, int]:
    """How many entities (and sovereign states) have someone in each Factbook line on `day`."""
    held: dict[str, set[str]] = {line: set() for line in DEFAULT_TITLES}
    for run in runs:
        rec = latest[run.country]
        if (run.start is None or run.start <= day) and (run.end is None or day <= run.end):
            for line in SLOT_OF.get((run.title, rec.short or rec.long), ()):
                held[line].add(run.country)
    out = {f"{line} (entities)": len(codes) for line, codes in held.items()}
    out.update(
        {f"{line} (sovereign)": sum(not latest[c].dependency for c in codes) for line, codes in held.items()}
    )
    return out
