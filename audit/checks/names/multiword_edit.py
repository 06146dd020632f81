"""One word edit between two word sequences: the shape of a garbled multiword name.

"International Atomic Energy Organization" is the International Atomic Energy Agency with
one word replaced; "Organization of Petroleum Exporting Nations" one word off OPEC's name.
"""

from __future__ import annotations

from dataclasses import dataclass

from audit.match.wordlists import contrast_classes, name_synonyms

Key = tuple[str, ...]


@dataclass(frozen=True)
class Edit:
    """How the text differs from the name: op is insert | delete | replace | swap."""

    op: str
    position: int  # index in the name (insert: the name word the new one precedes)
    old: str  # the name's word ("" for insert)
    new: str  # the text's word ("" for delete)


def one_edit(text: Key, name: Key) -> Edit | None:
    """The single word edit that turns `name` into `text`, or None (equal, or further apart)."""
    if text == name:
        return None
    if len(text) == len(name):
        diff = [i for i, (a, b) in enumerate(zip(text, name, strict=True)) if a != b]
        if len(diff) == 1:
            return Edit("replace", diff[0], name[diff[0]], text[diff[0]])
        i = diff[0]
        if len(diff) == 2 and diff[1] == i + 1 and (text[i], text[i + 1]) == (name[i + 1], name[i]):
            return Edit("swap", i, name[i], text[i])
        return None
    if len(text) == len(name) + 1:
        i = _first_difference(text, name)
        return Edit("insert", i, "", text[i]) if text[:i] + text[i + 1 :] == name else None
    if len(text) + 1 == len(name):
        i = _first_difference(name, text)
        return Edit("delete", i, name[i], "") if name[:i] + name[i + 1 :] == text else None
    return None


def _first_difference(longer: Key, shorter: Key) -> int:
    return next((i for i, (a, b) in enumerate(zip(longer, shorter, strict=False)) if a != b), len(shorter))


def contrasting(a: str, b: str) -> bool:
    """Both words in one contrast class: swapping them names another body."""
    classes = contrast_classes()
    return bool(classes.get(a, frozenset()) & classes.get(b, frozenset()))


# Endings that make another word of the same stem (Bank → Banking, Development → Developing,
# National → Nationalist); a plural "s" does not (Olympic / Olympics: one name, two spellings).
DERIVATIONS = frozenset(
    ["", "e", "ing", "ment", "al", "ical", "ic", "ics", "ist", "ists", "ism", "ive", "ion", "ation"]
)
MIN_STEM = 4


def derived(a: str, b: str) -> bool:
    """Two words of one stem with different derivational endings ("bank"/"banking")."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    ends = {a[n:], b[n:]}
    return n >= MIN_STEM and a != b and ends <= DERIVATIONS and not ends <= {"", "e"}


def mt_variant(old: str, new: str) -> bool:
    """What machine translation makes of one word of a name: a synonym from the same source
    word (name_synonyms.txt: Cooperation → Collaboration) or another word of its stem."""
    return new in name_synonyms().get(old, frozenset()) or derived(old, new)
