"""The bundled calque lexicon (audit/data/calques.yaml): loaded once, on first use.

One function loads and validates it; a bad entry is a GlossaryError naming the file and
the entry. Matching keys are the document's own token keys (audit.text.normalize), so
case, diacritics, hyphens, apostrophes and line breaks never hide a calque.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from audit.errors import GlossaryError
from audit.model import Severity
from audit.text.normalize import name_key
from audit.text.wordlists import DATA

LANGUAGES = {
    "ar": "Arabic",
    "de": "German",
    "es": "Spanish",
    "fr": "French",
    "ja": "Japanese",
    "ko": "Korean",
    "pt": "Portuguese",
    "ru": "Russian",
    "uk": "Ukrainian",
    "zh": "Chinese",
}
REQUIRED = ("wrong", "right", "languages", "source", "severity", "example")
OPTIONAL = ("context", "skip_quoted", "inflect")
CONTEXT_KEYS = ("requires_any", "forbids_any")


@dataclass(frozen=True)
class CalqueEntry:
    """One lexicon entry: literal renderings, the idiomatic term, and when it applies."""

    wrong: tuple[str, ...]
    right: tuple[str, ...]
    languages: tuple[str, ...]
    source: str
    example: str
    severity: Severity
    requires: tuple[str, ...] = ()
    forbids: tuple[str, ...] = ()
    skip_quoted: bool = False
    inflect: bool = True  # false: the forms match only as spelt ("ministry of finances")


def context_key(word: str) -> str:
    """A context word as matched: its token keys joined, a trailing * kept (prefix)."""
    star = "*" if word.endswith("*") else ""
    return " ".join(name_key(word.rstrip("*"))) + star


def _strings(value: Any, where: str, path: Path) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise GlossaryError(path, None, f"{where}: expected a non-empty list of strings")
    return tuple(v.strip() for v in value)


def parse_entry(raw: Any, index: int, path: Path) -> CalqueEntry:
    """One validated entry; `index` (1-based) names it in errors."""
    where = f"entry {index}"
    if not isinstance(raw, dict):
        raise GlossaryError(path, None, f"{where}: expected a mapping")
    where = f"entry {index} ({raw.get('wrong')!r})"
    missing = [k for k in REQUIRED if k not in raw]
    unknown = sorted(set(raw) - set(REQUIRED) - set(OPTIONAL))
    if missing or unknown:
        raise GlossaryError(path, None, f"{where}: missing {missing} / unknown {unknown} keys")
    languages = _strings(raw["languages"], where, path)
    if bad := [lang for lang in languages if lang not in LANGUAGES]:
        raise GlossaryError(path, None, f"{where}: unknown language {bad[0]!r}")
    if str(raw["severity"]).lower() not in ("minor", "major", "critical"):
        raise GlossaryError(path, None, f"{where}: severity must be minor, major or critical")
    context = raw.get("context") or {}
    if not isinstance(context, dict) or set(context) - set(CONTEXT_KEYS):
        raise GlossaryError(path, None, f"{where}: context takes only {CONTEXT_KEYS}")
    return CalqueEntry(
        wrong=_strings(raw["wrong"], where, path),
        right=_strings(raw["right"], where, path),
        languages=languages,
        source=_strings(raw["source"], where, path)[0],
        example=_strings(raw["example"], where, path)[0],
        severity=Severity.parse(raw["severity"]),
        requires=tuple(map(context_key, context.get("requires_any") or ())),
        forbids=tuple(map(context_key, context.get("forbids_any") or ())),
        skip_quoted=bool(raw.get("skip_quoted", False)),
        inflect=bool(raw.get("inflect", True)),
    )


def parse_lexicon(text: str, path: Path) -> tuple[CalqueEntry, ...]:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise GlossaryError(path, mark.line + 1 if mark else None, f"invalid YAML: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise GlossaryError(path, None, "expected a mapping with an `entries` list")
    return tuple(parse_entry(raw, i, path) for i, raw in enumerate(data["entries"], 1))


LEXICON = DATA / "calques.yaml"


def build_automaton(entries: tuple[CalqueEntry, ...]) -> Any:
    """One Aho-Corasick automaton over " stem stem " forms → [(entry, tokens, length,
    possessive, exact)].

    Token keys drop possessives, so "the country's parliament" keys as "country parliament";
    `possessive` (the form itself is written with an apostrophe) says whether a match may
    have one between its words. Forms of several words match in any inflection and with or
    without an inner article (audit.checks.terms.inflect); a one-word form, or any form of
    an entry with `inflect: false`, only as spelt (`exact`, its keys): "effectives" and
    "ministry of finances" are calques where "effective" and "ministry of finance" are not.
    """
    import ahocorasick

    from audit.checks.terms.inflect import stem, variants

    auto = ahocorasick.Automaton()
    for i, entry in enumerate(entries):
        for form in entry.wrong:
            key = name_key(form)
            if not key:
                continue
            exact = key if len(key) == 1 or not entry.inflect else None
            for variant in variants(key) if exact is None else (key,):
                pattern = " " + " ".join(map(stem, variant)) + " "
                value = (i, len(variant), len(pattern), "'" in form or "’" in form, exact)
                held = auto.get(pattern) if auto.exists(pattern) else []
                if value not in held:
                    auto.add_word(pattern, [*held, value])
    auto.make_automaton()
    return auto


def _cache_key(data: bytes) -> str:
    """The lexicon's bytes, this module's source and the interpreter: what the pickle holds."""
    import hashlib
    import sys

    h = hashlib.sha256(data)
    h.update(Path(__file__).read_bytes())
    h.update((Path(__file__).parent / "inflect.py").read_bytes())
    h.update(f"{sys.version_info[:3]}".encode())
    return h.hexdigest()[:32]


@cache
def lexicon(path: Path) -> tuple[tuple[CalqueEntry, ...], Any]:
    """Entries and automaton, unpickled from the run cache when file and code are unchanged.

    Parsing and validating the YAML costs ~40 ms (PyYAML's import included), unpickling
    ~3 ms: the git hook runs T102 on every commit. WIRE_AUDIT_CACHE=off rebuilds each run.
    """
    from audit.glossary.cache import _read, _write, cache_dir

    data = path.read_bytes()
    folder = cache_dir()
    target = folder / f"calques-{_cache_key(data)}.pickle" if folder is not None else None
    cached = _read(target) if target is not None else None
    if isinstance(cached, tuple) and len(cached) == 2:
        return cached
    entries = parse_lexicon(data.decode("utf-8"), path)
    built = (entries, build_automaton(entries))
    if target is not None:
        _write(target, built)
    return built


def load_calques(path: Path = LEXICON) -> tuple[CalqueEntry, ...]:
    """The validated entries of the lexicon, read once per process."""
    return lexicon(path)[0]


def automaton(path: Path = LEXICON) -> Any:
    """The matcher over every entry's wrong forms (values index `load_calques()`)."""
    return lexicon(path)[1]
