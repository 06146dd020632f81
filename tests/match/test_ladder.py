"""The similarity ladder: each level defined once, in order, and used by the matchers."""

from __future__ import annotations

from audit.checks.garble import attribution as garble_attribution
from audit.checks.garble import consistency
from audit.checks.names import attribution, multiword
from audit.checks.office import resolve
from audit.match import fuzzy, ladder
from audit.versions import spelling

LEVELS = [
    "PREFILTER",
    "LOOKS_ALIKE",
    "CONTEXT",
    "RELATED",
    "SAME_SOUND",
    "SAME_SOUND_VERSIONS",
    "WORD_SPELLING",
    "NEAR",
    "ALONE",
]


def test_levels_are_declared_loosest_first():
    values = [getattr(ladder, name) for name in LEVELS]
    assert values == sorted(values) and all(0.5 < v < 1 for v in values)
    declared = [n for n in vars(ladder) if n.isupper()]
    assert declared == LEVELS


def test_the_prefilter_is_below_every_string_level():
    assert min(fuzzy.PHONETIC_JW, fuzzy.FUZZY_JW) > fuzzy.PREFILTER_JW


def test_matchers_read_the_ladder():
    assert (fuzzy.PHONETIC_JW, fuzzy.FUZZY_JW, fuzzy.PREFILTER_JW) == (
        ladder.SAME_SOUND,
        ladder.ALONE,
        ladder.PREFILTER,
    )
    assert (consistency.PHONETIC_JW, consistency.STRING_JW) == (ladder.SAME_SOUND, ladder.ALONE)
    assert attribution.CONTEXT_JW == ladder.CONTEXT
    assert garble_attribution.CLOSE_JW == ladder.CONTEXT
    assert (resolve.NEAR, resolve.RELATED) == (ladder.NEAR, ladder.RELATED)
    assert (spelling.JW_PHONETIC, spelling.JW_ALONE) == (ladder.SAME_SOUND_VERSIONS, ladder.ALONE)
    assert multiword.SPELLING == ladder.WORD_SPELLING
