"""Small hand-made runs for reporter tests: hostile copy, overlapping findings, non-ASCII names."""

from __future__ import annotations

from audit.model import ArticleResult, Finding, RunResult, Severity, Verdict
from audit.text.document import Document

HOSTILE = (
    "SEOUL, Oct 28 (Wire) - Choe Son Hui met Olaf Scholtzz in Berlin.\n"
    "A caption read <script>window.__pwned = 1; alert(1)</script> and "
    '<img src=x onerror="window.__pwned=2">.\n'
    'Profits &amp; losses were "balanced", said Zelenskyy\'s office & the ministry.\n'
    "Ukraine’s president Volodymyr Zelenskiy spoke to Recep Tayyip Erdoğan on Monday.\n"
)
PLAIN = "KYIV, Oct 28 (Wire) - Kim Yong Chol arrived in Pyongyang.\nNothing else happened.\n"


def finding(
    doc: Document,
    text: str,
    code: str,
    severity: Severity,
    suggestion: str | None = None,
    occurrence: int = 0,
    length: int | None = None,
    rule: str = "names.garbled",
) -> Finding:
    """A Finding over the `occurrence`-th match of `text` (or its first `length` chars)."""
    start = -1
    for _ in range(occurrence + 1):
        start = doc.text.index(text, start + 1)
    end = start + (len(text) if length is None else length)
    line, column = doc.locate(start)
    return Finding(
        code=code,
        rule=rule,
        severity=severity,
        message=f"{doc.text[start:end]!r} looks wrong",
        start=start,
        end=end,
        line=line,
        column=column,
        text=doc.text[start:end],
        suggestion=suggestion,
        evidence={"matcher": "test", "similarity": 0.91},
    )


def hostile_findings(doc: Document) -> tuple[Finding, ...]:
    major, minor, critical = Severity.MAJOR, Severity.MINOR, Severity.CRITICAL
    found = [
        finding(doc, "Olaf Scholtzz", "N101", major, "Olaf Scholz"),
        # overlaps the previous one (shares "Scholtzz")
        finding(doc, "Scholtzz in Berlin", "G201", minor, rule="garble.stutter"),
        # nested inside the first
        finding(doc, "Scholtzz", "O101", critical, "Olaf Scholz", rule="office.wrong_holder"),
        # a finding whose text is markup, and one over an entity-looking text
        finding(doc, "<script>window.__pwned = 1; alert(1)</script>", "L101", major, rule="lang.markup"),
        finding(doc, "&amp;", "T101", minor, "and", rule="terms.mistranslation"),
        finding(doc, "Zelenskiy", "N102", minor, "Zelenskyy", rule="names.variant"),
        # spans a line break
        finding(doc, "ministry.\nUkraine", "G202", minor, rule="garble.fragment"),
    ]
    return tuple(sorted(found, key=Finding.sort_key))


def article(
    path: str,
    text: str,
    findings: tuple[Finding, ...],
    score: float,
    verdict: Verdict,
    language: str | None = "en",
) -> ArticleResult:
    return ArticleResult(
        path=path,
        words=len(text.split()),
        encoding="utf-8",
        findings=findings,
        score=score,
        verdict=verdict,
        language=language,
        text=text,
    )


def sample_run(folder: str = "desk") -> RunResult:
    """Two articles: one hostile with overlapping findings, one clean."""
    doc = Document(path=f"{folder}/hostile.txt", text=HOSTILE)
    hostile = article(doc.path, HOSTILE, hostile_findings(doc), 41.5, Verdict.BLOCK)
    clean = article(f"{folder}/plain.txt", PLAIN, (), 100.0, Verdict.PASS)
    return RunResult(articles=(clean, hostile), signature={"version": "test", "checks": ["N103"]})


def second_run() -> RunResult:
    """Another desk's run: the same garble again plus a different one."""
    doc = Document(path="wires/other.txt", text="Olaf Scholtzz and Scholtzz again.\nRecep Tayyip Erdoğan.\n")
    found = (
        finding(doc, "Olaf Scholtzz", "N101", Severity.MAJOR, "Olaf Scholz"),
        finding(doc, "Scholtzz", "N101", Severity.MAJOR, "Scholz", occurrence=1),
    )
    other = article(doc.path, doc.text, found, 60.0, Verdict.BLOCK)
    return RunResult(articles=(other,), signature={"version": "test"})
