"""`wire-audit compare` end to end: groups, reference metrics, output formats and errors."""

from __future__ import annotations

import inspect
import json

from conftest import run_cli
from story_kit import BASE, PARAPHRASE, edited

from audit.checks.base import DOC_SECTIONS
from audit.checks.versions import CHECKS


def write(folder, name, sentences):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text("\n".join(sentences) + "\n", encoding="utf-8")
    return str(path)


def three_versions(folder):
    odd = edited(PARAPHRASE, 3, "killing 12 people", "killing 21 people")
    return [write(folder, "a.txt", BASE), write(folder, "b.txt", odd), write(folder, "c.txt", BASE)]


def test_json_has_one_article_per_version_and_related_paths(tmp_path):
    files = three_versions(tmp_path)
    proc = run_cli("compare", *files, "--date", "2025-06-10", "-f", "json")
    assert proc.returncode == 1, proc.stderr  # the major number finding reaches --fail-on
    data = json.loads(proc.stdout)
    assert [a["path"] for a in data["articles"]] == files
    (finding,) = data["articles"][1]["findings"]
    assert finding["code"] == "V104" and finding["severity"] == "major" and finding["text"] == "21"
    assert sorted(finding["related"]) == sorted([files[0], files[2]])
    assert finding["evidence"]["consensus"] == "12"
    assert data["articles"][0]["findings"] == [] and data["articles"][2]["findings"] == []


def test_fail_on_critical_passes_a_major_finding(tmp_path):
    proc = run_cli("compare", *three_versions(tmp_path), "--date", "2025-06-10", "--fail-on", "critical")
    assert proc.returncode == 0, proc.stderr


def test_text_output_has_ranking_table(tmp_path):
    proc = run_cli("compare", *three_versions(tmp_path), "--date", "2025-06-10")
    assert "V104" in proc.stdout
    assert "by quality (agreement less findings)" in proc.stdout
    table = proc.stdout.split("by quality (agreement less findings)", 1)[1].splitlines()
    assert table[1].startswith("rank") and len([r for r in table[2:5] if r.strip()[:1].isdigit()]) == 3


def test_reference_metrics_and_signature(tmp_path):
    files = three_versions(tmp_path)
    ref = write(tmp_path / "ref", "reference.txt", BASE)
    proc = run_cli("compare", *files, "--reference", ref, "--date", "2025-06-10", "-f", "json")
    data = json.loads(proc.stdout)
    metrics = [a["extra"]["reference"]["article"] for a in data["articles"]]
    assert metrics[0] == {"bleu": 100.0, "chrf": 100.0, "ter": 0.0}  # a.txt is the reference text
    assert metrics[1]["chrf"] < 100 and metrics[1]["ter"] > 0
    sentences = data["articles"][1]["extra"]["reference"]["sentences"]
    assert len(sentences) == len(PARAPHRASE) and all("chrf" in s for s in sentences)
    sig = data["signature"]["compare"]["reference_metrics"]
    assert "tok:13a" in sig["bleu"] and "nc:6" in sig["chrf"] and "tok:tercom" in sig["ter"]


def test_stories_folder_groups_versions(tmp_path):
    three_versions(tmp_path / "stories" / "drones")
    write(tmp_path / "stories" / "visit", "x.txt", BASE)
    write(tmp_path / "stories" / "visit", "y.txt", PARAPHRASE)
    proc = run_cli("compare", "--stories", str(tmp_path / "stories"), "--date", "2025-06-10", "-f", "json")
    data = json.loads(proc.stdout)
    names = [s["name"] for s in data["extra"]["compare"]["stories"]]
    assert names == ["drones", "visit"]
    assert [a["extra"]["story"] for a in data["articles"]] == ["drones"] * 3 + ["visit"] * 2


def test_one_version_is_a_usage_error(tmp_path):
    proc = run_cli("compare", write(tmp_path, "only.txt", BASE))
    assert proc.returncode == 2 and "2 to 20 versions" in proc.stderr
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr


def test_no_input_and_missing_stories_folder_are_errors(tmp_path):
    assert run_cli("compare").returncode == 2
    proc = run_cli("compare", "--stories", str(tmp_path / "nope"))
    assert proc.returncode == 2 and "nope" in proc.stderr and "Traceback" not in proc.stderr


def test_versions_checks_are_documented_and_listed():
    listing = run_cli("rules").stdout
    for check in CHECKS:
        doc = inspect.cleandoc(check.__doc__ or "")
        assert all(section in doc for section in DOC_SECTIONS), check.code
        assert check.name.startswith("versions.") and check.code in listing


def test_check_command_ignores_group_checks(tmp_path):
    proc = run_cli("check", *three_versions(tmp_path), "--date", "2025-06-10", "-f", "json")
    data = json.loads(proc.stdout)
    assert not any(f["code"].startswith("V") for a in data["articles"] for f in a["findings"])


