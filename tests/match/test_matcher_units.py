"""Unit and property tests of the matcher's parts: folds, token links, blocking recall."""

from __future__ import annotations

import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from audit.glossary.index import GlossaryIndex
from audit.glossary.model import Entry, Glossary
from audit.match.fuzzy import EXACT, link_tokens
from audit.text.normalize import translit_fold
from audit.text.similarity import block_keys


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Zelenskiy", "Zelenskyy"),
        ("Zelensky", "Zelenskyy"),
        ("Sergei", "Sergey"),
        ("Mykhailo", "Mykhaylo"),
        ("Yevgeny", "Evgeny"),
        ("Kharkov", "Harkov"),
        ("Oleksandr", "Olexandr"),
        ("Volodymyr", "Wolodymyr"),
        ("Yoon", "Yun"),
    ],
)
def test_transliteration_alternations_fold_together(a, b):
    assert translit_fold(a) == translit_fold(b)


@pytest.mark.parametrize(
    ("a", "b"), [("Rutte", "Rute"), ("Putin", "Putinn"), ("Kopp", "Copp"), ("Hutton", "Hatton")]
)
def test_misspellings_do_not_fold_together(a, b):
    assert translit_fold(a) != translit_fold(b)


@pytest.mark.parametrize(
    ("cand", "form", "matcher"),
    [
        ("lavrovov", "lavrov", "stutter"),
        ("tskurine", "tsukuryne", "phonetic"),
        ("kopp", "copp", "phonetic"),
        ("kmi", "kim", "phonetic"),  # two neighbours swapped: one edit in a short word
        ("lnia", "lina", "phonetic"),
        ("hutton", "hatton", "phonetic"),
        ("jingping", "jinping", "edit"),
        ("mcgrat", "mcgrath", "edit"),
        ("zelenskiy", "zelenskyy", "transliteration"),
    ],
)
def test_links(cand, form, matcher):
    link = link_tokens(cand, form)
    assert link is not None and link.matcher == matcher
    assert link.legit == (matcher == "transliteration")


@pytest.mark.parametrize(
    ("cand", "form"),
    [
        ("shin", "singh"),  # needs document evidence, not strings
        ("putin", "patton"),
        ("patton", "hatton"),  # first letter changed and sound changed
        ("boston", "austin"),
        ("kursk", "kharkiv"),
        ("iraq", "iran"),
        ("korean", "korea"),
        ("ukrainian", "ukraine"),
        ("kore", "korea"),
        ("niger", "nigeria"),
        ("griffith", "griffiths"),
        ("lavrovs", "lavrov"),
        ("lavrova", "lavrov"),
        ("zelenska", "zelensky"),
        ("pokrovske", "pokrovsk"),
        ("xi", "xie"),
    ],
)
def test_guards(cand, form):
    assert link_tokens(cand, form) is None


names = st.text(alphabet=string.ascii_lowercase, min_size=5, max_size=12)


@settings(max_examples=200, deadline=None)
@given(
    names, st.integers(min_value=0, max_value=11), st.sampled_from(string.ascii_lowercase), st.integers(0, 3)
)
def test_blocking_finds_every_single_edit(name, pos, letter, op):
    """Whatever one edit a garble makes, the blocking buckets still hold the original."""
    pos %= len(name)
    edited = [
        name[:pos] + name[pos + 1 :],
        name[:pos] + letter + name[pos:],
        name[:pos] + letter + name[pos + 1 :],
        name[:pos] + name[pos + 1 : pos + 2] + name[pos] + name[pos + 2 :],  # neighbours swapped
    ]
    index = GlossaryIndex.build(Glossary((Entry(name.capitalize(), "place"),)))
    assert name in index.near_tails(edited[op])


@given(names)
def test_a_token_links_to_itself_exactly(name):
    assert link_tokens(name, name) is EXACT
    assert block_keys(name)


_SHORT_WORDS = st.text(alphabet="aeiouykhwxsncmrlt'é", min_size=1, max_size=7)


@settings(max_examples=300, deadline=None)
@given(
    cand=st.text(alphabet="aeiouykhwxsncmrlt'é", min_size=1, max_size=4),
    words=st.lists(_SHORT_WORDS, max_size=40),
)
def test_bulk_prefilters_keep_every_link(cand, words):
    """`linking` prefilters buckets in bulk; it must return exactly the words `link_tokens` links."""
    from audit.match.fuzzy import linking

    words = list(dict.fromkeys(words))
    expected = tuple(f for f in words if abs(len(f) - len(cand)) <= 3 and link_tokens(cand, f) is not None)
    assert linking(cand, tuple(words)) == expected
    # As the matcher calls it: with the glossary's words of the same transliteration fold
    # (which may include words outside the bucket).
    twins = {w for w in words if translit_fold(w) == translit_fold(cand)} | {"zzz"}
    assert linking(cand, tuple(words), twins) == expected


@pytest.mark.parametrize(
    ("cand", "form"),
    [
        ("bae", "abe"),  # swapped, but they do not sound alike (Bae is not a garble of Abe)
        ("ehhe", "hehe"),  # two edits
        ("wnag", "wang"),  # one swap, but "ng" no longer sounds as in Wang
        ("kmii", "kim"),  # a swap and an added letter
    ],
)
def test_short_words_need_one_swap_or_edit_and_the_same_sound(cand, form):
    assert link_tokens(cand, form) is None
