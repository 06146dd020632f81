"""Wrong person in an office (O101/O102/O103) on invented glossaries and articles.

The glossaries hold real, verified office holders of other stories (UK and Japanese
cabinets, 2023–2025), so that the checks are tested away from the seed story.
"""

from __future__ import annotations

import datetime as dt

import pytest

from audit.checks.base import CheckContext
from audit.checks.office import GarbledHolder, UnlistedHolder, WrongHolder
from audit.glossary.loader import load_yaml
from audit.glossary.model import Glossary
from audit.model import Finding, Severity
from audit.text.document import Document

UK = """
entries:
  - {canonical: Grant Shapps, kind: person, aliases: [Shapps], role: UK defence secretary,
     from: 2023-08-31, until: 2024-07-05}
  - {canonical: John Healey, kind: person, aliases: [Healey], role: British defence secretary,
     from: 2024-07-05}
  - {canonical: David Cameron, kind: person, aliases: [Cameron], role: British foreign secretary,
     from: 2023-11-13, until: 2024-07-05}
  - {canonical: David Lammy, kind: person, aliases: [Lammy], role: British foreign secretary,
     from: 2024-07-05}
  - {canonical: Keir Starmer, kind: person, aliases: [Starmer], role: British prime minister,
     from: 2024-07-05}
  - {canonical: Rishi Sunak, kind: person, aliases: [Sunak], role: British prime minister,
     from: 2022-10-25, until: 2024-07-05}
  - {canonical: Britain, kind: place}
"""

JAPAN = """
entries:
  - {canonical: Takeshi Iwaya, kind: person, aliases: [Iwaya], role: Japanese foreign minister,
     from: 2024-10-01, until: 2025-10-21}
  - {canonical: Yoko Kamikawa, kind: person, aliases: [Kamikawa], role: Japanese foreign minister,
     from: 2023-09-13, until: 2024-10-01}
  - {canonical: Gen Nakatani, kind: person, aliases: [Nakatani], role: minister of defense of Japan,
     from: 2024-10-01, until: 2025-10-21}
  - {canonical: Minoru Kihara, kind: person, aliases: [Kihara], role: Japanese defense minister,
     from: 2023-09-13, until: 2024-10-01}
  - {canonical: Shigeru Ishiba, kind: person, aliases: [Ishiba], role: Japanese prime minister,
     from: 2024-10-01, until: 2025-10-21}
  - {canonical: Jane Reporter, kind: person, note: an invented journalist with no office}
"""

OCT = dt.date(2024, 10, 28)
CHECKS = (WrongHolder(), GarbledHolder(), UnlistedHolder())


def audit(text: str, *glossaries: str, day: dt.date = OCT) -> list[Finding]:
    entries = [e for i, g in enumerate(glossaries) for e in load_yaml(g, f"g{i}.yaml")]
    ctx = CheckContext(doc=Document("a.txt", text), glossary=Glossary(tuple(entries)), date=day)
    return sorted((f for c in CHECKS for f in c.run(ctx)), key=lambda f: f.start)


def only(findings: list[Finding]) -> Finding:
    assert len(findings) == 1, [(f.code, f.text) for f in findings]
    return findings[0]


# --- O101: a known person in an office someone else holds ------------------------------------


def test_former_minister_named_as_current_is_critical_with_holder() -> None:
    f = only(audit("British Defence Secretary Grant Shapps visited Kyiv on Monday.", UK))
    assert (f.code, f.severity, f.text) == ("O101", Severity.CRITICAL, "Grant Shapps")
    assert f.suggestion == "John Healey"
    assert f.evidence["holder"] == "John Healey"
    assert f.evidence["date"] == "2024-10-28"
    assert f.evidence["person_offices"] == ["UK defence secretary (2023-08-31 – 2024-07-05)"]
    assert f.evidence["qualifier_from"] == "text"


