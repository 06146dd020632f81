"""The hostile-input matrix of issue 18: each case a correct result or one clear line, exit 2.

Cases live in cases.py; harness.py runs each in a subprocess (timeout, memory cap) and
judges it. A crash, a traceback, a hang or a changed input fails the case.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from cases import CASES
from harness import execute, judge


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_hostile(case, tmp_path):
    if case.id == "glossary-unreadable" and os.geteuid() == 0:
        pytest.skip("root reads any file (glossary-dangling-symlink covers an unreadable glossary)")
    judge(case, execute(case, tmp_path))
