"""G108 (garble.term_variant): one title or institution written two ways in one article."""

from __future__ import annotations

import datetime as dt

from audit.checks.base import CheckContext
from audit.checks.garble.terms import TermVariant, spelling_variant, standard_terms
from audit.glossary.model import Glossary
from audit.text.document import Document
from audit.text.wordlists import DATA


def flagged(text: str) -> list[tuple[str, str | None]]:
    ctx = CheckContext(doc=Document(path="t.txt", text=text), glossary=Glossary(), date=dt.date(2024, 1, 1))
    return [(f.text, f.suggestion) for f in TermVariant().run(ctx)]


def test_same_place_ties_two_forms_even_through_a_demonym():
    text = (
        "Romania's constitutional court rejected the challenge on Wednesday.\n\n"
        "The ruling of the Romanian constitution court cannot be appealed."
    )
    assert flagged(text) == [("constitution court", "constitutional court")]


def test_shared_noun_after_the_term_ties_them():
    text = "Kenya's armed forces chief spoke on Friday. The Kenyan army forces chief then left."
    assert flagged(text) == [("army forces", "armed forces")]


def test_a_listed_standard_term_is_never_odd():
    # "interior minister" is rare in the small corpus but listed as standard English.
    text = "The Polish foreign minister met farmers. The Polish interior minister said police would help."
    assert flagged(text) == []


def test_no_tie_no_finding():
    # Different places: two ministers, not one term written twice.
    assert flagged("Turkey's foreign minister met Egypt's external minister in Cairo.") == []


def test_a_plural_or_an_ending_is_a_different_word_a_spelling_is_not():
    assert spelling_variant("defence", "defense") and spelling_variant("labour", "labor")
    assert spelling_variant("centre", "center")
    assert not spelling_variant("finance", "finances")
    assert not spelling_variant("constitution", "constitutional")
    assert not spelling_variant("army", "armed")


def test_verb_before_a_title_is_not_a_term():
    text = "The Czech foreign minister said so. The Czech visited minister offices later."
    assert flagged(text) == []


def test_standard_terms_list_is_two_lowercase_words_sorted_and_sourced():
    path = DATA / "standard_terms.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    body = [ln for ln in lines if ln and not ln.startswith("#")]
    assert body == sorted(set(body))
    assert all(len(ln.split()) == 2 and ln == ln.lower() for ln in body)
    assert "by hand" in " ".join(lines[:10]) and ("interior", "minister") in standard_terms()


def test_the_words_the_other_way_round():
    text = (
        "Colombia's prosecutor general said 12 soldiers would be charged.\n\n"
        "The Colombian general prosecutor's office said the case had moved."
    )
    assert flagged(text) == [("general prosecutor", "prosecutor general")]


def test_a_place_with_several_bodies_ties_none_of_them():
    # Two standard secretaries of one place: a third is another office, not a variant.
    text = (
        "The British home secretary spoke. The British foreign secretary agreed, "
        "and the British sport secretary, too."
    )
    assert flagged(text) == []


def test_one_person_one_title_even_when_the_corpus_lacks_the_standard_one():
    text = "Interior Minister Nancy Faeser spoke in Berlin. Internal Minister Nancy Faeser said more."
    assert flagged(text) == [("Internal Minister", "Interior Minister")]
    # Two listed titles before one name: the small corpus cannot tell which is wrong.
    assert flagged("Chief Minister Yogi Adityanath spoke. First Minister Yogi Adityanath said.") == []


def test_the_before_a_ministry_refers_back_to_the_one_named():
    text = (
        "The foreign ministry said the talks would go on. The external ministry added that no date was set."
    )
    assert flagged(text) == [("external ministry", "foreign ministry")]
    assert (
        flagged("The finance ministry said revenue rose. The culture ministry said cinemas reopened.") == []
    )


def test_one_persons_title_with_another_noun():
    text = (
        "Supreme Leader Ali Khamenei spoke on Sunday. Supreme Guide Ali Khamenei also pardoned 2,000 people."
    )
    assert flagged(text) == [("Supreme Guide", "Supreme Leader")]
    assert flagged("Chinese Premier Li Qiang spoke. Chinese leader Li Qiang said more.") == []
