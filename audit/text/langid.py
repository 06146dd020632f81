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
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import accumulate, repeat
from operator import add, and_, attrgetter, rshift, sub

from audit.text.lexicon import common_words
from audit.text.spans import Span, Token

LOWER_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)*")
_TEXT = attrgetter("text")
_START = attrgetter("start")
_END = attrgetter("end")
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

    def __init__(
        self, text: str, tokens: Sequence[Token] | None = None, starts: list[int] | None = None
    ) -> None:
        """`tokens` and their `starts`: the document's, when already split (saves a regex pass)."""
        if tokens is None:
            from audit.text.document import Document

            tokens = Document("", text).tokens
        self.starts = list(map(_START, tokens)) if starts is None else starts
        # Running totals of packed word weights (see _weight): one cached lookup per token and
        # one accumulate, both in C, give the English, rare and non-ASCII counts of any prefix.
        self.totals = list(accumulate(map(_weight, map(_TEXT, tokens)), initial=0))
        self.non_ascii_words = non_ascii_words(text, map(tokens.__getitem__, self._flagged()))
        self.non_ascii = [start for start, _ in self.non_ascii_words]

    def _flagged(self) -> list[int]:
        """Indexes of the tokens with a non-ASCII character, found by bisecting the totals: the
        k-th such token is where the non-ASCII field of the running total first reaches k."""
        totals = self.totals
        flagged = totals[-1] >> _NON_ASCII_SHIFT
        return [bisect.bisect_left(totals, k << _NON_ASCII_SHIFT) - 1 for k in range(1, flagged + 1)]

    def _packed(self, start: int, end: int) -> int:
        """Packed weight of the tokens starting in [start, end)."""
        starts = self.starts
        return self.totals[bisect.bisect_left(starts, end)] - self.totals[bisect.bisect_left(starts, start)]

    def counts(self, start: int, end: int) -> tuple[int, int]:
        """(english, foreign) words starting in [start, end)."""
        packed = self._packed(start, end)
        english, rare = packed & _FIELD_MASK, (packed >> _FIELD_BITS) & _FIELD_MASK
        return english, rare + _count(self.non_ascii, start, end)

    def foreign(self, start: int, end: int) -> int:
        """Foreign words starting in [start, end): `counts(...)[1]` without the English count."""
        rare = (self._packed(start, end) >> _FIELD_BITS) & _FIELD_MASK
        return rare + _count(self.non_ascii, start, end)

    def foreign_each(self, spans: Sequence[Span]) -> list[int]:
        """`foreign(s.start, s.end)` for each span: the same sums, but every step is a map()
        that runs in C (a Python call per span costs more than the four bisects it makes)."""
        starts, totals = self.starts, self.totals
        begins, ends = list(map(_START, spans)), list(map(_END, spans))
        lo = map(totals.__getitem__, map(bisect.bisect_left, repeat(starts), begins))
        hi = map(totals.__getitem__, map(bisect.bisect_left, repeat(starts), ends))
        rare = map(and_, map(rshift, map(sub, hi, lo), repeat(_FIELD_BITS)), repeat(_FIELD_MASK))
        if not self.non_ascii:
            return list(rare)
        non_ascii = repeat(self.non_ascii)
        after = map(bisect.bisect_left, non_ascii, ends)
        return list(map(add, rare, map(sub, after, map(bisect.bisect_left, non_ascii, begins))))

    def english_share(self, start: int, end: int) -> float:
        english, foreign = self.counts(start, end)
        return english / (english + foreign) if english + foreign else 1.0

    def maybe_foreign(self, start: int, end: int, min_foreign: int = 3, max_share: float = 0.5) -> bool:
        """True when a span has enough non-English words to be worth a language check."""
        english, foreign = self.counts(start, end)
        return foreign >= min_foreign and english < max_share * (english + foreign)


# A word's weight packs three counters into one int, 32 bits each: English word, rare
# (lower-case, not common) word, word with a non-ASCII character.
_FIELD_BITS = 32
_FIELD_MASK = (1 << _FIELD_BITS) - 1
_NON_ASCII_SHIFT = 2 * _FIELD_BITS
_ENGLISH, _RARE, _NON_ASCII = 1, 1 << _FIELD_BITS, 1 << _NON_ASCII_SHIFT


@lru_cache(maxsize=65536)
def _weight(word: str) -> int:
    """_ENGLISH or _RARE for a lower-case ASCII word (inner apostrophes allowed: didn’t),
    _NON_ASCII for any other word with a non-ASCII character, else 0 (names, numbers).

    A property of the word, and words repeat, so the answer is cached.
    """
    if LOWER_WORD.fullmatch(word) is None:
        return 0 if word.isascii() else _NON_ASCII
    common = common_words()
    return _ENGLISH if word in common or _key(word) in common else _RARE


def _key(word: str) -> str:
    """The common-word list's form: possessive dropped, apostrophes removed ("didn’t" → didnt)."""
    if word.endswith(("’s", "'s")):
        word = word[:-2]
    return word.replace("’", "").replace("'", "")


def non_ascii_words(text: str, tokens: Iterable[Token]) -> list[tuple[int, int]]:
    """(start, end) of each run of letters around a non-ASCII letter, in text order, once each.

    Every such letter is a word character and so lies inside a token: the caller passes the
    tokens that are not plain ASCII (or all of them), and only those are scanned, not the
    whole text (a regex pass over an article costs ~30 µs).
    """
    out: list[tuple[int, int]] = []
    for t in tokens:
        if t.text.isalpha():  # the usual case (t.text is the token's text: "Müller")
            # Every letter of the token lies in one run: find it once, from the token's ends.
            if NON_ASCII_LETTER.search(text, t.start, t.end) is not None:
                start, end = _run_around(text, t.start, t.end)
                if not out or out[-1][0] != start:
                    out.append((start, end))
            continue
        for m in NON_ASCII_LETTER.finditer(text, t.start, t.end):
            start, end = _word_around(text, m.start())
            if not out or out[-1][0] != start:
                out.append((start, end))
    return out


def _word_around(text: str, i: int) -> tuple[int, int]:
    """The run of letters around `text[i]`."""
    return _run_around(text, i, i + 1)


def _run_around(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) widened over the letters on either side."""
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    while end < len(text) and text[end].isalpha():
        end += 1
    return start, end


def _count(starts: list[int], start: int, end: int) -> int:
    return bisect.bisect_left(starts, end) - bisect.bisect_left(starts, start)


# langdetect reads at most 10,000 characters of a text (Detector.max_text_length) but cleans
# all of it first; a clause of 1 MB of random bytes is cut here, before that work.
DETECT_CHARS = 10_000


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
    detector.append(text[:DETECT_CHARS])
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
