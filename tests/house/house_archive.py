"""A small generated archive of clean wire copy with a known cast, for the house tests.

People are introduced with their title, then quoted by surname; one name is printed in
two spellings (Zelenskyy 70 %, Zelensky 30 %), so the archive itself is inconsistent
about it. Articles are dated one day apart from 2024-01-01.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import subprocess
import sys
from pathlib import Path

PEOPLE = (
    ("Foreign Minister", "Sergei Lavrov", "Lavrov"),
    ("Defense Minister", "Andrei Belousov", "Belousov"),
    ("Secretary General", "Mark Rutte", "Rutte"),
    ("Prime Minister", "Fumio Kishida", "Kishida"),
    ("Chancellor", "Olaf Scholz", "Scholz"),
    ("Foreign Minister", "Dmytro Kuleba", "Kuleba"),
)
PLACES = ("Kyiv", "Moscow", "Kharkiv", "Brussels", "Beijing", "Tokyo", "Zaporizhzhia", "Warsaw")
OPENERS = (
    "{T} {P} said on {D} that talks would resume in {L} next month.",
    "{T} {P} told reporters in {L} that the agreement was still under review.",
    "Officials in {L} said {T} {P} had met diplomats earlier in the week.",
)
FOLLOWERS = (
    "{S} said the government would not accept any deal that left {L} without a say.",
    "The UN Security Council will meet on {D} to discuss the situation in {L}.",
    "{S} declined to give details, saying the talks were at a sensitive stage.",
    "President {Z} said in a statement that {L} would not be left alone.",
    "{Z2} later thanked allies for their support.",
    "Analysts said the move was likely to raise tensions across the region.",
    "The Defense Ministry said it had moved more air defense units to {L}.",
    "Prices of fuel and food have risen sharply since the start of the year.",
    "The ministry did not respond to a request for comment on {D}.",
    "Diplomats said the two sides had agreed to meet again before the end of the month.",
    "It was not immediately clear whether the plan had the support of parliament.",
    "Markets in {L} fell after the news, traders said, while the currency held steady.",
    "The European Commission said it would study the proposal with member states.",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def zelensky(rng: random.Random, full: bool) -> str:
    surname = "Zelenskyy" if rng.random() < 0.7 else "Zelensky"
    return f"Volodymyr {surname}" if full else surname


def article(rng: random.Random, day: dt.date) -> str:
    title, person, surname = rng.choice(PEOPLE)
    fill = {"T": title, "P": person, "S": surname, "D": rng.choice(DAYS)}
    lines = [f"{rng.choice(PLACES).upper()}, {day:%B} {day.day}, {day.year} (Wire) - {rng.choice(OPENERS)}"]
    lines += rng.sample(FOLLOWERS, 8)
    out = []
    for line in lines:
        fill.update(L=rng.choice(PLACES), Z=zelensky(rng, True), Z2=zelensky(rng, False), D=rng.choice(DAYS))
        out.append(line.format(**fill))
    return "\n".join(out) + "\n"


def make_archive(folder: Path, n: int = 300, seed: int = 7) -> Path:
    """n articles: a JSONL archive (text + date) plus a few plain text files."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    start = dt.date(2024, 1, 1)
    rows = []
    for i in range(n):
        day = start + dt.timedelta(days=i)
        text = article(rng, day)
        if i % 10 == 0:
            (folder / f"story-{i:04d}.txt").write_text(text, encoding="utf-8")
        else:
            rows.append(json.dumps({"text": text, "date": day.isoformat()}))
    (folder / "archive.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m audit ARGS` with this checkout first on the path (as tests/conftest.py does;
    that module's name is shadowed by this folder's conftest)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
    cmd = [sys.executable, "-m", "audit", *args]
    return subprocess.run(cmd, cwd=cwd or ROOT, capture_output=True, text=True, env=env, timeout=300)
