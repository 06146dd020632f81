"""L102 and L103: letters from the wrong script, and text decoded with the wrong code page."""

from __future__ import annotations

import re
from collections.abc import Iterable

from audit.checks.base import Check, CheckContext
from audit.checks.lang.untranslated import tally
from audit.model import Finding, Severity
from audit.text.langid import script

# Cyrillic and Greek letters that look like Latin ones (Unicode TR39 confusables, abridged).
HOMOGLYPHS = str.maketrans(
    "АВЕКМНОРСТХаеорсухіјѕԁԛԝΑΒΕΖΗΙΚΜΝΟΡΤΥΧοαν",
    "ABEKMHOPCTXaeopcyxijsdqwABEZHIKMNOPTYXoav",
)
# UTF-8 read as cp1252/latin-1: a lead byte shown as Â, Ã, â, Ð, Ñ … then 1–2 continuation
# bytes shown as cp1252 punctuation or Latin-1 symbols.
MOJIBAKE = re.compile(r"[ÂÃÄÅÆÇÐÑÒØÙâãäåæçèé][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ\ufffd]{1,2}")
# "â€" then an undefined cp1252 byte (0x9D of ”, shown as �): a curly quote or dash, lost.
LOST_PUNCTUATION = "â€"


def _byte(ch: str) -> int | None:
    try:
        return ch.encode("cp1252")[0]
    except UnicodeEncodeError:
        return ord(ch) if ord(ch) < 256 else None


def repair(text: str) -> str | None:
    """The text as UTF-8 bytes mis-decoded as cp1252 would have read, or None."""
    raw = [_byte(c) for c in text]
    if any(b is None for b in raw):
        return None
    try:
        return bytes(b for b in raw if b is not None).decode("utf-8")
    except UnicodeDecodeError:
        return None


# No letter below U+0370 (where the Greek block starts; Cyrillic follows it) is Greek or Cyrillic.
FIRST_GREEK = "\u0370"


MAX_UNIT_LETTERS = 4


def is_unit(word: str) -> bool:
    """A short word with one Greek letter among Latin ones, a letter no Latin one looks like,
    is a unit or symbol (μm, kΩ, μg); a look-alike (NATΟ with a Greek Ο) is a garble."""
    greek = [c for c in word if c.isalpha() and script(c) == "GREEK"]
    cyrillic = [c for c in word if c.isalpha() and script(c) == "CYRILLIC"]
    if len(greek) != 1 or cyrillic or len(word) > MAX_UNIT_LETTERS:
        return False
    return greek[0].translate(HOMOGLYPHS) == greek[0]


class MixedScript(Check):
    """A word spelled with letters from two scripts.

    Flags: a word mixing Latin letters with Cyrillic or Greek ones ("Kursk" with a Cyrillic
    "К"); suggests the all-Latin spelling when the look-alikes are known.
    Why: it looks right but breaks search, spell-checking and glossary matching; it comes
    from copying names out of a source-language text.
    Example: Russian troops advanced near Kurаkhove (the "а" is Cyrillic).
    Instead: Kurakhove, typed in one script.
    Options: none.
    False positives: units and symbols with one Greek letter (μm, kΩ) are skipped; words in
    a single non-Latin script are not this check's business (see L101).
    """

    code = "L102"
    name = "lang.mixed_script"
    severity = Severity.MAJOR

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        text = ctx.doc.text
        for start, end in tally(ctx).non_ascii_words:
            word = text[start:end]
            if max(word) < FIRST_GREEK:  # Latin letters only (accented ones included): the usual case
                continue
            scripts = {script(c) for c in word if c.isalpha()}
            if "LATIN" in scripts and scripts & {"CYRILLIC", "GREEK"} and not is_unit(word):
                fixed = word.translate(HOMOGLYPHS)
                yield self.finding(
                    ctx,
                    start,
                    end,
                    f"“{word}” mixes {' and '.join(sorted(scripts)).lower()} letters",
                    suggestion=fixed if fixed.isascii() else None,
                    evidence={"scripts": sorted(scripts)},
                )


class Mojibake(Check):
    """UTF-8 text that was decoded with the wrong code page somewhere upstream.

    Flags: sequences such as "â€™", "â€œ", "Ã©" that turn back into one character when
    re-encoded as cp1252 and decoded as UTF-8; suggests that character.
    Why: garbled punctuation and accents make copy unpublishable and hide names from
    glossary matching.
    Example: Russia’s envoy → Russiaâ€™s envoy; Orbán → OrbÃ¡n.
    Instead: the repaired character (re-export the feed as UTF-8).
    Options: none.
    False positives: a sequence that is genuine text and also decodes as UTF-8 (very rare:
    "Ã" followed by a symbol); such text is reported.
    """

    code = "L103"
    name = "lang.mojibake"
    severity = Severity.MAJOR

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        # Every match starts with a non-ASCII letter: none before the first word holding one.
        words = tally(ctx).non_ascii
        if not words:
            return
        for m in MOJIBAKE.finditer(ctx.doc.text, words[0]):
            fixed = repair(m.group())
            if fixed is None and m.group().startswith(LOST_PUNCTUATION):
                fixed = "” (or another curly quote or dash)"
            if fixed and fixed != m.group():
                yield self.finding(
                    ctx,
                    m.start(),
                    m.end(),
                    f"mojibake: “{m.group()}” is “{fixed}” decoded with the wrong code page",
                    suggestion=fixed,
                )
