"""Fixtures for the house tests: one generated archive and one house learned from it.

Imported by each test module (a conftest.py here would shadow tests/conftest.py, which
other test folders import by name).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from house_archive import make_archive


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = make_archive(tmp_path_factory.mktemp("archive") / "copy")
    (folder / "logo.png").write_bytes(b"\x89PNG\x00\x01\x02binary")
    return folder


@pytest.fixture(scope="module")
def house(archive: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from audit.house.learn import learn

    out = tmp_path_factory.mktemp("house") / "house"
    learn([archive], out)
    return out
