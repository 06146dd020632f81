"""Summaries over one or more runs for QA leads: by source run and folder, by rule and
severity, the most frequent garbled names with their canonical forms, the worst articles.

Every article of every run counts: an article audited in two runs counts twice.
"""

from __future__ import annotations

from pathlib import Path, PurePath
from typing import TYPE_CHECKING

from audit.report.csv import write_table

if TYPE_CHECKING:
    import pandas as pd

SEVERITIES = ("critical", "major", "minor")
VERDICTS = ("error", "block", "review", "pass")  # worst first, as every report ranks them
# Rule families whose findings are garbled names (text → canonical suggestion).
NAME_FAMILIES = ("names", "garble", "versions")
TABLES = ("sources", "folders", "rules", "severity", "names", "worst")


def folder_of(path: str) -> str:
    return PurePath(str(path).replace("\\", "/")).parent.as_posix()


def _by(articles: pd.DataFrame, key: str) -> pd.DataFrame:
    """Article and finding counts, mean and lowest score, verdicts, per value of `key`."""
    import pandas as pd

    grouped = articles.groupby(key, sort=True)
    table = grouped.agg(
        articles=("path", "size"),
        findings=("findings", "sum"),
        **{s: (s, "sum") for s in SEVERITIES},
        mean_score=("score", "mean"),
        lowest_score=("score", "min"),
    )
    verdicts = pd.crosstab(articles[key], articles["verdict"]).reindex(columns=list(VERDICTS), fill_value=0)
    table = table.join(verdicts).fillna(0)
    table["mean_score"] = table["mean_score"].round(2)
    return table.reset_index()


def by_rule(findings: pd.DataFrame) -> pd.DataFrame:
    keyed = findings.assign(article=findings["run"] + "\0" + findings["path"])
    table = keyed.groupby(["code", "rule", "severity"], sort=True).agg(
        findings=("path", "size"), articles=("article", "nunique")
    )
    return table.reset_index().sort_values(["findings", "code"], ascending=[False, True], kind="stable")


def by_severity(findings: pd.DataFrame) -> pd.DataFrame:
    import pandas as pd

    keyed = findings.assign(article=findings["run"] + "\0" + findings["path"])
    table = keyed.groupby("severity").agg(findings=("path", "size"), articles=("article", "nunique"))
    order = pd.DataFrame({"severity": list(SEVERITIES)})
    return (
        order.merge(table.reset_index(), how="left", on="severity")
        .fillna(0)
        .astype({"findings": int, "articles": int})
    )


def garbled_names(findings: pd.DataFrame, top: int) -> pd.DataFrame:
    """The most frequent (text → suggestion) pairs among name findings."""
    family = findings["rule"].astype(str).str.split(".", n=1).str[0]
    names = findings[family.isin(NAME_FAMILIES) & findings["suggestion"].notna()]
    names = names.assign(article=names["run"] + "\0" + names["path"])
    table = names.groupby(["text", "suggestion"], sort=True).agg(
        findings=("path", "size"),
        articles=("article", "nunique"),
        codes=("code", lambda codes: " ".join(sorted(set(codes)))),
    )
    table = table.reset_index().sort_values(["findings", "text"], ascending=[False, True], kind="stable")
    return table.head(top)


def worst_articles(articles: pd.DataFrame, top: int) -> pd.DataFrame:
    """Worst first as in every report: verdict, then score, then critical/major/minor counts."""
    columns = ["run", "path", "score", "verdict", *SEVERITIES, "findings", "words"]
    keyed = articles.assign(_rank=articles["verdict"].map({v: i for i, v in enumerate(VERDICTS)}).fillna(9))
    order = ["_rank", "score", *SEVERITIES, "path"]
    ranked = keyed.sort_values(order, ascending=[True, True, False, False, False, True], kind="stable")
    return ranked[columns].head(top)


def summarize(findings: pd.DataFrame, articles: pd.DataFrame, top: int = 10) -> dict[str, pd.DataFrame]:
    """Every summary table, by name (the names of TABLES)."""
    articles = articles.assign(folder=articles["path"].map(folder_of))
    return {
        "sources": _by(articles, "run"),
        "folders": _by(articles, "folder"),
        "rules": by_rule(findings),
        "severity": by_severity(findings),
        "names": garbled_names(findings, top),
        "worst": worst_articles(articles, top),
    }


TITLES = {
    "sources": "By run",
    "folders": "By folder",
    "rules": "By rule",
    "severity": "By severity",
    "names": "Most frequent garbled names (text → suggestion)",
    "worst": "Worst articles",
}


def render(tables: dict[str, pd.DataFrame]) -> str:
    blocks = []
    for name in TABLES:
        table = tables[name]
        body = table.to_string(index=False) if len(table) else "(none)"
        blocks.append(f"{TITLES[name]}\n{body}")
    return "\n\n".join(blocks) + "\n"


def to_json(tables: dict[str, pd.DataFrame]) -> str:
    """Every table as a list of records, by name (`report -f json`)."""
    import json

    data = {name: json.loads(tables[name].to_json(orient="records", force_ascii=False)) for name in TABLES}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write(tables: dict[str, pd.DataFrame], out_dir: Path) -> list[Path]:
    paths = []
    for name in TABLES:
        path = out_dir / f"summary-{name}.csv"
        write_table(tables[name], path)
        paths.append(path)
    return paths
