"""Glossary loading and validation: good files load, bad ones fail with `path:line: message`."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest
from conftest import SEEDS, run_cli

from audit.errors import GlossaryError
from audit.glossary import load_glossaries
from audit.glossary.index import GlossaryIndex
from audit.model import Severity


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def test_yaml_schema_loads(tmp_path):
    path = _write(
        tmp_path,
        "g.yaml",
        """
        name: test
        description: every key of the schema
        entries:
          - canonical: Suh Wook
            kind: person
            aliases: [Suh]
            variants: [Seo Wook]
            role: South Korean defense minister
            from: 2020-09-18
            until: 2022-05-09
            severity: critical
            note: former minister
          - canonical: Donald Trump
            kind: person
            roles:
              - {role: U.S. president, from: 2017-01-20, until: 2021-01-20}
              - {role: U.S. president, from: 2025-01-20}
          - canonical: co-belligerents
            kind: term
            mistranslations: [republicans at war]
        """,
    )
    g = load_glossaries([path])
    suh, trump, term = g.entries
    assert suh.aliases == ("Suh",) and suh.variants == ("Seo Wook",) and suh.severity is Severity.CRITICAL
    assert suh.offices[0].end == dt.date(2022, 5, 9) and suh.line == 4
    assert [o.held_on(dt.date(2024, 10, 28)) for o in trump.offices] == [False, False]
    assert term.mistranslations == ("republicans at war",)
    assert len(g.sources) == 1 and len(g.digest) == 16


def test_csv_schema_loads(tmp_path):
    path = _write(
        tmp_path,
        "g.csv",
        """
        canonical,kind,aliases,role,from,until,variants,severity,note
        Sergey Lavrov,person,Sergei Lavrov|Lavrov,Russian foreign minister,2004-03-09,,,,
        Tsukuryne,place,Tsukurino,,,,,minor,village
        """,
    )
    lavrov, village = load_glossaries([path]).entries
    assert lavrov.aliases == ("Sergei Lavrov", "Lavrov") and lavrov.offices[0].start == dt.date(2004, 3, 9)
    assert village.severity is Severity.MINOR and village.line == 3


def test_folder_loads_yaml_and_csv_together(tmp_path):
    _write(tmp_path, "a.yaml", "entries:\n  - {canonical: Kyiv, kind: place}\n")
    _write(tmp_path, "b.csv", "canonical,kind\nPokrovsk,place\n")
    g = load_glossaries([tmp_path])
    assert [e.canonical for e in g.entries] == ["Kyiv", "Pokrovsk"] and len(g.sources) == 2


BAD = [
    (
        "unknown.yaml",
        "entries:\n  - canonical: A B\n    kind: person\n    colour: red\n",
        2,
        "unknown key 'colour'",
    ),
    ("top.yaml", "entries: []\nversion: 2\n", 1, "unknown top-level key 'version'"),
    # What people write first gets a pointer to our name for it; near misses a spelling fix.
    (
        "offices.yaml",
        "entries:\n  - canonical: A B\n    kind: person\n    offices: []\n",
        2,
        "unknown key 'offices' (did you mean 'roles'?)",
    ),
    (
        "typo.yaml",
        "entries:\n  - {canonical: A, kind: place, aliasses: [B]}\n",
        2,
        "(did you mean 'aliases'?)",
    ),
    (
        "rolekey.yaml",
        "entries:\n  - canonical: A B\n    kind: person\n    roles:\n"
        "      - {role: minister, start: 2020-01-01}\n",
        5,
        "A B: unknown role key 'start' (did you mean 'from'?)",
    ),
    ("nohint.yaml", "entries:\n  - {canonical: A, kind: place, zzz: 1}\n", 2, "(known: aliases, canonical,"),
    ("nocanon.yaml", "entries:\n  - kind: person\n    aliases: [X]\n", 2, "entry has no 'canonical' name"),
    (
        "dup.yaml",
        "entries:\n  - {canonical: Yoon Suk Yeol, kind: person}\n"
        "  - {canonical: Yoon Suk-yeol, kind: person}\n",
        3,
        "'Yoon Suk-yeol' normalizes to the same form as 'Yoon Suk Yeol'",
    ),
    (
        "date.yaml",
        "entries:\n  - canonical: A B\n    kind: person\n    role: x\n    from: 2024-13-01\n",
        2,
        "bad date from: '2024-13-01' (expected YYYY-MM-DD)",
    ),
    (
        "order.yaml",
        "entries:\n  - {canonical: A B, kind: person, role: x, from: 2024-01-02, until: 2023-01-01}\n",
        2,
        "'from' 2024-01-02 is after 'until' 2023-01-01",
    ),
    (
        "kind.yaml",
        "entries:\n  - {canonical: Mars, kind: planet}\n",
        2,
        "kind must be one of person, place, org, term",
    ),
    (
        "sev.yaml",
        "entries:\n  - {canonical: Mars, kind: place, severity: huge}\n",
        2,
        "unknown severity 'huge'",
    ),
    (
        "role.yaml",
        "entries:\n  - {canonical: NATO, kind: org, role: alliance}\n",
        2,
        "only a person can hold a role",
    ),
    ("malformed.yaml", "entries:\n  - canonical: A\n    kind: place\n   aliases: [x\n", 4, "invalid YAML"),
    ("shape.yaml", "- canonical: A\n", 1, "expected a mapping with an 'entries:' list"),
    ("extra.csv", "canonical,kind\nA,place\nB,place,extra\n", 3, "more fields than columns"),
    ("column.csv", "canonical,kind,colour\nA,place,red\n", 1, "unknown column 'colour'"),
    ("alias.csv", "canonical,kind,alias\nA,place,B\n", 1, "unknown column 'alias' (did you mean 'aliases'?)"),
    ("missing.csv", "canonical,aliases\nA,B\n", 1, "missing column 'kind'"),
    (
        "date.csv",
        "canonical,kind,role,from\nA B,person,minister,2024-02-30\n",
        2,
        "bad date from: '2024-02-30'",
    ),
    ("quote.csv", 'canonical,kind\nA,place\n"B,place\n', 3, "malformed CSV"),
    (
        "known.yaml",
        "entries:\n  - {canonical: Kyiv, kind: place, variants: [Kiev]}\n"
        "  - {canonical: Kiev, kind: place}\n",
        2,
        "known-bad form 'Kiev' of 'Kyiv' is an accepted form of 'Kiev'",
    ),
]


@pytest.mark.parametrize(("name", "text", "line", "message"), BAD, ids=[b[0] for b in BAD])
def test_bad_glossary_names_path_and_line(tmp_path, name, text, line, message):
    path = _write(tmp_path, name, text)
    with pytest.raises(GlossaryError) as err:
        load_glossaries([path])
    assert str(err.value).startswith(f"{path}:{line}: ")
    assert message in str(err.value)


@pytest.mark.parametrize(("name", "text", "line", "message"), BAD[:3] + BAD[5:6] + BAD[10:11] + BAD[16:17])
def test_cli_reports_bad_glossary_in_one_line_exit_2(tmp_path, name, text, line, message):
    path = _write(tmp_path, name, text)
    proc = run_cli("check", str(SEEDS / "002_b56239f51e18657d.txt"), "--glossary", str(path))
    assert proc.returncode == 2 and proc.stdout == ""
    assert (
        proc.stderr.strip()
        == f"wire-audit: error: {path}:{line}: " + proc.stderr.split(f"{line}: ", 1)[1].strip()
    )
    assert message in proc.stderr and "Traceback" not in proc.stderr and proc.stderr.count("\n") == 1


def test_missing_and_non_utf8_glossary(tmp_path):
    with pytest.raises(GlossaryError, match="no such glossary file or folder"):
        load_glossaries([tmp_path / "nope.yaml"])
    latin = tmp_path / "latin.yaml"
    latin.write_bytes("entries:\n  - {canonical: Sérgio, kind: person}\n".encode("latin-1"))
    with pytest.raises(GlossaryError, match="not UTF-8"):
        load_glossaries([latin])


def test_index_pickles_with_blocking_tables(tmp_path):
    import pickle

    path = _write(tmp_path, "g.yaml", "entries:\n  - {canonical: Tara Copp, kind: person, aliases: [Copp]}\n")
    index = GlossaryIndex.build(load_glossaries([path]))
    assert "copp" in index.near_tails("kopp")
    clone = pickle.loads(pickle.dumps(index))
    assert clone.blocks == index.blocks and clone.tails == index.tails
    assert clone.near_tails("kopp") == index.near_tails("kopp")
    assert clone.lookup("Tara Copp")[0].entry.canonical == "Tara Copp"


def test_shared_alias_is_a_warning_naming_both_lines_and_is_ambiguous(tmp_path):
    from audit.glossary.index import GlossaryIndex
    from audit.text.normalize import name_key

    path = _write(
        tmp_path,
        "alias.yaml",
        "entries:\n  - {canonical: Sergey Lavrov, kind: person}\n"
        "  - {canonical: Lavrov Sergey, kind: person, aliases: [Sergey Lavrov, S. Lavrov]}\n"
        "  - {canonical: Sergei Lavrov, kind: person, aliases: [S. Lavrov]}\n",
    )
    glossary = load_glossaries([path])
    assert len(glossary.entries) == 3
    assert glossary.warnings == (
        f"{path}:3: alias 'Sergey Lavrov' of 'Lavrov Sergey' is also canonical name of 'Sergey Lavrov'"
        f" ({path}:2): ambiguous, no check picks either",
        f"{path}:4: alias 'S. Lavrov' of 'Sergei Lavrov' is also an accepted form of 'Lavrov Sergey'"
        f" ({path}:3): ambiguous, no check picks either",
    )
    index = GlossaryIndex.build(glossary)
    assert index.accepted_refs(name_key("S. Lavrov")) == ()
    assert [r.entry.canonical for r in index.accepted_refs(name_key("Sergei Lavrov"))] == ["Sergei Lavrov"]


@pytest.mark.parametrize("raw", ["49.3", "NO", "2+2", "yes", "1e3", "0x1F"])
def test_yaml_scalars_in_forms_are_strings(tmp_path, raw):
    path = _write(
        tmp_path, "s.yaml", f"entries:\n  - {{canonical: {raw}, kind: term, aliases: [{raw} x, {raw}]}}\n"
    )
    (entry,) = load_glossaries([path]).entries
    assert entry.canonical == raw and entry.aliases == (f"{raw} x", raw)


def test_outdated_forms_and_role_notes_load(tmp_path):
    path = _write(
        tmp_path,
        "o.yaml",
        "as_of: 2026-01-22\nsource: x\nlicense: CC0\nentries:\n"
        "  - {canonical: Kyiv, kind: place, outdated: [Kiev]}\n"
        "  - canonical: Keir Starmer\n    kind: person\n"
        "    roles: [{role: British prime minister, from: 2024-07-05, note: Factbook}]\n",
    )
    kyiv, starmer = load_glossaries([path]).entries
    assert kyiv.outdated == ("Kiev",) and starmer.offices[0].start.isoformat() == "2024-07-05"