@pytest.mark.parametrize(
    "text",
    [
        "Grant Shapps, the defence secretary, said the deployment was illegal.",
        "Grant Shapps, Britain's defence secretary, said the deployment was illegal.",
        "Secretary of State for Defence Grant Shapps said the deployment was illegal.",
        "The Minister of Defence Grant Shapps said the deployment was illegal.",
        "Defense Secretary Grant Shapps said the deployment was illegal.",
    ],
)
def test_wordings_of_the_same_office(text: str) -> None:
    f = only(audit(text, UK))
    assert (f.code, f.suggestion) == ("O101", "John Healey")


@pytest.mark.parametrize(
    "text",
    [
        "British Defence Secretary John Healey visited Kyiv.",
        "John Healey, the defence secretary, visited Kyiv.",
        "Secretary of State for Defence John Healey visited Kyiv.",
        "Former Defence Secretary Grant Shapps criticised the plan.",
        "Then-Defence Secretary Grant Shapps signed the deal in 2023.",
        "Prime Minister Keir Starmer and Foreign Secretary David Lammy met Deputy Defence Secretary "
        "Grant Shapps.",
        "The defence secretary said nothing. Grant Shapps said more.",
        "Shadow Defence Secretary Grant Shapps asked a question.",
    ],
)
def test_correct_holders_and_other_offices_stay_quiet(text: str) -> None:
    assert audit(text, UK) == []


def test_role_bounds_are_inclusive() -> None:
    text = "Defence Secretary Grant Shapps spoke."
    assert audit(text, UK, day=dt.date(2024, 7, 5)) == []
    assert only(audit(text, UK, day=dt.date(2024, 7, 6))).suggestion == "John Healey"
    early = only(audit("Defence Secretary John Healey spoke.", UK, day=dt.date(2024, 7, 4)))
    assert (early.code, early.suggestion) == ("O101", "Grant Shapps")


def test_later_mentions_of_the_substituted_person_are_flagged_too() -> None:
    text = "Defence Secretary Grant Shapps flew to Warsaw.\n\nLater, Shapps met Polish officials."
    found = audit(text, UK)
    assert [(f.code, f.text) for f in found] == [("O101", "Grant Shapps"), ("O101", "Shapps")]
    assert found[1].suggestion == "John Healey"


def test_right_person_wrong_country() -> None:
    f = only(audit("Japanese Foreign Minister David Lammy arrived in Seoul.", UK, JAPAN))
    assert (f.code, f.suggestion) == ("O101", "Takeshi Iwaya")
    assert audit("British Foreign Secretary David Lammy arrived in Seoul.", UK, JAPAN) == []


def test_country_of_unqualified_title_comes_from_the_persons_own_offices() -> None:
    f = only(audit("Foreign Minister Yoko Kamikawa met her counterparts.", UK, JAPAN))
    assert (f.suggestion, f.evidence["qualifier_from"]) == ("Takeshi Iwaya", "person")


def test_ambiguous_office_stays_quiet() -> None:
    # Jane Reporter has no office: Britain and Japan both have a foreign minister.
    assert audit("Foreign Minister Jane Reporter spoke.", UK, JAPAN) == []
    # Nor does the glossary know her offices: a country in the sentence is not enough...
    assert audit("In Tokyo, Foreign Minister Jane Reporter spoke.", UK, JAPAN) == []
    # ...a country written with the title is.
    f = only(audit("Japanese Foreign Minister Jane Reporter spoke.", UK, JAPAN))
    assert (f.suggestion, f.evidence["qualifier_from"]) == ("Takeshi Iwaya", "text")


def test_country_from_context_for_a_known_persons_title() -> None:
    # Sunak's own office is prime minister: the country comes from him, not the sentence.
    f = only(audit("In Tokyo, Prime Minister Rishi Sunak met Japanese officials.", UK, JAPAN))
    assert (f.suggestion, f.evidence["qualifier_from"]) == ("Keir Starmer", "person")


