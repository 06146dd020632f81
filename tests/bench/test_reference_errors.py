"""The hand-verified reference errors the false-alarm bench counts apart: well-formed, each
with a reason, and matched only on source, file, code and text together."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench import false_alarms  # noqa: E402

KEYS = {"source", "file", "code", "text", "why"}


def test_every_entry_names_a_source_file_code_and_reason() -> None:
    entries = false_alarms.reference_errors()
    assert entries
    for e in entries:
        assert set(e) == KEYS, e
        assert e["source"] in (*false_alarms.SOURCES, "wmt-compare") and e["source"] != "seeds"
        assert len(e["why"]) > 15 and e["code"][0] in "GLNOTV"


def test_a_finding_counts_as_verified_only_when_all_keys_match() -> None:
    finding = {"file": "uk-en-025.txt", "code": "N101", "text": "Dorin Rechan"}
    assert false_alarms.verified("wmt-refA", finding)
    assert not false_alarms.verified("wmt-dev", finding)
    assert not false_alarms.verified("wmt-refA", {**finding, "code": "N105"})
    assert not false_alarms.verified("wmt-refA", {**finding, "file": "uk-en-026.txt"})
    assert not false_alarms.verified("wmt-refA", {**finding, "text": "Dorin Recean"})
