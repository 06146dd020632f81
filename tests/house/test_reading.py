"""The archive reader and name mentions that `learn` and `glossary mine` rest on."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from audit.errors import InputError
from audit.house.archive import read_archive
from audit.house.mentions import mentions
from audit.text.document import Document


def test_csv_jsonl_and_text_files_with_dates(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text(
        'date,text\n2024-03-01,"Kim said so."\n,"No date here."\n', encoding="utf-8"
    )
    (tmp_path / "b.jsonl").write_text('{"text": "One.", "date": "2024-03-02T10:00:00Z"}\n\n{"text": ""}\n')
    (tmp_path / "c.txt").write_text("SEOUL, March 3, 2024 (Wire) - Text.\n")
    (tmp_path / "d.txt").write_bytes(b"\x00\x01\x02\x89PNG" * 8)  # binary (no BOM: UTF-16 is text)
    texts, notes = read_archive([tmp_path])
    assert [(t.text[:4], t.date) for t in texts] == [
        ("Kim ", dt.date(2024, 3, 1)),
        ("No d", None),
        ("One.", dt.date(2024, 3, 2)),
        ("SEOU", dt.date(2024, 3, 3)),
    ]
    assert len(notes) == 1 and "d.txt" in notes[0]


def test_csv_without_text_column_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text("body\nx\n")
    with pytest.raises(InputError, match=r"a\.csv"):
        read_archive([tmp_path / "a.csv"])


def test_mentions_split_titles_and_keep_hyphened_syllables() -> None:
    text = "Defense Minister Andrei Belousov met leader Kim Jong-un in Pyongyang. The First World War ended."
    doc = Document(path="x", text=text)
    found = {m.surface: m.title for m in mentions(doc) if not m.acronym}
    assert found["Andrei Belousov"] == "defense minister"
    assert found["Kim Jong-un"] == "leader"
    assert "World War" not in found and found["First World War"] is None
    assert next(m for m in mentions(doc) if m.surface == "Pyongyang").place
