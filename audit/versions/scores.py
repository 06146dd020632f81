"""Divergence scores: how far each sentence and each version stands from the others (chrF).

A sentence's consensus score is the mean, over the other versions, of its best link's chrF
(0 where a version has no counterpart: dropped or invented content counts against it).
A version's score is the word-weighted mean over its sentences; higher means closer to
what the other versions say. `divergence` = 100 − score, for ranking.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from audit.versions.story import StoryAnalysis


def sentence_scores(a: StoryAnalysis, v: int) -> list[dict[str, Any]]:
    """Per sentence of version `v`: span, consensus chrF and its links (the alignment)."""
    n_others = len(a.docs) - 1
    out = []
    for unit in a.aligner.versions[v]:
        links = a.links.get((v, unit.index), {})
        best = {w: ls[0] for w, ls in links.items()}
        score = sum(link.score for link in best.values()) / n_others if n_others else 0.0
        out.append(
            {
                "index": unit.index,
                "start": unit.span.start,
                "end": unit.span.end,
                "chrf": round(score, 2),
                "divergence": round(100 - score, 2),
                "links": {
                    a.docs[w].path: {"sentences": list(link.units), "chrf": round(link.score, 2)}
                    for w, link in sorted(best.items())
                },
            }
        )
    return out


def version_score(a: StoryAnalysis, v: int, sentences: list[dict[str, Any]]) -> dict[str, Any]:
    """Word-weighted consensus chrF of a version, its coverage and its divergences by kind."""
    weights = [len(a.sentences[v][s["index"]].tokens) for s in sentences]
    total = sum(weights) or 1
    score = sum(w * s["chrf"] for w, s in zip(weights, sentences, strict=True)) / total
    covered = sum(w for w, s in zip(weights, sentences, strict=True) if s["links"]) / total
    kinds = Counter(d.kind for d in a.divergences if d.version == v)
    return {
        "chrf": round(score, 2),
        "divergence": round(100 - score, 2),
        "coverage": round(covered, 3),
        "divergences": dict(sorted(kinds.items())),
    }


def story_scores(a: StoryAnalysis) -> tuple[list[dict[str, Any]], list[list[dict[str, Any]]]]:
    """(per-version summaries, per-version sentence lists); compare ranks them by quality."""
    sentences = [sentence_scores(a, v) for v in range(len(a.docs))]
    versions = [{"path": a.docs[v].path, **version_score(a, v, sentences[v])} for v in range(len(a.docs))]
    return versions, sentences
