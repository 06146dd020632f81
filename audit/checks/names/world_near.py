"""What a near miss of a world-pack name is evidence of (the pack is not a desk's glossary).

The pack knows thousands of people and places by one source's spelling and lists the
local-language forms of country names (Factbook "local short form", countryinfo spellings)
so that they are accepted when written. Two kinds of near miss are therefore not garbles:

- a near miss of a country's *endonym* ("Al Jazeera" ~ "Al Jaza'ir" for Algeria): English
  copy writes the English name, so an English word or name close to a foreign-language form
  says nothing about the country; only English-usage forms (the canonical, English long
  forms and demonyms, the office lexicon's country names) are targets;
- a spelling of a known name that sounds the same (c/k, ph/f, a doubled or single letter,
  -iy/-y: "Nicos" for Nikos, "Hasan" for Hassan) *that the pack itself uses in another name*
  (attested-spellings.txt: a second romanisation in use): MQM counts a spelling variant of
  a correct name as at most minor, so it is reported as an unlisted variant (N102). A
  respelling the pack never uses ("Makron", "Bennet") is a misspelling or a machine-
  translation round trip: still a garble.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from audit.checks.names.near_match import NearMatch
from audit.glossary.index import NAME_JOINERS
from audit.glossary.model import Entry
from audit.match.fuzzy import TokenLink
from audit.match.office_words import place_forms
from audit.text.lexicon import common_words
from audit.text.normalize import name_key
from audit.text.spelling import is_derived_form, translit_key
from audit.text.wordlists import data_lines
from audit.world import attested_spellings


def world_verdict(m: NearMatch) -> NearMatch | None:
    """`m` as the pack's evidence supports it: None when it is no evidence at all, a legit
    variant when it only respells a known name, a garble when the name has one spelling
    (its bearer's, in a Latin-script country), else unchanged."""
    if m.entry.kind == "place" and not english_usage(m.form, m.entry.canonical):
        return None
    if m.entry.kind == "person" and m.legit and latin_script_origin(m.entry):
        links = tuple(lk if lk.matcher == "exact" else lk._replace(legit=False) for lk in m.links)
        return replace(m, links=links)
    said, listed = name_key(m.text), name_key(m.form)
    if not len(said) == len(listed) == len(m.links):
        return m
    links = tuple(_respelt(lk, a, b) for lk, a, b in zip(m.links, said, listed, strict=True))
    if links == m.links:
        return m
    return replace(m, links=links)


def latin_script_origin(entry: Entry) -> bool:
    """Every office of the person is in a country that writes names in Latin script
    (latin_script_places.txt): their own spelling is the only one ("Sunack" is a garble)."""
    if not entry.offices:
        return False
    from audit.checks.office.phrases import parse_title

    places = {parse_title(o.title).qualifier for o in entry.offices}
    return places <= latin_script_places()


@cache
def latin_script_places() -> frozenset[str | None]:
    return frozenset(data_lines("latin_script_places.txt"))


def english_usage(form: str, canonical: str) -> bool:
    """Whether a place form is English usage: the canonical, a country name or demonym the
    office lexicon lists, or words that are English, joiners or (derived from) the
    canonical's own words ("People's Democratic Republic of Algeria", "Algerian")."""
    key, own = name_key(form), name_key(canonical)
    if key == own or key in place_forms():
        return True
    common = common_words()
    return all(
        w in own or w in NAME_JOINERS or w in common or any(is_derived_form(w, c) for c in own) for w in key
    )


def _respelt(link: TokenLink, text_word: str, form_word: str) -> TokenLink:
    """A garble link that only respells the word (same `translit_key`) in a spelling the pack
    uses elsewhere (Nicos, Hasan) becomes legit; another one (Makron) and a stutter (Putinn,
    Boudenn: the end repeated) stay garbles."""
    if link.legit or link.matcher == "stutter" or translit_key(text_word) != translit_key(form_word):
        return link
    if text_word not in attested_spellings():
        return link
    return TokenLink("transliteration", link.jaro_winkler, True)
