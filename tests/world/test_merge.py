"""Merging pack entries that name the same person: union of forms and roles, curated wins."""

from __future__ import annotations

import datetime as dt

from audit.glossary.model import Entry, Office
from audit.world.merge import merge_entries

D = dt.date
FB = "world pack (as of 2026-01-22): factbook-leaders.yaml"
CUR = "world pack (as of 2025-05-31): curated-ministers.yaml"


def person(canonical, aliases=(), offices=(), source=FB, line=1):
    return Entry(
        canonical, "person", aliases=tuple(aliases), offices=tuple(offices), source=source, line=line
    )


def test_canonical_of_one_is_alias_of_other_transitively():
    a = person(
        "Benyamin Netanyahu", ["Benjamin Netanyahu"], [Office("Israeli prime minister", D(2022, 12, 29))]
    )
    b = person(
        "Binyamin Netanyahu", [], [Office("Israeli prime minister", D(2009, 3, 31), D(2021, 6, 13))], line=2
    )
    c = person("Benjamin Netanyahu", ["Binyamin Netanyahu", "Netanyahu"], [], source=CUR, line=9)
    (merged,) = merge_entries([a, b, c])
    assert merged.canonical == "Benjamin Netanyahu" and merged.source == CUR  # curated spelling wins
    assert set(merged.aliases) == {"Binyamin Netanyahu", "Netanyahu", "Benyamin Netanyahu"}
    assert len(merged.offices) == 2
    assert "factbook-leaders.yaml:1" in merged.note and "factbook-leaders.yaml:2" in merged.note


def test_curated_tenure_wins_on_the_same_role_only_when_it_overlaps():
    fb = person(
        "A B",
        [],
        [
            Office("X minister", D(2019, 1, 1), D(2020, 1, 1)),
            Office("X minister", D(2010, 1, 1), D(2012, 1, 1)),
        ],
    )
    cur = person("A B", [], [Office("x minister", D(2019, 2, 1), D(2020, 1, 1))], source=CUR)
    (merged,) = merge_entries([fb, cur])
    assert merged.offices == (
        Office("x minister", D(2019, 2, 1), D(2020, 1, 1)),
        Office("X minister", D(2010, 1, 1), D(2012, 1, 1)),
    )


def test_shared_full_name_merges_but_shared_surname_and_other_kinds_do_not():
    a = person("Alyaksandr Lukashenka", ["Aleksandr Lukashenko"])
    b = person("Alexander Lukashenko", ["Aleksandr Lukashenko", "Lukashenko"], source=CUR)
    kim1, kim2 = person("Kim Jong Un", ["Kim"]), person("Kim Yo Jong", ["Kim"], line=3)
    place = Entry("Georgia", "place", source=FB)
    other = person("Georgia", [], source=CUR)
    merged = merge_entries([a, b, kim1, kim2, place, other])
    assert [e.canonical for e in merged] == [
        "Alexander Lukashenko",
        "Kim Jong Un",
        "Kim Yo Jong",
        "Georgia",
        "Georgia",
    ]
    assert "Alyaksandr Lukashenka" in merged[0].aliases
