"""The ranking table that `compare` adds to the text report (read from RunResult.extra only)."""

from __future__ import annotations

from typing import Any

from audit.terminal import visible


def compare_tables(compare: dict[str, Any]) -> list[str]:
    """One table per story: versions ranked by quality (agreement with the others less findings)."""
    blocks = []
    for story in compare.get("stories", []):
        versions = sorted(story["versions"], key=lambda v: v["rank"])
        has_ref = any("reference" in v for v in versions)
        head = "rank  quality  agree  chrF  diverg.  cover  flagged  "
        head += "BLEU   chrF   TER    " if has_ref else ""
        title = (
            f"story {visible(story['name'])}: {len(versions)} versions, by quality (agreement less findings)"
        )
        lines = [title, head + "version"]
        for v in versions:
            quality, agree = v.get("quality", v["chrf"]), v.get("agreement", v["chrf"])
            row = f"{v['rank']:>4}  {quality:>7.1f}  {agree:>5.1f}  "
            row += f"{v['chrf']:>4.1f}  {v['divergence']:>7.1f}  {v['coverage']:>5.0%}  "
            row += f"{sum(v['divergences'].values()):>7}  "
            if has_ref:
                ref = v.get("reference", {})
                row += "".join(f"{ref.get(k, float('nan')):<7.1f}" for k in ("bleu", "chrf", "ter"))
            lines.append(row + visible(v["path"]))
        blocks.append("\n".join(lines))
    if "reference" in compare:
        blocks.append(f"reference: {visible(compare['reference'])}")
    return blocks


def compare_html(compare: dict[str, Any]) -> str:
    """The ranking tables for the HTML report: versions by quality, one table per story."""
    from html import escape

    parts = []
    for story in compare.get("stories", []):
        rows = []
        for v in sorted(story["versions"], key=lambda v: v["rank"]):
            cells = [
                v.get("quality", v["chrf"]),
                v.get("agreement", v["chrf"]),
                v["chrf"],
                v["coverage"] * 100,
            ]
            nums = "".join(f'<td class="num">{x:.1f}</td>' for x in cells)
            rows.append(f'<tr><td class="num">{v["rank"]}</td>{nums}<td>{escape(v["path"])}</td></tr>')
        head = "".join(f'<th class="num">{h}</th>' for h in ("rank", "quality", "agree", "chrF", "cover %"))
        parts.append(
            f"<h3>story {escape(story['name'])}: by quality (agreement less findings)</h3>"
            f'<table class="ranking"><thead><tr>{head}<th>version</th></tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>"
        )
    return "<h2>Versions ranked</h2>" + "".join(parts) if parts else ""
