"""Alternative spellings the pack itself attests for a word of its names (build time).

A text word that respells a pack name the way it sounds (c/k, a doubled letter: "Nicos" for
Nikos, "Hasan" for Hassan) is an accepted variant when the pack spells that same-sounding
word both ways in its names (Nicos Anastasiades and Nikos Christodoulidis; Hasan and Hassan
as given names): a second romanisation of one name in use. A respelling the pack never
uses ("Makron", "Kalas", "Bennet") is a misspelling or a machine-translation round trip:
still a garble. This writes every word of the pack's names (people, places, organisations)
that shares its `translit_key` with another, differently spelled word of them.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from audit.text.normalize import name_key
from audit.text.spelling import translit_key

FILE_NAME = "attested-spellings.txt"  # read by audit.world.attested_spellings
NAME_KINDS = ("person", "place", "org")
HEADER = """\
# Words the world pack spells two or more ways in its names, the same sound each time
# (audit.text.spelling.translit_key): "nicos"/"nikos", "hasan"/"hassan". A same-sounding
# respelling of a pack name is an accepted variant (N102) only when its spelling is listed
# here (audit/checks/names/world_near.py). Built by scripts/build_world.py from the pack files.
"""


def name_words(pack_dir: Path) -> set[str]:
    """Folded words of every accepted name form of people, places and organisations."""
    import yaml

    words: set[str] = set()
    for path in sorted(pack_dir.glob("*.yaml")):
        for entry in yaml.safe_load(path.read_text(encoding="utf-8")).get("entries") or []:
            if entry.get("kind") in NAME_KINDS:
                for form in [entry["canonical"], *(entry.get("aliases") or [])]:
                    words.update(w for w in name_key(str(form)) if w.isalpha() and len(w) >= 3)
    return words


def attested(words: set[str]) -> list[str]:
    """The words of `words` that share their `translit_key` with another word of them."""
    groups: dict[str, set[str]] = defaultdict(set)
    for word in words:
        groups[translit_key(word)].add(word)
    return sorted(w for group in groups.values() if len(group) > 1 for w in group)


def write(pack_dir: Path, out: Path) -> int:
    """Write the list; return how many spellings it has."""
    found = attested(name_words(pack_dir))
    out.write_text(HEADER + "".join(f"{w}\n" for w in found), encoding="utf-8")
    return len(found)
