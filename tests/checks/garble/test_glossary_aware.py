"""G101 lets a loaded glossary decide which of two spellings is right."""

from __future__ import annotations

import datetime as dt

from audit.checks.base import CheckContext
from audit.checks.garble.consistency import InconsistentName
from audit.glossary.loader import load_glossaries
from audit.text.document import Document

GLOSSARY = """\
entries:
  - canonical: Olaf Scholz
    kind: person
    aliases: [Scholz]
  - canonical: Olena Zelenska
    kind: person
    aliases: [Zelenska]
  - canonical: Volodymyr Zelensky
    kind: person
    aliases: [Zelensky]
"""


def flagged(tmp_path, text: str) -> list[tuple[str, str | None]]:
    path = tmp_path / "g.yaml"
    path.write_text(GLOSSARY, encoding="utf-8")
    ctx = CheckContext(Document("a.txt", text), load_glossaries([str(path)]), dt.date(2024, 10, 28))
    return [(f.text, f.suggestion) for f in InconsistentName().run(ctx)]


def test_glossary_form_wins_a_tie(tmp_path):
    text = "Chancellor Olaf Scholtz met ministers.\nOlaf Scholz later spoke to reporters.\n"
    assert flagged(tmp_path, text) == [("Scholtz", "Scholz")]


def test_without_glossary_the_first_form_wins_a_tie(tmp_path):
    ctx = CheckContext(
        Document("a.txt", "Chancellor Olaf Scholtz met ministers.\nOlaf Scholz spoke.\n"),
        load_glossaries([]),
        dt.date(2024, 10, 28),
    )
    assert [(f.text, f.suggestion) for f in InconsistentName().run(ctx)] == [("Scholz", "Scholtz")]


def test_two_listed_names_are_never_linked(tmp_path):
    assert flagged(tmp_path, "Zelensky thanked donors.\nZelenska met students.\n") == []
