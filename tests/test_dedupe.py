"""The same problem raised by several checks is reported once, by the best-placed check."""

from __future__ import annotations

from audit.dedupe import merge_duplicates
from audit.model import Finding, Severity


def make(code: str, rule: str, sev: Severity, start: int, end: int, suggestion: str | None = None) -> Finding:
    return Finding(code, rule, sev, "m", start, end, 1, start + 1, "x" * (end - start), suggestion)


def test_same_span_keeps_most_severe_and_records_the_other():
    out = merge_duplicates(
        [
            make("G101", "garble.inconsistent_name", Severity.MINOR, 5, 13),
            make("N101", "names.garbled", Severity.MAJOR, 5, 13),
        ]
    )
    assert [f.code for f in out] == ["N101"]
    assert out[0].evidence["also"] == ["G101"]


def test_equal_severity_prefers_glossary_backed_check():
    out = merge_duplicates(
        [
            make("G102", "garble.unintroduced", Severity.MAJOR, 0, 4),
            make("N101", "names.garbled", Severity.MAJOR, 0, 4),
        ]
    )
    assert [f.code for f in out] == ["N101"]


def test_nested_spans_merge_only_with_the_same_suggestion():
    outer = make("N101", "names.garbled", Severity.MAJOR, 0, 12, "Barry Hatton")
    inner_same = make("G101", "garble.inconsistent_name", Severity.MAJOR, 6, 12, "Hatton")
    inner_other = make("G106", "garble.stutter", Severity.MAJOR, 6, 12, "Hutt")
    assert [f.code for f in merge_duplicates([outer, inner_same])] == ["N101"]
    assert sorted(f.code for f in merge_duplicates([outer, inner_other])) == ["G106", "N101"]


def test_distinct_spans_and_same_check_are_kept():
    a = make("N101", "names.garbled", Severity.MAJOR, 0, 4)
    b = make("N101", "names.garbled", Severity.MAJOR, 0, 4)
    c = make("G104", "garble.quotes", Severity.MAJOR, 20, 30)
    assert len(merge_duplicates([a, b, c])) == 3
