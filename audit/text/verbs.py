"""Does a stretch of English contain a finite verb? A lexicon and suffix test, no NLP library.

Used to tell a sentence from a fragment. It leans towards finding a verb: a missed
fragment costs less than calling a sound sentence broken. Auxiliaries and modals are
listed; -ed words (except after having/being/been: a participle) and irregular past forms
count; an -s word counts when its stem is a verb (audit/data/verbs_en.txt) and no
determiner or preposition precedes it; a bare verb counts after a pronoun, a plural noun or
a modal, or first in the sentence (imperative).
"""

from __future__ import annotations

import re

from audit.text.lexicon import is_common
from audit.text.wordlists import wordlist


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


FINITE = _wordset(
    "am is are was were has have had do does did will would shall should can could may might must "
    "ought cannot ain't aren't isn't wasn't weren't hasn't haven't hadn't don't doesn't didn't "
    "won't wouldn't can't couldn't shouldn't mustn't mightn't"
)
IRREGULAR_PAST = _wordset(
    "said told went came took gave made saw knew got found thought left felt kept held brought began "
    "ran wrote spoke met led sent stood became fell won lost paid put set cut hit let heard meant sold "
    "built fought caught taught struck chose drove rose grew threw flew broke wore bought sought spent "
    "lent bent fled slept swept wept withdrew overtook undertook forbade sank shot shut spread stuck "
    "stole swore tore understood upheld woke bore beat bid cast cost hurt quit read rode rang sang "
    "sat shook slid spun sprang stung stank swam swung hung dealt dug drew drank ate forgot forgave "
    "froze hid laid lay lit made mistook overcame oversaw saw sewed shone strove thrust wound"
)
NOT_VERB_ED = _wordset("hundred kindred sacred naked wicked beloved bed red shed seed speed need feed")
BLOCKERS = _wordset(
    "the a an this that these those his her its their our my your of in on at for with by from to "
    "about into onto over under between among against during without within some many several "
    "any each every no both all two three four five and or but"
)
SUBJECTS = _wordset("i we you they who which that there people children men women police")
# Adverbs that sit between a subject and its verb ("they also frequently kiss"); -ly words too.
MID_ADVERBS = _wordset(
    "also still just often never always now today then only even usually already really mainly"
)
# Before an -s word these are pronoun subjects, not determiners of a plural ("this causes").
DEMONSTRATIVES = _wordset("this that")
# After these an -ed word is a participle, never the finite verb ("Having agreed on …").
PERFECT_AUX = _wordset("having being been")
CLAUSE_OBJECTS = _wordset("the a an on to in into it you them this that these those your all up out")
CLITIC_SUBJECTS = _wordset("it he she that there what who here where which")
_ALWAYS_FINITE = FINITE | IRREGULAR_PAST
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")  # letters of any alphabet: "Jürgen" is one word


def verb_bases() -> frozenset[str]:
    return wordlist("verbs_en.txt")


def _stems(word: str, suffix: str) -> list[str]:
    """Possible base forms of `word` without `suffix` ("-s" or "-ed")."""
    if not word.endswith(suffix):
        return []
    stem = word[: -len(suffix)]
    out = [stem, stem + "e"]
    if stem.endswith("i"):
        out.append(stem[:-1] + "y")
    if suffix == "s" and word.endswith("ies"):
        out.append(word[:-3] + "y")
    if len(stem) > 2 and stem[-1] == stem[-2]:
        out.append(stem[:-1])
    if suffix == "s" and word.endswith("es"):
        out.append(word[:-2])
    return out


def _is_base(word: str, suffix: str) -> bool:
    bases = verb_bases()
    return any(s in bases for s in _stems(word, suffix))


def finite_at(words: list[str], i: int) -> bool:
    """True when words[i] (lower-cased, apostrophes as ') can be a finite verb here."""
    w = words[i]
    prev = words[i - 1] if i else ""
    if w in FINITE or w in IRREGULAR_PAST or w.endswith(("n't", "'re", "'ve", "'ll", "'d", "'m")):
        return True
    if w.endswith("'s"):
        return w[:-2] in CLITIC_SUBJECTS
    if len(w) >= 4 and w.endswith("ed") and w not in NOT_VERB_ED:
        return prev not in PERFECT_AUX
    pronoun_all = prev == "all" and i > 1 and words[i - 2] in ("it", "they", "we", "you")
    if w.endswith("s") and (prev in DEMONSTRATIVES or pronoun_all) and _is_base(w, "s"):
        return True
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and prev not in BLOCKERS:
        # A rare -s word after a content word is more likely a verb ("collaboration aligns").
        return _is_base(w, "s") or (i > 0 and not prev.endswith("s") and not is_common(w))
    if w in verb_bases():
        prev = _subject_slot(words, i)
        return not prev or prev in SUBJECTS or prev in FINITE or (prev.endswith("s") and prev not in BLOCKERS)
    return False


def _subject_slot(words: list[str], i: int) -> str:
    """The word before words[i], looking past adverbs ("they also frequently kiss" -> they);
    "" at the start of the sentence (an imperative: "Only replace the fuse")."""
    j = i - 1
    while j >= 0 and (words[j] in MID_ADVERBS or (words[j].endswith("ly") and len(words[j]) > 4)):
        j -= 1
    return words[j] if j >= 0 else ""


def imperative_clause(text: str) -> bool:
    """True when a clause after a comma opens with a bare verb and its object ("To close it,
    click on the entry"; "For details, see the manual"): instructions, not fragments."""
    for clause in text.split(",")[1:]:
        words = words_of(clause)[:2]
        if words and words[0] == "please":
            return True
        if len(words) == 2 and words[0] in verb_bases() and words[1] in CLAUSE_OBJECTS:
            return True
    return False


def has_listed_verb(text: str) -> bool:
    """True when `text` holds an always-finite verb between white space ("they said it").

    A sufficient test for has_finite_verb(words_of(text)) that most sentences of news copy
    pass: str.split runs in C, while words_of costs a regex pass over the text. A piece
    between white space that equals the word is a word of words_of too.
    """
    return not _ALWAYS_FINITE.isdisjoint(text.split())


def words_of(text: str) -> list[str]:
    return WORD.findall(text.lower().replace("’", "'"))


def has_finite_verb(text: str | list[str]) -> bool:
    """True when `text` (or its `words_of`) holds a word that can be a finite verb in its place."""
    words = words_of(text) if isinstance(text, str) else text
    if not _ALWAYS_FINITE.isdisjoint(words):  # fast path: finite_at is True for these anywhere
        return True
    return any(finite_at(words, i) for i in range(len(words)))