def test_title_elect_and_designate_are_not_current() -> None:
    assert audit("Prime Minister-elect Keir Starmer spoke.", UK, day=dt.date(2024, 7, 4)) == []
    assert only(audit("Prime Minister Keir Starmer spoke.", UK, day=dt.date(2024, 7, 4))).suggestion == (
        "Rishi Sunak"
    )


def test_outdated_glossary_stays_quiet() -> None:
    later = dt.date(2026, 1, 15)  # after every holder's `until`: the glossary does not know
    assert audit("Japanese Defense Minister Minoru Kihara spoke.", JAPAN, day=later) == []
    assert audit("Japanese Defense Minister Hiroshi Tanaka spoke.", JAPAN, day=later) == []


# --- O102 / O103: unknown names ----------------------------------------------------------------


def test_unknown_name_that_garbles_the_holder_is_o102() -> None:
    f = only(audit("Japanese Defense Minister Ken Nakadani said the drills were routine.", JAPAN))
    assert (f.code, f.severity, f.text) == ("O102", Severity.MAJOR, "Ken Nakadani")
    assert f.suggestion == "Gen Nakatani"
    assert f.evidence["similarity"]["links"][0].startswith("ken~gen")


def test_garble_with_country_from_the_sentence() -> None:
    f = only(audit("Japan's ties with China dominated as Foreign Minister Takashi Iwata spoke.", UK, JAPAN))
    assert (f.code, f.suggestion, f.evidence["qualifier_from"]) == ("O102", "Takeshi Iwaya", "sentence")
    assert audit("Japan and Britain met as Foreign Minister Takashi Iwata spoke.", UK, JAPAN) == []


def test_unknown_unrelated_name_with_explicit_country_is_o103() -> None:
    for text in (
        "Japanese Defense Minister Hiroshi Tanaka said the drills were routine.",
        "Hiroshi Tanaka, Japan's defense minister, said the drills were routine.",
        "Minister of Defense of Japan Hiroshi Tanaka said the drills were routine.",
    ):
        f = only(audit(text, JAPAN))
        assert (f.code, f.severity, f.suggestion) == ("O103", Severity.MAJOR, "Gen Nakatani"), text


@pytest.mark.parametrize(
    "text",
    [
        "Defense Minister Hiroshi Tanaka said the drills were routine.",  # country only inferred
        "Japanese Defense Minister Tanaka said the drills were routine.",  # one word
        "Japanese Vice Defense Minister Hiroshi Tanaka said the drills were routine.",
        "Japanese Deputy Foreign Minister Hiroshi Tanaka said so.",
        "Japanese Defense Minister Gen Nakatany said so.",  # a spelling variant: names checks' job
        "Japanese Defense Minister On Monday said so.",
        "Japanese Foreign Minister Takeshi Iwaya and Defense Minister Gen Nakatani met.",
    ],
)
def test_unknown_names_that_must_stay_quiet(text: str) -> None:
    assert audit(text, JAPAN) == []


def test_checks_need_offices_in_the_glossary() -> None:
    assert audit("Defense Minister Hiroshi Tanaka spoke.", "entries: [{canonical: Tokyo, kind: place}]") == []


def test_historical_references_with_a_year_stay_quiet() -> None:
    assert audit("In 2023, Defence Secretary Grant Shapps visited Kyiv.", UK) == []
    assert audit("In 2023, Japanese Defense Minister Hiroshi Tanaka visited Kyiv.", JAPAN) == []
    # The article's own year is "now".
    assert only(audit("In 2024, Defence Secretary Grant Shapps visited Kyiv.", UK)).code == "O101"


@pytest.mark.parametrize(
    "text",
    [
        "Conservative Party Leader Grant Shapps spoke.",
        "The opposition leader, Rishi Sunak, spoke.",
        "Tory party Prime Minister Rishi Sunak spoke.",
        "Football Association President Rishi Sunak spoke.",
    ],
)
def test_compound_offices_are_other_offices(text: str) -> None:
    assert audit(text, UK) == []


