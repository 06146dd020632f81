"""The word lists checks read from audit/data, one loader each, loaded once.

Lists the text layer reads itself are loaded there (text/lexicon.py, text/verbs.py); office
data in office_words.py. audit/text/wordlists.py: LOADERS names the one loader of each file.
"""

from __future__ import annotations

from functools import lru_cache

from audit.text.normalize import fold
from audit.text.wordlists import data_lines, wordlist


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
def pair_counts() -> dict[tuple[str, str], int]:
    """Word-pair counts of clean English news (audit/data/bigrams_en.tsv)."""
    out = {}
    for line in data_lines("bigrams_en.tsv"):
        a, b, n = line.split("\t")
        out[(a, b)] = int(n)
    return out


def news_agencies() -> frozenset[str]:
    """Agency names that attribute like a person ("Reuters said", "Yonhap reported")."""
    return wordlist("news_agencies.txt")


def term_heads() -> frozenset[str]:
    """Institution nouns that head a fixed term ("ministry", "council")."""
    return wordlist("term_heads.txt")


@lru_cache(maxsize=1)
def pinyin_syllables() -> frozenset[str]:
    """The toneless pinyin syllables."""
    return frozenset(s for line in data_lines("pinyin_syllables.txt") for s in line.split())


@lru_cache(maxsize=1)
def contrast_classes() -> dict[str, frozenset[str]]:
    """Word → the labels of its contrast classes (name_contrasts.txt): words that swapped name
    another body ("Security" / "Defence")."""
    out: dict[str, set[str]] = {}
    for line in data_lines("name_contrasts.txt"):
        label, _, rest = line.partition(":")
        for word in (w.strip() for w in rest.split("|")):
            out.setdefault(word, set()).add(label.strip())
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def name_synonyms() -> dict[str, frozenset[str]]:
    """Word → the other words of its group (name_synonyms.txt): words machine translation
    renders one for another inside an institution's name (Cooperation / Collaboration)."""
    out: dict[str, frozenset[str]] = {}
    for line in data_lines("name_synonyms.txt"):
        group = frozenset(w.strip() for w in line.split("|") if w.strip())
        for word in group:
            out[word] = out.get(word, frozenset()) | (group - {word})
    return out


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    """Token keys of one-word country names and demonyms (countries.txt, demonyms.txt), and
    demonyms' plurals: a known place or people is never a garble of a person's name."""
    from audit.match.office_words import place_forms
    from audit.text.normalize import token_key

    words = {key for key in map(token_key, demonyms()) if key}
    words |= {key[0] for key in place_forms() if len(key) == 1}
    return frozenset(words | {w + "s" for w in words if not w.endswith("s")})
