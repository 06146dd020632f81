"""Word classes that consensus needs: function words, titles, stems, demonyms, tense markers.

Small closed-class lists (English grammar, not story data): they decide which differences
between aligned sentences can carry meaning at all.
"""

from __future__ import annotations

import re
from functools import cache

from audit.text.wordlists import data_lines


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Closed-class English words (determiners, pronouns, auxiliaries, prepositions, conjunctions).
FUNCTION_WORDS = _words(
    """a an the this that these those its it it's they them their he him his she her we us our
    you your i me my who whom whose which what there here and or but nor so yet if then than as
    of in on at to for from by with without into onto over under about after before between
    through during against among across toward towards upon within up down out off near also
    not no is are was were be been being am do does did has have had having will would shall
    should can could may might must just only even very more most much many some any all each
    both either neither such own same other another said says say told"""
)
# Capitalized words that introduce or qualify a name but are not one.
TITLES = _words(
    """president vice secretary general minister ministry prime chancellor spokesperson
    spokeswoman spokesman deputy foreign defense defence state chief head leader director
    ambassador senator governor mayor king queen prince gen lt col adm sgt mr mrs ms dr
    department office council committee agency press news the a an of in on at and but
    if when while after before during as by for"""
)
# What is left of a place name and its demonym after their common stem (Korea/Korean,
# Ukraine/Ukrainian, China/Chinese, Israel/Israeli, Syria/Syrian), plurals included.
DEMONYM_ENDINGS = _words("n ns an ans ian ians ean eans ese i is e a ia s") | {""}
# An abbreviation standing alone (CPC, MOFCOM, G20, COVID-19, MGTOs): spelling a name out
# or abbreviating it is a wording choice between translations, not a different name.
ABBREVIATION = re.compile(r"[A-Z][A-Z0-9&-]{1,8}s?")
NAME_PREFIXES = _words("north south east west new saint san santa el al de la le")
FUTURE_AUXILIARIES = frozenset({"will", "shall", "ll"})
FUTURE_MARKERS = FUTURE_AUXILIARIES | {"going", "set", "plans", "plan", "expected", "poised"}
BE_FORMS = _words("is are was were be been s re")
PAST_MARKERS = frozenset({"has", "have", "had", "was", "were", "did"})
# Frequent irregular past forms (regular ones end in -ed).
IRREGULAR_PAST = _words(
    """sent said told went made took gave began brought held met won lost led came saw knew
    thought found left kept put ran set spoke wrote became fought struck bought"""
)


def is_function(key: str) -> bool:
    return key in FUNCTION_WORDS or len(key) < 2


def same_word(a: str, b: str) -> bool:
    """Two folded words share a stem: a common prefix of 5 letters (or all of the shorter)."""
    if min(len(a), len(b)) < 4:
        return a == b
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n >= min(5, len(a), len(b))


@cache
def name_variants() -> dict[str, str]:
    """Folded spelling → its group's first spelling (audit/data/name_variants.txt)."""
    out: dict[str, str] = {}
    for line in data_lines("name_variants.txt"):
        forms = [f.strip() for f in line.split("#", 1)[0].split("|") if f.strip()]
        for form in forms:
            out[form] = forms[0]
    return out


def variant_key(word: str) -> str:
    """One spelling for accepted variants of a place name (Macau → macao, Kiev → kyiv)."""
    return name_variants().get(word, word)


def same_name_word(a: str, b: str) -> bool:
    """Equal, accepted variants (Macao/Macau), or a place and its demonym (Korea/Korean)."""
    if a == b or variant_key(a) == variant_key(b):
        return True
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n >= 4 and a[n:] in DEMONYM_ENDINGS and b[n:] in DEMONYM_ENDINGS


def tense_of(keys: list[str], first: int = 0, last: int | None = None) -> str | None:
    """'future', 'past' or None for the phrase keys[first:last] (folded words; the words
    around it decide whether "set", "expected" or "plans" mark a future)."""
    marked = tense_at(keys, first, len(keys) if last is None else last)
    return marked[0] if marked else None


def tense_at(keys: list[str], first: int, last: int) -> tuple[str, int] | None:
    """The tense of keys[first:last] and the index of the word that marks it."""
    span = range(first, last)
    for i in span:
        if _future_at(keys, i):
            return "future", i
    for i in span:
        k = keys[i]
        if k in PAST_MARKERS or k in IRREGULAR_PAST or (k.endswith("ed") and len(k) > 4):
            return "past", i
    return None


def _future_at(keys: list[str], i: int) -> bool:
    """will/shall/'ll; "plans to"; "is set/expected/poised/going to" (not "set to music"
    after a noun, nor "plans" as a noun)."""
    k = keys[i]
    if k in FUTURE_AUXILIARIES:
        return True
    if k not in FUTURE_MARKERS or i + 1 >= len(keys) or keys[i + 1] != "to":
        return False
    return k in ("plan", "plans") or (i > 0 and keys[i - 1] in BE_FORMS)
