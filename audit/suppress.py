"""Suppressions, applied after the checks and before scoring: per-path overrides, inline
markers and the baseline. What suppressed nothing is reported as a note on the article.

Markers (docs/hook.md): `<!-- wire-audit: ignore N103 -->` (Markdown) or
`[wire-audit: ignore N103]` (plain text) name checks by code, name or family. Alone on a
line a marker covers the next non-blank line; after text it covers its own line;
`ignore-file` covers the whole article. A reason may follow in parentheses.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from audit import baseline
from audit.model import Finding
from audit.paths import relative_path
from audit.settings import Settings
from audit.text.document import Document

MARKER_RE = re.compile(
    r"<!--\s*wire-audit:\s*(?P<verb>ignore(?:-file)?)\b(?P<body>.*?)-->"
    r"|\[\s*wire-audit:\s*(?P<verb2>ignore(?:-file)?)\b(?P<body2>[^\]]*)\]"
)
REASON_RE = re.compile(r"\(.*\)\s*$", re.DOTALL)


@dataclass
class Marker:
    """One inline marker: where it is, what it covers (None: the whole file), what it names."""

    line: int
    start: int
    end: int
    target: int | None
    selectors: tuple[str, ...]
    used: set[str] = field(default_factory=set)

    @property
    def source(self) -> str:
        return f"ignore{'-file' if self.target is None else ''} {', '.join(self.selectors)}".strip()


def matches(selector: str, finding: Finding) -> bool:
    """Does a code, dotted name, family or prefix* selector name this finding's check?"""
    s = selector.strip()
    if s.endswith("*"):
        return finding.code.startswith(s[:-1].upper()) or finding.rule.startswith(s[:-1])
    return s.upper() == finding.code or s in (finding.rule, finding.family)


def _target_line(doc: Document, line: int, marker_only: bool, total: int) -> int:
    """A marker alone on its line covers the next line with text; else its own line."""
    if not marker_only:
        return line
    for n in range(line + 1, total + 1):
        text = doc.slice(doc.line_span(n))
        if text.strip() and MARKER_RE.sub("", text).strip():
            return n
    return line


def find_markers(doc: Document) -> list[Marker]:
    if "wire-audit" not in doc.text:  # every marker holds it; str search beats the regex ~10×
        return []
    markers = []
    total = len(doc.line_starts)
    for m in MARKER_RE.finditer(doc.text):
        verb = m.group("verb") or m.group("verb2")
        body = REASON_RE.sub("", m.group("body") if m.group("verb") else m.group("body2"))
        line, _ = doc.locate(m.start())
        own = doc.slice(doc.line_span(line))
        marker_only = not MARKER_RE.sub("", own).strip()
        target = None if verb == "ignore-file" else _target_line(doc, line, marker_only, total)
        selectors = tuple(s for s in re.split(r"[,\s]+", body) if s)
        markers.append(Marker(line, m.start(), m.end(), target, selectors))
    return markers


def _unknown_selectors(selectors: Sequence[str]) -> list[str]:
    from audit.checks.registry import all_checks, validate_selectors
    from audit.errors import ConfigError

    known = all_checks()
    bad = []
    for s in selectors:
        try:
            validate_selectors([s], known)
        except ConfigError:
            bad.append(s)
    return bad


def apply_markers(doc: Document, findings: list[Finding]) -> tuple[list[Finding], list[str]]:
    """Findings no marker covers, and a note for every marker that suppressed nothing."""
    markers = find_markers(doc)
    if not markers:
        return findings, []
    kept = []
    for f in findings:
        if any(m.start <= f.start < m.end for m in markers):
            continue  # text inside a marker is not copy
        covering = [(m, s) for m in markers if m.target in (None, f.line) for s in m.selectors]
        hits = [(m, s) for m, s in covering if matches(s, f)]
        for m, s in hits:
            m.used.add(s)
        if not hits:
            kept.append(f)
    return kept, [note for m in markers for note in _marker_notes(m)]


def _marker_notes(marker: Marker) -> list[str]:
    where = f"line {marker.line}: suppression `{marker.source}`"
    if not marker.selectors:
        return [f"{where} names no check (write e.g. `ignore N103`); it suppresses nothing"]
    notes = [f"{where}: unknown check {s!r}" for s in _unknown_selectors(marker.selectors)]
    unused = [s for s in marker.selectors if s not in marker.used]
    if unused and not notes:
        notes.append(f"{where}: {', '.join(unused)} suppressed nothing (remove it?)")
    return notes


def apply_overrides(path: str, findings: list[Finding], settings: Settings) -> list[Finding]:
    """Per-path `select`/`ignore` from the config, with globs relative to its folder."""
    if not settings.overrides:  # the usual case; relative_path resolves paths on disk
        return findings
    rel = relative_path(path, settings.root)
    for o in settings.overrides:
        if not any(fnmatch.fnmatch(rel, p) for p in o.paths):
            continue
        if o.select:
            findings = [f for f in findings if any(matches(s, f) for s in o.select)]
        findings = [f for f in findings if not any(matches(s, f) for s in o.ignore)]
    return findings


def apply(
    doc: Document, findings: list[Finding], settings: Settings, tally: dict[str, int] | None = None
) -> list[Finding]:
    """The findings left after overrides, markers and baseline; notes go on the document,
    the number of findings the baseline hid into `tally["baseline"]`."""
    findings = apply_overrides(doc.path, findings, settings)
    findings, notes = apply_markers(doc, findings)
    if settings.baseline:
        before = len(findings)
        findings, unused = baseline.filter_known(doc, findings, settings.baseline)
        notes.extend(unused)
        if tally is not None:
            tally["baseline"] = tally.get("baseline", 0) + before - len(findings)
    # Idempotent: a document audited twice (e.g. by `compare`) gets each note once.
    doc.notes = (*doc.notes, *(n for n in notes if n not in doc.notes))
    return findings
