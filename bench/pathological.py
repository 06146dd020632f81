"""Time per KB of hostile article shapes against normal copy (issue 18), in process.

Each kind is generated at 16, 64 and 256 KB, decoded, audited with every check against the
bundled glossary and rendered by the text reporter (the full path an editor runs). Goal:
ms per KB flat across sizes and within 5x of normal copy. Run from the repository root:

    PYTHONPATH=$PWD python bench/pathological.py [--sizes 16,64,256] [--json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from audit import runner  # noqa: E402
from audit.checks.registry import select_checks  # noqa: E402
from audit.glossary.cache import load_indexed  # noqa: E402
from audit.model import RunResult  # noqa: E402
from audit.report import ReportOptions  # noqa: E402
from audit.report.text import render  # noqa: E402
from audit.settings import Settings  # noqa: E402
from audit.text.document import Document  # noqa: E402
from audit.text.reader import decode  # noqa: E402

LIMIT = 5.0  # slowest kind / normal copy, at the largest size


def _fill(unit: str, size: int) -> bytes:
    return (unit * (size // len(unit) + 1)).encode("utf-8")[:size]


def normal(size: int) -> bytes:
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    return _fill(text + "\n\n", size)


def random_cp1252(size: int) -> bytes:
    rng = random.Random(18)
    alphabet = bytes(b for b in range(0x20, 0x100) if b != 0x7F)
    return bytes(rng.choice(alphabet) for _ in range(size))


KINDS: dict[str, Callable[[int], bytes]] = {
    "normal copy": normal,
    "one long capitalised token": lambda n: b"Officials said L" + b"a" * n + b" met Lavrov.\n",
    "one stuttered token": lambda n: b"Officials said " + _fill("Kimkim", n) + b" met Lavrov.\n",
    "findings on one long line": lambda n: _fill("Lavrovov met Lavrovov. ", n),
    "unbalanced quotes": lambda n: _fill("“He said ” and ", n),
    "figures everywhere": lambda n: _fill("Seoul sent 1,200 troops, then 1,300 troops. ", n),
    "no line breaks": lambda n: normal(n).replace(b"\n", b" "),
    "random cp1252 bytes": random_cp1252,
    "capitalised words only": lambda n: _fill("Kim Yong Hyun Suh Wook Choe Son Hui ", n),
}


def measure(raw: bytes, glossary: object, factory: object, checks: list[object], settings: Settings) -> float:
    """Seconds to decode, audit and render one article."""
    t0 = time.perf_counter()
    text, encoding, notes = decode(raw, "p.txt")
    doc = Document(path="p.txt", text=text, encoding=encoding, notes=notes)
    article = runner.audit_document(doc, checks, glossary, settings, factory)  # type: ignore[arg-type]
    render(RunResult(articles=(article,), signature={}), ReportOptions())
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="16,64,256", help="KB, comma-separated")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    glossary, factory = load_indexed([str(ROOT / "glossaries")])
    settings = Settings(date=dt.date(2024, 10, 28))
    checks = select_checks()
    for warm in (normal(4096), random_cp1252(4096)):  # warm-up: imports, the index, langdetect's profiles
        measure(warm, glossary, factory, checks, settings)
    rows = {
        kind: [measure(make(kb * 1024), glossary, factory, checks, settings) * 1000 / kb for kb in sizes]
        for kind, make in KINDS.items()
    }
    if args.json:
        print(json.dumps({"sizes_kb": sizes, "ms_per_kb": rows}, indent=1))
        return
    base = rows["normal copy"][-1]
    print(f"{'kind':28}" + "".join(f"{kb:>8} KB" for kb in sizes) + "   ×normal")
    for kind, values in rows.items():
        ratio = values[-1] / base
        flag = "" if ratio <= LIMIT else "  OVER"
        print(f"{kind:28}" + "".join(f"{v:11.2f}" for v in values) + f"{ratio:10.1f}{flag}")
    print("ms per KB (decode + every check + text report); ×normal at the largest size")


if __name__ == "__main__":
    main()
