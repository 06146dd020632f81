"""Benchmark (not a test): articles per second of the garble and lang checks on seed-sized copy.

Run: python tests/checks/garble/bench_checks.py [N]. Each article is a fresh Document (no shared
caches), so the number includes tokenising, sentence splitting and the checks themselves.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from audit.checks.base import CheckContext  # noqa: E402
from audit.checks.registry import select_checks  # noqa: E402
from audit.glossary.model import Glossary  # noqa: E402
from audit.runner import run_checks  # noqa: E402
from audit.text.document import Document  # noqa: E402


def main(n: int = 300) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for selector in ("garble", "lang"):
        checks = select_checks([selector])
        start = time.perf_counter()
        for i in range(n):
            doc = Document(path=f"a{i}.txt", text=texts[i % len(texts)] + f"\nStory {i} ends here.")
            run_checks(CheckContext(doc=doc, glossary=Glossary(), date=dt.date(2024, 10, 28)), checks)
        elapsed = time.perf_counter() - start
        words = sum(len(t.split()) for t in texts) / len(texts)
        print(f"{selector}: {n / elapsed:.0f} articles/s ({words:.0f} words each, {n} articles)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)