def test_glossary_term_breaks_a_three_way_tie(tmp_path):
    quote = "“This is a {} and we expect both sides to respect it,” the envoy said."
    files = [
        write(tmp_path, f"{name}.txt", [*BASE[:2], quote.format(word), *BASE[3:]])
        for name, word in (("a", "ceasefire"), ("b", "truce"), ("c", "standstill"))
    ]
    glossary = tmp_path / "terms.yaml"
    glossary.write_text("name: t\nentries:\n  - canonical: ceasefire\n    kind: term\n", encoding="utf-8")
    proc = run_cli("compare", *files, "-g", str(glossary), "--date", "2025-06-10", "-f", "json")
    assert proc.returncode == 1, proc.stderr
    found = {
        a["path"]: [(f["code"], f["text"], f["severity"]) for f in a["findings"]]
        for a in json.loads(proc.stdout)["articles"]
    }
    assert found[files[0]] == []
    assert found[files[1]] == [("V103", "truce", "major")] and found[files[2]] == [
        ("V103", "standstill", "major")
    ]
    # Without the glossary, nobody has a majority: nothing is flagged.
    empty = tmp_path / "empty.yaml"
    empty.write_text("name: e\nentries: []\n", encoding="utf-8")
    proc = run_cli("compare", *files, "-g", str(empty), "--date", "2025-06-10", "-f", "json")
    assert not any(a["findings"] for a in json.loads(proc.stdout)["articles"]), proc.stderr


def test_stories_with_jobs_equal_a_serial_run(tmp_path):
    for n in range(4):
        three_versions(tmp_path / "stories" / f"drones-{n}")
    write(tmp_path / "stories" / "visit", "x.txt", BASE)
    write(tmp_path / "stories" / "visit", "y.txt", PARAPHRASE)
    args = ("compare", "--stories", str(tmp_path / "stories"), "--date", "2025-06-10", "-f", "json")
    serial = json.loads(run_cli(*args).stdout)
    assert sum(len(a["findings"]) for a in serial["articles"]) >= 4  # each drones story disagrees
    for jobs in ("2", "0"):
        proc = run_cli(*args, "--jobs", jobs)
        assert proc.returncode == 1, proc.stderr
        assert json.loads(proc.stdout) == serial  # same articles, findings, scores and order
    bad = run_cli(*args, "--jobs", "-1")
    assert bad.returncode == 2 and "--jobs" in bad.stderr


def test_html_ranks_versions_by_quality(tmp_path):
    files = three_versions(tmp_path / "in")
    proc = run_cli("compare", *files, "--date", "2025-06-10", "-f", "html", "-o", str(tmp_path / "out"))
    assert proc.returncode == 1, proc.stderr
    page = next((tmp_path / "out").glob("*.html")).read_text(encoding="utf-8")
    table = page.split("Versions ranked", 1)[1].split("</table>", 1)[0]
    paths = [f for f in files if f in table]
    assert len(paths) == 3
    # The version with the major number finding and the paraphrase ranks last.
    assert table.index(files[1]) > table.index(files[0]) and table.index(files[1]) > table.index(files[2])


def off_then_on(tmp_path, files, code, option):
    """`compare --select code` finds nothing by default; the JSON report with `option` set."""
    args = ("compare", *files, "--date", "2025-06-10", "-f", "json", "--select", code)
    off = json.loads(run_cli(*args).stdout)
    assert not any(a["findings"] for a in off["articles"])
    config = tmp_path / ".wire-audit.toml"
    config.write_text(f"[options.{code}]\n{option}\n", encoding="utf-8")
    return json.loads(run_cli(*args, "--config", str(config)).stdout)


def test_unbacked_term_rendering_is_off_unless_enabled(tmp_path):
    quote = "“This is a dangerous {} of the war,” the envoy said."
    files = [
        write(tmp_path, f"{name}.txt", [*BASE[:2], quote.format(word), *BASE[3:]])
        for name, word in (("a", "expansion"), ("b", "escalation"), ("c", "expansion"), ("d", "expansion"))
    ]
    on = off_then_on(tmp_path, files, "V103", "enabled = true")
    assert [(f["code"], f["text"], f["severity"]) for f in on["articles"][1]["findings"]] == [
        ("V103", "escalation", "minor")
    ]


def test_story_wide_rare_names_by_default_and_off_with_rare_false(tmp_path):
    line = "Sviatlana Tsikhanouskaya, the Belarusian opposition leader, joined the talks by video link."
    odd = edited(BASE, 6, line, line.replace("leader,", "leader of the Lukashenko Youth League,"))
    versions = [BASE, odd, PARAPHRASE, BASE, PARAPHRASE]
    files = [write(tmp_path, f"{i}.txt", v) for i, v in enumerate(versions)]
    args = ("compare", *files, "--date", "2025-06-10", "-f", "json", "--select", "V102")
    on = json.loads(run_cli(*args).stdout)
    found = [
        (a["path"], f["text"], f["severity"], f["evidence"]["decided_by"])
        for a in on["articles"]
        for f in a["findings"]
    ]
    assert found == [(files[1], "Lukashenko Youth League", "major", "story-wide")]
    config = tmp_path / ".wire-audit.toml"
    config.write_text("[options.V102]\nrare = false\n", encoding="utf-8")
    off = json.loads(run_cli(*args, "--config", str(config)).stdout)
    assert not any(a["findings"] for a in off["articles"])
