"""The HTML report in real headless Chromium: loads offline, one highlight per finding,
highlights cover exactly the finding's text, and no script from article text runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cdp import Browser, chromium_binary
from conftest import SEED_DATE, SEEDS, run_cli
from sample_run import sample_run

from audit.model import RunResult
from audit.report import ReportOptions
from audit.report import html as html_report

BINARY = chromium_binary()
pytestmark = pytest.mark.skipif(
    BINARY is None, reason="chromium is not installed (scripts/test.sh installs it)"
)

PROBE = """(() => {
  const text = {};
  for (const mark of document.querySelectorAll("mark.hl")) {
    for (const id of mark.dataset.f.split(" ")) { text[id] = (text[id] || "") + mark.textContent; }
  }
  return {
    ready: document.documentElement.getAttribute("data-ready"),
    highlighted: text,
    items: [...document.querySelectorAll("ol.findings li")].map(li => li.id),
    texts: [...document.querySelectorAll("pre.text")].map(pre => pre.textContent),
    pwned: window.__pwned === undefined ? null : window.__pwned,
    scripts: document.scripts.length,
    images: document.images.length,
    index: [...document.querySelectorAll("#index tbody tr td:first-child")].map(td => td.textContent),
    bars: document.querySelectorAll("#chart rect.bar").length,
  };
})()"""


@pytest.fixture
def browser(tmp_path):
    b = Browser(BINARY, tmp_path / "profile")  # a fresh profile every time
    try:
        b.open_page()
        yield b
    finally:
        b.close()


def load(browser: Browser, page: Path, offline: bool = True) -> dict:
    if offline:
        browser.send(
            "Network.emulateNetworkConditions",
            {"offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1},
        )
    browser.send("Page.navigate", {"url": page.resolve().as_uri()})
    browser.wait_for("Page.loadEventFired")
    return browser.evaluate(PROBE)


def expected_highlights(run: RunResult) -> dict[str, str]:
    return {f"a{i}-f{n}": f.text for i, a in enumerate(run.articles) for n, f in enumerate(a.findings)}


def test_hostile_article_renders_as_text_with_one_highlight_per_finding(browser, tmp_path):
    run = sample_run()
    [page] = html_report.write(run, tmp_path, ReportOptions())
    probe = load(browser, page)
    assert probe["ready"] == "1", "the report's own script did not run (CSP hash?)"
    assert probe["highlighted"] == expected_highlights(run)
    assert len(probe["highlighted"]) == len(run.findings) == 7
    assert probe["items"] == list(expected_highlights(run))
    assert probe["texts"] == [a.text for a in run.articles]  # markup shown verbatim, &amp; too
    assert probe["pwned"] is None and probe["scripts"] == 1 and probe["images"] == 0
    assert not browser.methods("Page.javascriptDialogOpening")
    assert not browser.methods("Runtime.exceptionThrown")
    # worst article first in the index; one bar segment per (rule, severity)
    assert probe["index"] == ["desk/hostile.txt", "desk/plain.txt"]
    assert probe["bars"] == 7


def test_page_makes_no_request_and_violates_no_policy(browser, tmp_path):
    [page] = html_report.write(sample_run(), tmp_path, ReportOptions())
    load(browser, page, offline=False)
    urls = [e["params"]["request"]["url"] for e in browser.methods("Network.requestWillBeSent")]
    assert urls == [page.resolve().as_uri()]
    logged = [e["params"]["entry"]["text"] for e in browser.methods("Log.entryAdded")]
    assert not [t for t in logged if "Content Security Policy" in t], logged


def test_click_on_overlap_shows_every_finding_there(browser, tmp_path):
    [page] = html_report.write(sample_run(), tmp_path, ReportOptions())
    load(browser, page)
    shown = browser.evaluate("""(() => {
      document.querySelector("mark.multi").click();
      const pop = document.getElementById("pop");
      return {hidden: pop.hidden, items: pop.querySelectorAll("li").length, text: pop.textContent};
    })()""")
    assert shown["hidden"] is False and shown["items"] == 3
    assert "Olaf Scholz" in shown["text"] and "office.wrong_holder" in shown["text"]


def test_seed_report_from_cli_opens(browser, tmp_path):
    seeded: dict[str, str] = {}  # see test_emit.SEEDED
    proc = run_cli("check", str(SEEDS), "--date", SEED_DATE, "-f", "html", "--out", str(tmp_path), env=seeded)
    assert proc.returncode in (0, 1), proc.stderr
    page = tmp_path / "wire-audit.html"
    assert f"wrote {page}" in proc.stdout
    data = json.loads(run_cli("check", str(SEEDS), "--date", SEED_DATE, "-f", "json", env=seeded).stdout)
    probe = load(browser, page)
    assert probe["ready"] == "1"
    assert len(probe["texts"]) == len(data["articles"]) == 5
    expected = {
        f"a{i}-f{n}": f["text"] for i, a in enumerate(data["articles"]) for n, f in enumerate(a["findings"])
    }
    assert probe["highlighted"] == expected


ARCHIVE_PROBE = """(() => {
  const rows = [...document.querySelectorAll("#index tbody tr")];
  const select = document.querySelector('select[data-filter="verdict"]');
  select.value = "block";
  select.dispatchEvent(new Event("change"));
  const blocked = rows.filter(r => !r.hidden).length;
  select.value = "";
  select.dispatchEvent(new Event("change"));
  const rule = document.querySelector('select[data-filter="rule"]');
  rule.value = "G103";
  rule.dispatchEvent(new Event("change"));
  const g103 = rows.filter(r => !r.hidden).length;
  rule.value = "";
  rule.dispatchEvent(new Event("change"));
  document.querySelector('#index th[data-sort="text"]').click();
  const first = document.querySelector("#index tbody tr td a").textContent;
  const chartFirst = document.querySelector("svg").compareDocumentPosition(document.getElementById("index"));
  return {
    ready: document.documentElement.getAttribute("data-ready"),
    rows: rows.length, blocked, g103, first, sections: document.querySelectorAll("section.article").length,
    chartBeforeIndex: (chartFirst & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
    href: rows[0].querySelector("a").getAttribute("href"),
  };
})()"""


def test_archive_of_5000_articles_opens_as_an_index_with_pages(browser, tmp_path):
    from big_run import big_run

    run = big_run(5000)
    paths = html_report.write(run, tmp_path, ReportOptions())
    first = paths[0]
    assert first.stat().st_size < 10_000_000  # the first page; timing: bench/bench_html.py
    assert len(paths) == 1 + 5000 // html_report.PAGE_SIZE
    browser.send("Page.navigate", {"url": first.resolve().as_uri()})
    browser.wait_for("Page.loadEventFired")
    probe = browser.evaluate(ARCHIVE_PROBE)
    assert probe["ready"] == "1" and probe["rows"] == 5000 and probe["sections"] == 0
    assert probe["chartBeforeIndex"]
    assert probe["blocked"] == sum(1 for a in run.articles if str(a.verdict) == "block")
    assert probe["g103"] == sum(1 for a in run.articles if any(f.code == "G103" for f in a.findings))
    assert probe["first"] == min(a.path for a in run.articles)  # sorted by the article column
    page_name, _, anchor = probe["href"].partition("#")
    article = (tmp_path / page_name).read_text(encoding="utf-8")
    assert f'id="{anchor}"' in article
    assert not browser.methods("Runtime.exceptionThrown")
