"""The consensus of the other versions, fact by fact, and where one version departs from it.

For each sentence of each version, every other version with a counterpart votes on each
fact (agree / says something else / abstains). With three or more versions the majority
decides; when only one other version speaks, the disagreement is reported on both sides
at a lower weight. A glossary term breaks ties: a rendering the glossary lists wins.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from audit.versions.facts import Sentence
from audit.versions.pair import Pair
from audit.versions.votes import Candidate, Vote, candidates, equivalent, vote

# Links from 30 to 35 chrF are right about half the time on the seed story; above, mostly.
VOTE_CHRF = 35.0


@dataclass(frozen=True)
class Divergence:
    """One fact of one version that the other versions state differently."""

    kind: str  # name | number | date | term | tense
    version: int
    start: int
    end: int
    text: str
    consensus: str  # what the disagreeing versions say (their most common wording)
    others: dict[int, str]  # version → its wording, for every version that disagrees
    agree: tuple[int, ...]  # versions that say what this one says
    majority: bool  # decided by a majority (else a two-way disagreement)
    key: Any = None
    alt_key: Any = None
    backed_by: str | None = None  # glossary term that the consensus uses
    extra: dict[str, Any] = field(default_factory=dict)


def clusters(kind: str, alts: list[Vote]) -> list[list[Vote]]:
    """Disagreeing votes grouped by what they say, largest group first."""
    groups: list[list[Vote]] = []
    for v in alts:
        for g in groups:
            if equivalent(kind, g[0].key, v.key):
                g.append(v)
                break
        else:
            groups.append([v])
    return sorted(groups, key=len, reverse=True)


def decide(
    c: Candidate, votes: list[Vote], term_of: Callable[[str], str | None]
) -> tuple[list[Vote], bool, str | None] | None:
    """(the consensus votes, decided by majority?, glossary term backing it) or None."""
    agree = [v for v in votes if v.agree]
    groups = clusters(c.kind, [v for v in votes if not v.agree])
    if not groups:
        return None
    top = groups[0]
    if c.kind == "term":
        listed = [(g, t) for g in groups for t in [term_of(g[0].text)] if t]
        if listed and not agree:
            return listed[0][0], True, listed[0][1]
    # Positional kinds need one clean, anchored replacement among the votes they rest on.
    anchored = c.kind == "date" or any(v.anchored for v in top)
    if len(top) >= 2 and len(top) > len(agree) + 1 and (anchored or _rare_name(c, agree, votes)):
        return top, True, None
    if len(votes) == 1 and not agree and anchored:
        return top, False, None
    return None


def _rare_name(c: Candidate, agree: list[Vote], votes: list[Vote]) -> bool:
    """A name fewer than a third of the versions use, where at least two thirds of the
    voters name something else at that place: decided even without a clean one-word
    replacement (real MT rewrites the words around a name), and even when the others do
    not agree among themselves (each engine garbles an organisation's name its own way)."""
    speaking = len(votes) + 1  # the voters and this version
    against = len(votes) - len(agree)
    return c.kind == "name" and 3 * (len(agree) + 1) < speaking and 3 * against >= 2 * len(votes)


def diverge(
    pairs_by_version: dict[int, list[Pair]],
    term_of: Callable[[str], str | None],
    known_term: Callable[[Pair, int], bool],
) -> list[Divergence]:
    """Divergences of one sentence (`pairs_by_version`: its counterparts, best first)."""
    pairs_by_version = {w: strong for w, ps in pairs_by_version.items() if (strong := _strong(ps))}
    firsts = [ps[0] for ps in pairs_by_version.values()]
    if not firsts:
        return []
    this = firsts[0].this
    out = []
    for c in candidates(firsts):
        if c.kind == "term" and known_term(firsts[0], c.first):
            continue
        votes = [v for ps in pairs_by_version.values() if (v := _first_vote(ps, c)) is not None]
        decided = decide(c, votes, term_of)
        if decided is not None:
            out.append(_divergence(this, c, votes, *decided))
    return out


def _divergence(
    this: Sentence, c: Candidate, votes: list[Vote], top: list[Vote], majority: bool, backed: str | None
) -> Divergence:
    start, end = this.tokens[c.first].start, this.tokens[c.last - 1].end
    return Divergence(
        kind=c.kind,
        version=-1,
        start=start,
        end=end,
        text=this.doc.text[start:end],
        consensus=top[0].text,
        others={v.version: v.text for v in votes if not v.agree},
        agree=tuple(v.version for v in votes if v.agree),
        majority=majority,
        key=c.key,
        alt_key=top[0].key,
        backed_by=backed,
        extra={"consensus_versions": [v.version for v in top], "anchored": any(v.anchored for v in top)},
    )


def _strong(pairs: list[Pair]) -> list[Pair]:
    """Only well-aligned counterparts vote: a weak link is as likely another sentence."""
    return [p for p in pairs if p.score >= VOTE_CHRF]


def _first_vote(pairs: list[Pair], c: Candidate) -> Vote | None:
    for p in pairs:
        v = vote(p, c)
        if v is not None:
            return v
    return None