def test_repeats_are_not_flagged_when_the_holder_is_in_the_story() -> None:
    text = "Defence Secretary Grant Shapps spoke.\n\nJohn Healey said later that Shapps was wrong."
    assert [(f.code, f.text) for f in audit(text, UK)] == [("O101", "Grant Shapps")]


def test_a_role_without_country_matches_only_titles_without_one() -> None:
    bare = "entries: [{canonical: Keir Starmer, kind: person, role: prime minister, from: 2024-07-05}]"
    assert audit("Japanese Prime Minister Hiroshi Tanaka spoke.", bare) == []
    assert audit("British Prime Minister Keir Starmer spoke.", bare) == []


@pytest.mark.parametrize(
    "title",
    ["ROK defense minister", "Minister of National Defense of the Republic of Korea",
     "South Korea's minister of defence", "defense minister of South Korea"],
)  # fmt: skip
def test_glossary_titles_in_other_wordings(title: str) -> None:
    glossary = f"""
entries:
  - {{canonical: Kim Yong Hyun, kind: person, role: {title}, from: 2024-09-06, until: 2024-12-05}}
  - {{canonical: Suh Wook, kind: person, role: South Korean defense minister, until: 2022-05-09}}
"""
    text = "Seoul's Minister of Defense Suh Wook met Minister of National Defense of the ROK Kim Yong Hyun."
    assert [(f.code, f.text, f.suggestion) for f in audit(text, glossary)] == [
        ("O101", "Suh Wook", "Kim Yong Hyun")
    ]


def test_title_comma_name_apposition() -> None:
    f = only(audit("Britain's defence secretary, Grant Shapps, said the deployment was illegal.", UK))
    assert (f.code, f.text, f.suggestion) == ("O101", "Grant Shapps", "John Healey")
    assert only(audit("Talks were held with the defence secretary, Grant Shapps.", UK)).code == "O101"
    # Not an apposition: the name starts the next clause.
    assert audit("After meeting the defence secretary, Grant Shapps said he was hopeful.", UK) == []


def test_name_before_title_stops_at_lowercase_words() -> None:
    text = "Reporters interviewed Hiroshi Tanaka, Japan's defense minister, on Monday."
    f = only(audit(text, JAPAN))
    assert (f.code, f.text) == ("O103", "Hiroshi Tanaka")


EU = """
entries:
  - {canonical: Ursula von der Leyen, kind: person, role: President of the European Commission,
     from: 2019-12-01}
  - {canonical: Jean-Claude Juncker, kind: person, role: President of the European Commission,
     from: 2014-11-01, until: 2019-11-30}
  - {canonical: Kaja Kallas, kind: person, roles: [{role: "foreign policy chief (EU)", from: 2024-12-01},
     {role: Estonian prime minister, from: 2021-01-26, until: 2024-07-23}]}
  - {canonical: Josep Borrell, kind: person, role: "foreign policy chief (EU)", from: 2019-12-01,
     until: 2024-11-30}
"""


def test_organisations_named_in_role_titles_qualify_titles_in_text() -> None:
    for text in (
        "European Commission President Jean-Claude Juncker spoke.",
        "President of the European Commission Jean-Claude Juncker spoke.",
        "Jean-Claude Juncker, the European Commission president, spoke.",
    ):
        f = only(audit(text, EU))
        assert (f.code, f.suggestion) == ("O101", "Ursula von der Leyen"), text
    assert audit("European Commission President Ursula von der Leyen spoke.", EU) == []
    # Another organisation's president is not hers.
    assert audit("European Council President Charles Michel spoke.", EU) == []


