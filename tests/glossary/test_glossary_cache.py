"""The glossary/index cache: same results with and without it, rebuilt when stale or corrupt."""

from __future__ import annotations

import datetime as dt
import pickle
from pathlib import Path

import pytest

from audit import runner
from audit.glossary import cache
from audit.glossary.index import GlossaryIndex
from audit.settings import Settings
from audit.world import is_world_source

GLOSSARY = """\
entries:
  - canonical: Volodymyr Zelenskyy
    kind: person
    aliases: [Zelenskyy, Zelensky]
    variants: [Zelenskiy]
  - canonical: co-belligerents
    kind: term
    mistranslations: [co-warring parties]
  - canonical: Tsukuryne
    kind: place
"""
ARTICLE = """\
KYIV, Oct 28 — Ukrainian President Volodymyr Zelenskyy said on Monday that the
co-warring parties had met near Tsukuryne. Zelenskiy added that talks would go on.
Shelling hit Tsukurynne overnight, officials said.
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "g.yaml").write_text(GLOSSARY, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.setenv(cache.ENV, str(tmp_path / "cache"))
    return tmp_path


def audit(project: Path) -> list[dict[str, object]]:
    settings = Settings(glossaries=(str(project / "g.yaml"),), date=dt.date(2024, 10, 28))
    run = runner.run([str(project / "a.txt")], settings)
    return [f.to_record() for a in run.articles for f in a.findings]


def pickles(project: Path) -> list[Path]:
    return sorted((project / "cache").glob("index-*.pickle"))


def test_same_results_uncached_cold_warm(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cold = audit(project)
    assert len(pickles(project)) == 1
    warm = audit(project)
    monkeypatch.setenv(cache.ENV, "off")
    uncached = audit(project)
    assert {r["code"] for r in uncached} >= {"N103", "T101"}
    assert cold == warm == uncached


def test_warm_run_does_not_rebuild(project: Path) -> None:
    calls: list[int] = []

    def build(glossary):  # type: ignore[no-untyped-def]
        calls.append(1)
        return GlossaryIndex.build(glossary)

    for _ in range(2):
        glossary, factory = cache.load_indexed([project / "g.yaml"], build)
        index = factory(glossary)
        assert factory(glossary) is index  # one index per run, however many articles
    assert len(calls) == 1
    assert index.lookup("Zelensky")[0].entry is glossary.entries[0]  # shared entries


def test_changed_glossary_gets_new_key(project: Path) -> None:
    first = cache.cache_key([project / "g.yaml"])
    audit(project)
    path = project / "g.yaml"
    path.write_text(GLOSSARY.replace("variants: [Zelenskiy]", "variants: []"), encoding="utf-8")
    assert cache.cache_key([path]) != first
    assert "N103" not in {r["code"] for r in audit(project)}
    assert len(pickles(project)) == 2


def test_corrupt_or_foreign_cache_is_rebuilt_silently(project: Path) -> None:
    expected = audit(project)
    (target,) = pickles(project)
    for junk in (b"", b"not a pickle", pickle.dumps({"something": "else"}), target.read_bytes()[:40]):
        target.write_bytes(junk)
        assert audit(project) == expected
        glossary, index = pickle.loads(target.read_bytes())  # rewritten whole
        own = [e for e in glossary.entries if not is_world_source(e.source)]  # the world pack is under it
        assert len(own) == 3 and isinstance(index, GlossaryIndex)
    assert not list((project / "cache").glob("*.tmp"))


def test_unwritable_cache_dir_still_works(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = project / "file-not-dir"
    blocker.write_text("x")
    expected = audit(project)
    monkeypatch.setenv(cache.ENV, str(blocker / "cache"))
    assert audit(project) == expected


def test_cache_off_writes_nothing(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.ENV, "off")
    assert cache.cache_dir() is None
    audit(project)
    assert not (project / "cache").exists()


def test_default_dir_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(cache.ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.cache_dir() == tmp_path / "wire-audit"


def test_old_files_are_pruned(project: Path) -> None:
    folder = project / "cache"
    folder.mkdir()
    for i in range(cache.KEEP + 3):
        (folder / f"index-old{i}.pickle").write_bytes(b"x")
    audit(project)
    assert len(pickles(project)) == cache.KEEP


def test_parallel_with_cache_equals_serial_without(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for i in range(6):  # a folder, so that --jobs 2 really starts workers
        (project / f"a{i}.txt").write_text(ARTICLE.replace("Monday", f"Monday ({i})"), encoding="utf-8")
    base = Settings(glossaries=(str(project / "g.yaml"),), date=dt.date(2024, 10, 28))
    paths = [str(project / f"a{i}.txt") for i in range(6)]

    def records(settings: Settings) -> list[list[dict[str, object]]]:
        return [[f.to_record() for f in a.findings] for a in runner.run(paths, settings).articles]

    monkeypatch.setenv(cache.ENV, "off")
    serial = records(base)
    monkeypatch.setenv(cache.ENV, str(project / "cache"))
    parallel_cold = records(base.with_(jobs=2))
    parallel_warm = records(base.with_(jobs=2))
    assert len(pickles(project)) == 1
    assert all(serial) and serial == parallel_cold == parallel_warm


def test_entries_round_trip_through_pickle() -> None:
    from audit.glossary.model import Entry, Office
    from audit.model import Severity

    entry = Entry(
        "Suh Wook",
        "person",
        aliases=("Suh",),
        variants=("Seo Wook",),
        offices=(Office("South Korean defense minister", dt.date(2020, 9, 18), dt.date(2022, 5, 9)),),
        severity=Severity.CRITICAL,
        note="n",
        source="g.yaml",
        line=7,
    )
    again = pickle.loads(pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL))
    assert again == entry and again.offices[0].held_on(dt.date(2021, 1, 1))
    assert again.severity is Severity.CRITICAL
