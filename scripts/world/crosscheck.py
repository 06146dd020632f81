"""Compare the hand-curated world tenures with officeholder tables from other sources.

Curated dates are typed from knowledge (audit/data/world/curated-*.yaml); a wrong one makes
a false critical finding. This prints every tenure on which an overlapping table
(an every-politician-scrapers `html/holders21.csv`: position, person, start, end; or a JSON
list of such objects) disagrees, so a maintainer re-checks exactly those.

    python scripts/world/crosscheck.py TABLE.csv [TABLE.json ...] [--curated FILE ...]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from audit.text.normalize import name_key  # noqa: E402

CURATED = sorted((ROOT / "audit" / "data" / "world").glob("curated-*.yaml"))
# Words of a title → one of the six curated fields; checked in this order.
FIELDS = (
    (
        "central bank",
        ("central bank", "reserve bank", "national bank", "bank of", "federal reserve", "bundesbank"),
    ),
    (
        "military chief",
        ("chief of the defence", "chief of defence", "joint chiefs", "general staff", "defence force"),
    ),
    ("military chief", ("commander-in-chief", "inspector general")),
    ("foreign", ("foreign", "external affairs", "international relations")),
    ("defence", ("defence", "defense", "armed forces")),
    ("finance", ("finance", "treasury", "exchequer", "economy", "treasurer")),
    ("interior", ("interior", "home affairs", "home secretary", "home department", "homeland security")),
    ("interior", ("internal affairs", "public security")),
)
# Words that make a title another office (a deputy, a junior minister, an envoy).
OTHER = (
    "deputy", "vice", "assistant", "associate", "shadow", "ambassador", "minister of state",
    "materiel", "personnel", "trade", "board", "adviser", "advisor", "lord of the",
    "financial secretary", "economic secretary", "chief secretary", "military cabinet",
)  # fmt: skip


@dataclass(frozen=True)
class Tenure:
    """One person in one field of office, with ISO dates ('' = open or unknown)."""

    person: str
    role: str
    start: str
    end: str


def field_of(title: str) -> str | None:
    """The curated field a title belongs to, or None (deputies, envoys, other offices)."""
    low = title.casefold()
    if any(word in low for word in OTHER):
        return None
    if low.endswith("secretary of state"):  # the US foreign minister
        return "foreign"
    return next((name for name, words in FIELDS if any(w in low for w in words)), None)


def curated_tenures(paths: Iterable[Path]) -> Iterator[tuple[tuple[tuple[str, ...], ...], Tenure]]:
    """(accepted multiword name keys, tenure) for every curated role."""
    import yaml

    for path in paths:
        for entry in yaml.safe_load(path.read_text(encoding="utf-8"))["entries"]:
            names = [entry["canonical"], *(entry.get("aliases") or [])]
            keys = tuple(k for k in (name_key(str(n)) for n in names) if len(k) > 1)
            for role in entry.get("roles") or []:
                start, end = (str(role.get(k) or "") for k in ("from", "until"))
                yield keys, Tenure(entry["canonical"], role["role"], start, end)


def table_rows(path: Path) -> list[Tenure]:
    """The rows of one table (CSV with a header, or a JSON list of objects)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
        rows = json.loads(text) if path.suffix == ".json" else list(csv.DictReader(text.splitlines()))
        return [Tenure(r["person"], r["position"], r.get("start") or "", r.get("end") or "") for r in rows]
    except (KeyError, TypeError, ValueError) as exc:  # UnicodeDecodeError and JSON errors are ValueErrors
        raise ValueError(f"{path}: not a table of position, person, start, end ({exc!r})") from None


def same_date(ours: str, theirs: str, slack: int) -> bool:
    """Equal at the precision the table gives ('2019', '2019-08', '2019-08-21'), ± slack days."""
    if not ours or not theirs:
        return ours == theirs
    if len(theirs) < 10:
        return ours.startswith(theirs)
    return abs((date.fromisoformat(ours) - date.fromisoformat(theirs)).days) <= slack


