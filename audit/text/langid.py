"""Is a passage English? A cheap word test first, langdetect only where it is in doubt.

langdetect is random unless seeded (DetectorFactory.seed = 0, shared/MEASUREMENTS.md) and
mislabels name-heavy English; restricting it to a few expected languages with a prior map
raised it from 6/10 to 9/10 on such sentences. The cheap test counts lower-case words that
are common English words (names are capitalised and do not count against a sentence).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from itertools import compress
from operator import attrgetter

from audit.text.lexicon import common_words
from audit.text.spans import Token

LOWER_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)*")
_TEXT = attrgetter("text")
_START = attrgetter("start")
NON_ASCII_LETTER = re.compile(r"[^\x00-\x7f\W\d_]")
_NON_LATIN_WORD = r"[^\W\d_A-Za-z\u00C0-\u024F\u1E00-\u1EFF]+"
NON_LATIN_RUN = re.compile(_NON_LATIN_WORD + r"(?:[\s,;:«»“”\"'()–-]+" + _NON_LATIN_WORD + r")*[.!?…]?")
CLAUSE_END = re.compile(r"[.!?…][”»\"')\]]*\s+")
# Languages the wire desks that use this tool translate from, plus English.
DEFAULT_LANGUAGES = (
    "en",
    "fr",
    "de",
    "es",
    "it",
    "pt",
    "nl",
    "ru",
    "uk",
    "pl",
    "ko",
    "ja",
    "zh-cn",
    "ar",
    "tr",
)


@lru_cache(maxsize=4096)
def script(ch: str) -> str:
    """Unicode script of a letter, from its name ("LATIN", "CYRILLIC", "HANGUL", …)."""
    try:
        return unicodedata.name(ch).split(" ", 1)[0]
    except ValueError:
        return "UNKNOWN"


class WordTally:
    """Where a document's English and foreign words are, for O(log n) counts over any span.

    English: lower-case ASCII words in the common-word list. Foreign: other lower-case ASCII
    words, and every word with a non-ASCII letter (accented or another script). Capitalised
    ASCII words (names) and numbers count as neither.
    """

    def __init__(self, text: str, tokens: Sequence[Token] | None = None) -> None:
        """`tokens`: the document's tokens when already split (saves a regex pass)."""
        if tokens is None:
            from audit.text.document import Document

            tokens = Document("", text).tokens
        # map()/compress() keep the loops in C; words repeat, so both tests are cached.
        lower = list(compress(tokens, map(_is_lower_word, map(_TEXT, tokens))))
        self.lower = list(map(_START, lower))
        self.rare = list(compress(self.lower, map(_is_rare, map(_TEXT, lower))))
        self.non_ascii = sorted({_word_start(text, m.start()) for m in NON_ASCII_LETTER.finditer(text)})

    def counts(self, start: int, end: int) -> tuple[int, int]:
        """(english, foreign) words starting in [start, end)."""
        lower, rare, other = (_count(xs, start, end) for xs in (self.lower, self.rare, self.non_ascii))
        return lower - rare, rare + other

    def foreign(self, start: int, end: int) -> int:
        """Foreign words starting in [start, end): `counts(...)[1]` without the English count."""
        return _count(self.rare, start, end) + _count(self.non_ascii, start, end)

    def english_share(self, start: int, end: int) -> float:
        english, foreign = self.counts(start, end)
        return english / (english + foreign) if english + foreign else 1.0

    def maybe_foreign(self, start: int, end: int, min_foreign: int = 3, max_share: float = 0.5) -> bool:
        """True when a span has enough non-English words to be worth a language check."""
        english, foreign = self.counts(start, end)
        return foreign >= min_foreign and english < max_share * (english + foreign)


@lru_cache(maxsize=65536)
def _is_lower_word(word: str) -> bool:
    """A token written in lower-case ASCII letters (inner apostrophes allowed: didn’t)."""
    return LOWER_WORD.fullmatch(word) is not None


@lru_cache(maxsize=65536)
def _is_rare(word: str) -> bool:
    """A lower-case word that is not common English; words repeat, so the answer is cached."""
    common = common_words()
    return word not in common and _key(word) not in common


def _key(word: str) -> str:
    """The common-word list's form: possessive dropped, apostrophes removed ("didn’t" → didnt)."""
    if word.endswith(("’s", "'s")):
        word = word[:-2]
    return word.replace("’", "").replace("'", "")


def _word_start(text: str, i: int) -> int:
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    return i


def _count(starts: list[int], start: int, end: int) -> int:
    return bisect.bisect_left(starts, end) - bisect.bisect_left(starts, start)


def detect(text: str, languages: tuple[str, ...] = DEFAULT_LANGUAGES) -> tuple[str, float]:
    """(language, probability) by langdetect, seeded and restricted to `languages`."""
    from langdetect import detector_factory
    from langdetect.lang_detect_exception import LangDetectException

    detector_factory.DetectorFactory.seed = 0
    detector_factory.init_factory()
    factory = detector_factory._factory
    detector = factory.create()
    known = set(factory.get_lang_list())
    detector.set_prior_map({lang: 1.0 for lang in languages if lang in known} or {"en": 1.0})
    detector.append(text)
    try:
        best = detector.get_probabilities()[0]
    except (LangDetectException, IndexError):
        return "unknown", 0.0
    return best.lang, float(best.prob)


def clauses(text: str, base: int = 0) -> list[tuple[int, int]]:
    """Sentence-like pieces of `text` (as absolute offsets), split before capitals of any script."""
    out, start = [], 0
    for m in CLAUSE_END.finditer(text):
        if m.end() < len(text) and text[m.end()].isupper():
            out.append((base + start, base + m.end() - len(m.group()) + len(m.group().rstrip())))
            start = m.end()
    out.append((base + start, base + len(text.rstrip())))
    return [(a, b) for a, b in out if b > a]


def non_latin_runs(text: str, base: int = 0, min_words: int = 3) -> list[tuple[int, int]]:
    """Stretches of at least `min_words` consecutive words written in a non-Latin script."""
    return [
        (base + m.start(), base + m.end())
        for m in NON_LATIN_RUN.finditer(text)
        if len(re.findall(_NON_LATIN_WORD, m.group())) >= min_words
    ]
