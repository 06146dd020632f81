"""BLEU, chrF and TER (sacrebleu) of each version against a trusted reference.

Per article, the whole text is one segment (versions reorder sentences, so a sentence-by-
sentence corpus score would punish order). Per sentence, each sentence is scored against
the reference sentence(s) it aligns to. sacrebleu's signatures go into the report so the
numbers can be reproduced. Only the built-in '13a' tokenizer is used: flores/spm
tokenizers try to download a model.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from audit.text.document import Document
from audit.versions.align import Aligner

TOKENIZER = "13a"


@lru_cache(maxsize=1)
def metrics() -> dict[str, Any]:
    from sacrebleu.metrics import BLEU, CHRF, TER

    return {
        "bleu": BLEU(tokenize=TOKENIZER),
        "sentence_bleu": BLEU(tokenize=TOKENIZER, effective_order=True),
        "chrf": CHRF(),
        "ter": TER(),
    }


def _scores(hyp: str, ref: str, bleu: Any) -> dict[str, float]:
    m = metrics()
    return {
        "bleu": round(bleu.sentence_score(hyp, [ref]).score, 2),
        "chrf": round(m["chrf"].sentence_score(hyp, [ref]).score, 2),
        "ter": round(m["ter"].sentence_score(hyp, [ref]).score, 2),
    }


def _flat(doc: Document) -> str:
    return " ".join(doc.slice(s) for s in doc.sentences)


def against_reference(doc: Document, ref: Document) -> dict[str, Any]:
    """Document-level and per-sentence metrics of `doc` against `ref`."""
    m = metrics()
    article = {
        "bleu": round(m["bleu"].corpus_score([_flat(doc)], [[_flat(ref)]]).score, 2),
        "chrf": round(m["chrf"].corpus_score([_flat(doc)], [[_flat(ref)]]).score, 2),
        "ter": round(m["ter"].corpus_score([_flat(doc)], [[_flat(ref)]]).score, 2),
    }
    aligner = Aligner([doc, ref])
    sentences = []
    for unit in aligner.versions[0]:
        links = aligner.links(unit, 1, aligner.candidates(unit).get(1, []))
        row: dict[str, Any] = {"index": unit.index, "start": unit.span.start, "end": unit.span.end}
        if links:
            ref_text = " ".join(aligner.versions[1][j].text for j in links[0].units)
            row["reference_sentences"] = list(links[0].units)
            row.update(_scores(unit.text, ref_text, m["sentence_bleu"]))
        sentences.append(row)
    return {"article": article, "sentences": sentences}


def signatures() -> dict[str, str]:
    """sacrebleu signatures of the metrics used (available once a score was computed)."""
    m = metrics()
    return {name: m[name].get_signature().format() for name in ("bleu", "sentence_bleu", "chrf", "ter")}
