"""The cached chrF must equal sacrebleu's sentence chrF exactly, in both directions."""

from __future__ import annotations

import sacrebleu
from hypothesis import given, settings
from hypothesis import strategies as st

from audit.versions.chrf import NgramStats, chrf, matches

TEXT = st.text(alphabet="ab cdé’\n.,", max_size=40)


@settings(max_examples=300, deadline=None)
@given(TEXT, TEXT)
def test_equals_sacrebleu(hyp, ref):
    a, b = NgramStats(hyp), NgramStats(ref)
    assert abs(chrf(a, b) - sacrebleu.sentence_chrf(hyp, [ref]).score) < 1e-9
    shared = matches(a, b)
    assert shared == matches(b, a)
    assert abs(chrf(b, a, shared) - sacrebleu.sentence_chrf(ref, [hyp]).score) < 1e-9


def test_repeated_ngrams_are_clipped():
    hyp, ref = "aaaa aaaa", "aa"
    assert chrf(NgramStats(hyp), NgramStats(ref)) == sacrebleu.sentence_chrf(hyp, [ref]).score
