"""`compare` end to end: stories of versions → per-version findings, scores, alignment.

Each version is audited like `check` audits an article (same checks, glossary, date), then
the group checks add what the versions disagree on. One ArticleResult per version, so
every reporter and the JSON schema stay those of `check`; the alignment and the scores
go into ArticleResult.extra and RunResult.extra["compare"].
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from audit import parallel, suppress
from audit.checks.base import Check
from audit.checks.registry import select_checks
from audit.checks.versions.base import GroupCheck, GroupContext
from audit.dedupe import merge_duplicates
from audit.errors import AuditError, ConfigError, InputError
from audit.glossary import Glossary
from audit.glossary.cache import load_indexed
from audit.model import ArticleResult, RunResult
from audit.runner import (
    IndexFactory,
    Progress,
    batch_gc,
    make_context,
    run_checks,
    score_article,
    signature,
    use_batch_gc,
)
from audit.settings import Settings
from audit.text.reader import discover, read_document
from audit.versions.align import CANDIDATES, MERGE_GAIN, MIN_CHRF
from audit.versions.consensus import VOTE_CHRF

MIN_VERSIONS, MAX_VERSIONS = 2, 20


@dataclass(frozen=True)
class Story:
    name: str
    files: tuple[str, ...]


def stories_from(paths: Sequence[str], stories_dir: str | None, settings: Settings) -> list[Story]:
    """PATHS form one story; with --stories DIR, each subfolder of DIR is one story too."""
    out = []
    if paths:
        files = _files(paths, settings)
        parents = {Path(f).parent.name for f in files}
        out.append(Story(parents.pop() if len(parents) == 1 else "story", files))
    if stories_dir:
        root = Path(stories_dir)
        if not root.is_dir():
            raise InputError(stories_dir, "--stories needs a folder with one subfolder per story")
        for sub in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")):
            out.append(Story(sub.name, _files([str(sub)], settings)))
    if not out:
        raise ConfigError("compare needs version files, or --stories DIR")
    for story in out:
        if not MIN_VERSIONS <= len(story.files) <= MAX_VERSIONS:
            raise InputError(story.name, f"a story needs 2 to 20 versions, found {len(story.files)}")
    return out


def _files(paths: Sequence[str], settings: Settings) -> tuple[str, ...]:
    return tuple(discover(paths, settings.include, settings.exclude))


def run_compare(
    stories: Sequence[Story],
    settings: Settings,
    reference: str | None = None,
    progress: Progress | None = None,
) -> RunResult:
    """Audit every version of every story; raises AuditError before any output on bad input.
    `progress(stories done, total)` is called after each story (the CLI draws the bar)."""
    report = progress or (lambda done, total: None)
    # One index for every version of every story, unpickled from the cache like `check`'s.
    glossary, index_factory = load_indexed(settings.glossary_paths())
    checks = select_checks(settings.select, settings.ignore)
    ref_doc = read_document(reference) if reference else None
    work = [(s, [read_document(f) for f in s.files]) for s in stories]  # read errors first
    jobs = parallel.workers(settings.jobs, len(stories))
    if jobs > 1:
        if glossary.entries:  # build or unpickle once, before fork, not once per worker
            index_factory(glossary)
        state = (glossary, checks, settings, ref_doc, parallel.shareable(index_factory))
        done = parallel.ordered_map(_story_in_worker, work, jobs, report, _start, state)
    else:
        done = []
        with batch_gc():
            for story, docs in work:
                done.append(_compare_story(story, docs, glossary, checks, settings, ref_doc, index_factory))
                report(len(done), len(work))
    articles = [article for results, _ in done for article in results]
    summaries = [summary for _, summary in done]
    extra: dict[str, Any] = {"compare": {"stories": summaries}}
    compare_sig = _settings_signature()
    if ref_doc is not None:
        from audit.versions.reference import signatures

        extra["compare"]["reference"] = ref_doc.path
        compare_sig["reference_metrics"] = signatures()
    sig = {**signature(settings, glossary, checks), "compare": compare_sig}
    return RunResult(articles=tuple(articles), signature=sig, extra=extra)


_worker: dict[str, Any] = {}


def _start(glossary: Glossary, checks: list[Check], settings: Settings, ref_doc: Any, factory: Any) -> None:
    """Worker initializer of `--jobs`: what every story needs, received once."""
    use_batch_gc()
    _worker["state"] = (glossary, checks, settings, ref_doc, factory or parallel.built_once())


def _story_in_worker(item: tuple[Story, list[Any]]) -> tuple[list[ArticleResult], dict[str, Any]]:
    glossary, checks, settings, ref_doc, index_factory = _worker["state"]
    try:
        return _compare_story(item[0], item[1], glossary, checks, settings, ref_doc, index_factory)
    except AuditError as exc:
        raise parallel.WorkerError(str(exc)) from None


def _compare_story(
    story: Story,
    docs: list[Any],
    glossary: Glossary,
    checks: list[Check],
    settings: Settings,
    ref_doc: Any,
    index_factory: IndexFactory,
) -> tuple[list[ArticleResult], dict[str, Any]]:
    from audit.versions.quality import agreement, quality, rank
    from audit.versions.scores import story_scores

    contexts = [make_context(d, glossary, settings, index_factory) for d in docs]
    per_doc = [run_checks(ctx, checks) for ctx in contexts]
    group = GroupContext(contexts)
    for check in checks:
        if isinstance(check, GroupCheck):
            for v, finding in check.run_group(group):
                per_doc[v].append(finding)
    versions, sentences = story_scores(group.analysis)
    agree = agreement([d.text for d in docs])
    results = []
    for v, ctx in enumerate(contexts):
        extra: dict[str, Any] = {"story": story.name, "version": versions[v], "sentences": sentences[v]}
        if ref_doc is not None:
            from audit.versions.reference import against_reference

            extra["reference"] = against_reference(ctx.doc, ref_doc)
            versions[v]["reference"] = extra["reference"]["article"]
        findings = merge_duplicates(per_doc[v])  # one problem, one finding (audit/dedupe.py)
        # Per-path overrides, inline markers and the baseline, as `check` applies them.
        findings = suppress.apply(ctx.doc, findings, settings)
        article = score_article(ctx.doc, findings, settings, language=ctx.memo.get("language"))
        versions[v]["agreement"] = round(agree[v], 2)
        versions[v]["quality"] = round(quality(agree[v], article.findings, article.words), 2)
        results.append(replace(article, extra=extra))
    rank(versions)  # by quality: agreement less what the checks found (audit/versions/quality.py)
    return results, {"name": story.name, "versions": versions}


def _settings_signature() -> dict[str, Any]:
    """The alignment settings behind the scores (cf. sacrebleu's signature)."""
    return {
        "align": "chrF2 (sacrebleu, nc:6, beta 2), symmetric mean",
        "min_chrf": MIN_CHRF,
        "vote_chrf": VOTE_CHRF,
        "candidates": CANDIDATES,
        "merge_gain": MERGE_GAIN,
    }
