"""Near misses of glossary names in a document: candidate windows, blocking, best link.

A window is a run of capitalised tokens outside every exact mention. Its last token is
looked up in the index's blocking buckets (phonetic code, folded prefix/suffix), and
only the accepted forms found there with the same number of tokens are compared, token
by token (`fuzzy.link_tokens`). Cost grows with the article, not with the glossary.
"""

from __future__ import annotations

import bisect
from itertools import compress

from audit.checks.base import CheckContext
from audit.checks.listed import exact_mentions
from audit.checks.names.near_match import NearMatch
from audit.glossary.index import GlossaryIndex
from audit.match.blocking import candidate_forms
from audit.match.fuzzy import EXACT, TokenLink, link_tokens, links
from audit.match.windows import NameView
from audit.text.spans import Token
from audit.world import is_world_source

MAX_WINDOW = 6  # tokens; longer glossary names are matched exactly only
TAILS_MEMO = 50_000  # token keys whose linked glossary words are kept between articles
NO_TAILS: dict[str, TokenLink] = {}  # shared: never mutated


def name_view(ctx: CheckContext) -> NameView:
    """Token facts shared by the name checks, computed once per document."""
    return ctx.view(_build_view)


def _build_view(ctx: CheckContext) -> NameView:
    at: dict[int, tuple[int, int]] = {}
    for m in exact_mentions(ctx):
        span = (m.first_token, m.first_token + m.n_tokens)
        at.update(dict.fromkeys(range(*span), span))
    return NameView(ctx.doc, frozenset(at), at)


def near_matches(ctx: CheckContext) -> list[NearMatch]:
    """Every near miss in the document, longest window first, non-overlapping."""
    return ctx.view(_near)


def _near(ctx: CheckContext) -> list[NearMatch]:
    found = _scan(name_view(ctx), ctx.index)
    if not any(is_world_source(m.entry.source) for m in found):
        return found
    from audit.checks.names.world_near import world_verdict  # lazy: only with world entries

    mentioned = {id(e) for m in exact_mentions(ctx) for e in m.entries}
    out = []
    for m in found:
        if not is_world_source(m.entry.source):
            out.append(m)
        elif (len(m.links) > 1 or id(m.entry) in mentioned) and (judged := world_verdict(m)):
            out.append(judged)
    return out


# One word near a name of the world pack is evidence only when the article names that
# entry exactly too ("Recep Tayyip Erdoğan … Erdoan"): with ~3,000 people and places
# known, some surname or town is one letter from almost any capitalised word (Bedouin ~
# Bouden, Gaza ~ Giza), while a project glossary lists the people its stories are about.


def _scan(view: NameView, index: GlossaryIndex) -> list[NearMatch]:
    """Matches in text order; a lone surname the article also writes as part of a longer
    name counts only when that longer name was itself a near miss (Volodymyr Zelenskiy …
    Zelenskiy), not when it names someone else (Sarah Hatten … Hatten)."""
    found: list[tuple[int, NearMatch]] = []
    held: list[tuple[int, NearMatch]] = []
    # A window can match only if some word in it may differ from the glossary (an eligible
    # word outside exact mentions) and its last word has candidate glossary words.
    seeds = [k for k in compress(range(len(view.eligible)), view.eligible) if k not in view.covered]
    skip_to = 0
    for i in _starts(view, seeds):
        if i < skip_to:
            continue
        match = _match_at(view, index, i)
        if match is not None:
            lone = len(match.links) == 1 and view.tokens[i].key in view.introduced_keys
            (held if lone else found).append((i, match))
            skip_to = i + len(match.links)
    explained = {view.tokens[k].key for i, m in found for k in range(i, i + len(m.links))}
    found += [(i, m) for i, m in held if view.tokens[i].key in explained]
    return [m for _, m in sorted(found, key=lambda p: p[0])]


