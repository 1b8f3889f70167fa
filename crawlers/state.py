"""Persistent crawl state under ``state_dir``: seen article URLs and HTTP validators (ETag/Last-Modified)."""

from __future__ import annotations

import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path

_SCHEMA = """
CREATE TABLE IF NOT EXISTS seen (
    url TEXT PRIMARY KEY,
    source_id TEXT NOT NULL,
    article_id TEXT,
    outcome TEXT NOT NULL,
    first_seen TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS validators (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT
);
CREATE TABLE IF NOT EXISTS retry (
    url TEXT PRIMARY KEY,
    source_id TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    reason TEXT NOT NULL
);
"""
#: Article URLs that failed transiently are retried on this many later runs before being given up.
MAX_RUN_ATTEMPTS = 5
#: Seen marks are committed in batches: after this many, or when the oldest uncommitted one is this old.
COMMIT_EVERY = 100
COMMIT_AFTER_S = 1.0


class CrawlState:
    """Seen-URL store (keyed by canonical real-site URL), conditional-GET validators and a retry list.

    Validators (ETag/Last-Modified of feeds, sitemaps, listings) are held back until
    :meth:`commit_validators` is called after a clean finish: a crashed or cut-short run leaves the
    old ones, so the next run re-reads the discovery pages and finds what was left undone.

    Seen marks are committed in batches (:data:`COMMIT_EVERY` marks, or :data:`COMMIT_AFTER_S`
    seconds: checked at each mark and by :meth:`commit_due`, which the runner calls every second)
    and on :meth:`close`. A killed process loses only its last, uncommitted marks: those URLs are
    fetched again by the next run, and the JSONL writer, which writes and flushes an article
    *before* marking its URL seen, skips the ids it already holds.
    So a mark is never committed for an article that is not on disk, and nothing is written twice.
    """

    def __init__(self, state_dir: Path):
        state_dir.mkdir(parents=True, exist_ok=True)
        self.path = state_dir / "state.db"
        self._db = sqlite3.connect(self.path)
        # WAL with synchronous=NORMAL: every commit survives a killed process (what resuming needs)
        # without an fsync per article, which was the largest single cost of a crawl.
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)
        self._db.commit()
        self._pending_validators: dict[str, tuple[str | None, str | None]] = {}
        #: URLs on the retry list (mirrors the table, so marking an article seen needs no DELETE).
        self._retrying = {row[0] for row in self._db.execute("SELECT url FROM retry")}
        self._uncommitted = 0
        self._oldest_uncommitted = 0.0

    def is_seen(self, url: str) -> bool:
        return self._db.execute("SELECT 1 FROM seen WHERE url = ?", (url,)).fetchone() is not None

    def mark_seen(self, url: str, source_id: str, outcome: str, article_id: str | None = None) -> None:
        """Record a final outcome for ``url`` (``article``, ``rejected:<reason>``, ``http_410``...)."""
        now = datetime.now(UTC).isoformat()
        self._db.execute(
            "INSERT OR REPLACE INTO seen (url, source_id, article_id, outcome, first_seen) VALUES (?, ?, ?, ?, ?)",
            (url, source_id, article_id, outcome, now),
        )
        if url in self._retrying:
            self._db.execute("DELETE FROM retry WHERE url = ?", (url,))
            self._retrying.discard(url)
        if not self._uncommitted:
            self._oldest_uncommitted = time.monotonic()
        self._uncommitted += 1
        if self._uncommitted >= COMMIT_EVERY or time.monotonic() - self._oldest_uncommitted >= COMMIT_AFTER_S:
            self.commit()

    def commit_due(self) -> None:
        """Commit the pending seen marks if the oldest is :data:`COMMIT_AFTER_S` old (a quiet crawl)."""
        if self._uncommitted and time.monotonic() - self._oldest_uncommitted >= COMMIT_AFTER_S:
            self.commit()

    def commit(self) -> None:
        """Commit every pending write now (seen marks are otherwise committed in batches)."""
        self._db.commit()
        self._uncommitted = 0

    def add_retry(self, url: str, source_id: str, reason: str) -> None:
        """Remember an article URL that failed transiently (5xx, timeout, truncated body)."""
        self._db.execute(
            "INSERT INTO retry (url, source_id, attempts, reason) VALUES (?, ?, 1, ?) "
            "ON CONFLICT(url) DO UPDATE SET attempts = attempts + 1, reason = excluded.reason",
            (url, source_id, reason),
        )
        self._db.execute("DELETE FROM retry WHERE attempts > ?", (MAX_RUN_ATTEMPTS,))
        self.commit()
        self._retrying = {row[0] for row in self._db.execute("SELECT url FROM retry")}

    def retry_urls(self, source_id: str) -> list[str]:
        rows = self._db.execute(
            "SELECT url FROM retry WHERE source_id = ? ORDER BY url", (source_id,)
        ).fetchall()
        return [r[0] for r in rows]

    def seen_count(self, source_id: str | None = None) -> int:
        if source_id is None:
            row = self._db.execute("SELECT COUNT(*) FROM seen").fetchone()
        else:
            row = self._db.execute("SELECT COUNT(*) FROM seen WHERE source_id = ?", (source_id,)).fetchone()
        return int(row[0])

    def validators(self, url: str) -> tuple[str | None, str | None]:
        row = self._db.execute("SELECT etag, last_modified FROM validators WHERE url = ?", (url,)).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def set_validators(self, url: str, etag: str | None, last_modified: str | None) -> None:
        """Stage validators; they take effect on :meth:`commit_validators`."""
        if etag or last_modified:
            self._pending_validators[url] = (etag, last_modified)

    def commit_validators(self) -> None:
        self._db.executemany(
            "INSERT OR REPLACE INTO validators (url, etag, last_modified) VALUES (?, ?, ?)",
            [(url, etag, modified) for url, (etag, modified) in self._pending_validators.items()],
        )
        self.commit()
        self._pending_validators.clear()

    def close(self) -> None:
        self.commit()
        self._db.close()
