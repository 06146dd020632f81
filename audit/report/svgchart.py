"""Inline SVG bar chart of findings by rule, stacked by severity (no library, no network)."""

from __future__ import annotations

from collections import Counter
from html import escape

from audit.model import Finding, Severity

COLORS = {Severity.CRITICAL: "#dc2626", Severity.MAJOR: "#d97706", Severity.MINOR: "#2563eb"}
BAR_HEIGHT, GAP, LABEL_WIDTH, BAR_WIDTH = 18, 6, 260, 420


def _bar(y: int, counts: Counter[Severity], scale: float) -> list[str]:
    parts, x = [], float(LABEL_WIDTH)
    for severity in sorted(counts, reverse=True):
        width = max(1.0, counts[severity] * scale)
        parts.append(
            f'<rect class="bar" x="{x:.1f}" y="{y}" width="{width:.1f}" height="{BAR_HEIGHT}" '
            f'fill="{COLORS[severity]}" data-severity="{severity}" data-count="{counts[severity]}">'
            f"<title>{counts[severity]} {severity}</title></rect>"
        )
        x += width
    total = sum(counts.values())
    parts.append(f'<text x="{x + 6:.1f}" y="{y + 14}">{total}</text>')
    return parts


def _legend(y: int) -> list[str]:
    parts, x = [], LABEL_WIDTH
    for severity in sorted(COLORS, reverse=True):
        parts.append(f'<rect x="{x}" y="{y}" width="12" height="12" fill="{COLORS[severity]}"/>')
        parts.append(f'<text x="{x + 16}" y="{y + 11}">{severity}</text>')
        x += 90
    return parts


def chart(findings: list[Finding]) -> str:
    """One bar per rule (most findings first), segments coloured by severity."""
    by_rule: dict[tuple[str, str], Counter[Severity]] = {}
    for f in findings:
        by_rule.setdefault((f.code, f.rule), Counter())[f.severity] += 1
    if not by_rule:
        return '<p class="meta">No findings.</p>'
    rows = sorted(by_rule.items(), key=lambda item: (-sum(item[1].values()), item[0]))
    most = max(sum(c.values()) for _, c in rows)
    scale = BAR_WIDTH / most
    parts: list[str] = []
    for i, ((code, rule), counts) in enumerate(rows):
        y = i * (BAR_HEIGHT + GAP)
        label = escape(f"{code} {rule}")
        parts.append(f'<text x="{LABEL_WIDTH - 8}" y="{y + 14}" text-anchor="end">{label}</text>')
        parts.extend(_bar(y, counts, scale))
    height = len(rows) * (BAR_HEIGHT + GAP)
    parts.extend(_legend(height + 4))
    return (
        f'<svg id="chart" xmlns="http://www.w3.org/2000/svg" width="{LABEL_WIDTH + BAR_WIDTH + 60}" '
        f'height="{height + 24}" font-family="system-ui,sans-serif" font-size="13" role="img" '
        f'aria-label="Findings by rule and severity">{"".join(parts)}</svg>'
    )
