"""Names in a Factbook office line: CAPS mark the surname ("Keir STARMER", "XI Jinping");
the plain words right before it are the given names, the title words before those the title.
"""

from __future__ import annotations

import re
from pathlib import Path

WORDS_FILE = Path(__file__).with_name("executive-words.txt")


def _word_sections() -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for line in WORDS_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, words = line.partition(":")
            out[name.strip()] = frozenset(words.split())
    return out


_SECTIONS = _word_sections()
TITLE_WORDS = _SECTIONS["title"]
HONORIFICS = _SECTIONS["honorific"]
PARTICLES = _SECTIONS["particle"]
FIELD_WORDS = _SECTIONS["field"]
# Words of country names (filled by the builder from the Factbook): after "of" they are
# part of a title ("Governor-General of New Zealand"), not given names.
PLACE_WORDS: set[str] = set()
ALSO_SPELLED = re.compile(r"^\s*(?:also spelled|also known as)\s+", re.I)


def people_parts(head: str) -> list[str]:
    """'Captains Regent A B and C D' → two parts; a piece without a CAPS name joins the next."""
    pieces = re.split(r"(,?\s+and\s+|,\s+(?!Jr|Sr))", head)
    parts, pending = [], ""
    for piece in pieces[::2]:
        pending = f"{pending} and {piece}".strip() if pending else piece
        toks = pending.split()
        if (caps_at(toks) is not None or ALSO_SPELLED.match(pending)) and len(toks) > 1:
            parts.append(pending)
            pending = ""
    dates = [t for t in pending.split() if t.startswith("\x00")]  # masked parentheses
    if dates and parts:  # a trailing "(since ...)" ("X, also spelled Y, (since D)") is the last person's
        parts[-1] = " ".join([parts[-1], *dates])
    return parts


def singular(word: str) -> str:
    """'ministers' → 'minister' for title words (a plural title names several people)."""
    return word[:-1] if word.endswith("s") and word[:-1] in TITLE_WORDS else word


def _is_caps(tok: str) -> bool:
    return any(len(p) >= 2 and p.isalpha() and p.isupper() for p in re.split(r"[-']", tok.strip(".,")))


def caps_at(toks: list[str]) -> int | None:
    for i, tok in enumerate(toks):
        acronym = i + 1 < len(toks) and toks[i + 1].lower() in TITLE_WORDS and len(tok) <= 4  # "GNU Prime"
        if _is_caps(tok) and not acronym and not re.fullmatch(r"[IVX]+", tok.strip(".,")):
            return i
    return None


def person(toks: list[str]) -> tuple[str, str, str] | None:
    k = caps_at(toks)
    if k is None:
        return None
    i = k  # given names: the run of plain words right before the CAPS surname
    while i > 0 and not _title_like(toks[i - 1], places="of" in toks[: i - 1] or "to" in toks[: i - 1]):
        i -= 1
    title = [t for t in toks[:i] if not _honorific(t)]
    given = toks[i:k]
    end = k
    while end < len(toks) and _is_caps(toks[end]) and not re.fullmatch(r"[IVX]+", toks[end].strip(".,")):
        end += 1
    caps = [_tc(t.rstrip(","), j > 0) for j, t in enumerate(toks[k:end])]
    rest = []
    for tok in toks[end:]:
        if (
            not (tok[:1].isupper() or tok.lower() in PARTICLES)
            or any(c in tok for c in "():;")
            or tok == "of"
        ):
            break
        rest.append(tok.rstrip(","))
    name = " ".join(given + caps + rest).replace(" ,", ",").strip(" ,")
    # A generational suffix is part of who it is (Ferdinand Marcos Jr. is not his father).
    suffix = [
        s if s.endswith(".") or s in ("II", "III", "IV") else f"{s}." for s in rest if SUFFIX_RE.fullmatch(s)
    ]
    short = " ".join(
        [g for g in given if not re.fullmatch(r"[A-Z]\.?|\w+(?:ovich|evich|ovna|evna)", g)]
        + caps
        + suffix[:1]
    )
    return " ".join(title), re.sub(r"\s+", " ", name), short


SUFFIX_RE = re.compile(r"(?:Jr|Sr)\.?|II|III|IV")
SUFFIX_END = re.compile(r",?\s+(?:Jr|Sr)\.?$")


def _honorific(tok: str) -> bool:
    return tok.lower() in HONORIFICS or re.fullmatch(r"[A-Z][a-z]{1,3}\.", tok) is not None


def _title_like(tok: str, places: bool) -> bool:
    """A word of the title; place words only after "of"/"to" ("Governor-General of New
    Zealand Cindy KIRO"), as they are given names too (Vincent, Salvador, Jordan)."""
    low = tok.lower()
    return (
        _honorific(tok)
        or singular(low) in TITLE_WORDS
        or all(w in TITLE_WORDS for w in low.split("-"))
        or (places and (tok in PLACE_WORDS or low in FIELD_WORDS))
    )


def _tc(tok: str, inner: bool) -> str:
    """CAPS surname token in title case ('PEREZ-CASTEJON' → 'Perez-Castejon', 'BIN' → 'bin')."""
    if not _is_caps(tok):
        return tok
    if inner and tok.lower() in PARTICLES:
        return tok.lower()
    return "-".join(_tc_part(p) for p in tok.split("-"))


def _tc_part(part: str) -> str:
    head, _, tail = part.partition("'")
    if tail and len(head) == 1:  # O'NEILL → O'Neill; TUIMALEALI'IFANO → Tuimaleali'ifano
        return head.upper() + "'" + tail[:1].upper() + tail[1:].lower()
    return part[:1].upper() + part[1:].lower()
