"""SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format) for code-scanning tools.

Rules come from the check registry (docstring as help text); each finding is a result
located by line/column and by character offsets (Python code points, hence columnKind
"unicodeCodePoints"), with the suggestion as a `fixes` replacement.
"""

from __future__ import annotations

import inspect
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from audit import __version__
from audit.model import Finding, RunResult, Severity
from audit.report import ReportOptions

if TYPE_CHECKING:
    from audit.checks.base import Check

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
# SARIF result levels (§3.27.10): "error" fails a code-scanning gate, "note" informs.
LEVELS = {Severity.CRITICAL: "error", Severity.MAJOR: "warning", Severity.MINOR: "note"}


def artifact_uri(path: str) -> str:
    """A URI reference for an article path: relative stays relative, absolute → file://."""
    p = Path(path)
    if p.is_absolute():
        return p.as_uri()
    return quote(p.as_posix(), safe="/", errors="surrogateescape")  # a non-UTF-8 name: its bytes


def rule_descriptor(check: type[Check]) -> dict[str, Any]:
    doc = inspect.cleandoc(check.__doc__ or "")
    return {
        "id": check.code,
        "name": check.name,
        "shortDescription": {"text": check.summary() or check.name},
        "fullDescription": {"text": doc.partition("\n\n")[2].strip() or doc or check.name},
        "help": {"text": doc or check.name},
        "defaultConfiguration": {"level": LEVELS[check.severity]},
        "properties": {"tags": [check.name.split(".", 1)[0]], "severity": str(check.severity)},
    }


def region(f: Finding) -> dict[str, Any]:
    """Line/column (1-based, end exclusive) and offsets of a finding's span."""
    lines = f.text.split("\n")
    end_line = f.line + len(lines) - 1
    end_column = (f.column if len(lines) == 1 else 1) + len(lines[-1])
    return {
        "startLine": f.line,
        "startColumn": f.column,
        "endLine": end_line,
        "endColumn": end_column,
        "charOffset": f.start,
        "charLength": f.end - f.start,
        "snippet": {"text": f.text},
    }


def result(f: Finding, uri: str, rule_index: dict[str, int]) -> dict[str, Any]:
    message = f.message + (f" Suggestion: {f.suggestion}." if f.suggestion else "")
    location = {"physicalLocation": {"artifactLocation": {"uri": uri}, "region": region(f)}}
    record: dict[str, Any] = {
        "ruleId": f.code,
        "level": LEVELS[f.severity],
        "message": {"text": message},
        "locations": [location],
        "partialFingerprints": {"wireAudit/v1": f"{f.code}:{f.text}:{f.suggestion or ''}"},
        "properties": {"rule": f.rule, "severity": str(f.severity), "evidence": dict(f.evidence)},
    }
    record["ruleIndex"] = rule_index[f.code]
    if f.related:
        record["relatedLocations"] = [
            {"id": i, "physicalLocation": {"artifactLocation": {"uri": artifact_uri(p)}}}
            for i, p in enumerate(f.related)
        ]
    if f.suggestion:
        replacement = {
            "deletedRegion": {"charOffset": f.start, "charLength": f.end - f.start},
            "insertedContent": {"text": f.suggestion},
        }
        change = {"artifactLocation": {"uri": uri}, "replacements": [replacement]}
        record["fixes"] = [{"description": {"text": f"Use {f.suggestion}"}, "artifactChanges": [change]}]
    return record


def rules(run: RunResult) -> list[dict[str, Any]]:
    """Every registered check, then any rule a result names that the registry lacks."""
    from audit.checks.registry import all_checks

    enabled = run.signature.get("checks")
    checks = [c for c in all_checks() if not isinstance(enabled, list) or c.code in enabled]
    descriptors = [rule_descriptor(c) for c in checks]
    known = {d["id"] for d in descriptors}
    for f in run.findings:
        if f.code not in known:
            known.add(f.code)
            descriptors.append({"id": f.code, "name": f.rule, "shortDescription": {"text": f.rule}})
    return descriptors


def invocation(run: RunResult) -> dict[str, Any]:
    """Inputs that could not be audited are tool execution notifications (SARIF §3.20.21)."""
    notes = [
        {
            "level": "error",
            "descriptor": {"id": (a.error or {}).get("code", "E900")},
            "message": {"text": f"{a.path}: {(a.error or {}).get('reason', '')}"},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(a.path)}}}],
        }
        for a in run.errors
    ]
    record: dict[str, Any] = {"executionSuccessful": not notes}
    if notes:
        record["toolExecutionNotifications"] = notes
    return record


def sarif_log(run: RunResult) -> dict[str, Any]:
    descriptors = rules(run)
    rule_index = {d["id"]: i for i, d in enumerate(descriptors)}
    results = [result(f, artifact_uri(a.path), rule_index) for a in run.articles for f in a.findings]
    artifacts = [{"location": {"uri": artifact_uri(a.path)}, "encoding": a.encoding} for a in run.articles]
    driver = {
        "name": "wire-audit",
        "version": __version__,
        "rules": descriptors,
    }
    sarif_run = {
        "tool": {"driver": driver},
        "columnKind": "unicodeCodePoints",
        "artifacts": artifacts,
        "results": results,
        "invocations": [invocation(run)],
        "properties": {"signature": run.signature},
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [sarif_run]}


def render(run: RunResult, options: ReportOptions) -> str:
    return json.dumps(sarif_log(run), ensure_ascii=False, indent=2, default=str) + "\n"
