"""The data files behind the office checks, tested like code (codespell-style)."""

from __future__ import annotations

from importlib import resources

import pytest

from audit.checks.base import DOC_SECTIONS
from audit.checks.office import CHECKS, GarbledHolder, UnlistedHolder, WrongHolder
from audit.checks.office.phrases import core_of, parse_title
from audit.match.office_words import fields, place_forms, romanisation_groups, same_romanisation
from audit.text.normalize import name_key


def data_lines(name: str) -> list[str]:
    text = resources.files("audit").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def test_countries_are_sorted_unique_and_each_form_names_one_place() -> None:
    ids = [ln.split(":", 1)[0] for ln in data_lines("countries.txt")]
    assert ids == sorted(ids) and len(ids) == len(set(ids))
    clashes = {k: [f.place for f in v] for k, v in place_forms().items() if len({f.place for f in v}) > 1}
    assert clashes == {}
    for ln in data_lines("countries.txt"):
        forms = [f.strip() for f in ln.split(":", 1)[1].split("|")]
        assert all(forms) and len(forms) == len(set(forms)), ln


@pytest.mark.parametrize(
    ("form", "place"),
    [("South Korean", "south korea"), ("U.S.", "united states"), ("American", "united states"),
     ("US", "united states"), ("Ukraine", "ukraine"), ("Russian", "russia"), ("NATO", "nato"),
     ("Britain", "united kingdom"), ("Dutch", "netherlands"), ("Moldovan", "moldova"),
     ("Georgian", "georgia"), ("White House", "united states"), ("Kremlin", "russia")],
)  # fmt: skip
def test_demonyms_and_abbreviations_name_their_country(form: str, place: str) -> None:
    assert {f.place for f in place_forms()[name_key(form)]} == {place}


def test_ambiguous_forms_are_not_listed() -> None:
    for form in ("Korea", "Korean", "European", "Congo", "Congolese", "Dominican", "Guinean"):
        assert name_key(form) not in place_forms()


def test_all_caps_abbreviations_need_capitals_in_text() -> None:
    us = [f for f in place_forms()[("us",)]]
    assert us and all(f.strict_case for f in us)
    assert not any(f.strict_case for f in place_forms()[("american",)])


def test_romanisation_groups_are_disjoint() -> None:
    seen: dict[str, int] = {}
    for n, ln in enumerate(data_lines("romanisation.txt")):
        for form in (f.strip() for f in ln.split("|")):
            assert form == form.casefold() and form not in seen, form
            seen[form] = n
    assert len(romanisation_groups()) == len(seen)
    assert same_romanisation("jo", "cho") and same_romanisation("yul", "yeol")
    assert not same_romanisation("kim", "park") and not same_romanisation("smith", "smith")


def test_every_field_spelling_maps_to_a_listed_field() -> None:
    canon = set(fields().values())
    assert all(v in canon and (v,) in fields() for v in fields().values())


@pytest.mark.parametrize(
    "title",
    ["defense minister", "defence minister", "minister of defense", "Minister of National Defense",
     "secretary of defense", "Defense Secretary", "secretary of state for defence", "minister for defence"],
)  # fmt: skip
def test_wordings_of_defense_minister_share_one_core(title: str) -> None:
    assert core_of(name_key(title)) == "defense minister"


def test_titles_split_into_qualifier_and_core() -> None:
    us = parse_title("U.S. secretary of defense")
    assert (us.qualifier, us.core) == ("united states", "defense minister")
    assert parse_title("head of the Office of the President of Ukraine").qualifier == "ukraine"
    assert parse_title("secretary of state").core == "secretary of state"  # not "state minister"
    assert parse_title("NATO Secretary-General").core == "secretary general"
    assert parse_title("deputy press secretary").qualifier is None


@pytest.mark.parametrize("check", [WrongHolder, GarbledHolder, UnlistedHolder])
def test_office_checks_are_documented_and_registered(check: type) -> None:
    doc = check.__doc__ or ""
    assert all(section in doc for section in DOC_SECTIONS), check.code
    assert check in CHECKS and check.name.startswith("office.")
