"""The hostile-input matrix: every kind issue 18 lists, one Case each (judged by harness.py)."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

from harness import ARTICLE, GLOSSARY, Case, Run

G = ["-g", str(GLOSSARY)]


def put(tmp: Path, name: str, data: str | bytes) -> Path:
    path = tmp / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def article(tmp: Path, name: str = "a.txt") -> str:
    return str(put(tmp, name, ARTICLE).relative_to(tmp))


def glossary(tmp: Path, body: str, name: str = "g.yaml") -> list[str]:
    put(tmp, "a.txt", ARTICLE)
    put(tmp, name, body)
    return ["check", "a.txt", "-g", name]


def entry(extra: str) -> str:
    return f"entries:\n  - canonical: Sergey Lavrov\n    kind: person\n{extra}"


def config(tmp: Path, name: str, body: str) -> list[str]:
    put(tmp, "a.txt", ARTICLE)
    put(tmp, name, body)
    return ["check", "a.txt", *G]


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def baseline_file(tmp: Path, data: str) -> list[str]:
    put(tmp, "a.txt", ARTICLE)
    put(tmp, "base.json", data)
    return ["check", "a.txt", *G, "--baseline", "base.json"]


def report_input(tmp: Path, data: str) -> list[str]:
    put(tmp, "run.json", data)
    return ["report", "run.json", "-o", "out"]


def odd_name_run(tmp: Path, fmt: str) -> list[str]:
    folder = tmp / "in"
    folder.mkdir()
    (folder / os.fsdecode(b"caf\xe9.txt")).write_text(ARTICLE, encoding="utf-8")
    return ["check", "in", *G, "-f", fmt, "-o", "out"]


def stdout_has(*needles: str):
    def check(run: Run) -> None:
        for needle in needles:
            assert needle.encode() in run.stdout, f"{needle!r} not in output"

    return check


def no_raw_controls(run: Run) -> None:
    text = run.stdout.decode("utf-8", "replace") + run.stderr
    bad = sorted({hex(ord(c)) for c in text if ord(c) in CONTROLS})
    assert not bad, f"raw control characters sent: {bad}"


CONTROLS = {*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F, *range(0x80, 0xA0), 0x202E, 0x2066, 0x200F}


def json_of(run: Run) -> dict:
    return json.loads(run.stdout)


def encoding_is(expected: str, *, no_codes: tuple[str, ...] = ()):
    def check(run: Run) -> None:
        art = json_of(run)["articles"][0]
        assert art["encoding"] == expected, art["encoding"]
        codes = {f["code"] for f in art["findings"]}
        assert not codes & set(no_codes), codes

    return check


def finds(code: str):
    def check(run: Run) -> None:
        codes = {f["code"] for a in json_of(run)["articles"] for f in a["findings"]}
        assert code in codes, codes

    return check


def output_intact(name: str, marker: str):
    def check(run: Run) -> None:
        assert marker in (run.tmp / name).read_text(encoding="utf-8")

    return check


def random_cp1252(size: int) -> bytes:
    rng = random.Random(18)
    alphabet = bytes(b for b in range(0x20, 0x100) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x7F))
    return bytes(rng.choice(alphabet) for _ in range(size)) + b"\n"


def fifo(tmp: Path) -> list[str]:
    os.mkfifo(tmp / "pipe.txt")
    return ["check", "pipe.txt", *G]


def utf16(tmp: Path) -> list[str]:
    put(tmp, "u.txt", b"\xff\xfe" + ARTICLE.encode("utf-16-le"))
    return ["check", "u.txt", *G, "-f", "json"]


def stray_byte(tmp: Path) -> list[str]:
    raw = ARTICLE.encode("utf-8") * 20
    put(tmp, "s.txt", raw[:100] + b"\xff" + raw[100:])
    return ["check", "s.txt", *G, "-f", "json"]


def whatwg(tmp: Path) -> list[str]:
    put(
        tmp,
        "w.txt",
        ARTICLE.replace("“", '"').replace("”", '"').encode("ascii") + b"Caf\xe9 \x81\x8d\x8f\x90\x9d.\n",
    )
    return ["check", "w.txt", *G, "-f", "json"]


def escape_in_copy(tmp: Path, fmt: str) -> list[str]:
    put(tmp, "e.txt", ARTICLE.replace("Lavrovov said", "Lavrovov\x1b]0;pwned\x07\u202e said"))
    return ["check", "e.txt", *G, "-f", fmt]


def newline_name(tmp: Path) -> list[str]:
    put(tmp, "in/x\ny.txt", ARTICLE)
    return ["check", "in", *G, "-f", "diff"]


def diff_header_quoted(run: Run) -> None:
    text = run.stdout.decode("utf-8")
    assert "--- a/x\ny" not in text and '"a/in/x\\ny.txt"' in text, text[:300]


def report_with_escape(tmp: Path) -> list[str]:
    finding = {
        "code": "N101",
        "rule": "names.garbled",
        "severity": "major",
        "line": 1,
        "column": 1,
        "start": 0,
        "end": 3,
        "text": "Lav\x1b[2J",
        "suggestion": "Lavrov\x07",
        "message": "m",
    }
    run = {
        "tool": "wire-audit",
        "schema": 1,
        "articles": [
            {
                "path": "p\x1b]0;x\x07.txt",
                "words": 3,
                "score": 90.0,
                "verdict": "review",
                "findings": [finding],
            }
        ],
    }
    put(tmp, "run.json", json.dumps(run))
    return ["report", "run.json", "-o", "out"]


def many_findings_line(tmp: Path) -> list[str]:
    put(tmp, "m.txt", "Lavrovov met Lavrovov. " * 4000 + "\n")
    return ["check", "m.txt", *G]


def long_token(size: int):
    def setup(tmp: Path) -> list[str]:
        put(tmp, "t.txt", "Officials said " + "L" + "a" * size + " met Lavrov.\n")
        return ["check", "t.txt", *G]

    return setup


def long_names(tmp: Path) -> list[str]:
    rng = random.Random(5)
    names = ["".join(rng.choice("abcdefghij") for _ in range(10_000)).title() for _ in range(20)]
    items = "".join(f"  - canonical: {name}\n    kind: person\n" for name in names)
    return glossary(tmp, "entries:\n" + items)


def billion_laughs(tmp: Path, tail: str = "entries:\n  - canonical: *i\n    kind: person") -> list[str]:
    """Anchors under `description` (a key the loader keeps), expanding to 9**9 strings."""
    lines = ['description:\n  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 9):
        prev, cur = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"  {cur}: &{cur} [{','.join(['*' + prev] * 9)}]")
    lines.append(tail)
    return glossary(tmp, "\n".join(lines) + "\n")


def glossary_subfolder(tmp: Path) -> list[str]:
    put(tmp, "gl/real.yaml", entry(""))
    (tmp / "gl" / "x.yaml").mkdir()
    put(tmp, "a.txt", ARTICLE)
    return ["check", "a.txt", "-g", "gl"]


def unreadable_glossary(tmp: Path) -> list[str]:
    args = glossary(tmp, entry(""))
    os.chmod(tmp / "g.yaml", 0)
    return args


def dangling_glossary(tmp: Path) -> list[str]:
    put(tmp, "gl/real.yaml", entry(""))
    os.symlink(tmp / "gone.yaml", tmp / "gl" / "x.yaml")
    put(tmp, "a.txt", ARTICLE)
    return ["check", "a.txt", "-g", "gl"]


def out_is_input(cmd: str):
    def setup(tmp: Path) -> list[str]:
        article(tmp)
        return [cmd, "a.txt", *G, "-o", "a.txt"]

    return setup


def baseline_into(kind: str):
    def setup(tmp: Path) -> list[str]:
        article(tmp)
        if kind == "dir":
            (tmp / "bdir").mkdir()
            return ["baseline", "a.txt", *G, "-o", "bdir"]
        return ["baseline", "a.txt", *G, "-o", "missing/sub/base.json"]

    return setup


def baseline_keeps_old(tmp: Path) -> list[str]:
    """An unencodable (non-UTF-8) file name must not truncate the existing baseline."""
    (tmp / "in").mkdir()
    (tmp / "in" / os.fsdecode(b"x\xff.txt")).write_text(ARTICLE, encoding="utf-8")
    put(tmp, "base.json", '{"tool": "wire-audit", "baseline": 1, "findings": [], "old": "KEEP"}\n')
    return ["baseline", "in", *G, "-o", "base.json"]


def baseline_result(run: Run) -> None:
    data = json.loads((run.tmp / "base.json").read_text(encoding="utf-8"))
    assert data["baseline"] == 1 and data["findings"], data


def dir_baseline(run: Run) -> None:
    assert any((run.tmp / "bdir").iterdir()), "nothing written into the folder"


def hook_repo(tmp: Path, name: str, kind: str) -> list[str]:
    """A git repository whose index holds `name` by `kind` (add, copy, rename, modify)."""
    import subprocess

    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=tmp, check=True, capture_output=True)

    git("init", "-q")
    git("config", "user.email", "t@example.com")
    git("config", "user.name", "t")
    git("config", "diff.renames", "copies")
    clean = "Officials met on Monday and said the talks were useful.\n"
    put(tmp, "old.txt", ARTICLE if kind in ("copy", "rename") else clean)
    git("add", "old.txt")
    git("commit", "-qm", "base", "--no-verify")
    if kind == "rename":
        git("mv", "old.txt", name)
    elif kind == "copy":
        put(tmp, name, ARTICLE)
    elif kind == "modify":
        put(tmp, "old.txt", ARTICLE)
        name = "old.txt"
    else:
        put(tmp, name, ARTICLE)
    git("add", "-A")
    put(tmp, name, clean)  # the working tree is clean again: only the index is bad
    return ["hook", "run", "-g", str(GLOSSARY)]


def hook_blocks(run: Run) -> None:
    assert run.rc == 1, f"the hook let a garbled name through: {run.stdout[-500:]!r} {run.stderr}"


def hook_skip(tmp: Path) -> list[str]:
    """A staged binary file whose name holds ESC and a bidi override: the skip line is inert."""
    args = hook_repo(tmp, "new.txt", "add")
    put(tmp, "b\x1b[31m\u202e.txt", b"\x00\x01binary")
    import subprocess

    subprocess.run(["git", "add", "-A"], cwd=tmp, check=True, capture_output=True)
    return args


def hook_case(name: str, kind: str) -> Case:
    return Case(
        f"hook-{kind}-{name.encode('unicode_escape').decode()}",
        lambda t: hook_repo(t, name, kind),
        "ok",
        check=hook_blocks,
        outputs=(".git",),
    )


CASES: list[Case] = [
    # --- lost data -------------------------------------------------------------------
    Case("check-out-is-input", out_is_input("check"), "error", names="a.txt"),
    Case("baseline-out-is-input", out_is_input("baseline"), "error", names="a.txt"),
    Case(
        "baseline-into-missing-folder",
        baseline_into("missing"),
        "either",
        names="missing",
        outputs=("missing/sub/base.json",),
    ),
    Case("baseline-into-directory", baseline_into("dir"), "either", names="bdir", check=dir_baseline),
    Case(
        "baseline-unencodable-name-keeps-old",
        baseline_keeps_old,
        "either",
        names="base.json",
        outputs=("base.json",),
        check=baseline_result,
    ),
    # --- crashes: glossaries ---------------------------------------------------------
    Case("glossary-roles-int", lambda t: glossary(t, entry("    roles: 5\n")), "error", names="g.yaml:"),
    Case("glossary-role-list", lambda t: glossary(t, entry("    role: [1, 2]\n")), "error", names="g.yaml:"),
    Case(
        "glossary-5000-digit-int",
        lambda t: glossary(t, entry(f"    note: {'9' * 5000}\n")),
        "either",
        names="g.yaml",
    ),
    Case(
        "glossary-5000-digit-kind",
        lambda t: glossary(t, "entries:\n  - canonical: X\n    kind: " + "7" * 5000),
        "error",
        names="g.yaml",
    ),
    Case(
        "glossary-canonical-int",
        # YAML scalars in names are read as strings (issue 13: "2+2", "NO" are names too).
        lambda t: glossary(t, "entries:\n  - canonical: 5\n    kind: person\n"),
        "either",
        names="g.yaml",
    ),
    Case(
        "glossary-entries-mapping-key",
        lambda t: glossary(t, "entries:\n  - {[1]: 2}\n"),
        "error",
        names="g.yaml",
    ),
    Case("glossary-dup-key", lambda t: glossary(t, entry("    kind: place\n")), "error", names="g.yaml:4"),
    Case("glossary-unreadable", unreadable_glossary, "error", names="g.yaml"),
    Case("glossary-dangling-symlink", dangling_glossary, "either", names="x.yaml"),
    Case("glossary-folder-named-yaml", glossary_subfolder, "ok"),
    Case("glossary-billion-laughs", billion_laughs, "error", names="g.yaml"),
    Case("glossary-laughs-as-entries", lambda t: billion_laughs(t, "entries: *i"), "error", names="g.yaml"),
    Case(
        "glossary-laughs-as-note",
        lambda t: billion_laughs(t, "entries:\n  - canonical: X\n    kind: person\n    note: *i"),
        "error",
        names="g.yaml",
    ),
    Case(
        "glossary-laughs-as-date",
        lambda t: billion_laughs(t, entry("    role: Minister\n    from: *i")),
        "error",
        names="g.yaml",
    ),
    Case("glossary-deep-yaml", lambda t: glossary(t, "entries: " + nested(5000)), "error", names="g.yaml"),
    Case("glossary-20-long-names", long_names, "ok"),
    Case(
        "glossary-csv-bad-bytes",
        lambda t: glossary(t, b"canonical,kind\n\xff\xfe,person\n", "g.csv"),
        "error",
        names="g.csv",
    ),
    # --- crashes: config ---------------------------------------------------------------
    Case(
        "pyproject-tool-string",
        lambda t: config(t, "pyproject.toml", 'tool = "x"\n'),
        "error",
        names="pyproject.toml",
    ),
    Case(
        "pyproject-wire-audit-string",
        lambda t: config(t, "pyproject.toml", "[tool]\nwire-audit = 3\n"),
        "error",
        names="pyproject.toml",
    ),
    Case(
        "config-internal-field",
        lambda t: config(t, ".wire-audit.toml", 'config-file = "x"\n'),
        "error",
        names=".wire-audit.toml",
    ),
    Case(
        "config-root-key",
        lambda t: config(t, ".wire-audit.toml", 'root = "/"\n'),
        "error",
        names=".wire-audit.toml",
    ),
    Case(
        "config-deep-toml",
        lambda t: config(t, ".wire-audit.toml", "x = " + nested(20_000) + "\n"),
        "error",
        names=".wire-audit.toml",
    ),
    Case(
        "config-unknown-check-option",
        lambda t: config(t, ".wire-audit.toml", "[options.L101]\nlangs = 3\n"),
        "error",
        names=".wire-audit.toml",
    ),
    Case(
        "config-bad-option-type",
        lambda t: config(t, ".wire-audit.toml", "[options.L101]\nlanguages = 3\n"),
        "error",
        names=".wire-audit.toml",
    ),
    Case(
        "config-not-utf8",
        lambda t: config(t, ".wire-audit.toml", b"fail-on = '\xff'\n"),
        "error",
        names=".wire-audit.toml",
    ),
    # --- crashes: baseline and report inputs ---------------------------------------------
    Case("baseline-deep-json", lambda t: baseline_file(t, nested(100_000)), "error", names="base.json"),
    Case(
        "baseline-findings-int",
        lambda t: baseline_file(t, '{"baseline": 1, "findings": 5}'),
        "error",
        names="base.json",
    ),
    Case("baseline-list", lambda t: baseline_file(t, "[1, 2]"), "error", names="base.json"),
    Case(
        "baseline-fingerprint-list",
        lambda t: baseline_file(t, '{"baseline": 1, "findings": [{"path": "a.txt", "fingerprint": [1]}]}'),
        "error",
        names="base.json",
    ),
    Case(
        "baseline-not-utf8",
        lambda t: baseline_file(t, b'{"baseline": 1, "findings": ["\xff"]}'),
        "error",
        names="base.json",
    ),
    Case("report-deep-json", lambda t: report_input(t, nested(100_000)), "error", names="run.json"),
    Case(
        "report-articles-int",
        lambda t: report_input(t, '{"tool": "wire-audit", "schema": 1, "articles": 5}'),
        "error",
        names="run.json",
    ),
    Case(
        "report-article-str",
        lambda t: report_input(t, '{"tool": "wire-audit", "schema": 1, "articles": ["x"]}'),
        "error",
        names="run.json",
    ),
    Case(
        "report-findings-str",
        lambda t: report_input(
            t, '{"tool": "wire-audit", "schema": 1, "articles": [{"path": "p", "findings": "xy"}]}'
        ),
        "error",
        names="run.json",
    ),
    Case(
        "report-no-path",
        lambda t: report_input(
            t, '{"tool": "wire-audit", "schema": 1, "articles": [{"findings": [{"code": 1}]}]}'
        ),
        "error",
        names="run.json",
    ),
    Case(
        "report-counts-list",
        lambda t: report_input(
            t, '{"tool": "wire-audit", "schema": 1, "articles": [{"path": "p", "counts": [1]}]}'
        ),
        "error",
        names="run.json",
    ),
    Case("report-escapes-sanitised", report_with_escape, "ok", check=no_raw_controls, outputs=("out",)),
    # --- crashes: odd file names, streams ----------------------------------------------
    *[
        Case(f"non-utf8-name-{fmt}", lambda t, fmt=fmt: odd_name_run(t, fmt), "ok")
        for fmt in ("csv", "html", "sarif", "json")
    ],
    Case("stdout-dev-full", lambda t: ["check", article(t), *G, ">", "/dev/full"], "error", shell=True),
    Case(
        "stdout-closed",
        lambda t: ["check", article(t), *G, "|", "head", "-c", "0"],
        "either",
        shell=True,
        sigpipe_ok=True,
    ),
    Case("stdin-dev-zero", lambda t: ["check", "-", *G], "error", names="stdin", stdin="/dev/zero"),
    Case("article-dev-zero", lambda t: ["check", "/dev/zero", *G], "error", names="/dev/zero"),
    Case("article-fifo", fifo, "error", names="pipe.txt"),
    Case(
        "article-over-size-limit",
        lambda t: ["check", str(put(t, "big.txt", ("word " * 12 + "\n") * 200_000).name), *G],
        "error",
        names="big.txt",
    ),
    # --- super-linear input -------------------------------------------------------------
    Case("long-token-8k", long_token(8_000), "ok"),
    Case("long-token-100k", long_token(100_000), "ok"),
    Case("many-findings-one-line", many_findings_line, "ok"),
    Case(
        "random-cp1252-256k", lambda t: ["check", str(put(t, "r.txt", random_cp1252(256_000)).name), *G], "ok"
    ),
    # --- wrong results --------------------------------------------------------------------
    Case("stray-byte-utf8", stray_byte, "ok", check=encoding_is("utf-8", no_codes=("L103",))),
    Case("whatwg-cp1252-bytes", whatwg, "ok", check=encoding_is("cp1252")),
    Case("utf16-bom", utf16, "ok", check=finds("N101")),
    hook_case("new.txt", "add"),
    hook_case("new.txt", "copy"),
    hook_case("moved.txt", "rename"),
    hook_case("old.txt", "modify"),
    hook_case('we\nird "q" \u00e9.txt', "add"),
    hook_case("tab\there.txt", "rename"),
    # --- terminal and patch injection --------------------------------------------------------
    Case("hook-skip-message-escape", hook_skip, "ok", check=no_raw_controls, outputs=(".git",)),
    Case("escape-in-copy-diff", lambda t: escape_in_copy(t, "diff"), "ok", check=no_raw_controls),
    Case("escape-in-copy-text", lambda t: escape_in_copy(t, "text"), "ok", check=no_raw_controls),
    Case("newline-in-name-diff", newline_name, "ok", check=diff_header_quoted),
]
