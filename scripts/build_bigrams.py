"""Write audit/data/bigrams_en.tsv: word-pair counts of clean English news for G108.

Counts adjacent lowercase word pairs in the WMT23 refA reference translations (professional
human English; shared/corpora/wmt23-refA-en, not shipped), within a line, keeping pairs of
which neither word is a function word (function words say nothing about a term) and that
occur at least MIN_COUNT times. Only these derived counts ship, with provenance in the header.

    python scripts/build_bigrams.py [/work/shared/corpora/wmt23-refA-en] [audit/data/bigrams_en.tsv]
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from audit.checks.garble.terms import FUNCTION_WORDS  # noqa: E402

MIN_COUNT = 2
WORD = re.compile(r"[a-z]+(?:-[a-z]+)*|[^\sa-z]")
HEADER = """\
# Word pairs of clean English news and how often each occurs: the evidence G108 uses to tell
# a standard collocation ("foreign minister") from an odd one ("external minister").
# Derived from the WMT23 general test set reference translations into English (refA:
# de, he, ja, ru, uk, zh sources; ~207,000 words; wmt-conference/wmt23-news-systems,
# txt/references/) by scripts/build_bigrams.py: lowercased, pairs of adjacent words within a
# line, neither a function word, count >= {min_count}. Counts only; the texts are not shipped.
# Format: first word, second word, count (tab-separated).
"""


def pairs(line: str) -> list[tuple[str, str]]:
    """Adjacent word pairs of a line; punctuation breaks a pair."""
    toks = WORD.findall(line.lower())
    return [
        (a, b)
        for a, b in pairwise(toks)
        if a[0].isalpha() and b[0].isalpha() and a not in FUNCTION_WORDS and b not in FUNCTION_WORDS
    ]


def main() -> None:
    src = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/shared/corpora/wmt23-refA-en")
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "audit" / "data" / "bigrams_en.tsv"
    counts: Counter[tuple[str, str]] = Counter()
    for path in sorted(src.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            counts.update(pairs(line))
    kept = sorted((p, n) for p, n in counts.items() if n >= MIN_COUNT)
    lines = [f"{a}\t{b}\t{n}" for (a, b), n in kept]
    out.write_text(HEADER.format(min_count=MIN_COUNT) + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{out}: {len(lines)} pairs")


if __name__ == "__main__":
    main()
