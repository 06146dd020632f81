"""Candidate calques: gloss multiword source-language news terms word by word.

Usage: python scripts/calques/gloss_candidates.py spa-eng TERMS.txt [--lexicon]

Reads a FreeDict dictionary installed by Debian (`apt-get install dict-freedict-spa-eng`,
files in /usr/share/dictd) and prints, for every term in TERMS.txt (one a line), the
literal gloss in source order and in English head-last order: the strings round-trip MT
tends to produce. With --lexicon, terms whose gloss is already a wrong form of
audit/data/calques.yaml are marked. Output is a *candidate list* for a translator to
curate by hand; the dictionaries are GPL and nothing they contain is copied into the
lexicon, only pairs a translator has checked and rewritten.
"""

from __future__ import annotations

import gzip
import sys
from functools import cache
from pathlib import Path

DICTD = Path("/usr/share/dictd")
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
# Cognate endings (Romance → English): most calques are false friends spelled this way.
COGNATES = (
    ("ción", "tion"),
    ("sión", "sion"),
    ("dad", "ty"),
    ("ivo", "ive"),
    ("iva", "ive"),
    ("ico", "ic"),
    ("ica", "ic"),
    ("ario", "ary"),
    ("aria", "ary"),
    ("oso", "ous"),
    ("osa", "ous"),
    ("ente", "ent"),
    ("ante", "ant"),
    ("al", "al"),
    ("ar", "ar"),
    ("or", "or"),
)
STOP = {"de", "del", "la", "el", "los", "las", "le", "les", "des", "du", "der", "die", "das", "a", "al", "à"}


def _num(text: str) -> int:
    n = 0
    for ch in text:
        n = n * 64 + B64.index(ch)
    return n


@cache
def _index(name: str) -> dict[str, tuple[int, int]]:
    rows = (
        line.split("\t")
        for line in (DICTD / f"freedict-{name}.index").read_text(encoding="utf-8").splitlines()
    )
    return {r[0].casefold(): (_num(r[1]), _num(r[2])) for r in rows if len(r) == 3}


@cache
def _body(name: str) -> bytes:
    return gzip.decompress((DICTD / f"freedict-{name}.dict.dz").read_bytes())


def first_sense(name: str, word: str) -> str | None:
    """The first English gloss of `word`, or None when the dictionary lacks it."""
    where = _index(name).get(word.casefold())
    if where is None:
        return None
    lines = _body(name)[where[0] : where[0] + where[1]].decode("utf-8").splitlines()[1:]
    for line in lines:
        gloss = line.strip().split(",")[0].split(";")[0].strip()
        if gloss and not gloss.startswith(("/", "[", "<")):
            return gloss.split(". ", 1)[-1].removeprefix("to ").strip()
    return None


def lookup(name: str, word: str) -> str:
    """First sense of the word or of its masculine singular; else a cognate guess (~)."""
    stem = word.casefold()
    candidates = [stem, stem.removesuffix("s"), stem.removesuffix("es")]
    candidates += [c[:-1] + "o" for c in list(candidates) if c.endswith("a")]
    for form in candidates:
        if sense := first_sense(name, form):
            return sense
    for src, dst in COGNATES:
        base = candidates[1] if candidates[1] != stem else stem
        if base.endswith(src):
            return "~" + base[: len(base) - len(src)] + dst
    return f"?{word}"


def gloss(name: str, term: str) -> tuple[str, str]:
    """(gloss in source order, content words reversed as English modifiers go first)."""
    words = term.split()
    parts = [w if w.casefold() in STOP else lookup(name, w) for w in words]
    content = [p for w, p in zip(words, parts, strict=True) if w.casefold() not in STOP]
    return " ".join(parts), " ".join(reversed(content))


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__)
        return 2
    name, terms = argv[0], Path(argv[1])
    known: set[str] = set()
    if "--lexicon" in argv:
        sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
        from audit.checks.terms.lexicon import load_calques

        known = {w.casefold() for e in load_calques() for w in e.wrong}
    for term in (t.strip() for t in terms.read_text(encoding="utf-8").splitlines()):
        if term and not term.startswith("#"):
            literal, reordered = gloss(name, term)
            mark = " [listed]" if {literal.casefold(), reordered.casefold()} & known else ""
            print(f"{term}\t{literal}\t{reordered}{mark}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
