"""Small hand-made version sets: one wire story, edited the way versions differ in practice."""

from __future__ import annotations

import datetime as dt

from audit.text.document import Document
from audit.versions.story import StoryAnalysis, analyse_story

DATE = dt.date(2025, 6, 10)

BASE = [
    "Polish Foreign Minister Radoslaw Sikorski arrived in Kyiv on Tuesday for talks with Ukrainian "
    "officials.",
    "Sikorski said Poland has sent 40 more air defence launchers to Ukraine since January.",
    "“We stand with Ukraine for as long as it takes,” Sikorski told reporters at the railway station.",
    "The visit came a day after Russian drones struck a power plant near Lviv, killing 12 people.",
    "The drones were launched by Russian forces fighting Ukraine from positions in occupied Crimea.",
    "Poland and Ukraine signed a ten-year security agreement in March, officials in Warsaw said.",
    "Sviatlana Tsikhanouskaya, the Belarusian opposition leader, joined the talks by video link.",
]

PARAPHRASE = [
    "On Tuesday, Polish Foreign Minister Radoslaw Sikorski arrived in Kyiv for talks with "
    "officials of Ukraine.",
    "According to Sikorski, Poland has sent 40 additional air defence launchers to Ukraine since January.",
    "“We stand with Ukraine for as long as it takes,” Sikorski told journalists at the railway station.",
    "His visit came one day after Russian drones hit a power plant near Lviv, killing 12 people.",
    "The drones were launched by Russian forces fighting Ukraine from positions in occupied Crimea, "
    "the army said.",
    "Officials in Warsaw said Poland and Ukraine signed a ten-year security agreement in March.",
    "Belarusian opposition leader Sviatlana Tsikhanouskaya joined the talks by video link.",
]


def doc(name: str, sentences: list[str]) -> Document:
    """One version: a sentence per paragraph, as wire copy is laid out."""
    return Document(path=name, text="\n".join(sentences) + "\n")


def edited(sentences: list[str], index: int, old: str, new: str) -> list[str]:
    assert old in sentences[index], (old, sentences[index])
    return [s.replace(old, new) if i == index else s for i, s in enumerate(sentences)]


def analyse(*versions: list[str]) -> StoryAnalysis:
    docs = [doc(f"v{i}.txt", v) for i, v in enumerate(versions)]
    return analyse_story(docs, [DATE] * len(docs))


def kinds(a: StoryAnalysis, version: int) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for d in a.divergences:
        if d.version == version:
            out.setdefault(d.kind, []).append(d.text)
    return out
