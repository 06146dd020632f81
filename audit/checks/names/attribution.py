"""Unintroduced surnames in attributions that stand for a glossary person named earlier.

Wire style introduces a person by full name before using the surname alone. "Shin said"
in an article that never introduced any Shin, after it introduced Sabrina Singh, is a
garble of Singh that string similarity alone cannot link without many false alarms
(MEASUREMENTS.md): the document supplies the missing evidence.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import compress

from audit.checks.base import CheckContext
from audit.checks.listed import exact_mentions
from audit.checks.names.nearmatch import name_view
from audit.glossary.index import Mention
from audit.glossary.model import Entry
from audit.match import ladder
from audit.match.windows import NameView
from audit.text.normalize import WORD_RE, token_key, translit_fold
from audit.text.similarity import jaro_winkler, phonetic_match

ATTRIBUTION_VERBS = frozenset(
    [
        "said",
        "says",
        "told",
        "added",
        "noted",
        "stated",
        "wrote",
        "explained",
        "replied",
        "argued",
        "warned",
        "insisted",
        "emphasized",
        "emphasised",
        "stressed",
        "mentioned",
        "claimed",
        "continued",
        "concluded",
        "acknowledged",
        "declared",
        "tweeted",
        "posted",
        "announced",
        "confirmed",
        "asked",
    ]
)
_CUE_WORDS = ATTRIBUTION_VERBS | {"according"}
CONTEXT_JW = ladder.CONTEXT
MAX_LEN_GAP = 2
_AFTER_NAME = (",", ".", ";", "\u201d", '"', "\n")


@dataclass(frozen=True)
class ContextMatch:
    """A surname used for attribution that stands for a person the article introduced."""

    start: int
    end: int
    text: str
    entry: Entry
    form: str  # the person's surname as the glossary spells it
    jaro_winkler: float
    cue: str  # the attribution, e.g. "Shin said"
    introduced: str  # the person's first mention in the article


def attribution_matches(ctx: CheckContext) -> list[ContextMatch]:
    """Every unintroduced attributed surname close to an introduced glossary person."""
    return ctx.view(_scan)


def _scan(ctx: CheckContext) -> list[ContextMatch]:
    view = name_view(ctx)
    people = _people(exact_mentions(ctx))
    out: list[ContextMatch] = []
    for i, cue in _attributed(view) if people else ():
        tok = view.tokens[i]
        if not _candidate(view, i) or tok.key in view.introduced_keys:
            continue  # tested before the costlier search: most cited names were introduced
        best = _closest(tok.key, tok.start, people)
        if best:
            entry, form, jw, first = best
            out.append(ContextMatch(tok.start, tok.end, tok.text, entry, form, jw, cue, first.text))
    return out


def _people(mentions: list[Mention]) -> list[tuple[Entry, Mention]]:
    """Glossary people the article mentions, with their first mention."""
    seen: dict[str, tuple[Entry, Mention]] = {}
    for m in mentions:
        for r in m.refs:  # `m.entries` in order; an entry seen again changes nothing
            if r.entry.kind == "person":
                seen.setdefault(r.entry.canonical, (r.entry, m))
    return list(seen.values())


def _attributed(view: NameView):  # type: ignore[no-untyped-def]
    """(token index, cue text) of single tokens in "X said", "said X." or "according to X"."""
    toks, text = view.tokens, view.doc.text
    for i in _cued(view):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt and nxt.key in ATTRIBUTION_VERBS and not text[t.end : nxt.start].strip():
            yield i, text[t.start : nxt.end]
        elif i >= 1 and toks[i - 1].key in ATTRIBUTION_VERBS and text[t.end : t.end + 1] in _AFTER_NAME:
            yield i, text[toks[i - 1].start : t.end]
        elif i >= 2 and (toks[i - 2].key, toks[i - 1].key) == ("according", "to"):
            yield i, text[toks[i - 2].start : t.end]


def _cued(view: NameView) -> list[int]:
    """Capitalised tokens next to an attribution verb or after "according to", in text order:
    the only tokens `_attributed` can yield (found from the few cue words, not every name)."""
    keys, caps = view.keys, view.caps
    near: set[int] = set()
    for k in compress(range(len(keys)), map(_CUE_WORDS.__contains__, keys)):
        near.update((k + 2,) if keys[k] == "according" else (k - 1, k + 1))
    return sorted([i for i in near if 0 <= i < len(caps) and caps[i]])


def _candidate(view: NameView, i: int) -> bool:
    t = view.tokens[i]
    if i in view.covered or len(t.key) < 3 or not t.key.isalpha() or t.text.isupper():
        return False
    return view.name_like(i) and not view.enclosed(i, i + 1)


def _closest(
    key: str, at: int, people: list[tuple[Entry, Mention]]
) -> tuple[Entry, str, float, Mention] | None:
    best = None
    for entry, first in people:
        if first.start >= at:
            continue  # the person must be introduced before the surname is used
        for word, part in _name_parts(entry.accepted_forms):
            jw = _close(key, part)
            if jw and (best is None or jw > best[2]):
                best = (entry, word, jw, first)
    return best


@lru_cache(maxsize=1 << 14)
def _name_parts(forms: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """(word, key) of every word of an entry's accepted forms, in order."""
    return tuple((w.group(), token_key(w.group())) for form in forms for w in WORD_RE.finditer(form))


@lru_cache(maxsize=1 << 16)  # surnames and glossary name parts repeat across articles
def _close(key: str, part: str) -> float:
    """Jaro-Winkler when `key` could be a garble of the name part `part`, else 0."""
    if key == part or len(part) < 3 or abs(len(key) - len(part)) > MAX_LEN_GAP:
        return 0.0
    if translit_fold(key)[:1] != translit_fold(part)[:1]:
        return 0.0
    jw = jaro_winkler(key, part)
    return round(jw, 3) if jw >= CONTEXT_JW or phonetic_match(key, part) else 0.0
