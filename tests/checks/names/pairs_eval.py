"""Run the name matcher (N101/N102) on the pair fixtures and score it.

Each row of fixtures/pairs.tsv is one sentence checked on its own against one shared,
invented glossary (fixtures/pairs-glossary.yaml). `python tests/checks/names/pairs_eval.py`
prints precision and recall; the tests assert on the same rows.
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from audit.checks.base import CheckContext  # noqa: E402
from audit.checks.names.near import GarbledName, UnlistedVariant  # noqa: E402
from audit.glossary import Glossary, load_glossaries  # noqa: E402
from audit.glossary.index import GlossaryIndex  # noqa: E402
from audit.model import Finding  # noqa: E402
from audit.text.document import Document  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"
CODES = {"garble": "N101", "variant": "N102"}


@dataclass(frozen=True)
class Pair:
    expect: str  # garble | variant | quiet
    candidate: str
    sentence: str
    entry: str


def pairs() -> list[Pair]:
    rows = (FIXTURES / "pairs.tsv").read_text(encoding="utf-8").splitlines()
    out = []
    for line in rows:
        if line.strip() and not line.startswith("#"):
            expect, candidate, sentence, *entry = line.split("\t")
            out.append(Pair(expect, candidate, sentence, entry[0] if entry else ""))
    return out


@lru_cache(maxsize=1)
def glossary() -> tuple[Glossary, GlossaryIndex]:
    g = load_glossaries([FIXTURES / "pairs-glossary.yaml"])
    return g, GlossaryIndex.build(g)


def findings_for(text: str, g: Glossary | None = None) -> list[Finding]:
    gl, index = glossary() if g is None else (g, GlossaryIndex.build(g))
    ctx = CheckContext(Document("t.txt", text), gl, dt.date(2024, 10, 28), index_factory=lambda _g: index)
    return [f for check in (GarbledName(), UnlistedVariant()) for f in check.run(ctx)]


def verdict(p: Pair) -> tuple[bool, str]:
    """(passed, what happened) for one pair."""
    found = findings_for(p.sentence)
    if p.expect == "quiet":
        return not found, ", ".join(f"{f.code} {f.text!r}" for f in found) or "quiet"
    start = p.sentence.index(p.candidate)
    end = start + len(p.candidate)
    hits = [f for f in found if f.start < end and start < f.end and f.code == CODES[p.expect]]
    ok = any(f.evidence.get("entry") == p.entry for f in hits)
    return ok, ", ".join(f"{f.code} {f.text!r}→{f.suggestion}" for f in found) or "missed"


def main() -> None:
    tp = fn = fp = tn = 0
    for p in pairs():
        ok, what = verdict(p)
        if p.expect == "quiet":
            tn, fp = tn + ok, fp + (not ok)
        else:
            tp, fn = tp + ok, fn + (not ok)
        if not ok:
            print(f"FAIL {p.expect:8} {p.candidate!r}: {what}")
    print(f"links: {tp}/{tp + fn} found (recall {tp / (tp + fn):.3f});")
    print(f"quiet: {tn}/{tn + fp} quiet; precision {tp / max(1, tp + fp):.3f}")


if __name__ == "__main__":
    main()