def _day(text: str) -> date | None:
    """A table date at any precision as its first day ('2019' → 2019-01-01)."""
    return date.fromisoformat((text + "-01-01"[len(text) - 4 :])[:10]) if len(text) >= 4 else None


def merged(rows: list[Tenure], slack: int) -> list[Tenure]:
    """Consecutive rows of one person in one field as one tenure (Wikidata splits tenures
    by government: Le Maire 2017-05-17 – 2017-06-21, then 2017-06-21 – ...)."""
    out: list[Tenure] = []
    for row in sorted(rows, key=lambda r: r.start):
        if out and _continues(out[-1], row, slack):
            last = out[-1]
            end = row.end if not row.end or row.end > last.end else last.end
            out[-1] = Tenure(last.person, last.role, last.start, end)
        else:
            out.append(row)
    return out


def _continues(last: Tenure, row: Tenure, slack: int) -> bool:
    end, start = _day(last.end), _day(row.start)
    return bool(end and start and start <= end + timedelta(days=slack))


def overlapping(ours: Tenure, rows: list[Tenure], until: str) -> Tenure | None:
    """The table tenure that overlaps ours, nearest our start; None = a different tenure."""
    lo, hi = _day(ours.start) or date.min, _day(ours.end) or date.max
    found = [
        r
        for r in rows
        if (_day(r.start) or date.min) <= hi and lo <= (_day(r.end) or _day(until) or date.max)
    ]
    if not found:
        return None
    return min(found, key=lambda r: abs(((_day(r.start) or date.min) - lo).days))


def differences(ours: Tenure, theirs: Tenure, slack: int, until: str) -> list[str]:
    """What disagrees: the start, and the end unless the table simply stops before it."""
    out = []
    if not same_date(ours.start, theirs.start, slack):
        out.append("start")
    open_in_table = not theirs.end and (not ours.end or ours.end > until)
    if not open_in_table and not same_date(ours.end, theirs.end, slack):
        out.append("end")
    return out


def crosscheck(curated: list[Path], tables: list[Path], slack: int, until: str) -> tuple[int, list[str]]:
    """(tenures checked, disagreement lines) over every curated role a table also lists."""
    index: dict[tuple[tuple[str, ...], str], list[Tenure]] = {}
    for path in tables:
        for row in table_rows(path):
            field = field_of(row.role)
            if field:
                index.setdefault((name_key(row.person), field), []).append(row)
    checked, lines = 0, []
    for keys, ours in curated_tenures(curated):
        field = field_of(ours.role)
        rows = [r for k in keys for r in index.get((k, field), [])] if field else []
        theirs = overlapping(ours, merged(rows, slack), until)
        if theirs is None:
            continue
        checked += 1
        what = differences(ours, theirs, slack, until)
        if what:
            lines.append(_line(ours, theirs, what))
    return checked, sorted(lines)


def _line(ours: Tenure, theirs: Tenure, what: list[str]) -> str:
    mine = f"{ours.start or '?'} – {ours.end or 'open'}"
    table = f"{theirs.start or '?'} – {theirs.end or 'open'}"
    differs = ", ".join(what)
    return f"{ours.person} | {ours.role} | ours {mine} | theirs {table} ({theirs.role}) | differs: {differs}"


def main(argv: list[str] | None = None) -> int:
    """Print disagreements and a summary; exit 0 (disagreements are for a human to judge)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tables", nargs="+", type=Path, help="CSV/JSON tables: position, person, start, end")
    parser.add_argument("--curated", nargs="*", type=Path, default=CURATED, help="curated YAML files")
    parser.add_argument("--slack", type=int, default=1, help="days of difference still counted as agreement")
    parser.add_argument("--until", default="2022-07-31", help="the tables' export date: open rows end there")
    args = parser.parse_args(argv)
    for path in [*args.tables, *args.curated]:
        if not path.is_file():
            print(f"{path}: no such file", file=sys.stderr)
            return 2
    try:
        checked, lines = crosscheck(args.curated, args.tables, args.slack, args.until)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 2
    for line in lines:
        print(line)
    print(f"{checked} tenures checked, {len(lines)} disagreements")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
