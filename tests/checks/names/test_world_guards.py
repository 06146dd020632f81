"""Matcher guards that keep a big world glossary precise (issue 13)."""

from __future__ import annotations

import datetime as dt

from audit.checks.knowledge import Knowledge
from audit.checks.registry import select_checks
from audit.engine.core import Engine
from audit.glossary.index import GlossaryIndex
from audit.glossary.model import Entry, Glossary
from audit.settings import Settings
from audit.text.document import Document

PACK = "world pack (as of 2026-01-22): factbook-leaders.yaml"


def garbles(text: str, *entries: Entry) -> list[str]:
    engine = Engine(Settings(date=dt.date(2024, 5, 1)), Knowledge(Glossary(entries)), select_checks(["N101"]))
    return [f.text for f in engine.audit(Document("a.txt", text)).findings]


def person(canonical: str, aliases: tuple[str, ...] = (), source: str = PACK) -> Entry:
    return Entry(canonical, "person", aliases=aliases, source=source, line=1)


def test_one_word_near_a_pack_name_needs_the_entry_named_in_the_article():
    text = "Officials said Hamas fighters attacked the post.\n"
    assert garbles(text, person("Brigitte Haas")) == []  # world pack: no evidence, no finding
    assert garbles(text, person("Brigitte Haas", source="glossaries/at.yaml")) == ["Hamas"]  # project
    bouden = person("Najla Bouden Romdhane", ("Najla Bouden",))
    named = "He met Najla Bouden on Monday. Boudenn said the talks went well.\n"
    assert garbles(named, bouden) == ["Boudenn"]  # the article names her: a garble again


def test_two_word_garble_of_a_pack_name_is_found_without_other_evidence():
    assert garbles("Prime Minister Keir Starmar said so.\n", person("Keir Starmer")) == ["Keir Starmar"]


def test_a_country_name_or_demonym_is_never_a_garble():
    project = person("David Cameron", ("Cameron",), source="glossaries/uk.yaml")
    assert garbles("Troops from Cameroon and Argentinian observers arrived.\n", project) == []


def test_a_hyphenated_given_name_gives_no_surname():
    index = GlossaryIndex.build(Glossary((person("Ban Ki-moon"), person("Keir Starmer"))))
    assert ("starmer",) in index.surnames and ("moon",) not in index.surnames


def codes(text: str, *entries: Entry) -> list[tuple[str, str]]:
    engine = Engine(
        Settings(date=dt.date(2024, 5, 1)), Knowledge(Glossary(entries)), select_checks(["N101", "N102"])
    )
    return [(f.code, f.text) for f in engine.audit(Document("a.txt", text)).findings]


def place(canonical: str, aliases: tuple[str, ...] = (), source: str = PACK) -> Entry:
    return Entry(canonical, "place", aliases=aliases, source=source, line=1)


def test_a_near_miss_of_a_pack_endonym_is_no_garble():
    algeria = place("Algeria", ("Al Jaza'ir", "People's Democratic Republic of Algeria", "Algerian"))
    text = "Algeria protested after they killed an Al Jazeera journalist.\n"
    assert codes(text, algeria) == []  # a foreign-language form attracts no English name
    # an English form (here the demonym) still attracts its garbles
    assert codes("Algeria said the Algerain army left.\n", algeria) == [("N101", "Algerain")]
    project = place("Algeria", ("Al Jaza'ir",), source="glossaries/dz.yaml")
    assert codes(text, project) == [("N101", "Al Jazeera")]  # a desk's own list is trusted


def test_a_same_sounding_spelling_of_a_pack_name_is_a_variant_not_a_garble():
    nikos = person("Nikos Christodoulidis")
    samia = person("Samia Suluhu Hassan")
    assert codes("Nicos Christodoulidis won.\n", nikos) == [("N102", "Nicos Christodoulidis")]
    assert codes("Samia Suluhu Hasan spoke.\n", samia) == [("N102", "Samia Suluhu Hasan")]
    assert codes("Nikos Chistodoulidis won.\n", nikos) == [("N101", "Nikos Chistodoulidis")]  # a lost letter
    project = person("Nikos Christodoulidis", source="glossaries/cy.yaml")
    assert codes("Nicos Christodoulidis won.\n", project) == [("N101", "Nicos Christodoulidis")]


def test_an_unattested_same_sounding_respelling_is_still_a_garble():
    macron = person("Emmanuel Macron")  # "makron": same translit key, a spelling the pack never uses
    assert codes("Emmanuel Makron arrived.\n", macron) == [("N101", "Emmanuel Makron")]
