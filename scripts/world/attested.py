"""Spellings English text really uses for the pack's names (build time; wordfreq, CC BY-SA 4.0).

A text word that respells a pack name the same way it sounds (c/k, a doubled letter:
"Nicos" for Nikos, "Hasan" for Hassan) is an accepted variant when English text attests it,
and a garble when it does not ("Makron", "Zelenski" are machine-translation round trips).
This writes the attested ones: words of wordfreq's English list at Zipf >= MIN_ZIPF (about
three uses per 100 million words) whose `translit_key` equals that of a word of a pack name
(the pack's own spellings included when English text uses them).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from audit.text.normalize import fold, name_key
from audit.text.spelling import translit_key

MIN_ZIPF = 1.5
FILE_NAME = "attested-spellings.txt"  # read by audit.world.attested_spellings
NAME_KINDS = ("person", "place", "org")
HEADER = """\
# Spellings of world-pack name words that English text attests (wordfreq {version}, Zipf >= {zipf}),
# the pack's own among them: "Nicos" (for Nikos), "Hasan" (for Hassan). A same-sounding respelling of a
# pack name is a variant (N102) only when listed here (audit/checks/names/world_near.py).
# Derived from wordfreq (Robyn Speer, https://github.com/rspeer/wordfreq), CC BY-SA 4.0; this
# list is a derivative work under the same licence. Built by scripts/build_world.py.
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


def attested(words: set[str], min_zipf: float = MIN_ZIPF) -> list[str]:
    """wordfreq words at `min_zipf` or more that respell (same `translit_key`) a word of `words`."""
    import wordfreq

    keys = {translit_key(w) for w in words}
    out = set()
    for word in wordfreq.iter_wordlist("en"):  # most frequent first
        if wordfreq.zipf_frequency(word, "en") < min_zipf:
            break
        w = fold(word)
        if w.isalpha() and len(w) >= 3 and translit_key(w) in keys:
            out.add(w)
    return sorted(out)


def write(pack_dir: Path, out: Path) -> int:
    """Write the list; return how many spellings it has."""
    found = attested(name_words(pack_dir))
    from importlib.metadata import version

    header = HEADER.format(version=version("wordfreq"), zipf=MIN_ZIPF)
    out.write_text(header + "".join(f"{w}\n" for w in found), encoding="utf-8")
    return len(found)
