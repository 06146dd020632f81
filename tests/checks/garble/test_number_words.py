"""G107's figures in words and ages, and links between counts with and without a state."""

from __future__ import annotations

import datetime as dt

import pytest

from audit.checks.base import CheckContext
from audit.checks.garble.number_words import ages, spelled
from audit.checks.garble.numbers import ChangedFigure
from audit.glossary.model import Glossary
from audit.text.document import Document


def flagged(text: str) -> list[str]:
    ctx = CheckContext(doc=Document(path="t.txt", text=text), glossary=Glossary(), date=dt.date(2024, 1, 1))
    return [f.text for f in ChangedFigure().run(ctx)]


def test_numbers_in_words():
    found = [(m.digits, m.key) for m in spelled("Thirty-eight miners and twelve people died.")]
    assert found == [("38", ("miner",)), ("12", ("people", "died"))]
    assert spelled("Forty-two thousand fans came.") == []  # not a count of 10-99


def test_ages_after_a_name_and_as_a_noun():
    found = [(m.digits, m.anaphoric) for m in ages("Maria Lopez, 47, was held. The 74-year-old denied it.")]
    assert found == [("47", False), ("74", True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thirty-eight miners were trapped.\n\nRescuers reached the 83 miners on Thursday.", ["83 miners"]),
        ("Maria Lopez, 47, was arrested.\n\nThe 74-year-old denied the charges.", ["74-year-old"]),
        ("Israel released 39 prisoners.\n\nThe 93 prisoners were met by crowds.", ["93 prisoners"]),
        ("Inflation slowed to 7.4% in May.\n\nThe 4.7% inflation rate was low.", ["4.7% inflation"]),
        ("The court ruled 6-3 on Friday.\n\nIn the 3-6 decision, the justices upheld the law.", ["3-6"]),
    ],
)
def test_slips_found(text, expected):
    assert flagged(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Fifteen lawmakers voted against. In all, 51 lawmakers backed the bill.",
        "The attack killed 14 people and wounded 41 others.\n\nThe 14 dead included a child.",
        "Maria Lopez, 47, and her husband Juan Lopez, 74, were hurt. The 74-year-old is in hospital.",
        "A 30-year-old man was stabbed. Police arrested a 33-year-old suspect.",
        "The toll rose to 21, up from 12. Rescuers sought 12 people. The 21 people killed included a child.",
    ],
)
def test_different_counts_stay_apart(text):
    assert flagged(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A change word elsewhere in the sentence says nothing of this figure.
        (
            "Rescuers found 38 miners.\n\nFor the first time, rescuers have now spoken to the 83 miners.",
            ["83 miners"],
        ),
        # Right before or after the figure, it announces a new value.
        ("The toll was 38 on Tuesday. It now stands at 83 people killed.", []),
        ("Floods killed 140 people. Officials had earlier put the toll at 14.", []),
    ],
)
def test_only_the_words_around_a_figure_announce_a_new_value(text, expected):
    assert flagged(text) == expected


def test_a_number_in_words_is_suggested_in_digits():
    text = "Thirty-eight miners were trapped.\n\nRescuers reached the 83 miners on Thursday."
    ctx = CheckContext(doc=Document(path="t.txt", text=text), glossary=Glossary(), date=dt.date(2024, 1, 1))
    assert [f.suggestion for f in ChangedFigure().run(ctx)] == ["38"]


def test_short_multipliers_are_figures():
    text = "The IMF approved a $4.5bn loan on Monday.\n\nThe $45bn loan will be paid in tranches."
    assert flagged(text) == ["$45bn"]
    assert flagged("The IMF approved a $4.5bn loan and a €45m grant.") == []


def test_a_headline_verb_in_the_present_counts_its_state():
    assert flagged("Quake kills 1,240 in Nepal\n\nThe earthquake killed 1,420 people, officials said.") == [
        "1,420 people"
    ]


def test_a_death_toll_is_compared_however_far_apart_unless_dated():
    far = "A bomb killed 14 people on Friday.\n\nA.\n\nB.\n\nC.\n\nThe attack, which killed 41 people, ended."
    assert flagged(far) == ["41 people"]
    assert flagged(far.replace("The attack, which", "A similar attack in 2019, which")) == []