def test_country_in_parentheses_of_a_role_title() -> None:
    f = only(audit("EU foreign policy chief Josep Borrell spoke.", EU, day=dt.date(2025, 2, 1)))
    assert (f.code, f.suggestion) == ("O101", "Kaja Kallas")
    assert audit("EU foreign policy chief Kaja Kallas spoke.", EU, day=dt.date(2025, 2, 1)) == []


def test_country_after_the_name_counts_as_written() -> None:
    f = only(audit("Defense Minister Hiroshi Tanaka of Japan said the drills were routine.", JAPAN, UK))
    assert (f.code, f.suggestion, f.evidence["qualifier_from"]) == ("O103", "Gen Nakatani", "text")
    assert audit("Hiroshi Tanaka, a former Japanese defense minister, said so.", JAPAN) == []
    assert only(audit("Hiroshi Tanaka, a Japanese defense minister, said so.", JAPAN)).code == "O103"


def test_longer_forms_of_listed_names_are_the_listed_person() -> None:
    assert audit("Japanese Defense Minister Gen Ichiro Nakatani spoke.", JAPAN) == []
    f = only(audit("Japanese Defense Minister Minoru Taro Kihara spoke.", JAPAN))
    assert (f.code, f.suggestion) == ("O101", "Gen Nakatani")


def test_countries_beyond_the_seed_story_and_hyphenated_adjectives() -> None:
    moldova = """
entries:
  - {canonical: Maia Sandu, kind: person, aliases: [Sandu], role: Moldovan president, from: 2020-12-24}
  - {canonical: Igor Dodon, kind: person, aliases: [Dodon], role: Moldovan president,
     from: 2016-12-23, until: 2020-12-24}
"""
    f = only(audit("Moldova’s pro-Western President Igor Dodon said Monday the vote was fair.", moldova))
    assert (f.code, f.suggestion) == ("O101", "Maia Sandu")
    assert audit("Moldova’s pro-Western President Maia Sandu said Monday the vote was fair.", moldova) == []
    found = audit("The Kremlin-backed President Igor Dodon of Moldova said so.", moldova)
    assert [(f.code, f.suggestion) for f in found] == [("O101", "Maia Sandu")]


def test_unlisted_region_in_a_role_title_is_its_qualifier() -> None:
    region = """
entries:
  - {canonical: Vadim Krasnoselsky, kind: person, role: Transnistrian leader, from: 2016-12-16}
  - {canonical: Yevgeny Shevchuk, kind: person, role: Transnistrian leader, from: 2011-12-30,
     until: 2016-12-16}
  - {canonical: Kim Jong Un, kind: person, role: North Korean leader, from: 2011-12-17}
"""
    f = only(audit("Transnistrian leader Yevgeny Shevchuk said the region was calm.", region))
    assert (f.code, f.suggestion) == ("O101", "Vadim Krasnoselsky")
    assert audit("Former Transnistrian leader Yevgeny Shevchuk said the region was calm.", region) == []
    assert audit("Transnistrian leader Vadim Krasnoselsky said the region was calm.", region) == []
    # another group's leader is another office
    assert audit("Hamas leader Yahya Sinwar said so, as did North Korean leader Kim Jong Un.", region) == []


def test_typographic_spaces_hyphens_and_initials() -> None:
    f = only(audit("British\u00a0Defence Secretary\u00a0Grant Shapps spoke.", UK))
    assert (f.code, f.text) == ("O101", "Grant Shapps")
    f = only(audit("Japanese Defense Minister Hiroshi T. Tanaka spoke.", JAPAN))
    assert (f.code, f.text) == ("O103", "Hiroshi T. Tanaka")


def test_no_repeats_for_a_person_holding_another_office_now() -> None:
    both = (
        UK
        + """
  - {canonical: Tom Example, kind: person, note: invented, role: British health secretary, from: 2024-07-05}
"""
    )
    text = "Defence Secretary Tom Example spoke.\n\nTom Example later visited a hospital."
    assert [(f.code, f.text) for f in audit(text, both)] == [("O101", "Tom Example")]
