"""A synthetic archive-sized run (5,000 articles of ~800 words) for the HTML report at scale."""

from __future__ import annotations

from audit.model import ArticleResult, Finding, RunResult, Severity, Verdict

SENTENCE = "Officials said the talks with Olaf Scholtzz in Berlin had been useful and would resume. "
CODES = (("N101", "names.garbled", Severity.MAJOR), ("G103", "garble.fragment", Severity.MINOR),
         ("O101", "office.wrong_holder", Severity.CRITICAL))  # fmt: skip
FOLDERS = ("desk/seoul", "desk/kyiv", "desk/berlin", "wires/afp")


def big_article(i: int, sentences: int = 55) -> ArticleResult:
    text = SENTENCE * sentences
    code, rule, severity = CODES[i % len(CODES)]
    at = text.index("Scholtzz")
    findings = tuple(
        Finding(
            code,
            rule,
            severity,
            "looks wrong",
            at + k * len(SENTENCE),
            at + k * len(SENTENCE) + 8,
            k + 1,
            at + 1,
            "Scholtzz",
            "Scholz",
        )
        for k in range(1 + i % 4)
    )
    verdict = {Severity.CRITICAL: Verdict.BLOCK, Severity.MAJOR: Verdict.REVIEW}.get(severity, Verdict.PASS)
    return ArticleResult(
        path=f"{FOLDERS[i % len(FOLDERS)]}/story-{i:05}.txt",
        words=len(text.split()),
        encoding="utf-8",
        findings=findings,
        score=round(100 - 0.1 * (i % 97), 2),
        verdict=verdict,
        text=text,
        date="2024-10-28",
        date_source="option",
    )


def big_run(n: int = 5000) -> RunResult:
    return RunResult(articles=tuple(big_article(i) for i in range(n)), signature={"date": "2024-10-28"})
