"""HTML report at archive scale: size of the first page and time to open it in headless
Chromium (navigate → load event → index script ready) for 500, 2,000 and 5,000 articles.

    PYTHONPATH=$PWD python bench/bench_html.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "report")]

from big_run import big_run  # noqa: E402
from cdp import Browser, chromium_binary  # noqa: E402

from audit.report import ReportOptions  # noqa: E402
from audit.report import html as html_report  # noqa: E402


def open_seconds(browser: Browser, page: Path) -> float:
    start = time.perf_counter()
    browser.send("Page.navigate", {"url": page.resolve().as_uri()})
    browser.wait_for("Page.loadEventFired")
    while browser.evaluate("document.documentElement.getAttribute('data-ready')") != "1":
        time.sleep(0.01)
    return time.perf_counter() - start


def main() -> None:
    binary = chromium_binary()
    if binary is None:
        sys.exit("chromium is not installed")
    # Hold fds 3 and 4: cdp.Browser dup2()s its pipes onto them, and a pipe that already
    # is fd 3 would keep its close-on-exec flag (dup2 onto itself is a no-op).
    held = [os.open(os.devnull, os.O_RDONLY) for _ in range(2)]
    print("articles,first_page_mb,pages,write_s,open_s")
    for n in (500, 2000, 5000):
        with tempfile.TemporaryDirectory() as tmp:
            run = big_run(n)
            start = time.perf_counter()
            paths = html_report.write(run, Path(tmp), ReportOptions())
            written = time.perf_counter() - start
            browser = Browser(binary, Path(tmp) / "profile")
            try:
                browser.open_page()
                seconds = open_seconds(browser, paths[0])
            finally:
                browser.close()
            size = paths[0].stat().st_size / 1e6
            print(f"{n},{size:.2f},{len(paths)},{written:.2f},{seconds:.2f}")
    for fd in held:
        os.close(fd)


if __name__ == "__main__":
    main()
