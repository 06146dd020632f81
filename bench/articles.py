"""Synthetic wire articles: English news prose around glossary names, with planted garbles.

Each article has a headline, a dateline and one paragraph per line, introduces people by
full name (sometimes with their office) before using the surname, and carries a few
garbled names (stuttered syllable, swapped or dropped letter) whose spans are recorded so
the benchmark can report how many the pipeline finds.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from bench.names import STYLES, NameMaker, SynthEntry

OPENERS = (
    "{P}, the {R}, said on {D} that talks with {O} would resume in {L} next month.",
    "{P} told reporters in {L} that the agreement with {O} was still under review.",
    "Officials in {L} said {P} had met representatives of {O} earlier in the week.",
)
FOLLOWERS = (
    "{S} said the government would not accept any deal that left {L} without a say.",
    "“We are ready to work with everyone who wants peace,” {S} said in a statement.",
    "{S} declined to give details, saying the talks were at a sensitive stage.",
    "According to {O}, about {N} people had been displaced from villages around {L}.",
    "The {O} said in a statement that it had sent {N} tonnes of aid to {L}.",
    "Analysts said the move was likely to raise tensions across the region.",
    "The announcement came a day after heavy fighting was reported near {L}.",
    "Prices of fuel and food have risen sharply since the start of the year.",
    "The ministry did not respond to a request for comment on {D}.",
    "{P2}, who leads {O}, said the group would hold a vote on the proposal.",
    "Diplomats said the two sides had agreed to meet again before the end of the month.",
    "Local media reported that {N} soldiers had been moved to the border near {L}.",
    "{S} later said on social media that the report was false.",
    "The United Nations has called on all sides to protect civilians and allow aid through.",
    "It was not immediately clear whether the plan had the support of parliament.",
    "Markets in {L} fell {N2} percent after the news, traders said.",
    "{S2} said the decision was taken after consultations with regional partners.",
    "The talks, mediated by {O}, are expected to last at least three days.",
    "“Nobody told us anything,” said {U}, a resident of {L} who fled with her children.",
    "{U}, an analyst at a research group in {L}, said the vote was a turning point.",
    "Police in {L} said {N} people were detained overnight after protests outside the parliament.",
    "The European Union and the United States have both said they would study the proposal.",
    "Opposition leader {U} called the agreement a betrayal and demanded a referendum.",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class Article:
    """Generated text plus the (start, end) spans of the garbles planted in it."""

    text: str
    garbles: tuple[tuple[int, int], ...]


def garble(word: str, rng: random.Random) -> str:
    """A back-translation-style garble: stuttered syllable, dropped or swapped letter."""
    kind = rng.randrange(3)
    if kind == 0 and len(word) >= 4:
        return word + word[-2:]  # Lavrov → Lavrovov
    if kind == 1 and len(word) >= 5:
        i = rng.randrange(2, len(word) - 1)
        return word[:i] + word[i + 1 :]
    i = rng.randrange(1, len(word) - 2) if len(word) > 3 else 1
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


class ArticleMaker:
    """Articles of a given length drawing their cast from one glossary."""

    def __init__(self, entries: list[SynthEntry], seed: int = 11) -> None:
        self.rng = random.Random(seed)
        self.unknown = NameMaker(random.Random(seed + 1))  # names the glossary does not list
        self.people = [e for e in entries if e.kind == "person"]
        self.places = [e for e in entries if e.kind == "place"]
        self.orgs = [e for e in entries if e.kind == "org"]

    def article(self, words: int, garbles: int = 2) -> Article:
        rng = self.rng
        cast = rng.sample(self.people, min(3, len(self.people)))
        place, org = rng.choice(self.places), rng.choice(self.orgs)
        paras = [f"{cast[0].surname} says talks with {org.canonical} to resume"]
        paras.append(
            f"{place.canonical.upper()}, {rng.choice(DAYS)} (Wire) - "
            + self._fill(rng.choice(OPENERS), cast, place, org)
        )
        introduced = {0}
        while sum(len(p.split()) for p in paras) < words:
            template = rng.choice(FOLLOWERS)
            if "{P2}" in template:
                introduced.add(1)
            if "{S2}" in template and 1 not in introduced:
                template = template.replace("{S2}", "{P2}")
                introduced.add(1)
            paras.append(self._fill(template, cast, rng.choice(self.places), org))
        text = "\n\n".join(paras) + "\n"
        return self._plant(text, cast, garbles)

    def _fill(self, template: str, cast: list[SynthEntry], place: SynthEntry, org: SynthEntry) -> str:
        rng = self.rng
        lead, second = cast[0], cast[1 % len(cast)]
        return template.format(
            P=lead.canonical,
            R=lead.role or "government spokesperson",
            S=lead.surname,
            P2=second.canonical,
            S2=second.surname,
            O=org.canonical,
            L=place.canonical,
            D=rng.choice(DAYS),
            N=rng.randrange(20, 9000),
            N2=rng.randrange(2, 9),
            U=self.unknown.person(rng.choice(sorted(STYLES)))[0] if "{U}" in template else "",
        )

    def _plant(self, text: str, cast: list[SynthEntry], count: int) -> Article:
        """Garble `count` later surname mentions (never the introduction)."""
        spans: list[tuple[int, int]] = []
        surname = cast[0].surname or ""
        positions = [i for i in _find_all(text, surname) if i > text.find("\n\n", text.find("\n\n") + 2)]
        for pos in sorted(self.rng.sample(positions, min(count, len(positions))), reverse=True):
            bad = garble(surname, self.rng)
            text = text[:pos] + bad + text[pos + len(surname) :]
            spans = [(s + len(bad) - len(surname), e + len(bad) - len(surname)) for s, e in spans]
            spans.append((pos, pos + len(bad)))
        return Article(text, tuple(sorted(spans)))


def _find_all(text: str, word: str) -> list[int]:
    out, i = [], text.find(word)
    while word and i >= 0:
        before = text[i - 1] if i else " "
        after = text[i + len(word)] if i + len(word) < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            out.append(i)
        i = text.find(word, i + 1)
    return out
