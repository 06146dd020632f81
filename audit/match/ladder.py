"""One ladder of name-similarity levels (Jaro-Winkler on folded tokens), loosest first.

Every threshold the matchers use is defined here once, with what it trades. Measured on
the 41 hand-made garble pairs of shared/MEASUREMENTS.md unless said otherwise. Lower
levels link more garbles and more different people; higher ones miss re-romanised names.
A module keeps its own name for a level (`NEAR = ladder.NEAR`) only as an alias.
"""

from __future__ import annotations

# Cheap first cut before the real tests: below every level that applies to 5+ letter tokens,
# so it only saves work and never changes a decision.
PREFILTER = 0.75
# Labels a replaced name two versions of a story disagree on (already found by alignment) as
# a misspelling rather than another person (audit/versions/story.py): it never links, so it
# can be loose; a higher value calls more respellings "entity" swaps (a stronger claim).
LOOKS_ALIKE = 0.75
# The document supplies the rest of the evidence (an attribution "X said" right after the
# full name was introduced, N101 in context; an unintroduced surname with the same initial as an
# introduced one, G102): looser than any string-only level.
CONTEXT = 0.78
# A name part in an office context that resembles the holder's: a garble, not a stranger.
# The office is strong evidence, so one aligned part this close is enough (O102); higher
# misses garbles of the holder, lower calls a different minister a garble.
RELATED = 0.80
# Same sound (a shared double-metaphone code) and this close: 24/25 garbles linked, 0 false.
SAME_SOUND = 0.80
# Same sound across versions of a story: stricter, two versions may name two people.
SAME_SOUND_VERSIONS = 0.85
# A replaced word of a multiword name that is the same word spelled another way
# (Organisation/Organization 0.98, Programme/Program 0.97, Center/Centre 0.93), not a
# garble (N105): lower hides real one-word garbles of a body's name.
WORD_SPELLING = 0.90
# One name spelled two ways (Zelenskiy~Zelenskyy 0.96, Lavrovov~Lavrov 0.95) rather than a
# different name (Iwata~Iwaya 0.91): hand-set on such pairs. The office checks leave such
# spellings to the names checks; lower would let them claim a different person's name.
NEAR = 0.93
# String similarity alone, without a shared sound: safe only this high.
ALONE = 0.94
