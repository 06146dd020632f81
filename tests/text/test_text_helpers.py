"""Unit and property tests of the text helpers behind the garble and lang checks."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from audit.checks.garble.explanations import initials
from audit.checks.lang.encoding import repair
from audit.text.langid import WordTally, clauses, non_latin_runs
from audit.text.layout import _blocks, _may_be_wrapped, is_hard_wrapped
from audit.text.propernames import destuttered
from audit.text.quotes import scan_quotes
from audit.text.sentences import _split_line, split_sentences
from audit.text.spans import Span
from audit.text.spelling import is_alternative_spelling, is_derived_form
from audit.text.verbs import has_finite_verb, has_listed_verb

words = st.text(alphabet="abcdefghij ", min_size=1, max_size=20).filter(lambda s: s.strip())


def kinds(text: str) -> list[str]:
    lines, spans, start = text.split("\n"), [], 0
    for line in lines:
        spans.append(Span(start, start + len(line)))
        start += len(line) + 1
    return [i.kind for i in scan_quotes(text, [s for s in spans if s.end > s.start]).issues]


@given(st.lists(words, min_size=1, max_size=6))
def test_balanced_quotes_never_raise_issues(parts):
    text = " ".join(f"“{p}” said {p}" for p in parts)
    assert kinds(text) == []


@given(st.lists(words, min_size=2, max_size=5))
def test_multi_paragraph_quotation_is_wire_style(parts):
    paragraphs = [f"“{p}" for p in parts[:-1]] + [f"“{parts[-1]}” she said."]
    assert kinds("\n".join(paragraphs)) == []


@given(words, words)
def test_a_lone_closing_mark_is_always_reported(a, b):
    assert "stray_close" in kinds(f"“{a}” {b} ”")


def test_finite_verbs():
    assert has_finite_verb("The collaboration aligns with Western aims.")
    assert has_finite_verb("It’s very dangerous.")
    assert has_finite_verb("Follow AP coverage.")
    assert not has_finite_verb("Relations in the Indo-Pacific region.")
    assert not has_finite_verb("The talks in Washington.")


def test_listed_verb_shortcut():
    assert has_listed_verb("Officials said more troops would follow.")
    assert not has_listed_verb("Said the minister.")  # capitalised: left to the full test
    assert not has_listed_verb("Relations in the region said’s")


verb_text = st.lists(
    st.sampled_from(
        ["said", "is", "can't", "Said", "ran", "the", "x", "’", "'", "s", "é", " ", "\n", ".", "“", "5"]
    ),
    max_size=12,
).map("".join)


@given(verb_text)
def test_listed_verb_shortcut_implies_a_finite_verb(text):
    assert not has_listed_verb(text) or has_finite_verb(text)


layout_text = st.lists(st.sampled_from(["ab", "c.", " ", "\n", "\r", "\t", "\x0c", "\n\n"]), max_size=16).map(
    "".join
)


@given(layout_text)
def test_layout_shortcut_never_hides_wrapped_copy(text):
    assert _may_be_wrapped(text) or not is_hard_wrapped(text, _blocks(text))


sentence_text = st.lists(
    st.sampled_from(
        ["Ab", "c", "U.S.", ".", "!", "…", "”", ")", " ", "\n", "\r\n", "\x0c", "\u2028", "5", "“"]
    ),
    max_size=16,
).map("".join)


@given(sentence_text)
def test_sentences_of_one_line_shortcut(text):
    expected, offset = [], 0
    for line in text.splitlines(keepends=True):
        expected += _split_line(line, offset) if not line.isspace() else []
        offset += len(line)
    assert split_sentences(text) == expected


def test_spelling_relations():
    assert is_alternative_spelling("Zelensky", "Zelenskiy")
    assert is_alternative_spelling("Kyiv", "Kiev")
    assert is_alternative_spelling("Sergei", "Sergey")
    assert not is_alternative_spelling("Tsukuryne", "Tskurine")
    assert is_derived_form("Ukraine", "Ukrainian") and is_derived_form("China", "Chinese")
    assert not is_derived_form("Austin", "Austria")


def test_destuttered_and_initials():
    assert destuttered("Lavrovov") == {"Lavrov"}
    assert destuttered("Barbara") == set()
    assert initials("Democratic People’s Republic of Korea") == {"DPRK", "DPROK"}
    assert initials("North Atlantic Treaty Organization") == {"NATO"}


def test_language_helpers():
    text = "The ministry spoke. Министр обороны заявил, что войска готовы."
    assert [text[a:b] for a, b in clauses(text)] == ["The ministry spoke.", text[20:]]
    assert [text[a:b] for a, b in non_latin_runs(text)] == [text[20:]]
    tally = WordTally("Kim Jong Un met Choe Son Hui. Le ministre a déclaré que les troupes partent.")
    assert not tally.maybe_foreign(0, 29)
    assert tally.maybe_foreign(30, 200)


def test_mojibake_repair():
    assert repair("â€™") == "’" and repair("Ã©") == "é"
    assert repair("Ãvila") is None


def test_bad_languages_option_is_a_config_error():
    import datetime as dt

    import pytest

    from audit.checks.base import CheckContext
    from audit.checks.lang.untranslated import Untranslated
    from audit.errors import ConfigError
    from audit.glossary.model import Glossary
    from audit.text.document import Document

    ctx = CheckContext(
        Document("a.txt", "Text."), Glossary(), dt.date(2024, 10, 28), {"L101": {"languages": "en"}}
    )
    with pytest.raises(ConfigError, match="languages"):
        list(Untranslated().run(ctx))


ALPHABET = "aeiouAEKLMNRSTbcdfg “”\"'’.,;:!?-\n\r\t0123456789ÃâЀКкΟ€™©"


@settings(deadline=None)  # the first langdetect call loads its profiles (~1 s)
@given(st.text(alphabet=ALPHABET, max_size=300))
def test_every_check_survives_any_text_and_locates_its_findings(text):
    import datetime as dt

    from audit.checks.base import CheckContext
    from audit.checks.registry import select_checks
    from audit.glossary.model import Glossary
    from audit.text.document import Document

    ctx = CheckContext(Document("a.txt", text), Glossary(), dt.date(2024, 10, 28))
    for check in select_checks(["garble", "lang"]):
        for f in check.run(ctx):
            assert 0 <= f.start < f.end <= len(text) and f.text == text[f.start : f.end]


def test_alnum_pattern_is_str_isalnum() -> None:
    from audit.text.quotes import ALNUM

    for c in "aZ09_ ²½Ⅻ\u0301éДд가中-’\u00a0":
        assert (ALNUM.fullmatch(c) is not None) == c.isalnum(), c


@given(st.lists(st.text(alphabet="abAB1_é-’", min_size=0, max_size=12), unique=True))
def test_words_with_a_single_form_match_stutter(keys: list[str]) -> None:
    """G106 destutters only the words STUTTER matches."""
    from audit.text.propernames import STUTTER, destuttered_forms

    assert [k for k in keys if STUTTER.search(k)] == [k for k in keys if destuttered_forms(k)]


def test_no_greek_or_cyrillic_letter_before_the_greek_block() -> None:
    from audit.checks.lang.encoding import FIRST_GREEK
    from audit.text.langid import script

    assert not [i for i in range(ord(FIRST_GREEK)) if script(chr(i)) in ("CYRILLIC", "GREEK")]
