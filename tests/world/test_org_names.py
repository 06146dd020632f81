"""Organisation, treaty and party names of the world pack one word off (N105), end to end.

The sentences are invented for this test (not from seeds/ or any dev set). Each garbled one
must be flagged with the real name; the clean ones name real bodies that are close to a
listed one (the International Energy Agency beside the IAEA) and must stay quiet.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

GARBLED = [
    ("Inspectors from the Organisation for the Prohibition of Chemical Arms visited the site.",
     "Organisation for the Prohibition of Chemical Weapons"),
    ("The International Committee of the Red Crescent said its convoy had been stopped.",
     "International Committee of the Red Cross"),
    ("A loan from the European Bank for Reconstruction and Progress will fund the line.",
     "European Bank for Reconstruction and Development"),
    ("The United Nations Office on Narcotics and Crime published its annual report.",
     "United Nations Office on Drugs and Crime"),
    ("Both states signed the Treaty on the Non-Proliferation of Atomic Weapons long ago.",
     "Treaty on the Non-Proliferation of Nuclear Weapons"),
    ("Tehran wants to revive the Comprehensive Joint Plan of Action, its envoy said.",
     "Joint Comprehensive Plan of Action"),
    ("Leaders of the Economic Community of West African Nations met in Abuja.",
     "Economic Community of West African States"),
    ("The Intergovernmental Commission on Climate Change warned of rising seas.",
     "Intergovernmental Panel on Climate Change"),
    ("The Organisation for the Prohibition of Weapons said samples were taken.",
     "Organisation for the Prohibition of Chemical Weapons"),
    ("The Universal Declaration of Human Freedoms turns 75 this year.",
     "Universal Declaration of Human Rights"),
    ("The Centers for Disease Control and Protection said cases were rising.",
     "Centers for Disease Control and Prevention"),
    ("The National Development and Reform Committee approved the plan.",
     "National Development and Reform Commission"),
]  # fmt: skip
CLEAN = """\
The International Energy Agency and the Asian Development Bank both cut forecasts.
Delegates at the World Health Assembly heard from the International Crisis Group.
The European Court of Auditors criticised the European Investment Bank.
The Organisation for the Prohibition of Chemical Weapons and the Red Cross sent teams.
The International Committee of the Red Cross said so.
The Economic Community of West African States and the Southern African Development Community met.
The Asian Infrastructure Investment Bank and the New Development Bank lend to members.
The Intergovernmental Panel on Climate Change and the World Meteorological Organization agreed.
Officials of the Communist Party of China and the Workers' Party of Korea met.
The Security Service of Ukraine and the Federal Security Service traded accusations.
The National Health Commission and the National Health Service shared data.
"""


def _n105(tmp_path: Path, cli, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    story = tmp_path / "story.txt"
    story.write_text(text, encoding="utf-8")
    proc = cli("check", "--date", "2024-05-01", "--format", "json", "--no-baseline", str(story), cwd=tmp_path)
    assert proc.returncode in (0, 1), proc.stderr
    findings = json.loads(proc.stdout)["articles"][0]["findings"]
    return [(f["text"], f["suggestion"]) for f in findings if f["code"] == "N105"]


def test_garbled_names_are_flagged_with_the_real_name(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    text = "\n".join(sentence for sentence, _ in GARBLED) + "\n"
    found = dict(_n105(tmp_path, cli, text))
    expected = {s: name for s, name in GARBLED}
    assert len(found) == len(GARBLED)
    for sentence, name in expected.items():
        assert any(text_ in sentence and found[text_] == name for text_ in found), sentence


@pytest.mark.parametrize("line", CLEAN.splitlines())
def test_real_bodies_near_listed_ones_stay_quiet(tmp_path: Path, cli, line: str) -> None:  # type: ignore[no-untyped-def]
    assert _n105(tmp_path, cli, line + "\n") == []
