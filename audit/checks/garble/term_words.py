"""The words of G108's terms: function words, listed standard terms, places, spellings."""

from __future__ import annotations

import re
from functools import cache

from audit.match.wordlists import demonyms
from audit.text.lexicon import is_common
from audit.text.verbs import verb_bases
from audit.text.wordlists import data_lines

# Function words carry no term: they neither start nor end a term, and their pairs are not counted.
FUNCTION_WORDS = frozenset(
    str.split(
        "a an the of in on at to for from by with and or but as than that which who whom whose "
        "were was is are be been being have has had do does did will would could should may "
        "might must can shall into over under after before since during per each this these "
        "those its their his her our my your it they he she we you i me him them us not no "
        "so if then when while where because also said says told about up down out off there "
        "here what how all any some such more most very just only other than too between among "
        "against within without through across via both either neither first second third last "
        "next many few several various different million billion thousand hundred new same"
    )
)


@cache
def standard_terms() -> frozenset[tuple[str, str]]:
    """Two-word titles and institutions that are standard English (audit/data/standard_terms.txt)."""
    return frozenset(tuple(line.split()) for line in data_lines("standard_terms.txt"))  # type: ignore[misc]


def place(word: str) -> str:
    """A neighbour as the place it names: "Romania's" and "Romanian" are both Romania."""
    key = re.sub(r"['’]s$", "", word.lower())
    country = demonyms().get(key)
    return country.lower() if country else key


def content(word: str) -> bool:
    low = word.lower()
    return low[0].isalpha() and len(low) > 1 and low not in FUNCTION_WORDS


def english(word: str) -> bool:
    """A common English word (in any number), not a verb: "visit minister" and "ousted
    president" are a verb before a title, not a term."""
    if word in verb_bases() or word.endswith("ed"):
        return False
    stem = word.removesuffix("ing")
    return any(map(is_common, (word, word + "s", word.removesuffix("s"), stem, stem + "e")))


def spelling_variant(a: str, b: str) -> bool:
    """Two spellings of one word (defence/defense, labour/labor, centre/center): one edit, or
    two in words of one length; never one word plus an ending ("finance"/"finances",
    "constitution"/"constitutional") or another word ("army"/"armed")."""
    from rapidfuzz.distance import Levenshtein

    if a.startswith(b) or b.startswith(a):
        return False
    distance = Levenshtein.distance(a, b)
    return distance == 1 or (distance == 2 and len(a) == len(b))
