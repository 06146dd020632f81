"""Data tests of the hand-curated world files: a wrong date there is a false critical finding."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import GOLD, ROOT

from audit.glossary import load_glossaries
from audit.text.normalize import name_key

WORLD = ROOT / "audit" / "data" / "world"
FILES = sorted(WORLD.glob("curated-*.yaml"))
SEED_GARBLES = ("Lavrovov", "Tskurine", "Kopp", "Hutton", "Jo Yoo-lie", "republicans at war")
HANDOVER_DAYS = 31  # a widened month is the longest two people may share one office


def _raw(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _roles(path: Path) -> list[tuple[str, dict[str, Any]]]:
    return [(e["canonical"], r) for e in _raw(path)["entries"] for r in e.get("roles") or []]


def test_the_curated_files_exist():
    assert [p.name for p in FILES] == [
        "curated-institutions.yaml",
        "curated-international.yaml",
        "curated-ministers.yaml",
        "curated-variants.yaml",
    ]


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_loads_with_the_glossary_validator(path: Path):
    assert len(load_glossaries([path]).entries) >= 40


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_as_of_present_and_no_date_after_it(path: Path):
    as_of = _raw(path)["as_of"]
    assert isinstance(as_of, dt.date)
    dates = [r[k] for _, r in _roles(path) for k in ("from", "until") if r.get(k)]
    assert all(isinstance(d, dt.date) and d <= as_of for d in dates)


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_role_has_a_source_note_and_ordered_dates(path: Path):
    for person, role in _roles(path):
        assert str(role.get("note") or "").strip(), person
        assert role.get("from"), person  # an undated tenure could not be judged
        assert role.get("until") is None or role["from"] <= role["until"], person


def test_no_form_names_two_curated_entries():
    owners: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for entry in load_glossaries(FILES).entries:
        for form in entry.accepted_forms:
            owners[name_key(form)].add(entry.canonical)
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}


def test_no_garbled_seed_form_is_listed():
    garbles = {name_key(g) for g in SEED_GARBLES}
    if (GOLD / "findings.json").is_file():
        from gold_eval import gold

        # Garbles only: a "name-variant" item is a legitimate spelling off house style
        # (Reuters' "Zelenskiy"), which the pack rightly lists as an accepted form.
        garbles |= {name_key(g["text"]) for g in gold() if g["type"] == "name-garble"}
    listed = {name_key(f) for e in load_glossaries(FILES).entries for f in (*e.accepted_forms, *e.variants)}
    assert garbles and not (garbles & listed)


def test_two_holders_of_one_office_share_at_most_a_handover_month():
    """A typo in a year (2021 for 2012) shows up as two people holding one office for years."""
    by_office: dict[str, list[tuple[str, dt.date, dt.date]]] = defaultdict(list)
    for path in FILES:
        for person, r in _roles(path):
            by_office[r["role"]].append((person, r["from"], r.get("until") or dt.date.max))
    for office, terms in by_office.items():
        for i, (a, a0, a1) in enumerate(terms):
            for b, b0, b1 in terms[i + 1 :]:
                shared = (min(a1, b1) - max(a0, b0)).days + 1
                assert a == b or shared <= HANDOVER_DAYS, (office, a, b, shared)


STORY = (
    "Ministers meet in Brussels\n\nBRUSSELS (AP) — British Foreign Secretary {uk} met German Defence "
    "Minister Boris Pistorius on Monday. Japanese Finance Minister {jp} joined them by video. "
    "They discussed aid to Ukraine.\n"
)


@pytest.mark.parametrize(
    ("uk", "jp", "wrong"),
    [
        ("David Lammy", "Katsunobu Kato", set()),
        ("James Cleverly", "Shunichi Suzuki", {"James Cleverly", "Shunichi Suzuki"}),
    ],
)
def test_curated_roles_drive_the_office_check(cli, tmp_path, uk, jp, wrong):
    """The role titles parse as offices: a predecessor named on 2024-11-15 is a critical O101."""
    story = tmp_path / "story.txt"
    story.write_text(STORY.format(uk=uk, jp=jp), encoding="utf-8")
    args = [a for path in FILES for a in ("-g", str(path))]
    proc = cli("check", *args, "--date", "2024-11-15", "--format", "json", str(story))
    findings = json.loads(proc.stdout)["articles"][0]["findings"]
    named = {
        story.read_text(encoding="utf-8")[f["start"] : f["end"]] for f in findings if f["code"] == "O101"
    }
    assert named == wrong and all(f["severity"] == "critical" for f in findings if f["code"] == "O101")
