"""One word edit between two word sequences: the shape of a garbled multiword name.

"International Atomic Energy Organization" is the International Atomic Energy Agency with
one word replaced; "Organization of Petroleum Exporting Nations" one word off OPEC's name.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

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


# Heads of names that English builds with a preposition ("International Organization for
# Migration") and machine translation from head-final languages turns round ("International
# Migration Organization"). Courts, councils and banks are left out: "EU Court of Justice" and
# "Court of Justice of the EU" are both English, "European Council" is not the Council of Europe.
REORDER_HEADS = frozenset(
    [
        "organization",
        "organisation",
        "authority",
        "agency",
        "association",
        "fund",
        "programme",
        "program",
        "federation",
        "institute",
        "foundation",
        "forum",
        "secretariat",
    ]
)
REORDER_JOINERS = frozenset({"of", "for", "on"})


@lru_cache(maxsize=8192)
def turnable(name: Key) -> bool:
    """The name has one "<head> of/for/on" that machine translation may turn round."""
    joins = [i for i, w in enumerate(name) if w in REORDER_JOINERS]
    return len(joins) == 1 and joins[0] > 0 and name[joins[0] - 1] in REORDER_HEADS


def reordered(text: Key, name: Key) -> Edit | None:
    """The name's "<head> of/for/on <complement>" written "<complement> <head>" with every
    other word kept: "international organization for migration" as "international migration
    organization" (one joiner in the name, none in the text, the head last in the text)."""
    joins = [i for i, w in enumerate(name) if w in REORDER_JOINERS]
    if len(joins) != 1 or len(text) != len(name) - 1 or text == name:
        return None
    j = joins[0]
    head = name[j - 1] if j > 0 else ""
    if head not in REORDER_HEADS or text[-1] != head or j + 1 >= len(name):
        return None
    if sorted(text) != sorted(w for w in name if w != name[j]):
        return None
    return Edit("reorder", j - 1, head, "")


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
