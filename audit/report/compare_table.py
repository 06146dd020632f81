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
        title = f"story {visible(story['name'])}: {len(versions)} versions, by quality (agreement less findings)"
        lines = [title, head + "version"]
        for v in versions:
            row = f"{v['rank']:>4}  {v.get('quality', v['chrf']):>7.1f}  {v.get('agreement', v['chrf']):>5.1f}  "
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
