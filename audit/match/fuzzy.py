"""Token-level decision: is one spelling a near miss of a glossary name's token?

No single string measure separates garbles from other real words (MEASUREMENTS.md: 41
hand-made pairs), so the rule combines guards that are not string similarity (truncation,
inflection/demonym suffix, shortness) with three linking tests: a shared double-metaphone
code with Jaro-Winkler >= 0.80, Jaro-Winkler >= 0.94 alone, or one edit in a long token.
A pair that differs only by a transliteration alternation is linked as a legit variant.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import cache, lru_cache
from typing import NamedTuple

from audit.match import ladder
from audit.text.normalize import fold, translit_fold
from audit.text.similarity import levenshtein, phonetic_keys, swap_distance, swap_distance_fn

PHONETIC_JW = ladder.SAME_SOUND
FUZZY_JW = ladder.ALONE
EDIT_MIN_LEN = 6  # one edit after the first letter of a long token (Jingping/Jinping)
SHORT_LEN = 4  # at or below: same sound and one edit, both required (Kopp/Copp)
MIN_LEN = 3
MAX_LEN_GAP = 3  # a garble rarely adds or drops more letters than this
PREFILTER_JW = ladder.PREFILTER
MAX_STUTTER = 3  # longest repeated tail that still counts as a stutter (Lavrov-ov)
# Inflections and demonyms formed from a name: Korea→Korean, Ukraine→Ukrainian,
# Martin→Martina, Putin→Putins. A name plus one of these is a different word.
SUFFIXES = frozenset(
    [
        "s",
        "es",
        "n",
        "an",
        "ans",
        "ian",
        "ians",
        "ns",
        "ese",
        "i",
        "is",
        "ish",
        "ic",
        "er",
        "ers",
        "ite",
        "ites",
        "a",
        "e",
        "ia",
        "ist",
        "ists",
        "ism",
        "ova",
        "ovna",
        "ovich",
        "evich",
        "ivna",
    ]
)


# Per-word caches sized for a 100k-entry glossary's vocabulary: the shared 64k caches in
# audit.text thrash there, and each miss recomputes a fold or a double metaphone.
WORD_CACHE = 1 << 18
_fold = lru_cache(maxsize=WORD_CACHE)(translit_fold)
_sounds = lru_cache(maxsize=WORD_CACHE)(phonetic_keys)


@cache
def _jaro_winkler():  # type: ignore[no-untyped-def]
    """rapidfuzz's Jaro-Winkler, imported on first use (keeps it off the start-up path)."""
    from rapidfuzz.distance import JaroWinkler

    return JaroWinkler.similarity


@cache
def _bulk_jaro_winkler():  # type: ignore[no-untyped-def]
    """rapidfuzz's `process.extract` and Jaro-Winkler scorer, imported on first use."""
    from rapidfuzz import process
    from rapidfuzz.distance import JaroWinkler

    return process.extract, JaroWinkler.similarity


class TokenLink(NamedTuple):
    """How a text token relates to a glossary token."""

    matcher: str  # exact | transliteration | stutter | phonetic | fuzzy | edit
    jaro_winkler: float
    legit: bool  # differs at most by a transliteration alternation


EXACT = TokenLink("exact", 1.0, True)


def _is_inflection(longer: str, shorter: str) -> bool:
    """`longer` is `shorter` (minus final vowels) plus an inflection or demonym suffix."""
    if longer.startswith(shorter) and longer[len(shorter) :] in SUFFIXES:
        return True
    stem = shorter.rstrip("aeiouy") or shorter
    return longer.startswith(stem) and longer[len(stem) :] in SUFFIXES


def _is_stutter(cand: str, form: str) -> bool:
    """`cand` is `form` with its last letters repeated ("Lavrovov", "Putinn")."""
    extra = cand[len(form) :]
    return 0 < len(extra) <= MAX_STUTTER and form.endswith(extra)


@lru_cache(maxsize=1 << 17)
def link_tokens(cand: str, form: str) -> TokenLink | None:
    """A link when token key `cand` is likely a spelling of glossary token key `form`."""
    return _link(cand, form, None)


def _link(cand: str, form: str, twins: Collection[str] | None) -> TokenLink | None:
    """`link_tokens`; `twins`, when given, holds every word with the transliteration fold of
    `cand` among those `form` may be (see `linking`), so no fold of `form` is computed."""
    if cand == form:
        return EXACT
    if len(cand) < MIN_LEN or not cand.isalpha():
        return None  # too short to judge, or a number
    jw = round(float(_jaro_winkler()(cand, form)), 3)
    if jw < PREFILTER_JW and min(len(cand), len(form)) > SHORT_LEN:
        return None  # every test below needs more (one edit in a 5+ letter token keeps JW > 0.8)
    same_fold = form in twins if twins is not None else _fold(cand) == _fold(form)
    if same_fold:
        return TokenLink("transliteration", jw, True)
    if form.startswith(cand):
        return _truncation(cand, form, jw)
    if cand.startswith(form):
        return TokenLink("stutter", jw, False) if _is_stutter(cand, form) else None
    if jw < PHONETIC_JW and max(len(cand), len(form)) > SHORT_LEN and not _one_edit_apart(cand, form):
        return None  # what `_similar` would say, without its costlier tests (most pairs end here)
    if _is_inflection(cand, form) or _is_inflection(form, cand):
        return None
    return _similar(cand, form, jw)


