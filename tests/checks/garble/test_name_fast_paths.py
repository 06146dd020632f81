"""The fast paths of the name views and G105 give the answers of their plain definitions."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from audit.checks.garble.explanations import OrphanedExplanation
from audit.text.document import Document
from audit.text.lexicon import is_common
from audit.text.propernames import JOINERS, _name_shaped, name_view, sentence_openers

NAME_TEXT = st.text(alphabet="AaKkSsTtİIıé’'- .\n“", max_size=80) | st.lists(
    st.sampled_from(["The", "Kim", "Jong-un", "said", "Lavrov’s", "NATO", "in", ". ", " ", "-", "\n"]),
    max_size=25,
).map("".join)


def plain_name_view(doc: Document) -> tuple[list, list]:
    """name_view as first written: a shape test per token, openers, then a loop for the runs."""
    openers = sentence_openers(doc)
    names = [t for t in doc.tokens if _name_shaped(t.text) and not (t.index in openers and is_common(t.text))]
    runs: list[list] = []
    for t in names:
        if runs and runs[-1][-1].index == t.index - 1 and doc.text[runs[-1][-1].end : t.start] in JOINERS:
            runs[-1].append(t)
        else:
            runs.append([t])
    return names, [tuple(r) for r in runs]


@given(NAME_TEXT)
def test_name_view_matches_its_plain_definition(text: str) -> None:
    doc = Document("a.txt", text)
    view = name_view(doc)
    names, runs = plain_name_view(doc)
    assert view.tokens == names and view.runs == runs
    by_key: dict[str, list] = {}
    for t in names:
        by_key.setdefault(t.key, []).append(t)
    assert view.by_key == by_key and list(view.by_key) == list(by_key)
    assert view.full_names == [r for r in runs if len(r) >= 2]


def test_keyword_prefilter_cases() -> None:
    assert OrphanedExplanation._has_keyword("the ACRONYM for")
    assert OrphanedExplanation._has_keyword("“Stands For” it")
    assert not OrphanedExplanation._has_keyword("İnitials")  # lowered: i + combining dot
    assert not OrphanedExplanation._has_keyword("initial reports")
