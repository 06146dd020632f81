"""The naive baseline: every 1–3-token window against every glossary form with rapidfuzz.

This is what a matcher without blocking costs: rapidfuzz's batched `process.cdist`
(Jaro-Winkler, as the real matcher uses) over all windows × all canonicals and aliases,
keeping each window's best form at or above the cutoff (what `process.extractOne` returns
per window, minus its per-call overhead: a generous baseline).
"""

from __future__ import annotations

from collections.abc import Sequence

from audit.glossary.loader import iter_forms
from audit.glossary.model import Glossary
from audit.text.document import Document
from audit.text.normalize import key_text

CUTOFF = 0.9
CHUNK = 64  # windows per cdist call: bounds the score matrix (64 × forms floats)


def glossary_forms(glossary: Glossary) -> list[str]:
    """Every accepted form (canonical and aliases), in normal form."""
    return [key_text(s) for e in glossary.entries for k, s in iter_forms(e) if k in ("canonical", "alias")]


def windows(doc: Document, max_n: int = 3) -> list[tuple[int, int, str]]:
    """(start, end, normal text) of every 1..max_n-token window."""
    toks = doc.tokens
    out = []
    for i in range(len(toks)):
        for n in range(1, max_n + 1):
            if i + n <= len(toks):
                out.append((toks[i].start, toks[i + n - 1].end, " ".join(t.key for t in toks[i : i + n])))
    return out


def naive_matches(doc: Document, forms: Sequence[str]) -> list[tuple[int, int, str, float]]:
    """(start, end, best form, score) for every window whose best form scores ≥ CUTOFF."""
    import numpy as np
    from rapidfuzz import process
    from rapidfuzz.distance import JaroWinkler

    wins = windows(doc)
    out = []
    for lo in range(0, len(wins), CHUNK):
        chunk = wins[lo : lo + CHUNK]
        scores = process.cdist(
            [w[2] for w in chunk],
            forms,
            scorer=JaroWinkler.normalized_similarity,
            score_cutoff=CUTOFF,
            dtype=np.float32,
            workers=1,
        )
        best = scores.argmax(axis=1)
        for row, (start, end, _text) in enumerate(chunk):
            score = float(scores[row, best[row]])
            if score >= CUTOFF:
                out.append((start, end, forms[best[row]], score))
    return out