def _truncation(cand: str, form: str, jw: float) -> TokenLink | None:
    """A dropped last letter of a long name (McGrat) links; a base word (Niger, Kore, Griffith) does not."""
    if _is_inflection(form, cand) or len(form) - len(cand) > 1 or len(cand) < EDIT_MIN_LEN - 1:
        return None
    return TokenLink("edit", jw, False)


def _one_edit_apart(cand: str, form: str) -> bool:
    """The edit test of `_similar`: long tokens, same first letter, one edit."""
    long_enough = min(len(cand), len(form)) >= EDIT_MIN_LEN
    return long_enough and cand[0] == form[0] and levenshtein(cand, form) <= 1


def _same_sound(cand: str, form: str) -> bool:
    return bool(_sounds(cand) & _sounds(form))


def _similar(cand: str, form: str, jw: float) -> TokenLink | None:
    # The sound test last: a new word's double metaphone costs more than the other tests.
    if max(len(cand), len(form)) <= SHORT_LEN:
        # Jaro-Winkler is erratic on 3–4 letters (uhn/un: 0.61): one edit plus same sound,
        # where two swapped neighbours are one edit (Hhee for Hehe, Knii for Kini).
        ok = swap_distance(cand, form) <= 1 and _same_sound(cand, form)
        return TokenLink("phonetic", jw, False) if ok else None
    if jw >= PHONETIC_JW and _same_sound(cand, form):
        return TokenLink("phonetic", jw, False)
    if jw >= FUZZY_JW:
        return TokenLink("fuzzy", jw, False)
    return TokenLink("edit", jw, False) if _one_edit_apart(cand, form) else None


def linking(cand: str, forms: Sequence[str], twins: Collection[str] | None = None) -> tuple[str, ...]:
    """The glossary words among `forms` (a blocking bucket) that `cand` links to (see `links`)."""
    return tuple(links(cand, forms, twins))


def links(cand: str, forms: Sequence[str], twins: Collection[str] | None = None) -> dict[str, TokenLink]:
    """The glossary words among `forms` (a blocking bucket) that `cand` links to, in bucket
    order, each with its `link_tokens(cand, word)` link.

    Jaro-Winkler is computed for the whole bucket in one rapidfuzz call first, so the
    Python-level tests run only on the few words that can pass them. `twins`: the words
    whose transliteration fold equals that of `cand`, a superset of those among `forms`
    (the index's "t:" bucket); given, the folds of `forms`, new words to a fresh
    process, are never computed. The caller memoizes per word.
    """
    if twins is None:
        twins = {f for f in forms if _fold(f) == _fold(cand)}
    near = [f for f in forms if abs(len(f) - len(cand)) <= MAX_LEN_GAP]
    if len(cand) > SHORT_LEN and len(near) > 1:
        extract, scorer = _bulk_jaro_winkler()
        hits = extract(cand, near, scorer=scorer, score_cutoff=PREFILTER_JW, limit=None)
        keep = {f for f, _score, _i in hits}
        near = [f for f in near if f in keep or len(f) <= SHORT_LEN]
    elif len(near) > 1:
        keep = _short_word_links(cand, near, twins)
        near = [f for f in near if f in keep]
    return {f: link for f in near if (link := _link(cand, f, twins)) is not None}


def _short_word_links(cand: str, words: list[str], twins: Collection[str]) -> set[str]:
    """The words a short `cand` (SHORT_LEN letters or fewer) may link to: a superset of what
    `link_tokens` links, found with bulk rapidfuzz calls instead of a Python call per word.

    A short word links to nothing by truncation or by one edit of a long word, so besides
    itself only to a word with its transliteration (`twins`), a word it stutters, a longer
    word at Jaro-Winkler >= PHONETIC_JW, or a short word one edit away. Short new words have
    the largest blocking buckets, and each `link_tokens` call on a new pair costs microseconds.
    """
    extract, jaro_winkler = _bulk_jaro_winkler()
    longer = [f for f in words if len(f) > SHORT_LEN]
    shorter = [f for f in words if len(f) <= SHORT_LEN]
    keep = set(twins).intersection(words)
    keep.add(cand)
    keep.update(f for f in shorter if cand.startswith(f))
    # link_tokens rounds Jaro-Winkler to 3 decimals first: 0.7995 passes there, so here too.
    close = extract(cand, longer, scorer=jaro_winkler, score_cutoff=PHONETIC_JW - 0.001, limit=None)
    keep.update(f for f, _score, _i in close)
    # `swap_distance` compares folded words: the same processor here.
    one_edit = extract(cand, shorter, scorer=swap_distance_fn(), processor=fold, score_cutoff=1, limit=None)
    # Other than as a twin or a prefix (kept above), two short words link only when they
    # also sound alike: testing that here spares a `_link` call for most of them.
    sounds = _sounds(cand)
    keep.update(f for f, _score, _i in one_edit if not sounds.isdisjoint(_sounds(f)))
    return keep
