"""The matcher's speed-ups change no result: first-word narrowing and link_tokens' fast reject."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from audit.checks.knowledge import Knowledge
from audit.checks.names import nearmatch
from audit.checks.registry import select_checks
from audit.engine.core import Engine
from audit.glossary.index import GlossaryIndex
from audit.glossary.model import Entry, Glossary
from audit.match import blocking, fuzzy
from audit.settings import Settings
from audit.text.document import Document

SYLLABLES = ("vor", "kha", "lin", "dro", "mesk", "tar", "zub", "ols", "nye", "pri", "gor", "sav", "ulm")


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def _garble(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    if rng.random() < 0.5:
        return word[:i] + word[i + 1 :]  # a dropped letter
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]  # two letters swapped


def _glossary(seed: int) -> Glossary:
    """Many places ending in one common word (the case the narrowing is for), and people."""
    rng = random.Random(seed)
    firsts = sorted({_word(rng) for _ in range(150)})
    places = [Entry(f"{w} Oblast", "place") for w in firsts]
    people = [Entry(f"{_word(rng)} {_word(rng)}", "person") for _ in range(40)]
    return Glossary(tuple(places + people))


Forms = tuple[tuple[str, ...], ...]


def _brute(index: GlossaryIndex, tail: str, n: int, first: str, eligible: bool) -> Forms:
    """What the matcher compared before the narrowing: every form, first word linked."""
    forms = index.forms_ending(tail, n)
    if not eligible:
        return tuple(f for f in forms if f[0] == first)
    return tuple(f for f in forms if fuzzy.link_tokens(first, f[0]) is not None)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_candidate_forms_equal_brute_force(seed):
    glossary = _glossary(seed)
    index = GlossaryIndex.build(glossary)
    forms = index.forms_ending("oblast", 2)
    assert len(forms) >= blocking.FIRST_WORD_MIN  # the narrowing path is exercised
    rng = random.Random(seed)
    words = [f[0] for f in forms[:20]] + [_garble(f[0], rng) for f in forms[:40]] + ["kyiv", "zo", "x"]
    for word in words:
        key = word.lower()
        for eligible in (True, False):
            got = blocking.candidate_forms(index, "oblast", 2, key, eligible)
            assert got == _brute(index, "oblast", 2, key, eligible), (word, eligible)
    assert any(blocking.candidate_forms(index, "oblast", 2, _garble(f[0], rng), True) for f in forms)


def _article(glossary: Glossary, seed: int) -> str:
    rng = random.Random(seed)
    lines = []
    for e in rng.sample(glossary.entries, 30):
        first, *rest = e.canonical.split()
        name = " ".join([_garble(first, rng), *rest]) if rng.random() < 0.6 else e.canonical
        lines.append(f"Officials in {name} said on Monday that the talks would continue.")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("seed", [4, 5])
def test_findings_identical_with_and_without_narrowing(seed, monkeypatch):
    glossary = _glossary(seed)
    settings_ = Settings(date=dt.date(2024, 10, 28))
    checks = select_checks()
    text = _article(glossary, seed)

    def findings() -> list[dict[str, object]]:
        index = GlossaryIndex.build(glossary)
        result = Engine(settings_, Knowledge(glossary, lambda g: index), checks).audit(
            Document("a.txt", text)
        )
        return [f.to_record() for f in result.findings]

    fast = findings()
    monkeypatch.setattr(nearmatch, "candidate_forms", _brute)
    slow = findings()
    assert fast == slow
    assert any(f["code"] == "N101" for f in fast)  # garbles were planted and found


def _reference(cand: str, form: str) -> fuzzy.TokenLink | None:
    """link_tokens as written before the fast reject was added."""
    if cand == form:
        return fuzzy.EXACT
    if len(cand) < fuzzy.MIN_LEN or not cand.isalpha():
        return None
    jw = round(fuzzy._jaro_winkler()(cand, form), 3)
    if jw < fuzzy.PREFILTER_JW and min(len(cand), len(form)) > fuzzy.SHORT_LEN:
        return None
    if fuzzy._fold(cand) == fuzzy._fold(form):
        return fuzzy.TokenLink("transliteration", jw, True)
    if form.startswith(cand):
        return fuzzy._truncation(cand, form, jw)
    if cand.startswith(form):
        return fuzzy.TokenLink("stutter", jw, False) if fuzzy._is_stutter(cand, form) else None
    if fuzzy._is_inflection(cand, form) or fuzzy._is_inflection(form, cand):
        return None
    return fuzzy._similar(cand, form, jw)


word = st.text(alphabet="aeiouykhzsvlnrtmpc", min_size=1, max_size=10)


@settings(max_examples=400, deadline=None)
@given(word, word)
def test_fast_reject_agrees_with_reference(a, b):
    assert fuzzy.link_tokens(a, b) == _reference(a, b)


@settings(max_examples=200, deadline=None)
@given(word, st.integers(min_value=0, max_value=9))
def test_fast_reject_agrees_on_near_pairs(a, i):
    """Pairs one edit apart: where the fuzzy tests actually decide."""
    b = a[:i] + a[i + 1 :] if i < len(a) else a + "a"
    assert fuzzy.link_tokens(a, b) == _reference(a, b)
    assert fuzzy.link_tokens(b, a) == _reference(b, a)
