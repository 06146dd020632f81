"""Tenure edge cases and staleness: a glossary's `as_of` bounds what its tenures can claim.

Handover days are held by both; acting and overlapping roles never make a wrong-office
finding; an article dated after the knowledge's `as_of` gets a minor note, never the
critical "did not hold the office" (the office may have changed hands since).
"""

from __future__ import annotations

import datetime as dt

import pytest

from audit.checks.base import CheckContext
from audit.checks.office import GarbledHolder, UnlistedHolder, WrongHolder
from audit.errors import GlossaryError
from audit.glossary.loader import load_yaml
from audit.glossary.model import Glossary
from audit.model import Finding, Severity
from audit.text.document import Document

JAPAN = """
entries:
  - {canonical: Fumio Kishida, kind: person, aliases: [Kishida], role: Japanese prime minister,
     from: 2021-10-04, until: 2024-10-01}
  - {canonical: Shigeru Ishiba, kind: person, aliases: [Ishiba], roles: [
     {role: Japanese prime minister, from: 2024-10-01},
     {role: Japanese defense minister, from: 2007-09-26, until: 2008-08-02}]}
  - {canonical: Yoshimasa Hayashi, kind: person, aliases: [Hayashi], roles: [
     {role: Japanese chief cabinet secretary, from: 2023-12-14},
     {role: Japanese foreign minister, from: 2021-11-10, until: 2023-09-13}]}
"""
CHECKS = (WrongHolder(), GarbledHolder(), UnlistedHolder())


def audit(text: str, glossary: str, day: dt.date, as_of: str | None = None) -> list[Finding]:
    header = f"as_of: {as_of}\n" if as_of else ""
    entries = load_yaml(header + glossary, "jp.yaml")
    ctx = CheckContext(doc=Document("a.txt", text), glossary=Glossary(tuple(entries)), date=day)
    return sorted((f for c in CHECKS for f in c.run(ctx)), key=lambda f: f.start)


def codes(found: list[Finding]) -> list[tuple[str, str, Severity]]:
    return [(f.code, f.text, f.severity) for f in found]


def test_handover_day_accepts_both_holders() -> None:
    day = dt.date(2024, 10, 1)
    assert audit("Japanese Prime Minister Fumio Kishida resigned.", JAPAN, day) == []
    assert audit("Japanese Prime Minister Shigeru Ishiba took office.", JAPAN, day) == []
    after = audit("Japanese Prime Minister Fumio Kishida spoke.", JAPAN, dt.date(2024, 10, 2))
    assert codes(after) == [("O101", "Fumio Kishida", Severity.CRITICAL)]


@pytest.mark.parametrize(
    "text",
    [
        "Acting Japanese Prime Minister Yoshimasa Hayashi chaired the meeting.",
        "Japan's interim prime minister, Yoshimasa Hayashi, chaired the meeting.",
        "Japanese Prime Minister Fumio Kishida, the prime minister at the time, signed it.",
    ],
)
def test_acting_interim_and_past_forms_stay_quiet(text: str) -> None:
    assert audit(text, JAPAN, dt.date(2024, 11, 20)) == []


def test_overlapping_roles_of_one_person() -> None:
    # Ishiba holds one office now and held another before: only the office named counts.
    day = dt.date(2024, 11, 20)
    assert audit("Japanese Prime Minister Shigeru Ishiba spoke.", JAPAN, day) == []
    found = audit("Japanese Defense Minister Shigeru Ishiba spoke.", JAPAN, day)
    assert found == []  # nobody holds the defence ministry in this glossary: no claim
    found = audit("Japanese Prime Minister Yoshimasa Hayashi spoke.", JAPAN, day)
    assert codes(found) == [("O101", "Yoshimasa Hayashi", Severity.CRITICAL)]


def test_project_glossary_without_as_of_behaves_as_before() -> None:
    found = audit("Japanese Prime Minister Fumio Kishida spoke.", JAPAN, dt.date(2030, 1, 1))
    assert codes(found) == [("O101", "Fumio Kishida", Severity.CRITICAL)]
    assert "did not hold" in found[0].message


def test_article_after_as_of_gets_a_minor_note_not_a_claim() -> None:
    found = audit("Japanese Prime Minister Fumio Kishida spoke.", JAPAN, dt.date(2026, 1, 1), "2025-05-31")
    f = codes(found)
    assert f == [("O101", "Fumio Kishida", Severity.MINOR)]
    assert "did not hold" not in found[0].message
    assert "2025-05-31" in found[0].message and "--date" in found[0].message
    assert found[0].evidence["knowledge_as_of"] == "2025-05-31"


def test_article_on_or_before_as_of_is_judged_in_full() -> None:
    for day in (dt.date(2025, 5, 31), dt.date(2024, 11, 20)):
        found = audit("Japanese Prime Minister Fumio Kishida spoke.", JAPAN, day, "2025-05-31")
        assert codes(found) == [("O101", "Fumio Kishida", Severity.CRITICAL)], day


def test_stale_unknown_name_is_minor_and_stale_verdicts_do_not_repeat() -> None:
    day = dt.date(2026, 1, 1)
    found = audit("Japanese Prime Minister Sanae Takaichi spoke.", JAPAN, day, "2025-05-31")
    assert codes(found) == [("O103", "Sanae Takaichi", Severity.MINOR)]
    text = "Japanese Prime Minister Fumio Kishida spoke.\n\nKishida later left."
    assert [f.text for f in audit(text, JAPAN, day, "2025-05-31")] == ["Fumio Kishida"]


def test_stale_when_only_the_named_persons_knowledge_is_old() -> None:
    old = load_yaml("as_of: 2024-12-31\n" + JAPAN, "a.yaml")
    kishida = [e for e in old if e.canonical == "Fumio Kishida"]
    fresh = [e for e in load_yaml(JAPAN, "b.yaml") if e.canonical != "Fumio Kishida"]
    ctx = CheckContext(
        doc=Document("a.txt", "Japanese Prime Minister Fumio Kishida spoke."),
        glossary=Glossary(tuple(kishida + fresh)),
        date=dt.date(2025, 6, 1),
    )
    assert [(f.code, f.severity) for f in WrongHolder().run(ctx)] == [("O101", Severity.MINOR)]


def test_as_of_reaches_entries_and_bad_dates_name_the_line() -> None:
    entries = load_yaml("as_of: 2025-05-31\n" + JAPAN, "jp.yaml")
    assert {e.as_of for e in entries} == {dt.date(2025, 5, 31)}
    assert all(e.as_of is None for e in load_yaml(JAPAN, "jp.yaml"))
    with pytest.raises(GlossaryError, match=r"jp.yaml:1: .*bad date as_of"):
        load_yaml("as_of: 2025-13-01\n" + JAPAN, "jp.yaml")
