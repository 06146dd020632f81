"""Small word lists the name checks read from audit/data (titles, demonyms), loaded once."""

from __future__ import annotations

from functools import lru_cache

from audit.text.normalize import fold
from audit.text.wordlists import data_lines


@lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    """Folded title/office words that may precede a name without being part of it."""
    return frozenset(fold(w.strip()) for w in data_lines("titles.txt"))


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Folded demonym → country short name ("american" → "U.S.")."""
    out = {}
    for line in data_lines("demonyms.txt"):
        demonym, _, country = line.partition("\t")
        out[fold(demonym.strip())] = country.strip()
    return out


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    """Token keys of one-word country names and demonyms (countries.txt, demonyms.txt), and
    demonyms' plurals: a known place or people is never a garble of a person's name."""
    from audit.text.normalize import token_key

    words = {key for key in map(token_key, demonyms()) if key}
    for line in data_lines("countries.txt"):
        for form in line.partition(":")[2].split("|"):
            if len(form.split()) == 1 and (key := token_key(form.strip())):
                words.add(key)
    return frozenset(words | {w + "s" for w in words if not w.endswith("s")})
