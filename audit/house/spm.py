"""The house sentencepiece model: trained in process, deterministic, scored per word.

A unigram model trained on the archive splits the words it prints often into few
likely pieces and a word it never printed into many unlikely ones; `HouseModel.score` is
a word's log-probability, used as a guard by the house checks. sentencepiece
is imported on first use only.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

SEED = 20240917  # fixed: the same archive gives the same model, byte for byte
MIN_VOCAB, MAX_VOCAB = 1000, 8000
WORDS_PER_PIECE = 60  # vocabulary grows with the archive: one piece per 60 words printed
MAX_SENTENCES = 200_000  # training lines kept (the first ones: no random sampling)


def vocab_size(words: int) -> int:
    """A vocabulary in proportion to the archive, between MIN_VOCAB and MAX_VOCAB."""
    return max(MIN_VOCAB, min(MAX_VOCAB, words // WORDS_PER_PIECE))


def _lines(texts: Iterable[str]) -> Iterator[str]:
    for text in texts:
        for line in text.splitlines():
            if line.strip():
                yield line.strip()


def train(texts: Iterable[str], words: int) -> bytes:
    """The serialized model for `texts`; one thread and a fixed seed make it reproducible."""
    import sentencepiece as spm

    spm.set_random_generator_seed(SEED)
    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=_lines(texts),
        model_writer=model,
        model_type="unigram",
        vocab_size=vocab_size(words),
        hard_vocab_limit=False,
        num_threads=1,
        input_sentence_size=MAX_SENTENCES,
        shuffle_input_sentence=False,
        character_coverage=0.9995,
        minloglevel=2,
    )
    return model.getvalue()


class HouseModel:
    """A loaded model: how house-like a word is."""

    def __init__(self, data: bytes) -> None:
        import sentencepiece as spm

        self._sp: Any = spm.SentencePieceProcessor(model_proto=data)
        self.score = lru_cache(maxsize=1 << 16)(self._score)

    def _score(self, word: str) -> tuple[float, int]:
        """(log-probability, number of pieces) of one word under the unigram model.

        The total, not a per-character mean: a garble that adds a letter ("Scholtz") looks
        more likely per character than the house spelling, and less likely in total.
        """
        ids = self._sp.encode(word)
        return round(sum(self._sp.get_score(i) for i in ids), 3), len(ids)
