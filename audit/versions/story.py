"""One story in several versions: align, analyse every aligned sentence, collect divergences."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Any

from audit.glossary.index import NAME_KINDS, GlossaryIndex
from audit.match import ladder
from audit.text.document import Document
from audit.text.normalize import WORD_RE, fold, name_key
from audit.text.similarity import jaro_winkler, phonetic_match
from audit.versions.align import Aligner, Link
from audit.versions.consensus import Divergence, diverge
from audit.versions.facts import Sentence, analyse, quotations, same_words
from audit.versions.pair import Pair
from audit.versions.spelling import outliers
from audit.versions.words import ABBREVIATION

MAX_TERM_TOKENS = 4  # longest glossary term looked up around a word


class Terms:
    """What the glossary (if any) says about names and terms met during comparison."""

    def __init__(self, index: GlossaryIndex | None) -> None:
        self.index = index
        forms = index.forms if index else {}
        self.name_words = {w for k, refs in forms.items() if _kinds(refs) & NAME_KINDS for w in k}

    def entity(self, key: tuple[str, ...]) -> tuple[str, ...] | None:
        refs = self.index.forms.get(key, ()) if self.index else ()
        names = [r.entry for r in refs if r.entry.kind in NAME_KINDS]
        return name_key(names[0].canonical) if names else None

    def known(self, text: str) -> bool:
        """A knowledge source (the glossary, the world pack's countries) lists this name."""
        from audit.match.office_words import place_forms

        key = tuple(name_key(text))
        return bool(self.entity(key)) or key in place_forms()

    def term(self, text: str) -> str | None:
        """The glossary term (canonical) whose form occurs in `text`, if any."""
        keys = name_key(text)
        for n in range(min(MAX_TERM_TOKENS, len(keys)), 0, -1):
            for i in range(len(keys) - n + 1):
                found = self._term_at(tuple(keys[i : i + n]))
                if found:
                    return found
        return None

    def _term_at(self, key: tuple[str, ...]) -> str | None:
        refs = self.index.forms.get(key, ()) if self.index else ()
        good = [r for r in refs if r.entry.kind == "term" and r.form_kind in ("canonical", "alias")]
        return good[0].entry.canonical if good else None

    def covers(self, pair: Pair, index: int) -> bool:
        """Token `index` of the sentence is part of a listed term form."""
        keys = pair.this.keys
        for n in range(1, MAX_TERM_TOKENS + 1):
            for i in range(max(0, index - n + 1), min(index, len(keys) - n) + 1):
                if self._term_at(tuple(keys[i : i + n])):
                    return True
        return False


def _kinds(refs: Any) -> set[str]:
    return {r.entry.kind for r in refs}


@dataclass
class StoryAnalysis:
    docs: list[Document]
    aligner: Aligner
    links: dict[tuple[int, int], dict[int, list[Link]]]
    sentences: list[list[Sentence]]
    divergences: list[Divergence]


def analyse_story(
    docs: list[Document], dates: list[dt.date | None], index: GlossaryIndex | None = None
) -> StoryAnalysis:
    """Every divergence of every version from the consensus of the others."""
    terms = Terms(index)
    aligner = Aligner(docs)
    links = aligner.align()
    sentence = Sentences(docs, dates, terms)
    found: list[Divergence] = []
    for (v, i), by_version in links.items():
        this = sentence(v, (i,))
        pairs = {
            w: [Pair(this, sentence(w, link.units), w, link.score) for link in ls]
            for w, ls in by_version.items()
        }
        for d in diverge(pairs, terms.term, terms.covers):
            if d.kind == "name" and _wording_choice(d, sentence.lower):
                continue
            kind = _name_kind(d) if d.kind == "name" else d.kind
            if kind == "spelling" and terms.entity(name_key(d.text)):
                continue  # a listed form is spelled right whatever the others write
            if kind == "entity" and terms.known(d.text) and _known_stands(d, terms):
                continue  # side with the knowledge: the majority may share a hallucination
            if kind == "entity" and not d.extra.get("anchored", True) and _names_elsewhere(docs[v], d):
                continue  # knows the others' entity: here a wording choice (metonym), not a swap
            found.append(replace(d, version=v, kind=kind))
    sentences = [[sentence(v, (i,)) for i in range(len(d.sentences))] for v, d in enumerate(docs)]
    found.extend(_spelling(sentences, terms))
    found.extend(_rare(sentences, links, found, terms, sentence.lower))
    return StoryAnalysis(docs, aligner, links, sentences, _dedupe(found))


class Sentences:
    """The analysed sentence(s) of each version, computed once: (version, indices) → Sentence."""

    def __init__(self, docs: list[Document], dates: list[dt.date | None], terms: Terms) -> None:
        self.docs, self.dates, self.terms = docs, dates, terms
        self.quotes = [quotations(d.text) for d in docs]
        self.lower = lower_case_words(docs)
        self.cache: dict[tuple[int, tuple[int, ...]], Sentence] = {}

    def __call__(self, v: int, idx: tuple[int, ...]) -> Sentence:
        if (v, idx) not in self.cache:
            doc = self.docs[v]
            spans = tuple(doc.sentences[i] for i in idx)
            found = analyse(doc, spans, self.dates[v], self.terms.entity, self.quotes[v], self.lower)
            self.cache[(v, idx)] = found
        return self.cache[(v, idx)]


def lower_case_words(docs: list[Document]) -> frozenset[str]:
    """Words the story writes in lower case in running text (URLs and e-mail addresses
    excluded: "apnews.com/hub/russia-ukraine" does not make Ukraine a common noun)."""
    out: set[str] = set()
    for doc in docs:
        for chunk in re.finditer(r"\S+", doc.text):
            if not any(mark in chunk.group() for mark in ("/", "@", "www.")):
                out.update(fold(w) for w in WORD_RE.findall(chunk.group()) if w.islower())
    return frozenset(out)


def _wording_choice(d: Divergence, lower: frozenset[str]) -> bool:
    """Not a name the versions disagree on but a wording choice: an abbreviation against a
    spelled-out name (CPC / Party Central), or capitalised common words the story also
    writes in lower case ("Drug Price" / "Medicine Price" in a title-case department name)."""
    if bool(ABBREVIATION.fullmatch(d.text)) != bool(ABBREVIATION.fullmatch(d.consensus)):
        return True
    differ = set(d.key) ^ set(d.alt_key)
    return bool(differ) and all(isinstance(w, str) and w in lower for w in differ)


def _known_stands(d: Divergence, terms: Terms) -> bool:
    """A known entity is overruled only by another known one named at the very same place
    (a rare name decided without anchoring may be a metonym: Pentagon for Washington)."""
    return not terms.known(d.consensus) or not d.extra.get("anchored", True)


def _names_elsewhere(doc: Document, d: Divergence) -> bool:
    """The version names the consensus entity somewhere else in the story."""
    return fold(d.consensus) in fold(doc.text)


def _name_kind(d: Divergence) -> str:
    """A replaced name is a misspelling when it sounds or looks like the consensus, else a swap."""
    a, b = d.key[-1], d.alt_key[-1]
    return "spelling" if phonetic_match(a, b) or jaro_winkler(a, b) >= ladder.LOOKS_ALIKE else "entity"


def _spelling(sentences: list[list[Sentence]], terms: Terms) -> list[Divergence]:
    out = []
    for o in outliers(sentences, lambda w: w in terms.name_words):
        tok = o.sentence.tokens[o.token]
        majority = len(o.support) >= 2 or o.listed
        out.append(
            Divergence(
                kind="spelling",
                version=o.version,
                start=tok.start,
                end=tok.end,
                text=tok.text,
                consensus=o.suggestion,
                others={w: o.suggestion for w in o.support},
                agree=(),
                majority=majority,
                key=(o.word,),
                alt_key=(o.suggestion,),
                backed_by=o.suggestion if o.listed else None,
            )
        )
    return out


def _rare(
    sentences: list[list[Sentence]],
    links: dict[tuple[int, int], dict[int, list[Link]]],
    found: list[Divergence],
    terms: Terms,
    lower: frozenset[str],
) -> list[Divergence]:
    """Names no other version uses, in sentences most others say (audit/versions/rare.py)."""
    from audit.versions.consensus import VOTE_CHRF
    from audit.versions.rare import rare_names, unshared_words, used_words

    strong = {
        k: sum(any(lk.score >= VOTE_CHRF for lk in ls) for ls in bv.values()) for k, bv in links.items()
    }
    taken = {(d.version, d.start, d.end) for d in found}
    used = used_words(sentences)

    def alike(v: int, i: int, key: Any) -> set[int]:
        return {
            w
            for w, ls in links.get((v, i), {}).items()
            for lk in ls
            if lk.score >= VOTE_CHRF
            for u in lk.units
            if any(x.kind == "name" and same_words(x.key, key) for x in sentences[w][u].items)
        }

    out = []
    for v, s, it in rare_names(sentences, strong, taken, alike, lower):
        text = s.text_of(it.first, it.last)
        if terms.known(text) or terms.known(_with_hyphen_tail(s, it.last, text)):
            continue  # Kim Jong-un: the tokenizer ends the name at "Jong"
        first, last = unshared_words(s, it, used, v)  # the span: the words nobody else uses
        start, end = s.tokens[first].start, s.tokens[last - 1].end
        extra = {"decided_by": "story-wide"}
        out.append(Divergence("rare", v, start, end, text, "", {}, (), True, key=it.key, extra=extra))
    return out


def _with_hyphen_tail(s: Sentence, last: int, text: str) -> str:
    """The name with a lower-case word hyphenated to it ("Kim Jong" + "-un")."""
    end = s.tokens[last - 1].end
    if last < len(s.tokens) and s.tokens[last].start == end + 1 and s.doc.text[end] == "-":
        return f"{text}-{s.tokens[last].text}"
    return text


def _dedupe(found: list[Divergence]) -> list[Divergence]:
    """One divergence per (version, kind, span); the majority decision wins over a two-way one."""
    best: dict[tuple[int, str, int, int], Divergence] = {}
    for d in found:
        k = (d.version, d.kind, d.start, d.end)
        if k not in best or (d.majority and not best[k].majority):
            best[k] = d
    return sorted(best.values(), key=lambda d: (d.version, d.start, d.kind))
