"""Writers replace a file whole or not at all, and never an input (audit/atomic.py)."""

from __future__ import annotations

import os

import pytest

from audit.atomic import refuse_inputs, replacing, write_text
from audit.errors import ConfigError


def test_failed_write_keeps_the_old_file_and_leaves_no_temp(tmp_path):
    target = tmp_path / "base.json"
    target.write_text("OLD", encoding="utf-8")
    with pytest.raises(UnicodeEncodeError):
        write_text(target, "new \udcff text")  # an encoding error half-way
    assert target.read_text(encoding="utf-8") == "OLD"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["base.json"]


def test_interrupted_block_keeps_the_old_file(tmp_path):
    target = tmp_path / "r.csv"
    target.write_text("OLD", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt), replacing(target) as tmp:
        tmp.write_text("half", encoding="utf-8")
        raise KeyboardInterrupt  # SIGTERM arrives mid-write
    assert target.read_text(encoding="utf-8") == "OLD"
    assert len(list(tmp_path.iterdir())) == 1


def test_write_replaces_when_done(tmp_path):
    target = tmp_path / "r.txt"
    target.write_text("OLD", encoding="utf-8")
    write_text(target, "NEW")
    assert target.read_text(encoding="utf-8") == "NEW"


def test_an_input_is_refused_under_another_name(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("copy", encoding="utf-8")
    os.link(article, tmp_path / "same.txt")
    with pytest.raises(ConfigError, match="is an input file"):
        refuse_inputs([tmp_path / "same.txt"], [str(article)])
    refuse_inputs([tmp_path / "other.txt"], [str(article)])  # a new file is fine


def test_a_folder_is_not_replaced(tmp_path):
    with pytest.raises(ConfigError, match="folder"):
        write_text(tmp_path, "x")
