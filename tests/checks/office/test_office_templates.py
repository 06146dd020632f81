"""Many wordings of one office mention: the holder stays quiet, the predecessor is flagged."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from test_office import JAPAN, UK, audit

DAY = dt.date(2024, 10, 28)
# (glossary, qualifiers as copy writes them, titles as copy writes them, holder, predecessor)
OFFICES = [
    (UK, ["British", "Britain's", "UK", "U.K."], ["Defence Secretary", "defense secretary",
     "Secretary of State for Defence"], "John Healey", "Grant Shapps"),
    (UK, ["British", "Britain's"], ["Foreign Secretary", "foreign minister"], "David Lammy", "David Cameron"),
    (JAPAN, ["Japanese", "Japan's", "Tokyo's"], ["Defense Minister", "Minister of Defense",
     "defence minister", "minister of national defense"], "Gen Nakatani", "Minoru Kihara"),
    (JAPAN, ["Japanese", "Japan's"], ["Prime Minister", "prime minister"], "Shigeru Ishiba", None),
]  # fmt: skip
SHAPES = [
    "{q} {t} {n} said on Monday that talks would continue.",
    "{n}, the {q} {t}, said on Monday that talks would continue.",
    "Talks continued, {q} {t} {n} said.",
    "“We will talk,” the {q} {t}, {n}, told reporters.",
    "The {t} {n} said on Monday that talks would continue.",
    "New {q} {t} {n} arrived in Washington.",
]


def cases(person_index: int) -> list[tuple[str, str, str | None]]:
    out = []
    for glossary, quals, titles, holder, predecessor in OFFICES:
        person = (holder, predecessor)[person_index]
        if person is None:
            continue
        for shape, q, t in itertools.product(SHAPES, quals, titles):
            out.append((shape.format(q=q, t=t, n=person).replace("  ", " "), glossary, holder))
    return out


@pytest.mark.parametrize(("text", "glossary", "holder"), cases(0))
def test_holder_in_any_wording_stays_quiet(text: str, glossary: str, holder: str) -> None:
    assert audit(text, UK, JAPAN, day=DAY) == [], text


@pytest.mark.parametrize(("text", "glossary", "holder"), cases(1))
def test_predecessor_in_any_wording_is_flagged(text: str, glossary: str, holder: str) -> None:
    found = audit(text, UK, JAPAN, day=DAY)
    assert [(f.code, f.suggestion) for f in found] == [("O101", holder)], text


GARBLES = [("John Heeley", "John Healey"), ("Davide Lamie", "David Lammy"), ("Ken Nakadani", "Gen Nakatani"),
           ("Shigeo Ishiwa", "Shigeru Ishiba")]  # fmt: skip
QUALIFIED = {
    "John Healey": "British Defence Secretary",
    "David Lammy": "Britain's Foreign Secretary",
    "Gen Nakatani": "Japanese Defense Minister",
    "Shigeru Ishiba": "Japan's Prime Minister",
}


@pytest.mark.parametrize(("garble", "holder"), GARBLES)
def test_garbled_holder_with_country_is_o102(garble: str, holder: str) -> None:
    for shape in SHAPES[:4]:
        title = QUALIFIED[holder]
        text = shape.format(q="", t=title, n=garble).replace("the  ", "the ").replace("  ", " ").strip()
        assert [(f.code, f.suggestion) for f in audit(text, UK, JAPAN, day=DAY)] == [("O102", holder)], text


@pytest.mark.parametrize("holder", sorted(QUALIFIED))
def test_unrelated_unknown_name_with_country_is_o103_and_without_is_quiet(holder: str) -> None:
    text = f"{QUALIFIED[holder]} Mary Jones said on Monday that talks would continue."
    assert [(f.code, f.suggestion) for f in audit(text, UK, JAPAN, day=DAY)] == [("O103", holder)]
    bare = QUALIFIED[holder].split(" ", 1)[1]
    assert audit(f"{bare} Mary Jones said on Monday that talks would continue.", UK, JAPAN, day=DAY) == []


@pytest.mark.parametrize(
    "text",
    [
        "Japanese Defense Minister Says Talks Will Continue",
        "Japanese Defense Minister To Visit Washington Next Week",
        "Japanese Defense Minister On Monday said talks would continue.",
        "Japanese Defense Minister Mr Nakatani said talks would continue.",
    ],
)
def test_capitalised_ordinary_words_after_a_title_are_not_names(text: str) -> None:
    assert audit(text, UK, JAPAN, day=DAY) == []
