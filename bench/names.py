"""Synthetic glossaries: people, places and organisations built from syllable inventories.

Names come from rough syllable inventories of several languages (Slavic, Korean, Arabic,
Chinese pinyin, Iberian, West African, Nordic) so that token shapes, lengths and phonetic
keys vary like a real newsroom glossary. Everything is deterministic for a given seed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from audit.text.lexicon import common_words
from audit.text.normalize import name_key

# (onsets, nuclei, codas, syllables per given name, per surname, surname suffixes)
STYLES: dict[str, tuple[str, str, str, tuple[int, int], tuple[int, int], str]] = {
    "slavic": (
        "b v d g z k l m n p r s t ch sh zh kr pr str vl",
        "a e i o u y ya",
        " n r v l",
        (2, 3),
        (2, 3),
        "ov ev in enko sky ich uk",
    ),
    "korean": ("k g n d r m b s j ch h y", "a eo o u eu i ae e yo yu", " n ng k l m p", (1, 1), (1, 1), ""),
    "arabic": (
        "b t j h kh d r z s sh f q k l m n w y",
        "a i u aa ee oo",
        " d r m l n s b",
        (2, 3),
        (2, 3),
        "i",
    ),
    "pinyin": (
        "b p m f d t n l g k h j q x zh ch sh r z c s y w",
        "a o e i u ai ei ao ou an en ang eng ong ia ie iu",
        "",
        (1, 2),
        (1, 1),
        "",
    ),
    "iberian": (
        "b c d f g l m n p r s t v ch ll",
        "a e i o u ia ue",
        " s n r l z",
        (2, 3),
        (2, 4),
        "ez es os ado ira",
    ),
    "westafrican": ("b d f g k l m n s t w y kw gb ny", "a e i o u", " n", (2, 3), (2, 3), "o a e"),
    "nordic": (
        "b d f g h k l m n p r s t v sk st bj",
        "a e i o u ø å ei",
        " n r l s t nd rd",
        (1, 2),
        (2, 2),
        "sen son berg strand",
    ),
}
PLACE_PATTERNS = ("{}", "{}", "{}", "New {}", "Port {}", "{} City", "{}-{}", "{} Oblast")
ORG_PATTERNS = (
    "{} Institute for Strategic Studies",
    "National {} Party",
    "{} Development Bank",
    "{} Workers' Union",
    "{} Energy Corporation",
    "{} Broadcasting Company",
    "Ministry of {} Affairs",
    "{} Liberation Front",
)
OFFICES = (
    "foreign minister",
    "defense minister",
    "prime minister",
    "president",
    "finance minister",
    "army chief of staff",
    "central bank governor",
    "interior minister",
)


@dataclass
class SynthEntry:
    """One generated glossary entry (serialised to YAML by `to_yaml`)."""

    canonical: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    start: str | None = None
    surname: str | None = None


class NameMaker:
    """Random but pronounceable words in one of several styles; never a common English word."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.common = common_words()

    def word(self, style: str, syllables: tuple[int, int], suffixes: str = "") -> str:
        onsets, nuclei, codas, *_ = STYLES[style]
        while True:
            parts = []
            for _ in range(self.rng.randint(*syllables)):
                parts.append(self.rng.choice([*onsets.split(), ""]) + self.rng.choice(nuclei.split()))
            if codas.strip() and self.rng.random() < 0.5:
                parts.append(self.rng.choice(codas.split(" ")))
            if suffixes and self.rng.random() < 0.6:
                parts.append(self.rng.choice(suffixes.split()))
            word = "".join(parts).capitalize()
            if 3 <= len(word) <= 14 and word.lower() not in self.common:
                return word

    def person(self, style: str) -> tuple[str, str]:
        *_, given_syl, sur_syl, suffixes = STYLES[style]
        given = self.word(style, given_syl)
        surname = self.word(style, sur_syl, suffixes)
        if style == "korean":  # family name first, hyphenated two-syllable given name
            second = self.word(style, (1, 1)).lower()
            return f"{surname} {given}-{second}", surname
        if style == "arabic" and self.rng.random() < 0.3:
            return f"{given} al-{surname}", surname
        return f"{given} {surname}", surname


def alt_spelling(word: str, rng: random.Random) -> str:
    """A legitimate-looking transliteration variant (Sergey/Sergei, Kyiv/Kiev style)."""
    swaps = (("y", "i"), ("i", "y"), ("k", "c"), ("v", "w"), ("ou", "u"), ("j", "dj"), ("sh", "ch"))
    for a, b in rng.sample(swaps, len(swaps)):
        if a in word[1:]:
            i = word.index(a, 1)
            return word[:i] + b + word[i + len(a) :]
    return word + "h"


def make_glossary(n: int, seed: int = 7) -> list[SynthEntry]:
    """`n` entries (60% people, 25% places, 15% organisations) with unique normal forms."""
    rng = random.Random(seed)
    maker = NameMaker(rng)
    styles = sorted(STYLES)
    taken: set[tuple[str, ...]] = set()
    out: list[SynthEntry] = []
    while len(out) < n:
        style = rng.choice(styles)
        roll = rng.random()
        entry = (
            _person(maker, style)
            if roll < 0.6
            else _place(maker, style)
            if roll < 0.85
            else _org(maker, style)
        )
        keys = [name_key(f) for f in (entry.canonical, *entry.aliases)]
        if any(k in taken for k in keys) or len(set(keys)) != len(keys):
            continue
        taken.update(keys)
        out.append(entry)
    return out


def _person(maker: NameMaker, style: str) -> SynthEntry:
    rng = maker.rng
    canonical, surname = maker.person(style)
    entry = SynthEntry(canonical, "person", surname=surname)
    if rng.random() < 0.3:
        given = canonical.split()[0]
        entry.aliases.append(canonical.replace(given, alt_spelling(given, rng), 1))
    if rng.random() < 0.4:
        entry.aliases.append(surname)
    if rng.random() < 0.15:
        entry.role = f"{maker.word(style, (2, 2))}n {rng.choice(OFFICES)}"
        entry.start = f"{rng.randint(2005, 2023)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return entry


def _place(maker: NameMaker, style: str) -> SynthEntry:
    rng = maker.rng
    pattern = rng.choice(PLACE_PATTERNS)
    words = [maker.word(style, (2, 3)) for _ in range(pattern.count("{}"))]
    entry = SynthEntry(pattern.format(*words), "place")
    if rng.random() < 0.3:
        entry.aliases.append(pattern.format(*[alt_spelling(w, rng) for w in words]))
    return entry


def _org(maker: NameMaker, style: str) -> SynthEntry:
    rng = maker.rng
    name = maker.word(style, (2, 3))
    canonical = rng.choice(ORG_PATTERNS).format(name)
    entry = SynthEntry(canonical, "org")
    if rng.random() < 0.5:
        initials = "".join(w[0] for w in canonical.split() if w[0].isupper())
        entry.aliases.append(name[:3].upper() + initials[1:] if canonical.startswith(name) else initials)
    return entry


def to_yaml(entries: list[SynthEntry]) -> str:
    """The glossary file text (flow style for aliases, as newsroom glossaries are written)."""
    lines = ["name: synthetic", "entries:"]
    for e in entries:
        lines.append(f'  - canonical: "{e.canonical}"')
        lines.append(f"    kind: {e.kind}")
        if e.aliases:
            lines.append("    aliases: [" + ", ".join(f'"{a}"' for a in e.aliases) + "]")
        if e.role:
            lines.append(f"    role: {e.role}")
            lines.append(f"    from: {e.start}")
    return "\n".join(lines) + "\n"
