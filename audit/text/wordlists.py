"""Word lists shipped in audit/data: one entry a line, "#" lines are comments.

Read with a plain path next to the package: `importlib.resources` costs ~15 ms to import,
a tenth of the hook's start-up budget, and the package is always installed as files.
Each list is loaded by exactly one function, named in LOADERS (tests/text/ holds it to that);
checks call that function, never `data_lines`/`wordlist` with a file name of their own.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data"

# Every word list in audit/data → the one function that loads it ("module:function").
LOADERS = {
    "bigrams_en.tsv": "audit.match.wordlists:pair_counts",
    "common_en.txt": "audit.text.lexicon:common_words",
    "countries.txt": "audit.match.office_words:place_forms",
    "demonyms.txt": "audit.match.wordlists:demonyms",
    "latin_script_places.txt": "audit.checks.names.world_near:latin_script_places",
    "name_contrasts.txt": "audit.match.wordlists:contrast_classes",
    "name_synonyms.txt": "audit.match.wordlists:name_synonyms",
    "name_variants.txt": "audit.versions.words:name_variants",
    "news_agencies.txt": "audit.match.wordlists:news_agencies",
    "office_words.txt": "audit.match.office_words:title_words",
    "pinyin_syllables.txt": "audit.match.wordlists:pinyin_syllables",
    "romanisation.txt": "audit.match.office_words:romanisation_groups",
    "standard_terms.txt": "audit.checks.garble.term_words:standard_terms",
    "term_heads.txt": "audit.match.wordlists:term_heads",
    "titles.txt": "audit.match.wordlists:titles",
    "verbs_en.txt": "audit.text.verbs:verb_bases",
}
# Data in audit/data that is not a word list, with its own loader: the calque lexicon
# (audit/checks/terms/lexicon.py) and the world pack folder (audit/world).
NOT_WORD_LISTS = ("calques.yaml", "world")


def data_lines(name: str) -> list[str]:
    """The non-blank, non-comment lines of audit/data/<name>, stripped."""
    text = (DATA / name).read_text(encoding="utf-8")
    return [ln for ln in map(str.strip, text.splitlines()) if ln and not ln.startswith("#")]


@cache
def wordlist(name: str) -> frozenset[str]:
    """The entries of audit/data/<name>, loaded once."""
    return frozenset(data_lines(name))
