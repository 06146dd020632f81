"""CheckContext: typed per-article views, and the deprecated string-keyed shim."""

from __future__ import annotations

import datetime as dt

from audit.checks.base import CheckContext
from audit.glossary.model import Glossary
from audit.text.document import Document


def context() -> CheckContext:
    return CheckContext(Document("a.txt", "Text."), Glossary(), dt.date(2024, 10, 28))


def test_a_view_is_built_once_per_article_and_keyed_by_its_builder():
    calls: list[str] = []

    def words(ctx: CheckContext) -> list[str]:
        calls.append(ctx.doc.path)
        return ctx.doc.text.split()

    ctx = context()
    assert ctx.view(words) is ctx.view(words) and calls == ["a.txt"]
    assert context().view(words) == ["Text."] and len(calls) == 2


def test_the_deprecated_cached_shim_computes_once_per_key():
    ctx, calls = context(), []
    first = ctx.cached("k", lambda: calls.append(1) or [1])
    assert ctx.cached("k", lambda: [2]) is first and calls == [1]
    assert ctx.cached("other", lambda: [2]) == [2]
    assert ctx.language is None  # set only by the language-id check
