"""Results of audited articles on disk (sqlite3), so a nightly rerun audits only new copy.

Keys come from audit/archive/fingerprint.py; values are pickled ArticleResults without
their text. The file is bounded: past `limit` bytes the least recently used results go.
Only the driver process touches the file; sqlite transactions keep it consistent if a run
is killed. Any database error disables the cache for the run rather than failing it.
"""

from __future__ import annotations

import pickle
import sqlite3
import time
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from audit.model import ArticleResult

FILE_NAME = "archive-results.sqlite"
BATCH = 500  # keys per SELECT (sqlite's default variable limit is 32766; stay well below)
KEEP_FRACTION = 0.9  # evict down to this share of the limit, so eviction is not run every chunk
SCHEMA = "CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, value BLOB, size INT, used INT)"


class ResultCache:
    """get_many/put_many of ArticleResults by key, LRU-bounded to `limit` bytes."""

    def __init__(self, path: Path, limit: int) -> None:
        self.path = path
        self.limit = limit
        self.hits = 0
        self.db: sqlite3.Connection | None = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(path)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute(SCHEMA)
            self.db.execute("CREATE INDEX IF NOT EXISTS by_use ON results (used)")
        except sqlite3.Error:
            self.db = None

    def get_many(self, keys: Sequence[str]) -> dict[str, ArticleResult]:
        """The cached results among `keys` (marked as just used); {} on any database error."""
        found: dict[str, ArticleResult] = {}
        if self.db is None:
            return found
        try:
            for i in range(0, len(keys), BATCH):
                part = keys[i : i + BATCH]
                marks = ",".join("?" * len(part))
                query = f"SELECT key, value FROM results WHERE key IN ({marks})"
                for key, value in self.db.execute(query, part):
                    found[key] = pickle.loads(zlib.decompress(value))
            self._touch(list(found))
        except (sqlite3.Error, pickle.UnpicklingError, zlib.error, EOFError, AttributeError):
            return {}
        self.hits += len(found)
        return found

    def _touch(self, keys: list[str]) -> None:
        assert self.db is not None
        now = time.time_ns()
        with self.db:
            self.db.executemany("UPDATE results SET used = ? WHERE key = ?", [(now, k) for k in keys])

    def put_many(self, items: Iterable[tuple[str, ArticleResult]]) -> None:
        """Store results without their text (the row has it); a database error turns caching off."""
        if self.db is None:
            return
        now = time.time_ns()
        rows = []
        for key, result in items:
            blob = zlib.compress(pickle.dumps(replace(result, text=""), pickle.HIGHEST_PROTOCOL))
            rows.append((key, blob, len(blob), now))
        try:
            with self.db:
                self.db.executemany("INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?)", rows)
        except sqlite3.Error:
            self.db = None

    def evict(self) -> int:
        """Drop least recently used results until the file holds at most `limit` bytes."""
        if self.db is None:
            return 0
        total = self.db.execute("SELECT COALESCE(SUM(size), 0) FROM results").fetchone()[0]
        if total <= self.limit:
            return 0
        target, dropped = int(self.limit * KEEP_FRACTION), 0
        with self.db:
            for key, size in self.db.execute("SELECT key, size FROM results ORDER BY used").fetchall():
                if total <= target:
                    break
                self.db.execute("DELETE FROM results WHERE key = ?", (key,))
                total, dropped = total - size, dropped + 1
        return dropped

    def close(self) -> None:
        if self.db is not None:
            try:
                self.evict()
            finally:
                self.db.close()
                self.db = None
