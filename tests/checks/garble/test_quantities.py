"""The quantity-linking helpers behind G107: what a figure counts and how two values relate."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from audit.checks.garble.quantities import digits_of, mentions, relation, tallies


def keys(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(m.value, m.key) for m in mentions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Floods killed 140 people.", [("140", ("people", "killed"))]),
        ("The 14 people killed were farmers.", [("14", ("people", "killed"))]),
        ("About 30 people were wounded.", [("30", ("people", "wounded"))]),
        ("It got 310 votes in favour.", [("310", ("vote", "favour"))]),
        ("Seoul sent 10,000 more troops.", [("10,000", ("troop",))]),
        ("They spent $2.5 million on it.", [("2.5", ("$",))]),
        ("It covers 478 square kilometers.", [("478", ("square", "kilometer"))]),
        ("Some 463 passengers when it sank.", [("463", ("passenger",))]),
    ],
)
def test_what_is_counted(text, expected):
    assert keys(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "It was the 11th meeting.",
        "Turnout was 45 percent and 45% of voters.",
        "The 2022 war and the 27-member bloc.",
        "It sold Plan No. 1 and COVID-19 tests.",
        "On 10 February and February 19, nothing.",
        "Of those, 40 of the 52 members.",
    ],
)
def test_no_counted_thing(text):
    assert [m for m in mentions(text) if m.value not in ("52",)] == []


def test_money_key_and_span_include_the_sign():
    (m,) = mentions("a budget of €25 million for roads")
    assert m.key == ("€",) and m.digits == "25000000"
    assert "a budget of €25 million for roads"[m.start : m.end] == "€25 million"


@pytest.mark.parametrize(
    ("value", "mult", "digits"),
    [("1,500", "", "1500"), ("1.5", "million", "1500000"), ("2.25", "", None), ("007", "", "7")],
)
def test_digits_of(value, mult, digits):
    assert digits_of(value, mult) == digits


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        ("140", "14", "dropped_zero"),
        ("1500", "15000", "added_zero"),
        ("1005", "105", "dropped_zero"),
        ("463", "436", "swapped_digits"),
        ("301", "310", "swapped_digits"),
        ("140", "140", None),
        ("40", "52", None),
        ("463", "364", None),
        ("3", "30", None),
        ("155", "15", None),
        ("4500000000", "4500000", "scale_slip"),  # $4.5 billion … $4.5 million
        ("16000", "160000000", "scale_slip"),  # 16,000 … 160,000,000 (a misread 万)
        ("15000000", "1500000000", None),  # a hundred times: two different sums as often
    ],
)
def test_relation(a, b, kind):
    assert relation(a, b) == kind


def test_tally_sides_need_a_vote_in_the_sentence():
    text = "The bill passed 301-12 on Thursday. Pages 10-12 list the names."
    sentences = [(0, 35), (36, len(text))]
    sides = [(m.value, m.key) for m in tallies(text, sentences)]
    assert sides == [("301", ("vote", "favour")), ("12", ("vote", "against"))]


@given(st.integers(min_value=10, max_value=10**9), st.integers(min_value=10, max_value=10**9))
def test_relation_mirrors(a, b):
    forward, back = relation(str(a), str(b)), relation(str(b), str(a))
    mirror = {
        "dropped_zero": "added_zero",
        "added_zero": "dropped_zero",
        "swapped_digits": "swapped_digits",
        "scale_slip": "scale_slip",
    }
    assert back == (mirror[forward] if forward else None)


@given(st.integers(min_value=10, max_value=10**9))
def test_a_zero_inserted_anywhere_is_found(a):
    s = str(a)
    for i in range(1, len(s) + 1):
        assert relation(s, s[:i] + "0" + s[i:]) == "added_zero"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The crash injured 65 on Sunday.", [("65", ("injured",))]),
        ("Troops killed at least 12 on Monday.", [("12", ("killed",))]),
        ("The plant may cut between 150 and 510 jobs.", []),  # a range: neither end is a count
        ("Membership rose from 1,500 to 2,100 members.", [("2,100", ("member",))]),  # the new value
    ],
)
def test_bare_counts_after_a_verb_and_range_ends(text, expected):
    assert keys(text) == expected


def test_a_confirmation_vote_is_a_tally():
    text = "The Senate confirmed the nominee 54-46 on Tuesday."
    assert [(m.value, m.key) for m in tallies(text, [(0, len(text))])] == [
        ("54", ("vote", "favour")),
        ("46", ("vote", "against")),
    ]


def test_a_nationality_between_figure_and_noun_is_skipped():
    assert keys("Israel freed 150 Palestinian prisoners.") == [("150", ("prisoner",))]