def _starts(view: NameView, seeds: list[int]) -> list[int]:
    """Capitalised tokens less than MAX_WINDOW tokens before a seed (where a window that
    reaches one may start), in text order: a few slices of `caps_indices` per seed."""
    caps, out, done = view.caps_indices, [], 0
    for s in seeds:
        lo = max(bisect.bisect_left(caps, s - MAX_WINDOW + 1), done)
        done = bisect.bisect_right(caps, s)
        out += caps[lo:done]
    return out


def _match_at(view: NameView, index: GlossaryIndex, i: int) -> NearMatch | None:
    """The longest window starting at token i that is a near miss, if any."""
    if not view.caps[i] or view.mention_at.get(i, (i,))[0] != i:
        return None
    for j in range(view.run_end(i, MAX_WINDOW), i, -1):
        # Window tests first: a new word's glossary lookup costs far more than both.
        if view.cuts_mention(i, j) or view.enclosed(i, j):
            continue
        tails = _linked_tails(view, index, j - 1)
        if not tails:
            continue
        match = _best(view, index, view.tokens[i:j], tails)
        if match:
            return match
    return None


def _linked_tails(view: NameView, index: GlossaryIndex, k: int) -> dict[str, TokenLink]:
    """Last words of glossary forms that token k (a window's last word) may stand for, each
    with its `link_tokens` link, memoized."""
    memo = view.memo
    if k not in memo:
        tok = view.tokens[k]
        # A token that may not differ from the form (a common word) can only match exactly.
        if not tok.text[:1].isupper():
            memo[k] = NO_TAILS
        elif _eligible(view, tok):
            memo[k] = _near_tails(index, tok.key)
        else:
            memo[k] = {tok.key: EXACT} if tok.key in index.tails else NO_TAILS
    return memo[k]


def _near_tails(index: GlossaryIndex, key: str) -> dict[str, TokenLink]:
    """Last words of glossary forms that token key `key` links to, with the links, memoized
    per index: the same words recur across articles, and the lookup sorts and hashes a whole
    bucket."""
    memo = index.derived.setdefault("names.near_tails", {})
    found = memo.get(key)
    if found is None:
        if len(memo) >= TAILS_MEMO:
            memo.clear()  # bounded: archive runs meet millions of distinct words
        # Sorted: ties between equally close forms must not depend on string hashing.
        found = memo[key] = links(key, sorted(index.near_tails(key)), index.translit_twins(key))
    return found


def _eligible(view: NameView, tok: Token) -> bool:
    """A token that differs from the glossary form may be a garble of it (`NameView.eligible`)."""
    return view.eligible[tok.index]


def _best(
    view: NameView, index: GlossaryIndex, window: list[Token], tails: dict[str, TokenLink]
) -> NearMatch | None:
    n = len(window)
    best: tuple[tuple[bool, float], NearMatch] | None = None
    first, eligible = window[0].key, _eligible(view, window[0])
    for tail, last in tails.items():
        for form in candidate_forms(index, tail, n, first, eligible):
            found = _links(view, window, form, last)
            refs = index.accepted_refs(form) if found else ()
            if found is None or not refs:
                continue
            score = (all(lk.legit for lk in found), sum(lk.jaro_winkler for lk in found))
            if best is None or score > best[0]:
                text = view.doc.text[window[0].start : window[-1].end]
                m = NearMatch(window[0].start, window[-1].end, text, refs[0].entry, refs[0].surface, found)
                best = (score, m)
    return best[1] if best else None


def _links(
    view: NameView, window: list[Token], form: tuple[str, ...], last: TokenLink
) -> tuple[TokenLink, ...] | None:
    """The links of the window's tokens to the form's, or None if one does not link;
    `last`: the link of the last token, known from the lookup of its tails."""
    out = []
    for tok, f in zip(window[:-1], form[:-1], strict=True):
        link = link_tokens(tok.key, f)
        if link is None or (link is not EXACT and not _eligible(view, tok)):
            return None
        out.append(link)
    out.append(last)
    if all(lk.matcher == "exact" for lk in out):
        return None
    return tuple(out)
