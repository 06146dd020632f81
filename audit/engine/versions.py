"""The cross-version pass: the engine over every version of a story, then the group checks.

Each version is audited like `check` audits an article (same checks, knowledge, date);
the group checks then add what the versions disagree on. One ArticleResult per version,
so every reporter and the JSON schema stay those of `check`; the alignment and the scores
go into ArticleResult.extra and RunResult.extra["compare"].
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from audit.checks.versions.base import GroupCheck, GroupContext
from audit.dedupe import merge_duplicates
from audit.engine import parallel
from audit.engine.batch import batch_gc
from audit.engine.core import Engine, Progress
from audit.errors import AuditError, ConfigError, InputError
from audit.model import ArticleResult, RunResult
from audit.settings import Settings
from audit.text.document import Document
from audit.text.reader import discover, read_document

StoryResult = tuple[list[ArticleResult], dict[str, Any]]
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


def run_stories(
    engine: Engine, stories: Sequence[Story], reference: str | None = None, progress: Progress | None = None
) -> RunResult:
    """Audit every version of every story; raises AuditError before any output on bad input.
    `progress(stories done, total)` is called after each story (the CLI draws the bar)."""
    report = progress or (lambda done, total: None)
    limit = engine.settings.max_bytes
    ref_doc = read_document(reference, limit) if reference else None
    work = [(s, [read_document(f, limit) for f in s.files]) for s in stories]  # read errors first
    jobs = parallel.workers(engine.settings.jobs, len(stories))
    if jobs > 1:
        engine.knowledge.warm()
        initargs = (parallel.shareable(engine), ref_doc)
        done = parallel.ordered_map(_story_in_worker, work, jobs, report, parallel.start_engine, initargs)
    else:
        done = []
        with batch_gc():
            for story, docs in work:
                done.append(compare_story(engine, story, docs, ref_doc))
                report(len(done), len(work))
    return _result(engine, done, ref_doc)


def _result(engine: Engine, done: list[StoryResult], ref_doc: Document | None) -> RunResult:
    articles = [article for results, _ in done for article in results]
    extra: dict[str, Any] = {"compare": {"stories": [summary for _, summary in done]}}
    compare_sig = settings_signature()
    if ref_doc is not None:
        from audit.versions.reference import signatures

        extra["compare"]["reference"] = ref_doc.path
        compare_sig["reference_metrics"] = signatures()
    sig = {**engine.signature(), "compare": compare_sig}
    return RunResult(articles=tuple(articles), signature=sig, extra=extra)


def _story_in_worker(item: tuple[Story, list[Document]]) -> StoryResult:
    try:
        return compare_story(parallel.worker_engine(), item[0], item[1], parallel.worker_extra())
    except AuditError as exc:
        raise parallel.WorkerError(str(exc)) from None


def compare_story(
    engine: Engine, story: Story, docs: list[Document], ref_doc: Document | None
) -> StoryResult:
    """The versions of one story: per-version findings plus the group checks' divergences."""
    from audit.versions.quality import agreement, quality, rank
    from audit.versions.scores import story_scores

    contexts = [engine.context(d) for d in docs]
    per_doc = [engine.findings(ctx) for ctx in contexts]
    group = GroupContext(contexts)
    for check in engine.checks:
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
        # One problem, one finding (audit/dedupe.py), then the suppressions and the score.
        article = engine.finish(ctx, merge_duplicates(per_doc[v]))
        versions[v]["agreement"] = round(agree[v], 2)
        versions[v]["quality"] = round(quality(agree[v], article.findings, article.words), 2)
        results.append(replace(article, extra=extra))
    rank(versions)  # by quality: agreement less what the checks found (audit/versions/quality.py)
    return results, {"name": story.name, "versions": versions}


def settings_signature() -> dict[str, Any]:
    """The alignment settings behind the scores (cf. sacrebleu's signature)."""
    from audit.versions.align import CANDIDATES, MERGE_GAIN, MIN_CHRF
    from audit.versions.consensus import VOTE_CHRF

    return {
        "align": "chrF2 (sacrebleu, nc:6, beta 2), symmetric mean",
        "min_chrf": MIN_CHRF,
        "vote_chrf": VOTE_CHRF,
        "candidates": CANDIDATES,
        "merge_gain": MERGE_GAIN,
    }


def run_compare(
    stories: Sequence[Story],
    settings: Settings,
    reference: str | None = None,
    progress: Progress | None = None,
) -> RunResult:
    """`compare` in one call: load the engine of `settings`, then run the stories."""
    return run_stories(Engine.load(settings), stories, reference, progress)
