"""Write mined entries as a glossary YAML draft (glossaries/README.md schema), with comments.

Written by hand rather than by PyYAML so every entry carries a `#` comment with its
counts; strings are JSON-quoted, which is valid YAML.
"""

from __future__ import annotations

import json
from typing import Any

HEADER = (
    "# Draft glossary mined by `wire-audit glossary mine` from {articles} articles ({words:,} words).\n"
    "# Review every entry before use: kinds are guessed from context, and a role's from/until are\n"
    "# the first and last dates the archive printed the title with the name, not the tenure.\n"
)


def _q(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def _entry(e: dict[str, Any]) -> list[str]:
    lines = [f"  # {e['comment']}", f"  - canonical: {_q(e['canonical'])}", f"    kind: {e['kind']}"]
    if e["aliases"]:
        lines.append(f"    aliases: [{', '.join(_q(a) for a in e['aliases'])}]")
    if "role" in e:
        lines.append(f"    role: {_q(e['role'])}")
        if "from" in e:
            lines += [f"    from: {e['from']}", f"    until: {e['until']}"]
            lines.append(f"    note: {_q('role dates: first/last seen with this title in the archive')}")
    return lines


def render(entries: list[dict[str, Any]], facts: dict[str, Any], name: str = "house-draft") -> str:
    """The YAML text of a draft glossary."""
    out = [HEADER.format(**facts).rstrip("\n"), f"name: {_q(name)}", "entries:"]
    for e in entries:
        out += _entry(e)
    if not entries:
        out[-1] = "entries: []"
    return "\n".join(out) + "\n"
