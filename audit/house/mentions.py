"""Name mentions in one article: the name, the title written with it, how it is used.

"Defense Minister Andrei Belousov said" gives the name "Andrei Belousov", the title
"defense minister", a "said" cue; "in Kursk" a place cue; "NATO" an acronym.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from audit.match.wordlists import demonyms, titles
from audit.text.document import Document
from audit.text.lexicon import is_common
from audit.text.propernames import PLACE_WORDS, name_view
from audit.text.spans import Token

SAID = frozenset({"said", "says", "told", "added", "wrote"})
# titles.txt words that qualify an office rather than name one ("first", "new", "foreign")
MODIFIERS = frozenset(
    {
        *("acting", "chief", "crown", "deputy", "elder", "father", "first", "foreign", "former", "general"),
        *("head", "interior", "justice", "lady", "lord", "major", "new", "state", "supreme", "vice"),
    }
)
MAX_TITLE = 3  # lowercase words before a name that may form its title


@dataclass(frozen=True)
class Mention:
    """One name as printed, and the context that tells what it names."""

    surface: str
    key: tuple[str, ...]
    title: str | None
    said: bool
    place: bool
    acronym: bool = False
    words: tuple[str, ...] = ()  # surface of each word of the name


def _split_title(run: tuple[Token, ...]) -> tuple[tuple[Token, ...], tuple[Token, ...]]:
    """(title words, name words) of a capitalised run: "Defense Minister | Andrei Belousov"."""
    cut = max((i for i, t in enumerate(run[:-1]) if t.key in titles()), default=-1)
    head = run[: cut + 1]
    if all(t.key in MODIFIERS for t in head):
        return (), run  # "First World War", "New York": a modifier alone makes no title
    if cut >= 0 and all(t.key in titles() or is_common(t.text) or t.key in demonyms() for t in head):
        return head, run[cut + 1 :]
    return (), run


def _lowercase_title(doc: Document, first: Token) -> str | None:
    """Lowercase title words right before a name ("foreign minister Sergei Lavrov")."""
    toks, i = doc.tokens, first.index - 1
    words: list[Token] = []
    while i >= 0 and len(words) < MAX_TITLE and toks[i].text.islower() and toks[i].key in title_words():
        gap = doc.text[toks[i].end : toks[i + 1].start]
        if gap not in (" ", "-"):
            break
        words.insert(0, toks[i])
        i -= 1
    if words and (words[-1].key not in titles() or words[-1].key in MODIFIERS):
        return None
    return " ".join(t.key for t in words) or None


def _hyphen_tail(doc: Document, run: tuple[Token, ...]) -> tuple[Token, ...]:
    """The run with a lowercase syllable hyphened onto its end ("Kim Jong-un", "Choe Son-hui")."""
    toks, nxt = doc.tokens, run[-1].index + 1
    if nxt < len(toks) and doc.text[run[-1].end : toks[nxt].start] == "-" and toks[nxt].text.islower():
        return (*run, toks[nxt])
    return run


@cache
def title_words() -> frozenset[str]:
    """Words a title is made of: titles, demonyms and office fields ("defense", "foreign")."""
    from audit.match.office_words import word_set

    fields = {w for label in ("field", "other", "head") for form in word_set(label) for w in form.split()}
    return titles() | frozenset(demonyms()) | frozenset(fields)


def _title_start(doc: Document, head: tuple[Token, ...]) -> tuple[Token, ...]:
    """A title with the words before it that name runs leave out: a common word opening the
    sentence ("Defense Minister …" at the start of a sentence)."""
    toks, i = doc.tokens, head[0].index - 1
    while i >= 0 and len(head) < MAX_TITLE and doc.text[toks[i].end : toks[i + 1].start] == " ":
        t = toks[i]
        if not t.text[:1].isupper() or t.key not in title_words():
            break
        head, i = (t, *head), i - 1
    return head


def _mention(doc: Document, run: tuple[Token, ...]) -> Mention | None:
    head, name = _split_title(_hyphen_tail(doc, run))
    if not name:
        return None
    title = " ".join(t.key for t in _title_start(doc, head)) if head else _lowercase_title(doc, name[0])
    toks = doc.tokens
    after, before = name[-1].index + 1, run[0].index - 1
    said = after < len(toks) and toks[after].key in SAID
    place = before >= 0 and toks[before].key in PLACE_WORDS
    surface = "".join(t.text + _gap(doc, t, name[-1]) for t in name)
    return Mention(surface, tuple(t.key for t in name), title, said, place, words=tuple(t.text for t in name))


@cache
def not_names() -> frozenset[str]:
    """Capitalised words that name nothing on their own: titles, demonyms, days, months, "I"."""
    from audit.match.office_words import word_set

    return titles() | frozenset(demonyms()) | word_set("calendar") | word_set("not-name") | {"i"}


def _gap(doc: Document, t: Token, last: Token) -> str:
    """The joiner written after `t` inside a name: a hyphen, else one space."""
    if t is last:
        return ""
    return "-" if doc.text[t.end : t.end + 1] == "-" else " "


def mentions(doc: Document) -> Iterator[Mention]:
    """Every name run and acronym of the article, in text order."""
    for run in name_view(doc).runs:
        m = _mention(doc, run)
        if m is not None and not (len(m.key) == 1 and (len(m.key[0]) < 2 or m.key[0] in not_names())):
            yield m
    for t in doc.tokens:
        if 2 <= len(t.text) <= 6 and t.text.isupper() and t.text.isalpha():
            yield Mention(t.text, (t.key,), None, False, False, acronym=True)
