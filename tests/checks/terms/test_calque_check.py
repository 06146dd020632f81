"""T102's matching rules: boundaries, normalisation, context, quotes, glossary precedence,
and the loader's one-line errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from audit.checks.base import CheckContext
from audit.checks.terms import calques
from audit.checks.terms.lexicon import parse_lexicon
from audit.errors import GlossaryError
from audit.glossary.model import Glossary
from audit.text.document import Document


def run(text: str, glossary: Glossary | None = None) -> list[tuple[str, str | None]]:
    ctx = CheckContext(
        doc=Document(path="t.txt", text=text), glossary=glossary or Glossary(), date=dt.date(2024, 1, 1)
    )
    return [(f.text, f.suggestion) for f in calques.Calque().run(ctx)]


def test_case_hyphen_and_line_break_tolerant():
    assert run("Preventive\nprison was ordered.") == [("Preventive\nprison", "Pretrial detention")]
    assert run("The anti aircraft defence shot down 20 drones.") == [("anti aircraft defence", "air defence")]


def test_possessive_only_where_the_form_has_one():
    assert run("The country's parliament voted on Tuesday.") == []
    assert run("The country parliament in Erfurt voted on Tuesday.") == [
        ("country parliament", "state parliament")
    ]
    assert run("Some 5 million people receive citizen's money.") == [("citizen's money", "citizen's income")]
    assert run("Some 5 million people receive citizen money.") == [("citizen money", "citizen's income")]


def test_overlapping_forms_give_one_finding_for_the_longest():
    assert run("Twenty million voters went to the urns on Sunday.") == [
        ("went to the urns", "went to the polls")
    ]
    assert run("Rain kept voters from returning to the urns.") == [("to the urns", "to the polls")]


def test_word_boundaries():
    assert run("Their preventive prisoner policy") == []
    assert run("the unpreventive prison") == []


def test_inflected_forms_of_a_listed_calque():
    # Plural, tense and inner articles vary with the sentence; the calque stays a calque.
    assert run("Three social plans cut 800 jobs at the plant.") == [("social plans", "redundancy plan")]
    assert run("He was president of government until 2018.") == [
        ("president of government", "prime minister")
    ]


def test_one_word_forms_match_only_as_spelt():
    # "effectives" (troops) is a calque; "effective" is English.
    assert [t for t, _ in run("The army sent 2,000 effectives to the border.")] == ["effectives"]
    assert run("The measure was effective at the border.") == []


def test_no_match_across_sentences():
    assert run("It was preventive. Prison guards went on strike.") == []


def test_context_required_and_forbidden():
    assert run("Thousands of workers joined the syndicates in a strike.") != []
    assert run("The syndicates control the drug trade.") == []
    assert run("The drug syndicates fought a strike by rivals and workers.") == []


def test_quoted_text_is_skipped_only_when_the_entry_says_so(monkeypatch, tmp_path: Path):
    from audit.checks.terms import lexicon

    body = "    right: [pretrial detention]\n    languages: [es]\n    source: prisión preventiva\n"
    body += "    severity: major\n    example: preventive prison\n"
    for skip, expected in ((True, []), (False, [("preventive prison", "pretrial detention")])):
        path = tmp_path / f"lex-{skip}.yaml"
        text = f"entries:\n  - wrong: [preventive prison]\n{body}    skip_quoted: {str(skip).lower()}\n"
        path.write_text(text, encoding="utf-8")
        entries = lexicon.parse_lexicon(path.read_text(encoding="utf-8"), path)
        monkeypatch.setattr(lexicon, "load_calques", lambda e=entries: e)
        auto = lexicon.build_automaton(entries)
        monkeypatch.setattr(lexicon, "automaton", lambda a=auto: a)
        assert run("“He faces preventive prison,” she said.") == expected
    assert run("He faces preventive prison, she said.") == [("preventive prison", "pretrial detention")]


def test_glossary_form_wins(tmp_path: Path):
    from audit.glossary.loader import load_glossaries

    path = tmp_path / "g.yaml"
    text = "entries:\n  - canonical: pretrial detention\n    kind: term\n"
    text += "    mistranslations: [preventive prison]\n"
    path.write_text(text, encoding="utf-8")
    glossary = load_glossaries([path])
    assert run("A judge ordered preventive prison.", glossary) == []
    assert run("A judge ordered preventive prison.") == [("preventive prison", "pretrial detention")]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("entries: [{wrong: [a b]}]", "missing"),
        (
            "entries:\n  - {wrong: [a], right: [b], languages: [xx], source: s, severity: minor, example: a}",
            "unknown language",
        ),
        (
            "entries:\n  - {wrong: [a], right: [b], languages: [es], source: s, severity: huge, example: a}",
            "severity",
        ),
        (
            "entries:\n  - {wrong: [a], right: [b], languages: [es], source: s, severity: minor, example: a,"
            " context: {near: [x]}}",
            "context",
        ),
        ("entries: [\n", "invalid YAML"),
        ("- a\n", "entries"),
    ],
)
def test_loader_errors_name_the_file(text: str, message: str):
    with pytest.raises(GlossaryError) as info:
        parse_lexicon(text, Path("calques.yaml"))
    assert "calques.yaml" in str(info.value) and message in str(info.value)


def test_suggestion_takes_the_case_of_the_matched_text() -> None:
    from audit.checks.terms.calques import _match_case

    assert _match_case("Ministry of Exterior Relations", "foreign ministry") == "Foreign Ministry"
    assert _match_case("Preventive prison", "pretrial detention") == "Pretrial detention"
    assert _match_case("preventive prison", "pretrial detention") == "pretrial detention"
    assert _match_case("Council of Deputies", "House of Representatives") == "House of Representatives"
